import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesDb, getNote, listNotes, saveNote } from '../../../lib/notes/db.ts';
import { NOTES_FORMAT, NotesImportError, buildExport, importNotes, parseNotesFile } from '../../../lib/notes/transfer.ts';

let n = 0;
const dbs: NotesDb[] = [];
function freshDb(): NotesDb {
  const db = new NotesDb(`notes-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const file = (notes: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: NOTES_FORMAT, version: 1, exportedAt: '2026-11-20T10:00:00.000Z', notes, ...extra });

async function importError(db: NotesDb, text: string, known?: Set<string>): Promise<string> {
  try {
    await importNotes(db, text, known);
  } catch (e) {
    expect(e).toBeInstanceOf(NotesImportError);
    return (e as Error).message;
  }
  throw new Error('import did not fail');
}

describe('own notes', () => {
  it('saves, reads and deletes with an empty text; rejects bad codes and over-long text', async () => {
    const db = freshDb();
    await saveNote(db, '5321', '  Mange kommuner krever fagbrev.  ', new Date('2026-11-01T08:00:00Z'));
    expect(await getNote(db, '5321')).toEqual({ code: '5321', text: 'Mange kommuner krever fagbrev.', updatedAt: '2026-11-01T08:00:00.000Z', source: 'own' });
    await expect(saveNote(db, '53', 'x')).rejects.toThrow(/yrkeskode/);
    await expect(saveNote(db, '5321', 'x'.repeat(5000))).rejects.toThrow(/for lang/);
    await saveNote(db, '5321', '   ');
    expect(await getNote(db, '5321')).toBeNull();
  });

  it('round-trips an export into another database, marked as imported', async () => {
    const a = freshDb();
    await saveNote(a, '5321', 'Turnus er vanlig på sykehjem.', new Date('2026-11-01T08:00:00Z'));
    await saveNote(a, '9112', 'Renhold på kontor er ofte kveld.', new Date('2026-11-02T08:00:00Z'));
    const text = JSON.stringify(buildExport(await listNotes(a)));
    const b = freshDb();
    expect(await importNotes(b, text, new Set(['5321', '9112']))).toEqual({ added: 2, updated: 0, kept: 0 });
    const rows = await listNotes(b);
    expect(rows.map((r) => [r.code, r.source])).toEqual([
      ['5321', 'imported'],
      ['9112', 'imported'],
    ]);
    expect(rows[0]!.text).toBe('Turnus er vanlig på sykehjem.');
  });

  it('never overwrites an own note; replaces an older imported one, keeps a newer one', async () => {
    const db = freshDb();
    await saveNote(db, '5321', 'Min egen tekst.', new Date('2026-10-01T08:00:00Z'));
    await importNotes(
      db,
      file([
        { code: '9112', text: 'Kontorets gamle.', updatedAt: '2026-10-01T08:00:00.000Z' },
        { code: '4321', text: 'Kontorets nyeste.', updatedAt: '2026-11-20T08:00:00.000Z' },
      ]),
    );
    const r = await importNotes(
      db,
      file([
        { code: '5321', text: 'Kollegas nyere tekst.', updatedAt: '2026-11-01T08:00:00.000Z' },
        { code: '9112', text: 'Kontorets nye.', updatedAt: '2026-11-05T08:00:00.000Z' },
        { code: '4321', text: 'Kontorets eldre.', updatedAt: '2026-11-01T08:00:00.000Z' },
      ]),
    );
    expect(r).toEqual({ added: 0, updated: 1, kept: 2 });
    expect((await getNote(db, '5321'))!).toMatchObject({ text: 'Min egen tekst.', source: 'own' });
    expect((await getNote(db, '9112'))!).toMatchObject({ text: 'Kontorets nye.', source: 'imported' });
    expect((await getNote(db, '4321'))!.text).toBe('Kontorets nyeste.');
  });

  it('rejects a bad file with a Norwegian message and changes nothing (all-or-nothing)', async () => {
    const db = freshDb();
    await saveNote(db, '5321', 'Uendret.', new Date('2026-11-01T08:00:00Z'));
    const before = await listNotes(db);
    const good = { code: '9112', text: 'God.', updatedAt: '2026-11-05T08:00:00.000Z' };

    expect(await importError(db, '{ not json')).toMatch(/ikke gyldig JSON/);
    expect(await importError(db, JSON.stringify({ rows: [] }))).toMatch(/ikke en eksport av egne yrkesbeskrivelser/);
    // The first entry is valid: a partial import would have added it.
    expect(await importError(db, file([good, { code: '12', text: 'x', updatedAt: '2026-11-05T08:00:00.000Z' }]))).toMatch(
      /beskrivelse nr\. 2: yrkeskoden må være fire sifre.*Ingenting er endret/,
    );
    expect(await importError(db, file([good, { code: '5321', text: '   ', updatedAt: '2026-11-05T08:00:00.000Z' }]))).toMatch(/nr\. 2.*tom/);
    expect(await importError(db, file([good, { code: '5321', text: 'x', updatedAt: 'i går' }]))).toMatch(/datoen er ikke gyldig/);
    expect(await importError(db, file([good, { ...good, text: 'Igjen.' }]))).toMatch(/9112 står to ganger/);
    expect(await importError(db, file([good], { extra: 1 }))).toMatch(/kan ikke importeres: filen har felt som ikke hører hjemme/);
    expect(await importError(db, file([good, { code: '0001', text: 'x', updatedAt: '2026-11-05T08:00:00.000Z' }]), new Set(['9112', '5321']))).toMatch(
      /0001.*finnes ikke i yrkeskatalogen/,
    );
    expect(await importError(db, file([good], { version: 2 }))).toMatch(/formatversjon denne versjonen av Skjemahjelp ikke kan lese/);

    expect(await listNotes(db)).toEqual(before);
  });

  it('says everything in Norwegian and never repeats what the file holds (issue 13, finding 9)', async () => {
    const db = freshDb();
    const good = { code: '9112', text: 'God.', updatedAt: '2026-11-05T08:00:00.000Z' };
    const secret = 'Kari Nordmann 01019012345';
    const cases = [
      file([good], { version: 2 }),
      file([good], { [secret]: 1 }),
      file([good], { exportedAt: secret }),
      file([good], { exportedAt: 5 }),
      file([{ ...good, code: secret }]),
      file([{ ...good, text: 5 }]),
      file([{ code: '9112', updatedAt: good.updatedAt }]),
      file([good], { notes: secret }),
      JSON.stringify({ format: NOTES_FORMAT, notes: [good] }),
    ];
    for (const text of cases) {
      const msg = await importError(db, text);
      expect(msg, text).not.toMatch(/Invalid|Unrecognized|expected|received|Required/i);
      expect(msg, text).not.toMatch(/Kari|Nordmann|01019012345/);
      expect(msg, text).toMatch(/^Filen kan ikke importeres: .*Ingenting er endret\.$/);
    }
  });

  it('parses a valid file without touching a database', () => {
    const f = parseNotesFile(file([{ code: '5321', text: 'Tekst', updatedAt: '2026-11-05T08:00:00.000Z' }]));
    expect(f.notes).toHaveLength(1);
  });
});
