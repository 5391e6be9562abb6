import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMS } from '../../../lib/forms/defs/index.ts';
import { GUIDANCE_DATA, guidanceFor, guidanceForForm } from '../../../lib/guidance/index.ts';
import { FieldGuidanceSchema, HINT_MAX } from '../../../lib/guidance/schema.ts';
import { sharedMissing, sharedPath } from '../shared-data.ts';

describe('guidance data', () => {
  for (const form of FORMS) {
    describe(form.id, () => {
      it('has valid, sourced guidance for every field of the form definition', () => {
        const missing: string[] = [];
        for (const field of form.fields) {
          const key = `${form.id}.${field.id}`;
          const g = guidanceFor(key);
          if (!g) {
            missing.push(key);
            continue;
          }
          const parsed = FieldGuidanceSchema.safeParse(g);
          expect(parsed.success, `${key}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
          expect(g.field).toBe(key);
          expect(g.label).toBe(field.label);
          expect(g.sources.length, `${key} has no sources`).toBeGreaterThan(0);
          expect(g.hint.length, `${key} hint too long`).toBeLessThanOrEqual(HINT_MAX);
        }
        expect(missing).toEqual([]);
      });

      it('has no guidance for fields that do not exist (typos in ids)', () => {
        const ids = new Set(form.fields.map((f) => f.id));
        const orphans = Object.keys(GUIDANCE_DATA[form.id]).filter((id) => !ids.has(id));
        expect(orphans).toEqual([]);
      });

      it('lists guidance in form order', () => {
        expect(guidanceForForm(form.id).map((g) => g.field)).toEqual(form.fields.map((f) => `${form.id}.${f.id}`));
      });

      it('gives functional free-text fields both a good and a poor example', () => {
        for (const f of form.fields.filter((x) => x.functional)) {
          const g = guidanceFor(`${form.id}.${f.id}`)!;
          expect(g.good, `${form.id}.${f.id} good`).toBeTruthy();
          expect(g.poor, `${form.id}.${f.id} poor`).toBeTruthy();
        }
      });
    });
  }

  it('returns undefined for unknown keys', () => {
    expect(guidanceFor('l40.99.9')).toBeUndefined();
    expect(guidanceFor('xyz')).toBeUndefined();
    expect(guidanceFor('')).toBeUndefined();
  });

  it('cites only the legal provisions the brief allows', () => {
    const allowed = /§ (8-4|8-7|8-7 a|8-8|11-5|11-6|11-13|12-5|21-4|14 a)\b/;
    for (const form of FORMS)
      for (const g of guidanceForForm(form.id)) for (const s of g.sources.filter((x) => x.ref === 'lovdata')) expect(s.label, g.field).toMatch(allowed);
  });

  // The seeds are not part of the product; when they are present (dev machine) check every cited range exists.
  it('cites line ranges that exist in the seed files and contain text', (ctx) => {
    const seedDir = sharedPath('seeds');
    if (!seedDir) return ctx.skip(sharedMissing('seeds'));
    const files = readdirSync(seedDir);
    const lines = new Map<string, string[]>();
    for (const f of files) lines.set(f.slice(0, 3), readFileSync(`${seedDir}/${f}`, 'utf8').split('\n'));
    for (const form of FORMS)
      for (const g of guidanceForForm(form.id))
        for (const s of g.sources) {
          const m = s.ref.match(/^seed (\d{3}), linje (\d+)–(\d+)$/);
          if (!m) continue;
          const doc = lines.get(m[1]!);
          expect(doc, `${g.field}: seed ${m[1]}`).toBeDefined();
          const from = Number(m[2]);
          const to = Number(m[3]);
          expect(from, `${g.field}: ${s.ref}`).toBeLessThan(to);
          expect(to, `${g.field}: ${s.ref}`).toBeLessThanOrEqual(doc!.length);
          const text = doc!
            .slice(from - 1, to)
            .join(' ')
            .trim();
          expect(text.length, `${g.field}: ${s.ref} is empty`).toBeGreaterThan(100);
        }
  });
});
