import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StatsDb, ownRows, saveSettings } from '../../../lib/stats/db.ts';
import { drainOutbox } from '../../../lib/stats/ingest.ts';
import { OUTBOX_PREFIX, createOutboxSender } from '../../../lib/stats/outbox.ts';
import { STATS_MESSAGE, createStatsClient } from '../../../lib/stats/client.ts';

/** storage.local as the browser keeps it: a plain map, with a switch to fail the next remove. */
function fakeStorage() {
  const data = new Map<string, unknown>();
  let failRemove = 0;
  return {
    data,
    failNextRemove: () => void (failRemove = 1),
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async get(_: null) {
      return Object.fromEntries(data);
    },
    async remove(keys: string | string[]) {
      if (failRemove) {
        failRemove = 0;
        throw new Error('worker stopped');
      }
      for (const k of [keys].flat()) data.delete(k);
    },
  };
}

let n = 0;
const dbs: StatsDb[] = [];
const freshDb = () => {
  const db = new StatsDb(`outbox-${n++}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const NOW = new Date('2026-11-24T12:00:00').getTime();
const count = async (db: StatsDb, metric: string) => (await ownRows(db)).filter((r) => r.metric === metric).reduce((s, r) => s + r.count, 0);

describe('statistics outbox', () => {
  it('each batch is a new key; the background stores every batch once and empties the outbox', async () => {
    const store = fakeStorage();
    const a = createOutboxSender(store, () => NOW);
    const b = createOutboxSender(store, () => NOW); // another tab at the same millisecond
    await a({ type: STATS_MESSAGE, events: [{ kind: 'form_recognised', form: 'l40' }] });
    await a({ type: STATS_MESSAGE, events: [{ kind: 'field_assisted', form: 'l40', field: 'l40.5.1' }] });
    await b({ type: STATS_MESSAGE, events: [{ kind: 'form_recognised', form: 'l1' }] });
    expect([...store.data.keys()].filter((k) => k.startsWith(OUTBOX_PREFIX))).toHaveLength(3);
    const db = freshDb();
    expect(await drainOutbox(store, db, {}, NOW)).toBe(3);
    expect(store.data.size).toBe(0);
    expect(await count(db, 'form_recognised')).toBe(2);
    expect(await drainOutbox(store, db, {}, NOW)).toBe(0);
    expect(await count(db, 'form_recognised')).toBe(2);
  });

  it('a worker stopped after storing but before removing does not count the batch twice', async () => {
    const store = fakeStorage();
    await createOutboxSender(store, () => NOW)({ type: STATS_MESSAGE, events: [{ kind: 'form_recognised', form: 'l40' }] });
    const db = freshDb();
    store.failNextRemove();
    await expect(drainOutbox(store, db, {}, NOW)).rejects.toThrow(/worker stopped/);
    expect(store.data.size).toBe(1); // still there
    await drainOutbox(store, db, {}, NOW); // the next worker
    expect(store.data.size).toBe(0);
    expect(await count(db, 'form_recognised')).toBe(1);
  });

  it('counts a batch on the day it was written, drops invalid events, and respects «off»', async () => {
    const store = fakeStorage();
    const yesterday = NOW - 24 * 3600 * 1000;
    await createOutboxSender(
      store,
      () => yesterday,
    )({
      type: STATS_MESSAGE,
      events: [{ kind: 'form_recognised', form: 'aev' }, { kind: 'field_assisted', form: 'l40', field: 'Pasienten har vondt' } as never],
    });
    const db = freshDb();
    await drainOutbox(store, db, {}, NOW);
    expect((await ownRows(db)).map((r) => [r.day, r.metric])).toEqual([['2026-11-23', 'form_recognised']]);
    await saveSettings(db, { enabled: false });
    await createOutboxSender(store, () => NOW)({ type: STATS_MESSAGE, events: [{ kind: 'form_recognised', form: 'aev' }] });
    await drainOutbox(store, db, {}, NOW);
    expect(store.data.size).toBe(0);
    expect(await count(db, 'form_recognised')).toBe(1);
  });

  it('the client hands its batch to the outbox when the page is left', async () => {
    const store = fakeStorage();
    const client = createStatsClient(
      createOutboxSender(store, () => NOW),
      60_000,
    );
    client.track({ kind: 'form_recognised', form: 'l40' });
    expect(store.data.size).toBe(0);
    client.flush();
    await Promise.resolve();
    expect(store.data.size).toBe(1);
  });
});

describe('policy when the managed area does not answer', () => {
  const never = () => new Promise<Record<string, unknown>>(() => undefined);
  it('uses the answer and keeps a copy; falls back to the copy; without one says «unknown»', async () => {
    const { readPolicyWithin } = await import('../../../lib/stats/policy.ts');
    let cache: unknown;
    const src = (managed: () => Promise<Record<string, unknown>>) => ({
      managed,
      readCache: async () => cache,
      writeCache: async (p: unknown) => void (cache = p),
    });
    expect(await readPolicyWithin(src(never), 20)).toBeNull();
    expect(
      await readPolicyWithin(
        src(async () => ({ statisticsEnabled: false })),
        20,
      ),
    ).toEqual({ statisticsEnabled: false });
    expect(await readPolicyWithin(src(never), 20)).toEqual({ statisticsEnabled: false });
    // Firefox without policies.json rejects: that is «no policy», not «unknown».
    expect(
      await readPolicyWithin(
        src(() => Promise.reject(new Error('Managed storage manifest not found'))),
        20,
      ),
    ).toEqual({});
  });
});
