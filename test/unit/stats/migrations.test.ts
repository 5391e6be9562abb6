import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, SCHEMA_HISTORY, StatsDb, getSettings, ownRows } from '../../../lib/stats/db.ts';

/**
 * Each earlier layout is built with exactly its historical store declarations, filled with data in that
 * layout, closed, and opened with the current code. Adding a version without a seeder here fails the first test.
 */
const SEEDERS: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('meta').bulkPut([
      { key: 'installationId', value: '11111111-1111-4111-8111-111111111111' },
      { key: 'enabled', value: false },
      { key: 'retentionDays', value: 180 },
    ]);
    await db.table('days').bulkPut([
      { day: '2026-11-02', counts: { 'form_recognised|l40||': 3, 'problem_shown|l40|l40.5.1|vague-quantity': 2 } },
      { day: '2026-11-03', counts: { 'score_on_leave|aev|aev.helse|70': 1, 'yrke_searched|||': 4, 'broken-entry': 1 } },
    ]);
  },
};

describe('database upgrades', () => {
  it('every earlier version has a seeder', () => {
    const earlier = Object.keys(SCHEMA_HISTORY).map(Number).filter((v) => v < DB_VERSION);
    expect(earlier.length).toBeGreaterThan(0);
    for (const v of earlier) expect(SEEDERS[v], `seeder for version ${v}`).toBeDefined();
  });

  for (const v of Object.keys(SEEDERS).map(Number)) {
    it(`upgrades from version ${v} without losing counts or settings`, async () => {
      const name = `migrate-from-${v}`;
      const old = new Dexie(name);
      for (let i = 1; i <= v; i++) old.version(i).stores(SCHEMA_HISTORY[i]!);
      await old.open();
      await SEEDERS[v]!(old);
      old.close();

      const db = new StatsDb(name);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      expect(db.tables.map((t) => t.name).sort()).toEqual(['aggregates', 'imports', 'meta']);
      const rows = (await ownRows(db)).sort((a, b) => (a.metric < b.metric ? -1 : 1));
      expect(rows).toEqual([
        { day: '2026-11-02', metric: 'form_recognised', form: 'l40', field: '', dim: '', count: 3 },
        { day: '2026-11-02', metric: 'problem_shown', form: 'l40', field: 'l40.5.1', dim: 'vague-quantity', count: 2 },
        { day: '2026-11-03', metric: 'score_on_leave', form: 'aev', field: 'aev.helse', dim: '70', count: 1 },
        { day: '2026-11-03', metric: 'yrke_searched', form: '', field: '', dim: '', count: 4 },
      ]);
      expect(await getSettings(db)).toEqual({ installationId: '11111111-1111-4111-8111-111111111111', enabled: false, retentionDays: 180, teamLabel: null });
      await db.delete();
    });
  }

  it('a fresh database opens at the current version', async () => {
    const db = new StatsDb('fresh');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    await db.delete();
  });
});
