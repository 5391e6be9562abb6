import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCatalogueService } from '../../../lib/catalogue/service.ts';
import { loadCatalogue } from '../../../lib/catalogue/search.ts';
import { NotesDb } from '../../../lib/notes/db.ts';

describe('catalogue service (background)', () => {
  it('loads the catalogue on the first palette message only, and leaves other messages alone', async () => {
    let loads = 0;
    const s = createCatalogueService({
      load: () => {
        loads++;
        return loadCatalogue();
      },
      notes: () => new NotesDb('svc-1'),
    });
    expect(s.handle({ type: 'skjemahjelp/stats-events', events: [] })).toBeUndefined();
    expect(s.handle(null)).toBeUndefined();
    expect(loads).toBe(0);
    const hits = (await s.handle({ type: 'skjemahjelp/yrke-search', query: '5321', limit: 500 })) as { code: string }[];
    expect(hits[0]!.code).toBe('5321');
    expect(hits.length).toBeLessThanOrEqual(100);
    await s.handle({ type: 'skjemahjelp/yrke-search', query: 'sjåfør', limit: 3 });
    expect(loads).toBe(1);
    expect(await s.handle({ type: 'skjemahjelp/yrke-search', query: '   ' })).toEqual([]);
  });

  it('compares with the text it is given and refuses unknown codes', async () => {
    const s = createCatalogueService({ notes: () => new NotesDb('svc-2') });
    const none = (await s.handle({ type: 'skjemahjelp/yrke-compare', code: '5321', personText: '' })) as { documented: boolean; areas: { verdict: string }[] };
    expect(none.documented).toBe(false);
    expect(none.areas.some((a) => a.verdict === 'conflict')).toBe(false);
    const some = (await s.handle({ type: 'skjemahjelp/yrke-compare', code: '5321', personText: 'Kan ikke løfte mer enn 5 kg.' })) as {
      documented: boolean;
      areas: { area: string; verdict: string }[];
      insertText: string;
    };
    expect(some.documented).toBe(true);
    expect(some.areas.find((a) => a.area === 'lift')!.verdict).toBe('conflict');
    expect(some.insertText).toMatch(/STYRK-08 5321/);
    expect(await s.handle({ type: 'skjemahjelp/yrke-compare', code: '0001', personText: '' })).toBeNull();
    const bad = (await s.handle({ type: 'skjemahjelp/yrke-note-save', code: 'abc', text: 'x' })) as { ok: boolean; error: string };
    expect(bad).toEqual({ ok: false, error: 'Ugyldig yrkeskode.' });
  });

  it('answers every message with a native Promise (the messaging polyfill dropped answers given as Dexie thenables)', async () => {
    const s = createCatalogueService({ notes: () => new NotesDb('svc-3') });
    for (const m of [
      { type: 'skjemahjelp/yrke-search', query: 'kokk' },
      { type: 'skjemahjelp/yrke-compare', code: '5120', personText: '' },
      { type: 'skjemahjelp/yrke-codes' },
      { type: 'skjemahjelp/yrke-note-get', code: '5120' },
      { type: 'skjemahjelp/yrke-note-save', code: '5120', text: 'Kveld og helg.' },
      { type: 'skjemahjelp/yrke-note-codes' },
    ]) {
      const r = s.handle(m);
      expect(Object.getPrototypeOf(r), m.type).toBe(Promise.prototype);
      await r;
    }
    expect(await s.handle({ type: 'skjemahjelp/yrke-note-codes' })).toEqual({ '5120': 'own' });
  });
});
