/**
 * lint(text, field): runs the rules that apply to the field's profile over one analysis of the text, and
 * scores it. Which rules apply, and how seriously, follows from what the field asks for (lib/forms/schema.ts
 * ASKS): a rule is "this field asks for X and the text lacks it".
 */
import type { Ask } from '../forms/schema.ts';
import { resolveFieldKey } from '../forms/defs/index.ts';
import { analysisSteps, drain, type Analysis } from './analyze.ts';
import { areaBit } from './lexicon.ts';
import { isFunctionMeasure } from './measures.ts';
import { areasDescribed, capacityMet, hasPrognosis, measuresMet, timeMet, workMet } from './predicates.ts';
import { RULE_BY_ID, RULE_LIST } from './rules/index.ts';
import type { Diagnostic, FieldProfile, Lang, RuleDef, Severity } from './rules/types.ts';

export type { Diagnostic, Fix, Severity } from './rules/types.ts';

export interface ScoreDimension {
  id: 'areas' | 'measures' | 'capacity' | 'duration' | 'work';
  label: string;
  met: boolean;
  points: number;
  max: number;
  advice: string;
}
export interface LintResult {
  score: number;
  dimensions: ScoreDimension[];
  diagnostics: Diagnostic[];
}

const profiles = new Map<string, FieldProfile | null>();

/** The profile of a long free-text field, or null when the checks leave the field alone. */
export function fieldProfile(key: string): FieldProfile | null {
  let p = profiles.get(key);
  if (p !== undefined) return p;
  const r = resolveFieldKey(key);
  p = r?.field.freeText && r.field.kind === 'long' ? { key, asks: r.field.asks } : null;
  profiles.set(key, p);
  return p;
}

function asksAny(p: FieldProfile, asks: readonly Ask[]): boolean {
  return asks.some((a) => p.asks.includes(a));
}

/** The rule's severity for this field, or null when it does not apply. */
export function severityFor(rule: RuleDef, fieldKey: string): Severity | null {
  const p = fieldProfile(fieldKey);
  if (!p) return null;
  if (rule.appliesTo !== 'long' && !asksAny(p, rule.appliesTo)) return null;
  if (asksAny(p, rule.notWhen)) return null;
  return asksAny(p, rule.escalateOn) ? 'warning' : rule.severity;
}

export function ruleApplies(rule: RuleDef, fieldKey: string): boolean {
  return severityFor(rule, fieldKey) !== null;
}

/** True when `lint` does anything for this field (long free-text fields of a known form). */
export function isLintable(fieldKey: string): boolean {
  return fieldProfile(fieldKey) !== null;
}

/** Rules about what is missing that would only drown a short text. */
const QUIET_WHEN_SHORT = new Set(['no-capacity', 'no-duration', 'no-work-relation']);
/** Problems that make the whole-text rules beside the point. */
const SUPERSEDING = new Set(['symptoms-only', 'too-short']);

export function lint(text: string, fieldKey: string, opts?: { disabledRules?: readonly string[] }): LintResult {
  return drain(lintSteps(text, fieldKey, opts));
}

/** lint() in steps (see analyzeSteps): a long text can be checked over several short tasks. */
export function* lintSteps(text: string, fieldKey: string, opts?: { disabledRules?: readonly string[] }): Generator<void, LintResult, void> {
  const field = fieldProfile(fieldKey);
  if (!field || !/\S/.test(text)) return { score: 0, dimensions: [], diagnostics: [] };
  const an = yield* analysisSteps(text);
  const lang: Lang = an.nynorsk ? 'nn' : 'nb';
  const disabled = opts?.disabledRules;
  const found: Diagnostic[] = [];
  const functional = field.asks.includes('function');
  const short = an.words < (functional ? 8 : 3);
  for (const rule of RULE_LIST) {
    yield;
    const def = rule.def;
    if (disabled?.includes(def.id)) continue;
    const severity = severityFor(def, fieldKey);
    if (!severity) continue;
    // Whole-text advice (info) is held back when the text is short or already has a text-wide problem.
    if (QUIET_WHEN_SHORT.has(def.id) && severity !== 'warning' && (short || found.some((d) => SUPERSEDING.has(d.rule)))) continue;
    if (QUIET_WHEN_SHORT.has(def.id) && found.some((d) => SUPERSEDING.has(d.rule))) continue;
    rule.detect({
      text,
      an,
      lang,
      field,
      severity,
      found,
      report: (d) =>
        found.push({
          rule: def.id,
          severity,
          message: d.message ?? def.message,
          why: def.why,
          source: def.source,
          start: d.start,
          end: d.end,
          ...(d.area ? { area: d.area } : {}),
          ...(d.fixes?.length ? { fixes: d.fixes } : {}),
        }),
    });
  }
  const diagnostics = found.sort((x, y) => x.start - y.start || x.end - y.end);
  const { score, dimensions } = computeScore(an, field, fieldKey, diagnostics, short);
  return { score, dimensions, diagnostics };
}

// ---------------------------------------------------------------- score

function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

function computeScore(
  an: Analysis,
  field: FieldProfile,
  fieldKey: string,
  diagnostics: Diagnostic[],
  short: boolean,
): { score: number; dimensions: ScoreDimension[] } {
  if (!field.asks.includes('function')) {
    let s = 100;
    for (const d of diagnostics) if (d.severity === 'warning' || d.severity === 'error') s -= 40;
    return { score: Math.max(0, s), dimensions: [] };
  }
  const dims: ScoreDimension[] = [];
  const areas = areasDescribed(an);
  dims.push({
    id: 'areas',
    label: 'Funksjonsområder',
    met: areas > 0,
    points: areas === 0 ? 0 : areas === 1 ? 18 : 25,
    max: 25,
    advice:
      areas === 0
        ? 'Beskriv konkrete funksjoner: løfte, gå/stå, sitte, bruke hendene, konsentrasjon, samspill, utholdenhet.'
        : areas === 1
          ? 'Vurder om flere funksjonsområder er påvirket (f.eks. utholdenhet, konsentrasjon).'
          : `Beskriver ${areas} funksjonsområder.`,
  });
  // Measures: the share of described functions that carry a measure, less each vague statement.
  const vague = diagnostics.filter((d) => d.rule === 'vague-quantity').length;
  // The areas of functional statements, and those of them with a measured or complete statement, as area bits.
  let described = 0;
  let measuredBits = 0;
  for (const st of an.statements)
    if (st.functional)
      for (const a of st.areas) {
        described |= areaBit(a);
        if (st.measured || st.absolute) measuredBits |= areaBit(a);
      }
  const areaCount = bitCount(described);
  const share = areaCount ? bitCount(measuredBits) / areaCount : an.quantities.some(isFunctionMeasure) ? 0.5 : 0;
  const mPoints = Math.max(0, Math.round(25 * share) - 5 * vague);
  dims.push({
    id: 'measures',
    label: 'Mål (kg, minutter, meter, ganger)',
    met: measuresMet(an),
    points: mPoints,
    max: 25,
    advice: vague
      ? 'Gi begrensningene mål: hvor mye, hvor lenge, hvor ofte.'
      : measuresMet(an)
        ? 'Begrensningene er målt.'
        : 'Angi hvor mye, hvor lenge eller hvor ofte for hvert område.',
  });
  const applies = (id: string) => severityFor(RULE_BY_ID.get(id)!.def, fieldKey) !== null;
  if (applies('no-capacity')) {
    const met = capacityMet(an);
    dims.push({
      id: 'capacity',
      label: 'Hva pasienten kan',
      met,
      points: met ? 20 : 0,
      max: 20,
      advice: met ? 'Beskriver hva pasienten kan.' : 'Skriv også hva pasienten kan gjøre, og hvor mye.',
    });
  }
  if (applies('no-duration')) {
    const met = field.asks.includes('time') ? timeMet(an) : hasPrognosis(an);
    dims.push({
      id: 'duration',
      label: 'Varighet og prognose',
      met,
      points: met ? 15 : 0,
      max: 15,
      advice: met ? 'Varighet/prognose er angitt.' : 'Angi forventet varighet eller prognose.',
    });
  }
  if (applies('no-work-relation')) {
    const met = workMet(an);
    dims.push({
      id: 'work',
      label: 'Knyttet til arbeid',
      met,
      points: met ? 15 : 0,
      max: 15,
      advice: met ? 'Knyttet til arbeidsoppgaver.' : 'Knytt beskrivelsen til konkrete arbeidsoppgaver eller yrker.',
    });
  }
  const max = dims.reduce((s, d) => s + d.max, 0);
  let score = Math.round((100 * dims.reduce((s, d) => s + d.points, 0)) / max);
  for (const d of diagnostics)
    if (d.rule === 'global-verdict' || d.rule === 'reference' || d.rule === 'no-tasks' || d.rule === 'no-occupations' || d.rule === 'no-reasons') score -= 10;
  if (short) score = Math.min(score, diagnostics.some((d) => d.severity === 'warning') ? 30 : 60);
  if (diagnostics.some((d) => d.rule === 'symptoms-only')) score = Math.min(score, 15);
  return { score: Math.max(0, Math.min(100, score)), dimensions: dims };
}
