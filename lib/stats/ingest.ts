/**
 * What the service worker does with a message from a content script: validate every event (an invalid one is
 * dropped, not stored), respect "off" (the user's or the organisation's), and add the rest to today's counts.
 */
import { type StatsDb, getSettings, pruneDaily, recordEvents } from './db.ts';
import { StatsEventSchema, StatsMessageSchema, localDay } from './schema.ts';
import type { StatsEvent } from './client.ts';
import type { Policy } from './policy.ts';

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
