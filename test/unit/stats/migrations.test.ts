import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, SCHEMA_HISTORY, StatsDb, type V2ImportRecord, getSettings, listImports, ownRows } from '../../../lib/stats/db.ts';
import { type AggregateRow, rowKey } from '../../../lib/stats/schema.ts';
import { unpackRows } from '../../../lib/stats/packed.ts';
import { buildDashboard } from '../../../lib/stats/dashboard.ts';

/**
 * Each earlier layout is built with exactly its historical store declarations, filled with data in that
 * layout, closed, and opened with the current code. Adding a version without a seeder here fails the first test.
 */
const OWN: AggregateRow[] = [
  { day: '2026-11-02', metric: 'form_recognised', form: 'l40', field: '', dim: '', count: 3 },
  { day: '2026-11-02', metric: 'problem_shown', form: 'l40', field: 'l40.5.1', dim: 'vague-quantity', count: 2 },
  { day: '2026-11-03', metric: 'score_on_leave', form: 'aev', field: 'aev.helse', dim: '70', count: 1 },
  { day: '2026-11-03', metric: 'yrke_searched', form: '', field: '', dim: '', count: 4 },
];
const META = [
  { key: 'installationId', value: '11111111-1111-4111-8111-111111111111' },
  { key: 'enabled', value: false },
  { key: 'retentionDays', value: 180 },
];
const MEMBER: V2ImportRecord = {
  hash: 'abc',
  installationId: '22222222-2222-4222-8222-222222222222',
  teamLabel: 'Legekontoret',
  exportedAt: '2026-11-03',
  importedAt: '2026-11-04',
  rows: [
    { day: '2026-11-02', metric: 'form_recognised', form: 'l1', field: '', dim: '', count: 5 },
    { day: '2026-11-03', metric: 'yrke_inserted', form: 'l40', field: 'l40.1.5', dim: '5321', count: 1 },
  ],
};

/** Fills a database in that version's layout; returns the imports the upgraded database must hold. */
const SEEDERS: Record<number, (db: Dexie) => Promise<V2ImportRecord[]>> = {
  1: async (db) => {
    await db.table('meta').bulkPut(META);
    await db.table('days').bulkPut([
      { day: '2026-11-02', counts: { 'form_recognised|l40||': 3, 'problem_shown|l40|l40.5.1|vague-quantity': 2 } },
      { day: '2026-11-03', counts: { 'score_on_leave|aev|aev.helse|70': 1, 'yrke_searched|||': 4, 'broken-entry': 1 } },
    ]);
    return [];
  },
  2: async (db) => {
    await db.table('meta').bulkPut(META);
    await db.table('aggregates').bulkPut(OWN.map((r) => ({ id: rowKey(r), ...r })));
    await db.table('imports').put(MEMBER);
    return [MEMBER];
  },
};

describe('database upgrades', () => {
  it('every earlier version has a seeder', () => {
    const earlier = Object.keys(SCHEMA_HISTORY)
      .map(Number)
      .filter((v) => v < DB_VERSION);
    expect(earlier.length).toBeGreaterThan(0);
    for (const v of earlier) expect(SEEDERS[v], `seeder for version ${v}`).toBeDefined();
  });

  for (const v of Object.keys(SEEDERS).map(Number)) {
    it(`upgrades from version ${v} without losing counts or settings`, async () => {
      const name = `migrate-from-${v}`;
      const old = new Dexie(name);
      for (let i = 1; i <= v; i++) old.version(i).stores(SCHEMA_HISTORY[i]!);
      await old.open();
      const expectedImports = await SEEDERS[v]!(old);
      old.close();

      const db = new StatsDb(name);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      expect(db.tables.map((t) => t.name).sort()).toEqual(['aggregates', 'imports', 'meta']);
      const rows = (await ownRows(db)).sort((a, b) => (a.metric < b.metric ? -1 : 1));
      expect(rows).toEqual(OWN);
      const imports = await listImports(db);
      expect(imports.map((r) => ({ ...r, rows: unpackRows(r.rows) }))).toEqual(expectedImports);
      // The upgraded data is usable: the team dashboard counts the member's forms.
      expect(buildDashboard([rows, ...imports.map((r) => r.rows)], { from: null, to: '2026-11-03' }).totals.forms).toBe(3 + (expectedImports.length ? 5 : 0));
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
