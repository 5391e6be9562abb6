// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseManaged, parseRule, parseSitesState } from '../../../lib/sites/parse.ts';
import { SiteRuleSchema, SitesImportError, buildExport, parseSitesFile } from '../../../lib/sites/schema.ts';
import { lineOfPath } from '../../../lib/sites/jsonpos.ts';
import { describeField, isOff, originMatches, pathMatches, resolveOverrides, rulesFor, suggestPath } from '../../../lib/sites/match.ts';
import { importRules, readState, removeRule, saveTaught, setSiteOff, updateRule, type SitesIo } from '../../../lib/sites/store.ts';
import { SiteRules, inDocumentOrder } from '../../../lib/sites/runtime.ts';
import { findCandidates, recognise } from '../../../lib/forms/locate.ts';
import { PickSession, fieldOptions, filterOptions } from '../../../lib/sites/pick.ts';
import type { SiteRule, SitesState, TaughtRule } from '../../../lib/sites/types.ts';

const fieldRule = (over: Partial<Extract<SiteRule, { kind: 'field' }>> = {}): Extract<SiteRule, { kind: 'field' }> => ({
  id: 'r-0001',
  kind: 'field',
  origin: 'https://epj.example.no',
  path: '/journal/*',
  field: 'l40.5.1',
  target: { tag: 'textarea', label: ['funk', 'besk', 'f51'], index: 0, count: 3 },
  createdAt: '2026-11-30T10:00:00.000Z',
  ...over,
});

function memoryIo(initial?: unknown): SitesIo & { value: unknown } {
  const io = {
    value: initial,
    get: async () => io.value,
    set: async (s: SitesState) => {
      io.value = JSON.parse(JSON.stringify(s));
    },
  };
  return io;
}

describe('rules are read the same by the hand parser (content script) and by zod', () => {
  const cases: unknown[] = [
    fieldRule(),
    fieldRule({ field: null }),
    { id: 'r-page1', kind: 'page', origin: 'https://*.example.no', path: '/', form: 'aev', createdAt: '2026-11-30T10:00:00Z' },
    fieldRule({ field: 'l40.99' }),
    fieldRule({ origin: 'ftp://x.no' }),
    fieldRule({ path: 'journal' }),
    fieldRule({ id: 'A B' }),
    fieldRule({ target: { tag: 'textarea', label: ['Funk'], index: 0, count: 1 } }),
    fieldRule({ target: { tag: 'select' as 'input', label: [], index: 0, count: 1 } }),
    fieldRule({ target: { tag: 'input', label: [], index: 3, count: 3 } }),
    fieldRule({ createdAt: 'i går' }),
    { ...fieldRule(), extra: 1 },
    { id: 'r-page1', kind: 'page', origin: 'https://a.no', path: '/', form: 'l2', createdAt: '2026-11-30T10:00:00Z' },
    'tekst',
  ];
  it.each(cases.map((c, i) => [i, c]))('case %i', (_i, c) => {
    expect(parseRule(c) !== null).toBe(SiteRuleSchema.safeParse(c).success);
  });
  it('a broken stored rule is dropped on its own', () => {
    const { state, dropped } = parseSitesState({
      version: 1,
      rules: [fieldRule(), fieldRule({ field: 'nei' }), { ...fieldRule({ id: 'r-0002' }), source: 'imported' }],
      off: ['https://a.no', 'ikke et opphav'],
    });
    expect(state.rules.map((r) => [r.id, r.source])).toEqual([
      ['r-0001', 'own'],
      ['r-0002', 'imported'],
    ]);
    expect(state.off).toEqual(['https://a.no']);
    expect(dropped).toBe(1);
  });
  it('the managed policy: rules, sites off, checks off; "" means «ikke et skjemafelt»', () => {
    const m = parseManaged({
      siteRules: [fieldRule({ field: '' as unknown as null }), { bad: 1 }],
      sitesOff: ['https://*.intern.no'],
      disabledRules: ['jargon'],
      teamLabel: 'x',
    });
    expect(m.rules.map((r) => (r.kind === 'field' ? r.field : r.form))).toEqual([null]);
    expect(m.off).toEqual(['https://*.intern.no']);
    expect(m.disabledRules).toEqual(['jargon']);
  });
});

describe('where rules apply', () => {
  it('matches origins, subdomain patterns and path patterns', () => {
    expect(originMatches('https://*.example.no', 'https://epj.example.no')).toBe(true);
    expect(originMatches('https://*.example.no', 'https://example.no')).toBe(true);
    expect(originMatches('https://*.example.no', 'http://epj.example.no')).toBe(false);
    expect(originMatches('https://*.example.no', 'https://badexample.no')).toBe(false);
    expect(pathMatches('/journal/*', '/journal/123/l40')).toBe(true);
    expect(pathMatches('/journal/*', '/admin')).toBe(false);
    expect(pathMatches('/a.b', '/axb')).toBe(false);
    expect(rulesFor([fieldRule()], { origin: 'https://epj.example.no', pathname: '/journal/9' })).toHaveLength(1);
    expect(isOff(['https://*.intern.no'], 'https://a.intern.no')).toBe(true);
    expect(suggestPath('/pasient/1234567/skjema/l40')).toBe('/pasient/*/skjema/l40');
  });
});

describe('finding a taught field again', () => {
  const page = (variant: number) => `
    <h1>MedSys – notat</h1>
    <div class="row"><span>Funk.besk. (F51)</span><textarea id="t${variant}-a" name="F51"></textarea></div>
    <div class="row"><span>Ka pasienten ikkje greie på jobb (F561)</span><textarea id="t${variant}-b"></textarea></div>
    <div class="row"><span>Merknad</span><input id="t${variant}-c" type="text"></div>`;

  it('describes a field by what the page shows, never by its text', () => {
    document.body.innerHTML = page(1);
    const el = document.getElementById('t1-b') as HTMLTextAreaElement;
    el.value = 'Pasienten Ola Nordmann klarer ikke å løfte';
    const cands = inDocumentOrder(findCandidates(document));
    const d = describeField(el, cands);
    expect(d.label).toEqual(['ka', 'pasienten', 'ikkje', 'greie', 'pa', 'jobb', 'f561']);
    expect(JSON.stringify(d)).not.toMatch(/nordmann|lofte|løfte/i);
    expect(d.id).toBe('t1-b');
    el.id = ':r5:';
    expect(describeField(el, cands).id).toBeUndefined(); // generated ids (React useId) are left out
  });

  it('re-finds fields after a re-render with new ids, and leaves an unlisted field alone', () => {
    document.body.innerHTML = page(1);
    let cands = inDocumentOrder(findCandidates(document));
    const rules: SiteRule[] = [
      fieldRule({ id: 'r-a001', field: 'l40.5.1', target: describeField(cands[0]!, cands) }),
      fieldRule({ id: 'r-a002', field: 'l40.5.6.1', target: describeField(cands[1]!, cands) }),
      fieldRule({ id: 'r-a003', field: null, target: describeField(cands[2]!, cands) }),
    ];
    document.body.innerHTML = page(2);
    cands = inDocumentOrder(findCandidates(document));
    const ov = resolveOverrides(cands, rules)!;
    expect(ov.fields.get(document.getElementById('t2-a')!)).toBe('l40.5.1');
    expect(ov.fields.get(document.getElementById('t2-b')!)).toBe('l40.5.6.1');
    expect(ov.fields.get(document.getElementById('t2-c')!)).toBeNull();
    const rec = recognise(document, findCandidates(document), ov)!;
    expect(rec.form.id).toBe('l40');
    expect(rec.fields.map((f) => [f.el.id, f.key])).toEqual([
      ['t2-a', 'l40.5.1'],
      ['t2-b', 'l40.5.6.1'],
    ]);
  });

  it('a page marked as a form is that form even with no field recognised', () => {
    document.body.innerHTML = '<p>Tom side</p><textarea id="x"></textarea>';
    const rec = recognise(document, findCandidates(document), { form: 'aev', fields: new Map() });
    expect(rec?.form.id).toBe('aev');
  });

  it("reads the policy from the background's copy when there is one, without asking the browser", async () => {
    let asked = false;
    const sites = new SiteRules({
      getLocal: async () => undefined,
      getMirror: async () => ({ siteRules: [], sitesOff: ['https://av.example.no'], disabledRules: ['jargon'] }),
      getManaged: () => {
        asked = true;
        return new Promise(() => undefined); // Chromium before its policies are loaded
      },
      onChange: () => undefined,
    });
    await sites.load();
    expect(asked).toBe(false);
    expect(sites.offHere('https://av.example.no')).toEqual({ off: true, byPolicy: true });
    expect(sites.managed.disabledRules).toEqual(['jargon']);
  });

  it('without a copy it does not hold the page up for a slow policy, and applies it when it arrives', async () => {
    let resolve: (v: unknown) => void = () => undefined;
    const sites = new SiteRules({ getLocal: async () => undefined, getManaged: () => new Promise((r) => (resolve = r)), onChange: () => undefined });
    await sites.load(20);
    expect(sites.offHere('https://av.example.no').off).toBe(false);
    const told = new Promise<void>((r) => sites.follow(r));
    resolve({ sitesOff: ['https://av.example.no'] });
    await told;
    expect(sites.offHere('https://av.example.no').off).toBe(true);
  });

  it('the content script reads rules and policy without zod and follows changes', async () => {
    let local: unknown = { version: 1, rules: [fieldRule()], off: [] };
    let fire: () => void = () => undefined;
    const sites = new SiteRules({
      getLocal: async () => local,
      getManaged: () => Promise.reject(new Error('no policy')),
      onChange: (fn) => (fire = () => fn('local')),
    });
    await sites.load();
    expect(sites.rulesHere({ origin: 'https://epj.example.no', pathname: '/journal/1' })).toHaveLength(1);
    expect(sites.offHere('https://epj.example.no')).toEqual({ off: false, byPolicy: false });
    const seen = new Promise<void>((r) => sites.follow(r));
    local = { version: 1, rules: [], off: ['https://epj.example.no'] };
    fire();
    await seen;
    expect(sites.offHere('https://epj.example.no').off).toBe(true);
  });
});

describe('store: teach, edit, remove, switch off, export and import', () => {
  const taught: TaughtRule = { kind: 'field', origin: 'https://epj.example.no', path: '/journal/*', field: 'l40.5.1', target: fieldRule().target };

  it('teaching the same field again replaces the rule', async () => {
    const io = memoryIo();
    await saveTaught(io, taught);
    await saveTaught(io, { ...taught, field: 'l40.5.3' });
    const s = await readState(io);
    expect(s.rules.map((r) => (r.kind === 'field' ? r.field : ''))).toEqual(['l40.5.3']);
    await expect(saveTaught(io, { ...taught, field: 'l40.77' })).rejects.toThrow();
    expect((await readState(io)).rules).toHaveLength(1);
  });

  it('edits and removes; a bad edit changes nothing', async () => {
    const io = memoryIo();
    const r = await saveTaught(io, taught);
    await updateRule(io, r.id, { path: '/journal/l40/*', field: null });
    let s = await readState(io);
    expect(s.rules[0]).toMatchObject({ path: '/journal/l40/*', field: null });
    await expect(updateRule(io, r.id, { path: 'uten skråstrek' })).rejects.toThrow(/sidemønsteret/);
    s = await readState(io);
    expect(s.rules[0]).toMatchObject({ path: '/journal/l40/*' });
    await removeRule(io, r.id);
    expect((await readState(io)).rules).toEqual([]);
  });

  it('switches a site off and on again, remembered', async () => {
    const io = memoryIo();
    await setSiteOff(io, 'https://Nyheter.no', true);
    expect((await readState(io)).off).toEqual(['https://nyheter.no']);
    await setSiteOff(io, 'https://nyheter.no', false);
    expect((await readState(io)).off).toEqual([]);
  });

  it('exports without where a rule came from, and imports the file back', async () => {
    const io = memoryIo();
    await saveTaught(io, taught);
    const file = buildExport((await readState(io)).rules);
    expect(JSON.stringify(file)).not.toContain('source');
    const other = memoryIo();
    expect(await importRules(other, JSON.stringify(file, null, 2))).toEqual({ added: 1, replaced: 0 });
    expect((await readState(other)).rules[0]!.source).toBe('imported');
    expect(await importRules(other, JSON.stringify(file))).toEqual({ added: 0, replaced: 1 });
  });

  it('refuses a bad file whole, names the line, and changes nothing', async () => {
    const io = memoryIo();
    await saveTaught(io, taught);
    const before = JSON.stringify(io.value);
    const file = buildExport([fieldRule({ id: 'r-b001' }), fieldRule({ id: 'r-b002', field: 'l40.99.9' })]);
    const text = JSON.stringify(file, null, 2);
    const wrongLine = text.split('\n').findIndex((l) => l.includes('l40.99.9')) + 1;
    await expect(importRules(io, text)).rejects.toThrow(new RegExp(`linje ${wrongLine}, regel nr\\. 2 \\(«field»\\): ukjent skjemafelt`));
    expect(JSON.stringify(io.value)).toBe(before);
    await expect(importRules(io, '{"format": "skjemahjelp-sideregler",\n "version": 1,\n "rules": [,]}')).rejects.toThrow(/ikke gyldig JSON \(linje 3\)/);
    await expect(importRules(io, '{"format":"noe annet"}')).rejects.toBeInstanceOf(SitesImportError);
    expect(JSON.stringify(io.value)).toBe(before);
  });

  it('finds the line of a value in a JSON text', () => {
    const text = '{\n  "a": [\n    {"b": 1},\n    {\n      "b": "x"\n    }\n  ]\n}';
    expect(lineOfPath(text, ['a', 1, 'b'])).toBe(5);
    expect(lineOfPath(text, ['a', 0])).toBe(3);
    expect(lineOfPath(text, ['zz'])).toBe(1);
    expect(parseSitesFile.length).toBe(1);
  });
});

describe('«Pek ut felt»', () => {
  it('moves through the fields by keyboard, selects one and stores a rule for the chosen form field', async () => {
    document.body.innerHTML = `<label for="a">F51</label><textarea id="a"></textarea><label for="b">F53</label><textarea id="b"></textarea>`;
    const saved: TaughtRule[] = [];
    const s = new PickSession({
      doc: document,
      candidates: () => inDocumentOrder(findCandidates(document)),
      current: () => null,
      form: () => null,
      save: async (r) => {
        saved.push(r);
        return { ok: true };
      },
    });
    expect(s.move(1)?.id).toBe('a');
    expect(s.move(1)?.id).toBe('b');
    expect(s.move(1)?.id).toBe('a');
    expect(s.move(-1)?.id).toBe('b');
    expect(s.select()).toBe(true);
    const opt = filterOptions(fieldOptions(null), 'arbeid krav')[0]!;
    expect(opt.key).toBe('l40.5.3');
    await s.choose(opt);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ kind: 'field', field: 'l40.5.3', target: { tag: 'textarea', label: ['f53'], index: 1, count: 2 } });
    expect(s.state.step).toBe('done');
  });
  it("lists «ikke et skjemafelt» first and the page's form before the others", () => {
    const o = fieldOptions('aev');
    expect(o[0]!.key).toBeNull();
    expect(o[1]!.form).toBe('aev');
    expect(filterOptions(o, 'ikke skjemafelt')[0]!.key).toBeNull();
  });
});
