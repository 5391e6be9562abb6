import { describe, expect, it } from 'vitest';
import { lint } from '../lint.ts';
import { has } from './_test-utils.ts';

describe('jargon', () => {
  it('flags dense specialist language, with plain-language fixes', () => {
    const r = lint('Pos. Lasègue ve. ved 40 grader, hypestesi L5-dermatom, nedsatt ekstensjon i lumbalcolumna. Kan sitte 30 min.', 'l40.5.1');
    const j = r.diagnostics.filter((d) => d.rule === 'jargon');
    expect(j.length).toBeGreaterThanOrEqual(3);
    expect(j.every((d) => d.severity === 'hint')).toBe(true);
    expect(j.some((d) => d.fixes?.[0]?.replacement === 'nedsatt følelse')).toBe(true);
  });
  it('tolerates a single term', () => {
    expect(has('Kan ikke stå mer enn 20 min pga. plantar fasciitt. Kan sitte normalt. Bedring innen 4 uker.', 'jargon')).toBe(false);
  });
});
