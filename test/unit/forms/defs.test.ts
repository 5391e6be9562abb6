import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormDefSchema } from '../../../lib/forms/schema.ts';
import { FORMS, FORM_INPUTS } from '../../../lib/forms/defs/index.ts';
import { sharedMissing, sharedPath } from '../shared-data.ts';

const SYKMELDING = 'data/nav-forms/sykmelding_fields.json';

describe('form definitions', () => {
  it('validate against the zod schema and match the defaults the runtime applies', () => {
    for (const input of FORM_INPUTS) {
      const parsed = FormDefSchema.parse(input);
      const derived = { ...parsed, fields: parsed.fields.map((f) => ({ ...f, functional: f.asks.includes('function') })) };
      expect(FORMS.find((f) => f.id === parsed.id)).toEqual(derived);
    }
  });

  it('reject a duplicate field id', () => {
    const l40 = FORM_INPUTS[0]!;
    const bad = { ...l40, fields: [...l40.fields, l40.fields[0]!] };
    expect(FormDefSchema.safeParse(bad).success).toBe(false);
  });

  it('cover every L40 field a person types into, with the official numbering', () => {
    const ids = new Set(FORMS.find((f) => f.id === 'l40')!.fields.map((f) => f.id));
    for (const id of ['1.5', '2.5', '2.6', '3.3', '3.4', '4.3', '5.1', '5.3', '5.6.1', '5.6.2', '6.2', '6.3', '6.4', '7.1', '8.1']) expect(ids).toContain(id);
  });

  it('cover the sykmelding utdypende questions in the shared data', (ctx) => {
    const file = sharedPath(SYKMELDING);
    if (!file) return ctx.skip(sharedMissing(SYKMELDING));
    const src = JSON.parse(readFileSync(file, 'utf8')) as {
      sections: { groups?: { questions: Record<string, string> }[] }[];
    };
    const questionIds = src.sections.flatMap((s) => s.groups ?? []).flatMap((g) => Object.keys(g.questions));
    const ids = new Set(FORMS.find((f) => f.id === 'l1')!.fields.map((f) => f.id));
    expect(questionIds.length).toBeGreaterThan(15);
    for (const q of questionIds) expect(ids).toContain(q);
  });
});
