import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { StatsDb, getSettings, listImports, ownRows, pruneDaily, readSettings, recordEvents } from '../../../lib/stats/db.ts';
import { checkImport, toJsonExport } from '../../../lib/stats/transfer.ts';
import { importFile } from '../../../lib/stats/team.ts';
import { packRows, unpackRows } from '../../../lib/stats/packed.ts';
import { KNOWN_YRKE_CODES, MAX_DAILY_COUNT, cleanTeamLabel, normalizeTeamLabel, teamLabelProblem } from '../../../lib/stats/vocabulary.ts';
import { StatsEventSchema, type AggregateRow } from '../../../lib/stats/schema.ts';

/**
 * Issue 13, finding 4: text got into the statistics through the team import — a «rule id» that was words, a
 * team label holding a name and a fødselsnummer, bidi control characters, a day in 2999, counts of 1e9 — and
 * was stored, shown and exported again. Each case below was accepted before.
 */
const TODAY = '2026-11-24';
const MEMBER = '22222222-2222-4222-8222-222222222222';
const GOOD: AggregateRow[] = [
  { day: '2026-11-23', metric: 'form_recognised', form: 'l40', field: '', dim: '', count: 3 },
  { day: '2026-11-23', metric: 'problem_shown', form: 'l40', field: 'l40.5.1', dim: 'vague-quantity', count: 2 },
  { day: '2026-11-24', metric: 'yrke_inserted', form: 'l40', field: 'l40.1.5', dim: '5321', count: 1 },
];
const file = (over: { rows?: unknown[]; teamLabel?: unknown; exportedAt?: string } = {}) =>
  JSON.stringify({ ...JSON.parse(toJsonExport({ installationId: MEMBER, teamLabel: 'Legekontoret', rows: GOOD, today: TODAY })), ...over });

let n = 0;
const dbs: StatsDb[] = [];
const freshDb = () => {
  const db = new StatsDb(`vocab-${n++}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function refused(text: string): Promise<string> {
  const db = freshDb();
  const r = await importFile(db, text, TODAY);
  expect(r.ok, 'the file must be refused').toBe(false);
  expect(await listImports(db)).toEqual([]);
  return r.ok ? '' : r.errors.join('\n');
}

describe('imports accept only what this version knows', () => {
  it('a valid file imports (control)', async () => {
    const db = freshDb();
    expect((await importFile(db, file(), TODAY)).ok).toBe(true);
  });

  it('refuses a «rule id» that is words in kebab-case', async () => {
    const msg = await refused(file({ rows: [{ ...GOOD[1], dim: 'ola-nordmann-har-diabetes' }] }));
    expect(msg).toMatch(/rad 1 \(«dim»\): ukjent regel/);
    expect(msg).not.toMatch(/ola|nordmann|diabetes/i);
    expect(StatsEventSchema.safeParse({ kind: 'problem_shown', form: 'l40', field: 'l40.5.1', rule: 'ola-nordmann-har-diabetes' }).success).toBe(false);
  });

  it('refuses a STYRK code the catalogue does not have', async () => {
    expect(await refused(file({ rows: [{ ...GOOD[2], dim: '9999' }] }))).toMatch(/rad 1 \(«dim»\): ukjent yrkeskode/);
  });

  it('refuses a team label with a name and a fødselsnummer, or with bidi and zero-width characters', async () => {
    for (const label of ['Ola Nordmann 01019012345', 'Ola 010190 12345', 'Kontor\u202Eakgnir', 'Team\u200Bnavn', 'Ola\nNordmann', '<b>Team</b>']) {
      const msg = await refused(file({ teamLabel: label }));
      expect(msg).toMatch(/«teamLabel»: teametiketten er ikke tillatt/);
      expect(msg).not.toContain('Ola');
    }
  });

  it('refuses a day in 2999 and a day after the export date', async () => {
    expect(await refused(file({ rows: [{ ...GOOD[0], day: '2999-01-01' }] }))).toMatch(/rad 1 \(«day»\): datoen er etter eksportdatoen/);
    expect(await refused(file({ exportedAt: '2999-01-01', rows: [{ ...GOOD[0], day: '2999-01-01' }] }))).toMatch(/eksportdatoen er fram i tid/);
  });

  it('refuses counts of 1e9 and counts that are not whole numbers', async () => {
    expect(await refused(file({ rows: [{ ...GOOD[0], count: 1e9 }] }))).toMatch(/rad 1 \(«count»\): for stor verdi/);
    expect(await refused(file({ rows: [{ ...GOOD[0], count: MAX_DAILY_COUNT + 1 }] }))).toMatch(/rad 1 \(«count»\)/);
    expect(await refused(file({ rows: [{ ...GOOD[0], count: 2.5 }] }))).toMatch(/rad 1 \(«count»\)/);
  });

  it('leaves out rows older than the importer keeps, and says how many', async () => {
    const db = freshDb();
    const old = { ...GOOD[0], day: '2024-01-02' };
    const r = await importFile(db, file({ rows: [old, ...GOOD] }), TODAY);
    expect(r.ok && r.message).toMatch(/Importert 3 rader\. 1 rader eldre enn oppbevaringstiden ble ikke tatt med/);
    expect(unpackRows((await listImports(db))[0]!.rows).map((x) => x.day)).not.toContain('2024-01-02');
    const c = await checkImport(file({ rows: [old] }), { today: TODAY, retentionDays: 365 });
    expect(c.ok && c.file.expired).toBe(1);
    expect(
      (await importFile(db, JSON.stringify({ ...JSON.parse(file({ rows: [old] })), installationId: '33333333-3333-4333-8333-333333333333' }), TODAY)).ok,
    ).toBe(false);
  });
});

describe('team labels', () => {
  it('keeps ordinary labels, years and office names', () => {
    for (const ok of ['Legekontoret', 'Nav Grünerløkka', 'Team 2024-2025', 'Sámi dearvvašvuođaguovddáš', 'Avd. 3 (natt)', 'Legesenteret 0150 Oslo'])
      expect(teamLabelProblem(normalizeTeamLabel(ok)), ok).toBeNull();
    expect(cleanTeamLabel('  Nav\u00A0\u00A0Grünerløkka ')).toBe('Nav Grünerløkka');
  });

  it('refuses digit runs that could be an identity number, control characters and empty labels', () => {
    for (const bad of ['01019012345', '010190 12345', '01 01 90 123 45', 'Tlf 22334455', 'a\u0000b', 'a\u2028b', '\u202Dx', '   ', '---', 'x'.repeat(61)])
      expect(teamLabelProblem(normalizeTeamLabel(bad)), JSON.stringify(bad)).not.toBeNull();
  });
});

describe('stored values are checked on read and repaired once', () => {
  it('a retention of 1e308 no longer breaks the daily clean-up, and is written back as the default', async () => {
    const db = freshDb();
    await db.meta.put({ key: 'retentionDays', value: 1e308 });
    await recordEvents(db, [{ kind: 'form_recognised', form: 'l40' }], TODAY);
    await pruneDaily(db, TODAY); // threw RangeError: Invalid time value
    expect((await getSettings(db)).retentionDays).toBe(365);
    expect((await db.meta.get('retentionDays'))!.value).toBe(365);
    expect((await ownRows(db)).length).toBe(1);
  });

  it('reports what it repaired the first time only; an unreadable «on» becomes off', async () => {
    const db = freshDb();
    await db.meta.bulkPut([
      { key: 'installationId', value: 'ikke-en-id' },
      { key: 'enabled', value: 'ja' },
      { key: 'retentionDays', value: -3 },
      { key: 'teamLabel', value: 'Kari Nordmann 01019012345' },
    ]);
    const first = await readSettings(db);
    expect(first.repaired.sort()).toEqual(['enabled', 'installationId', 'retentionDays', 'teamLabel']);
    expect(first.settings).toMatchObject({ enabled: false, retentionDays: 365, teamLabel: null });
    expect(first.settings.installationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const second = await readSettings(db);
    expect(second.repaired).toEqual([]);
    expect(second.settings).toEqual(first.settings);
  });

  it('invalid stored values never reach the next export', async () => {
    const db = freshDb();
    await db.meta.put({ key: 'teamLabel', value: 'Team\u202E 01019012345' });
    await db.aggregates.bulkPut([
      { id: 'a', ...GOOD[0]! },
      { id: 'b', ...GOOD[1]!, dim: 'ola-nordmann-har-diabetes' },
      { id: 'c', ...GOOD[0]!, day: '2999-01-01', count: 1e9 },
    ]);
    const s = await getSettings(db);
    const json = toJsonExport({ installationId: s.installationId, teamLabel: s.teamLabel, rows: await ownRows(db), today: TODAY });
    expect(json).not.toMatch(/ola-nordmann|2999|1000000000|\u202E|01019012345/);
    expect(JSON.parse(json).teamLabel).toBeNull();
    expect(JSON.parse(json).rows).toHaveLength(1);
    // toJsonExport alone also refuses a bad label handed to it.
    expect(JSON.parse(toJsonExport({ installationId: MEMBER, teamLabel: 'a\u202Eb', rows: [], today: TODAY })).teamLabel).toBeNull();
  });

  it('imports stored by an earlier version are cleaned on read: bad rows and labels go, good rows stay', async () => {
    const db = freshDb();
    await db.imports.put({
      hash: 'f'.repeat(64),
      installationId: MEMBER,
      teamLabel: 'Ola Nordmann 01019012345',
      exportedAt: TODAY,
      importedAt: TODAY,
      rows: packRows([GOOD[0]!, { ...GOOD[1]!, dim: 'ola-nordmann-har-diabetes' }, { ...GOOD[0]!, day: '2999-01-01', count: 1e9 }]),
    });
    const [rec] = await listImports(db);
    expect(rec!.teamLabel).toBeNull();
    expect(unpackRows(rec!.rows)).toEqual([GOOD[0]]);
    // Written back: the raw record is clean now too.
    const raw = await db.imports.get('f'.repeat(64));
    expect(raw!.teamLabel).toBeNull();
    expect(unpackRows(raw!.rows)).toEqual([GOOD[0]]);
  });

  it('counts stop at the bound instead of growing without end', async () => {
    const db = freshDb();
    await db.aggregates.put({ id: `${TODAY}|form_recognised|l40||`, ...GOOD[0]!, day: TODAY, count: MAX_DAILY_COUNT - 1 });
    await recordEvents(
      db,
      [
        { kind: 'form_recognised', form: 'l40' },
        { kind: 'form_recognised', form: 'l40' },
        { kind: 'form_recognised', form: 'l40' },
      ],
      TODAY,
    );
    expect((await ownRows(db)).find((r) => r.day === TODAY)!.count).toBe(MAX_DAILY_COUNT);
  });
});

describe('the STYRK list', () => {
  it('is the catalogue’s list of unit groups', () => {
    const cat = JSON.parse(readFileSync(new URL('../../../lib/catalogue/data/catalogue.json', import.meta.url), 'utf8')) as { entries: { code: string }[] };
    expect([...KNOWN_YRKE_CODES].sort()).toEqual(cat.entries.map((e) => e.code).sort());
  });
});
