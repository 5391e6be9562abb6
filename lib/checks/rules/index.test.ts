import { describe, expect, it } from 'vitest';
import { FORMS } from '../../forms/defs/index.ts';
import { RuleDefSchema } from '../rule-schema.ts';
import { lint, ruleApplies } from '../lint.ts';
import { RULES, RULE_LIST } from './index.ts';
import { rules } from './_test-utils.ts';

describe('the rule registry', () => {
  it('every rule validates against the schema, has a unique id and a test file beside it', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(new URL('.', import.meta.url));
    for (const r of RULES) {
      expect(() => RuleDefSchema.parse(r), r.id).not.toThrow();
      expect(files, r.id).toContain(`${r.id}.ts`);
      expect(files, r.id).toContain(`${r.id}.test.ts`);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULE_LIST.length).toBe(RULES.length);
  });
  it('cites a source with line references and applies to at least one real field', () => {
    const keys = FORMS.flatMap((f) => f.fields.map((x) => `${f.id}.${x.id}`));
    for (const r of RULES) {
      expect(r.source).toMatch(/seed 00\d, linje \d+/);
      expect(
        keys.some((k) => ruleApplies(r, k)),
        r.id,
      ).toBe(true);
    }
  });
  it('applies by field profile: function fields get the full set, summaries only generic rules, short fields nothing', () => {
    expect(RULES.filter((r) => ruleApplies(r, 'l40.5.1')).length).toBeGreaterThanOrEqual(7);
    expect(
      RULES.filter((r) => ruleApplies(r, 'l40.2.5'))
        .map((r) => r.id)
        .sort(),
    ).toEqual(['reference', 'too-short']);
    expect(RULES.filter((r) => ruleApplies(r, 'l40.1.5'))).toEqual([]);
    expect(RULES.filter((r) => ruleApplies(r, 'nope.1'))).toEqual([]);
  });
});

describe('lint', () => {
  it('does not nag an empty field', () => {
    expect(lint('', 'l40.5.1')).toEqual({ score: 0, dimensions: [], diagnostics: [] });
    expect(lint('   \n ', 'l40.5.1').diagnostics).toEqual([]);
  });
  it('unknown and short fields give nothing', () => {
    expect(lint('Kan ikke løfte tungt.', 'l40.1.5').diagnostics).toEqual([]);
    expect(lint('Kan ikke løfte tungt.', 'xx.1').diagnostics).toEqual([]);
  });
  it('reports a concrete, complete description as clean', () => {
    expect(rules('Kan løfte inntil 5 kg fra bord til hylle, 3 ganger i timen. Kan gå 500 m og sitte 30 min. Forventet bedring innen 3 mnd.')).toEqual([]);
  });
  it('can be told to skip rules', () => {
    const t = 'Kan ikke løfte tungt og har smerter i ryggen hele dagen.';
    expect(lint(t, 'l40.5.1', { disabledRules: ['vague-quantity'] }).diagnostics.map((d) => d.rule)).not.toContain('vague-quantity');
  });
  it('diagnostics are sorted and inside the text', () => {
    const t = 'Kan ikke jobbe. Kan ikke løfte tungt og har smerter hele tiden. Se epikrise.';
    const ds = lint(t, 'l40.5.1').diagnostics;
    for (let i = 1; i < ds.length; i++) expect(ds[i]!.start).toBeGreaterThanOrEqual(ds[i - 1]!.start);
    for (const d of ds) expect(d.start >= 0 && d.end <= t.length && d.start <= d.end).toBe(true);
  });
});
