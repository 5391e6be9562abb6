import { describe, expect, it } from 'vitest';
import { lint, type Fix } from '../../../lib/checks/index.ts';

const apply = (text: string, f: Fix) => text.slice(0, f.start) + f.replacement + text.slice(f.end);
const caret = (f: Fix) => f.start + (f.cursor ?? f.replacement.length);

describe('fixes', () => {
  it('rewrites "kan ikke løfte tungt" into a lifting template with the cursor at the first blank', () => {
    const t = 'Pas. kan ikke løfte tungt pga. ryggsmerter.';
    const d = lint(t, 'l40.5.1').diagnostics.find((x) => x.rule === 'vague-quantity')!;
    const f = d.fixes![0]!;
    const out = apply(t, f);
    expect(out).toBe('Pas. kan løfte inntil __ kg fra __ til __, __ ganger per __ pga. ryggsmerter.');
    expect(out.slice(caret(f), caret(f) + 2)).toBe('__');
    expect(f.replacement.indexOf('__')).toBe(f.cursor);
  });
  it('fits the template to what was written (standing, walking, sitting) and keeps capitals', () => {
    const stand = lint('Kan ikke stå lenge.', 'l40.5.1').diagnostics[0]!.fixes![0]!;
    expect(stand.replacement).toMatch(/^Kan stå inntil __ minutter/);
    const walk = lint('Klarer ikke å gå langt.', 'l40.5.1').diagnostics[0]!.fixes![0]!;
    expect(walk.replacement).toMatch(/^Klarer|^Kan gå inntil __ meter/);
    const sit = lint('bør ikke sitte lenge', 'l40.5.1').diagnostics[0]!.fixes!.at(-1)!;
    expect(sit.replacement).toContain('minutter om gangen');
  });
  it('writes nynorsk templates for nynorsk text', () => {
    const d = lint('Ho kan ikkje lyfte tungt.', 'l40.5.1').diagnostics.find((x) => x.rule === 'vague-quantity')!;
    expect(d.fixes![0]!.replacement).toContain('kan lyfte inntil __ kg frå');
  });
  it('offers an inline measure after a noun phrase', () => {
    const t = 'Bør unngå tunge løft.';
    const d = lint(t, 'l40.5.1').diagnostics.find((x) => x.rule === 'vague-quantity')!;
    const f = d.fixes!.at(-1)!;
    expect(apply(t, f)).toBe('Bør unngå tunge løft (dvs. over __ kg, __ ganger per __).');
  });
  it('a filled-in fix clears the problem', () => {
    const t = 'Kan ikke løfte tungt. Kan gå 1 km. Forventet bedring innen 3 mnd.';
    const d = lint(t, 'l40.5.1').diagnostics.find((x) => x.rule === 'vague-quantity')!;
    const filled = apply(t, d.fixes![0]!).replace('__', '5').replace('__', 'gulv').replace('__', 'bord').replace('__', '3').replace('__', 'time');
    expect(lint(filled, 'l40.5.1').diagnostics.map((x) => x.rule)).toEqual([]);
  });
  it('whole-text rules append a template at the end with the caret at the first blank', () => {
    const t = 'Kan gå 500 m og sitte 30 min. Kan løfte 5 kg.\n';
    const d = lint(t, 'l40.5.1').diagnostics.find((x) => x.rule === 'no-duration')!;
    const f = d.fixes![0]!;
    const out = apply(t, f);
    expect(out).toBe('Kan gå 500 m og sitte 30 min. Kan løfte 5 kg.\nForventet varighet: __ uker/måneder. Prognose: __.');
    expect(out.slice(caret(f), caret(f) + 2)).toBe('__');
  });
  it('replaces a global verdict and a reference in place', () => {
    const t = 'Kan ikke jobbe. Se epikrise.';
    const ds = lint(t, 'l40.5.1').diagnostics;
    const v = ds.find((x) => x.rule === 'global-verdict')!.fixes![0]!;
    expect(t.slice(v.start, v.end)).toBe('Kan ikke jobbe');
    expect(v.replacement).toMatch(/^Har nedsatt funksjon: klarer __/);
    const r = ds.find((x) => x.rule === 'reference')!.fixes![0]!;
    expect(t.slice(r.start, r.end)).toBe('Se epikrise');
    expect(r.cursor).toBe(0);
  });
  it('every fix has a cursor on a blank when it has one, and a Norwegian title', () => {
    const t = 'Kan ikke jobbe. Kan ikke løfte tungt og har smerter. Bilat. ischialgi, radikulopati, paravertebral myalgi.';
    for (const d of lint(t, 'l40.5.1').diagnostics)
      for (const f of d.fixes ?? []) {
        expect(f.title.length).toBeGreaterThan(3);
        if (f.replacement.includes('__')) expect(f.replacement.slice(f.cursor!, f.cursor! + 2)).toBe('__');
      }
  });
});
