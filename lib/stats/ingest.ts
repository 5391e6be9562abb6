/**
 * What the service worker does with a message from a content script: validate every event (an invalid one is
 * dropped, not stored), respect "off" (the user's or the organisation's), and add the rest to today's counts.
 */
import { type StatsDb, getSettings, pruneDaily, recordEvents } from './db.ts';
import { StatsEventSchema, StatsMessageSchema, addDays, isValidDay, localDay } from './schema.ts';
import { STATS_MESSAGE, type StatsEvent } from './client.ts';
import type { Policy } from './policy.ts';
import { OUTBOX_MAX_AGE_DAYS, OUTBOX_MAX_AGE_MS, OUTBOX_PREFIX, type OutboxBatch, outboxKeyTime } from './outbox.ts';

export interface IngestResult {
  stored: number;
  dropped: number;
}

export async function ingestMessage(db: StatsDb, message: unknown, policy: Policy, today = localDay()): Promise<IngestResult | null> {
  const msg = StatsMessageSchema.safeParse(message);
  if (!msg.success) return null;
  const events: StatsEvent[] = [];
  let dropped = 0;
  for (const raw of msg.data.events) {
    const e = StatsEventSchema.safeParse(raw);
    if (e.success) events.push(e.data);
    else dropped++;
  }
  const settings = await getSettings(db);
  if (policy.statisticsEnabled === false || !settings.enabled) return { stored: 0, dropped: dropped + events.length };
  await recordEvents(db, events, today);
  await pruneDaily(db, today);
  return { stored: events.length, dropped };
}

// ---------------------------------------------------------------- outbox (lib/stats/outbox.ts)

export interface OutboxStore {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string | string[]): Promise<void>;
}

const DONE = 'outbox-done:';

/**
 * Stores every batch waiting in the outbox, oldest first, then removes it. Exactly once even if the worker is
 * stopped half-way: the batch's key is marked done in the same transaction that adds its counts, so a batch
 * whose removal did not happen is recognised next time and only removed.
 */
export async function drainOutbox(store: OutboxStore, db: StatsDb, policy: Policy, now = Date.now()): Promise<number> {
  const all = await store.get(null);
  const keys = Object.keys(all)
    .filter((k) => k.startsWith(OUTBOX_PREFIX))
    .sort();
  if (keys.length === 0) return 0; // the usual case at start-up: do not even open the database
  const today = localDay(new Date(now));
  let stored = 0;
  for (const key of keys) {
    const batch = all[key] as Partial<OutboxBatch> | null;
    const age = now - outboxKeyTime(key);
    const fresh = age >= -OUTBOX_MAX_AGE_MS && age <= OUTBOX_MAX_AGE_MS;
    // The day the content script saw, when it is a plausible one; otherwise the day it arrives.
    const day =
      typeof batch?.day === 'string' && isValidDay(batch.day) && batch.day <= today && batch.day >= addDays(today, -OUTBOX_MAX_AGE_DAYS) ? batch.day : today;
    if (fresh && batch && Array.isArray(batch.events)) {
      await db.transaction('rw', db.aggregates, db.imports, db.meta, async () => {
        if (await db.meta.get(DONE + key)) return;
        const r = await ingestMessage(db, { type: STATS_MESSAGE, events: batch.events!.slice(0, 500) }, policy, day);
        stored += r?.stored ?? 0;
        await db.meta.put({ key: DONE + key, value: today });
      });
    }
    await store.remove(key);
    await db.meta.delete(DONE + key);
  }
  // Marks left by a worker stopped between the two lines above.
  await db.meta
    .where(':id')
    .startsWith(DONE)
    .filter((m) => typeof m.value !== 'string' || m.value < addDays(today, -2))
    .delete();
  return stored;
}
