import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StatsDb, deleteAll, getSettings, ownRows, prune, recordEvents, saveSettings } from '../../../lib/stats/db.ts';
import { ingestMessage } from '../../../lib/stats/ingest.ts';
import { STATS_MESSAGE } from '../../../lib/stats/client.ts';
import { packRows, unpackRows } from '../../../lib/stats/packed.ts';
import { effectiveSettings, readPolicy } from '../../../lib/stats/policy.ts';

let n = 0;
const dbs: StatsDb[] = [];
function freshDb(): StatsDb {
  const db = new StatsDb(`stats-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('store', () => {
  it('adds events to daily aggregates', async () => {
    const db = freshDb();
    await recordEvents(
      db,
      [
        { kind: 'form_recognised', form: 'l40' },
        { kind: 'form_recognised', form: 'l40' },
        { kind: 'problem_shown', form: 'l40', field: 'l40.5.1', rule: 'vague-quantity' },
      ],
      '2026-11-23',
    );
    await recordEvents(db, [{ kind: 'form_recognised', form: 'l40' }], '2026-11-23');
    await recordEvents(db, [{ kind: 'form_recognised', form: 'l40' }], '2026-11-24');
    const rows = await ownRows(db);
    const forms = rows.filter((r) => r.metric === 'form_recognised').map((r) => [r.day, r.count]);
    expect(forms.sort()).toEqual([
      ['2026-11-23', 3],
      ['2026-11-24', 1],
    ]);
    expect(rows.find((r) => r.metric === 'problem_shown')).toMatchObject({ field: 'l40.5.1', dim: 'vague-quantity', count: 1 });
  });

  it('settings default to on, one year, a random installation id that stays', async () => {
    const db = freshDb();
    const s = await getSettings(db);
    expect(s).toMatchObject({ enabled: true, retentionDays: 365, teamLabel: null });
    expect(s.installationId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await getSettings(db)).installationId).toBe(s.installationId);
  });

  it('prunes by retention, own and imported rows', async () => {
    const db = freshDb();
    await recordEvents(db, [{ kind: 'form_recognised', form: 'l40' }], '2025-01-01');
    await recordEvents(db, [{ kind: 'form_recognised', form: 'l40' }], '2026-06-01');
    await db.imports.add({
      hash: 'h',
      installationId: '00000000-0000-4000-8000-000000000000',
      teamLabel: null,
      exportedAt: '2026-06-01',
      importedAt: '2026-06-01',
      rows: packRows([
        { day: '2025-01-01', metric: 'form_recognised', form: 'l1', field: '', dim: '', count: 1 },
        { day: '2026-06-01', metric: 'form_recognised', form: 'l1', field: '', dim: '', count: 2 },
      ]),
    });
    expect(await prune(db, 365, '2026-11-24')).toBe(1);
    expect((await ownRows(db)).map((r) => r.day)).toEqual(['2026-06-01']);
    expect(unpackRows((await db.imports.get('h'))!.rows)).toEqual([{ day: '2026-06-01', metric: 'form_recognised', form: 'l1', field: '', dim: '', count: 2 }]);
  });

  it('delete all removes counts and imports but keeps "off"', async () => {
    const db = freshDb();
    await saveSettings(db, { enabled: false });
    await recordEvents(db, [{ kind: 'form_recognised', form: 'l40' }], '2026-11-24');
    await deleteAll(db);
    expect(await ownRows(db)).toEqual([]);
    expect((await getSettings(db)).enabled).toBe(false);
  });
});

describe('ingest (service worker side)', () => {
  const msg = (events: unknown[]) => ({ type: STATS_MESSAGE, events });

  it('stores valid events and drops invalid ones', async () => {
    const db = freshDb();
    const r = await ingestMessage(
      db,
      msg([
        { kind: 'field_assisted', form: 'l40', field: 'l40.5.1' },
        { kind: 'field_assisted', form: 'l40', field: 'Pasienten klarer ikke å løfte mer enn 5 kg' },
      ]),
      {},
      '2026-11-24',
    );
    expect(r).toEqual({ stored: 1, dropped: 1 });
    const rows = await ownRows(db);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('løfte');
  });

  it('ignores other messages', async () => {
    const db = freshDb();
    expect(await ingestMessage(db, { type: 'other' }, {}, '2026-11-24')).toBeNull();
  });

  it('stores nothing when the user or the organisation turned statistics off', async () => {
    const db = freshDb();
    const e = msg([{ kind: 'form_recognised', form: 'l40' }]);
    expect(await ingestMessage(db, e, { statisticsEnabled: false }, '2026-11-24')).toEqual({ stored: 0, dropped: 1 });
    await saveSettings(db, { enabled: false });
    expect(await ingestMessage(db, e, {}, '2026-11-24')).toEqual({ stored: 0, dropped: 1 });
    expect(await ownRows(db)).toEqual([]);
    await saveSettings(db, { enabled: true });
    expect((await ingestMessage(db, e, {}, '2026-11-24'))!.stored).toBe(1);
  });
});

describe('managed policy', () => {
  it('reads, tolerates a missing managed area and bad values', async () => {
    expect(await readPolicy(async () => ({ teamLabel: 'Nav Grünerløkka', statisticsEnabled: false }))).toEqual({
      teamLabel: 'Nav Grünerløkka',
      statisticsEnabled: false,
    });
    expect(await readPolicy(() => Promise.reject(new Error('Managed storage manifest not found')))).toEqual({});
    expect(await readPolicy(async () => ({ statisticsEnabled: 'nei', teamLabel: 'a\nb' }))).toEqual({});
  });

  it('can switch statistics off and lock the label, never force them on', () => {
    const s = { installationId: 'x', enabled: false, retentionDays: 365, teamLabel: 'mitt' };
    expect(effectiveSettings(s, { statisticsEnabled: true })).toMatchObject({ enabled: false, lockedEnabled: false });
    expect(effectiveSettings({ ...s, enabled: true }, { statisticsEnabled: false, teamLabel: 'Legekontoret' })).toMatchObject({
      enabled: false,
      lockedEnabled: true,
      teamLabel: 'Legekontoret',
      lockedTeamLabel: true,
    });
  });
});
