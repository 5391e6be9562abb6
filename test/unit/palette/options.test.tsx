// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OptionsApp } from '../../../components/palette/OptionsApp.tsx';
import { NotesDb, listNotes, saveNote } from '../../../lib/notes/db.ts';

let n = 0;
const dbs: NotesDb[] = [];
afterEach(async () => {
  render(null, document.body);
  for (const db of dbs.splice(0)) await db.delete();
});
async function until<T>(fn: () => T, ms = 3000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let v = fn();
  while (!v && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 15));
    v = fn();
  }
  if (!v) throw new Error('timed out');
  return v as NonNullable<T>;
}
function chooseFile(text: string) {
  const input = document.querySelector<HTMLInputElement>('[data-notes-file]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'notater.json', { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options.html', () => {
  it('lists notes, exports them, refuses a bad file without changes, imports a good one', async () => {
    const db = new NotesDb(`opts-${n++}`);
    dbs.push(db);
    await saveNote(db, '5321', 'Turnus er vanlig.');
    const downloads: [string, string][] = [];
    render(
      <OptionsApp
        db={db}
        knownCodes={async () => new Set(['5321', '9112'])}
        shortcut={async () => 'Alt+Shift+Y'}
        download={(name, text) => downloads.push([name, text])}
        statsUrl="chrome-extension://x/stats.html"
      />,
      document.body,
    );
    await until(() => document.querySelector('tr[data-code="5321"]'));
    expect(document.querySelector('[data-shortcut]')!.textContent).toBe('Alt+Shift+Y');
    const om = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Om')!;
    expect(om.parentElement!.textContent).toMatch(/SSB[\s\S]*ILO[\s\S]*ESCO[\s\S]*NAV/);
    expect(document.querySelector('a')!.getAttribute('href')).toBe('chrome-extension://x/stats.html');

    const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
    button('Eksporter beskrivelser').click();
    await until(() => downloads.length);
    const exported = JSON.parse(downloads[0]![1]);
    expect(downloads[0]![0]).toMatch(/^skjemahjelp-yrkesbeskrivelser-\d{4}-\d\d-\d\d\.json$/);
    expect(exported.notes.map((x: { code: string }) => x.code)).toEqual(['5321']);

    const status = () => document.querySelector('[data-notes-status]')!;
    chooseFile(
      JSON.stringify({
        ...exported,
        notes: [
          { code: '9112', text: 'Ny.', updatedAt: exported.exportedAt },
          { code: '9999', text: 'x', updatedAt: exported.exportedAt },
        ],
      }),
    );
    await until(() => status().getAttribute('data-notes-status') === 'error');
    expect(status().textContent).toMatch(/9999.*finnes ikke i yrkeskatalogen.*Ingenting er endret/);
    expect((await listNotes(db)).map((r) => r.code)).toEqual(['5321']);

    chooseFile(JSON.stringify({ ...exported, notes: [{ code: '9112', text: 'Kveldsarbeid.', updatedAt: exported.exportedAt }] }));
    await until(() => document.querySelector('tr[data-code="9112"]'));
    expect(status().textContent).toMatch(/1 nye/);
    expect(document.querySelector('tr[data-code="9112"]')!.textContent).toMatch(/Importert/);
  });
});
