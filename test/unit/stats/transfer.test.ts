import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StatsDb, getSettings, listImports, ownRows, recordEvents } from '../../../lib/stats/db.ts';
import { CSV_HEADER, checkImport, toCsv, toJsonExport } from '../../../lib/stats/transfer.ts';
import { importFile } from '../../../lib/stats/team.ts';
import type { AggregateRow } from '../../../lib/stats/schema.ts';
import { unpackRows } from '../../../lib/stats/packed.ts';

const ROWS: AggregateRow[] = [
  { day: '2026-11-23', metric: 'form_recognised', form: 'l40', field: '', dim: '', count: 3 },
  { day: '2026-11-23', metric: 'problem_shown', form: 'l40', field: 'l40.5.1', dim: 'vague-quantity', count: 2 },
  { day: '2026-11-24', metric: 'yrke_inserted', form: 'l40', field: 'l40.1.5', dim: '5321', count: 1 },
];
const MEMBER = '22222222-2222-4222-8222-222222222222';
const exp = (over: Partial<{ installationId: string; rows: AggregateRow[]; today: string; teamLabel: string | null }> = {}) =>
  toJsonExport({ installationId: MEMBER, teamLabel: 'Legekontoret', rows: ROWS, today: '2026-11-24', ...over });

let n = 0;
const dbs: StatsDb[] = [];
const freshDb = () => {
  const db = new StatsDb(`transfer-${n++}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('CSV', () => {
  it('is UTF-8 with BOM, semicolons and CRLF, with Norwegian labels', () => {
    const csv = toCsv(ROWS);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(';'));
    expect(lines[1]).toBe('2026-11-23;2026 uke 48;L40 legeerklæring;;Skjema gjenkjent;;3');
    expect(lines).toContain('2026-11-24;2026 uke 48;L40 legeerklæring;l40.1.5;Yrke satt inn;5321;1');
    expect(lines.at(-1)).toBe('');
  });
});

describe('JSON import checks', () => {
  it('accepts a valid export and gives the same hash however it is formatted', async () => {
    const a = await checkImport(exp());
    const b = await checkImport(JSON.stringify(JSON.parse(exp())));
    expect(a.ok && b.ok && a.file.hash === b.file.hash).toBe(true);
  });

  it('explains malformed, truncated, foreign and wrong-version files in Norwegian', async () => {
    const full = exp();
    const cases: [string, RegExp][] = [
      [full.slice(0, full.length / 2), /ikke gyldig JSON/],
      ['{"hei": 1}', /ikke en statistikkeksport/],
      [full.replace('"version": 1', '"version": 2'), /formatversjon 2.*bare versjon 1/],
      [full.replace('"version": 1', '"version": "1"'), /ukjent formatversjon/],
    ];
    for (const [text, re] of cases) {
      const r = await checkImport(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toMatch(re);
    }
  });

  it('lists what is wrong with rows, with row numbers', async () => {
    const env = JSON.parse(exp());
    env.rows[1].field = 'Pasienten klarer ikke å løfte';
    env.rows[2].count = -1;
    env.rows.push({ ...env.rows[0], note: 'x' });
    const r = await checkImport(JSON.stringify(env));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const msg = r.errors.join('\n');
    expect(msg).toMatch(/rad 2 \(«field»\)/);
    expect(msg).toMatch(/rad 3 \(«count»\)/);
    // An unknown key is counted, never named: error texts do not repeat what the file holds.
    expect(msg).toMatch(/rad 4: ett felt som ikke hører hjemme i en eksport/);
    expect(msg).not.toMatch(/note|Pasienten/);
  });

  it('refuses duplicate rows inside one file', async () => {
    const env = JSON.parse(exp());
    env.rows.push(env.rows[0]);
    const r = await checkImport(JSON.stringify(env));
    expect(!r.ok && r.errors[0]).toMatch(/rad 4: samme dag/);
  });
});

describe('team import into the database', () => {
  async function snapshot(db: StatsDb) {
    return JSON.stringify([await ownRows(db), await listImports(db)]);
  }

  it('imports a member, recognises the same file again, replaces an older export from the same member', async () => {
    const db = freshDb();
    const r1 = await importFile(db, exp(), '2026-11-24');
    expect(r1.ok).toBe(true);
    const before = await snapshot(db);
    const again = await importFile(db, JSON.stringify(JSON.parse(exp())), '2026-11-25');
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors[0]).toMatch(/allerede importert/);
    expect(await snapshot(db)).toBe(before);

    const newer = exp({ today: '2026-11-30', rows: [...ROWS, { day: '2026-11-30', metric: 'form_recognised', form: 'l1', field: '', dim: '', count: 1 }] });
    const r2 = await importFile(db, newer, '2026-11-30');
    expect(r2.ok && r2.message).toMatch(/erstattet/);
    const imports = await listImports(db);
    expect(imports).toHaveLength(1);
    expect(unpackRows(imports[0]!.rows)).toHaveLength(4);
    const older = await importFile(db, exp(), '2026-12-01');
    expect(!older.ok && older.errors[0]).toMatch(/nyere eksport/);
  });

  it("changes nothing for a bad file, and refuses the browser's own export", async () => {
    const db = freshDb();
    await recordEvents(db, [{ kind: 'form_recognised', form: 'aev' }], '2026-11-24');
    await importFile(db, exp(), '2026-11-24');
    const before = await snapshot(db);
    const bad = JSON.parse(exp({ installationId: '33333333-3333-4333-8333-333333333333' }));
    bad.rows[2].dim = 'Ola Nordmann';
    for (const text of [JSON.stringify(bad), exp().slice(0, 100), '']) {
      expect((await importFile(db, text, '2026-11-24')).ok).toBe(false);
      expect(await snapshot(db)).toBe(before);
    }
    const own = toJsonExport({ installationId: (await getSettings(db)).installationId, teamLabel: null, rows: await ownRows(db), today: '2026-11-24' });
    const r = await importFile(db, own, '2026-11-24');
    expect(!r.ok && r.errors[0]).toMatch(/denne nettleseren/);
    expect(await snapshot(db)).toBe(before);
  });
});
