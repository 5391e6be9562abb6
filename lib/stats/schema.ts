/**
 * The statistics vocabulary: which events exist, what one stored daily aggregate looks like, and the export
 * envelope. Every value is an id from a closed set (form, field key, rule id, STYRK code, score bucket) or a
 * count, so nothing a person typed, no URL and no person can get in — the schemas enforce that on the way in
 * from the content script and again on import.
 */
import { z } from 'zod';
import { FORM_IDS, type FormId } from '../forms/schema.ts';
import { resolveFieldKey } from '../forms/defs/index.ts';
import type { StatsEvent } from './client.ts';
import { MAX_DAILY_COUNT, isKnownRule, isKnownYrkeCode } from './vocabulary.ts';

export const METRICS = [
  'form_recognised',
  'field_assisted',
  'problem_shown',
  'problem_resolved',
  'fix_applied',
  'score_on_leave',
  'guidance_opened',
  'yrke_searched',
  'yrke_inserted',
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Record<Metric, string> = {
  form_recognised: 'Skjema gjenkjent',
  field_assisted: 'Felt med hjelp',
  problem_shown: 'Problem vist',
  problem_resolved: 'Problem rettet',
  fix_applied: 'Hurtigretting brukt',
  score_on_leave: 'Poengsum da feltet ble forlatt',
  guidance_opened: 'Veiledning åpnet',
  yrke_searched: 'Yrkessøk',
  yrke_inserted: 'Yrke satt inn',
};

export const FORM_LABELS: Record<FormId, string> = {
  l40: 'L40 legeerklæring',
  l1: 'L1 sykmelding',
  aev: 'Arbeidsevnevurdering',
};

const FormIdSchema = z.enum(FORM_IDS);
/**
 * A rule this version knows (lib/checks, plus retired ids in vocabulary.ts). A pattern such as kebab-case
 * would let words through: «ola-nordmann-har-diabetes» is kebab-case.
 */
export const RuleIdSchema = z.string().refine(isKnownRule, { message: 'ukjent regel (filen kan være fra en annen versjon av Skjemahjelp)' });
/** A STYRK-08 unit group in the yrke catalogue. */
export const YrkeCodeSchema = z.string().refine(isKnownYrkeCode, { message: 'ukjent yrkeskode' });
/** A field key must be one of the known form fields — a free string could carry text. */
const FieldKeySchema = z
  .string()
  .max(24)
  .refine((k) => resolveFieldKey(k) !== undefined, { message: 'ukjent felt' });

function sameForm(e: { form: FormId | null; field: string | null }): boolean {
  return e.field === null || (e.form !== null && resolveFieldKey(e.field)?.form.id === e.form);
}
const fieldMatchesForm = { message: 'feltet hører ikke til skjemaet', path: ['field'] };

export const StatsEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('form_recognised'), form: FormIdSchema }),
  z.strictObject({ kind: z.literal('field_assisted'), form: FormIdSchema, field: FieldKeySchema }).refine(sameForm, fieldMatchesForm),
  z.strictObject({ kind: z.literal('problem_shown'), form: FormIdSchema, field: FieldKeySchema, rule: RuleIdSchema }).refine(sameForm, fieldMatchesForm),
  z.strictObject({ kind: z.literal('problem_resolved'), form: FormIdSchema, field: FieldKeySchema, rule: RuleIdSchema }).refine(sameForm, fieldMatchesForm),
  z.strictObject({ kind: z.literal('fix_applied'), form: FormIdSchema, field: FieldKeySchema, rule: RuleIdSchema }).refine(sameForm, fieldMatchesForm),
  z
    .strictObject({ kind: z.literal('score_on_leave'), form: FormIdSchema, field: FieldKeySchema, score: z.number().min(0).max(100) })
    .refine(sameForm, fieldMatchesForm),
  z.strictObject({ kind: z.literal('guidance_opened'), form: FormIdSchema, field: FieldKeySchema }).refine(sameForm, fieldMatchesForm),
  z.strictObject({ kind: z.literal('yrke_searched'), form: FormIdSchema.nullable() }),
  z
    .strictObject({ kind: z.literal('yrke_inserted'), form: FormIdSchema.nullable(), field: FieldKeySchema.nullable(), code: YrkeCodeSchema })
    .refine(sameForm, fieldMatchesForm),
]);

// The client's hand-written union and this schema must describe the same events.
type Parsed = z.infer<typeof StatsEventSchema>;
const _sameEvents: [Parsed extends StatsEvent ? true : false, StatsEvent extends Parsed ? true : false] = [true, true];
void _sameEvents;

export const StatsMessageSchema = z.strictObject({
  type: z.literal('skjemahjelp/stats-events'),
  events: z.array(z.unknown()).max(500),
});

/** Width of a score bucket: a score is only kept as the bucket it falls in (0–9, 10–19, …, 90–100). */
export const SCORE_BUCKET = 10;
export function scoreBucket(score: number): number {
  const s = Math.max(0, Math.min(100, Math.round(score)));
  return Math.min(90, Math.floor(s / SCORE_BUCKET) * SCORE_BUCKET);
}
/** The value a bucket stands for when averaging (its middle). */
export function bucketMidpoint(bucket: number): number {
  return bucket === 90 ? 95 : bucket + (SCORE_BUCKET - 1) / 2;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
export function isValidDay(d: string): boolean {
  if (!DAY_RE.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}
export const DaySchema = z.string().refine(isValidDay, { message: 'ugyldig dato (ÅÅÅÅ-MM-DD)' });

/**
 * One daily aggregate: how many times `metric` happened on `day` for this form/field/detail. `dim` is the rule
 * id (problems, fixes), the STYRK code (yrke inserted), the score bucket (score) or '' (the rest).
 */
export interface AggregateRow {
  day: string;
  metric: Metric;
  form: FormId | '';
  field: string;
  dim: string;
  count: number;
}

const DIM_RULES: Record<Metric, 'none' | 'rule' | 'code' | 'bucket'> = {
  form_recognised: 'none',
  field_assisted: 'none',
  problem_shown: 'rule',
  problem_resolved: 'rule',
  fix_applied: 'rule',
  score_on_leave: 'bucket',
  guidance_opened: 'none',
  yrke_searched: 'none',
  yrke_inserted: 'code',
};
const NEEDS_FIELD: Record<Metric, 'yes' | 'no' | 'maybe'> = {
  form_recognised: 'no',
  field_assisted: 'yes',
  problem_shown: 'yes',
  problem_resolved: 'yes',
  fix_applied: 'yes',
  score_on_leave: 'yes',
  guidance_opened: 'yes',
  yrke_searched: 'no',
  yrke_inserted: 'maybe',
};

/**
 * What is wrong with one aggregate's key (metric, form, field, detail), or null. Plain code, not zod, so stored
 * and packed rows can be checked on every read cheaply; the zod schema below uses it for files.
 */
export function rowKeyProblem(r: {
  metric: unknown;
  form: unknown;
  field: unknown;
  dim: unknown;
}): { path: 'metric' | 'form' | 'field' | 'dim'; message: string } | null {
  if (typeof r.metric !== 'string' || !(METRICS as readonly string[]).includes(r.metric)) return { path: 'metric', message: 'ukjent hendelse' };
  const metric = r.metric as Metric;
  if (r.form !== '' && !(FORM_IDS as readonly unknown[]).includes(r.form)) return { path: 'form', message: 'ukjent skjema' };
  if (typeof r.field !== 'string' || typeof r.dim !== 'string') return { path: typeof r.field !== 'string' ? 'field' : 'dim', message: 'feil type' };
  const need = NEEDS_FIELD[metric];
  if (r.field === '') {
    if (need === 'yes') return { path: 'field', message: 'mangler felt' };
  } else if (need === 'no') {
    return { path: 'field', message: 'skal ikke ha felt' };
  } else {
    const f = r.field.length <= 24 ? resolveFieldKey(r.field) : undefined;
    if (!f) return { path: 'field', message: 'ukjent felt' };
    if (f.form.id !== r.form) return { path: 'field', message: 'feltet hører ikke til skjemaet' };
  }
  if (r.form === '' && metric !== 'yrke_searched' && metric !== 'yrke_inserted') return { path: 'form', message: 'mangler skjema' };
  const kind = DIM_RULES[metric];
  const ok =
    kind === 'none'
      ? r.dim === ''
      : kind === 'rule'
        ? isKnownRule(r.dim)
        : kind === 'code'
          ? isKnownYrkeCode(r.dim)
          : /^\d{1,2}$/.test(r.dim) && Number(r.dim) % SCORE_BUCKET === 0;
  if (!ok)
    return {
      path: 'dim',
      message:
        kind === 'rule'
          ? 'ukjent regel (filen kan være fra en annen versjon av Skjemahjelp)'
          : kind === 'code'
            ? 'ukjent yrkeskode'
            : 'ugyldig detalj for denne hendelsen',
    };
  return null;
}

export function isValidCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_DAILY_COUNT;
}

/** A stored row that may be read, shown and exported: valid day, known key, bounded count. */
export function isValidRow(r: unknown): r is AggregateRow {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  return typeof x.day === 'string' && isValidDay(x.day) && isValidCount(x.count) && rowKeyProblem(x as never) === null;
}

export const AggregateRowSchema = z
  .strictObject({
    day: DaySchema,
    metric: z.enum(METRICS),
    form: z.union([FormIdSchema, z.literal('')]),
    field: z.string().max(24),
    dim: z.string().max(40),
    count: z.number().int().positive().max(MAX_DAILY_COUNT),
  })
  .superRefine((r, ctx) => {
    const p = rowKeyProblem(r);
    if (p) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
  });

export function rowKey(r: Pick<AggregateRow, 'day' | 'metric' | 'form' | 'field' | 'dim'>): string {
  return `${r.day}|${r.metric}|${r.form}|${r.field}|${r.dim}`;
}

/** An event (already validated) on a given day → the aggregate key it counts towards. */
export function eventToRow(e: StatsEvent, day: string): Omit<AggregateRow, 'count'> {
  switch (e.kind) {
    case 'form_recognised':
      return { day, metric: e.kind, form: e.form, field: '', dim: '' };
    case 'field_assisted':
    case 'guidance_opened':
      return { day, metric: e.kind, form: e.form, field: e.field, dim: '' };
    case 'problem_shown':
    case 'problem_resolved':
    case 'fix_applied':
      return { day, metric: e.kind, form: e.form, field: e.field, dim: e.rule };
    case 'score_on_leave':
      return { day, metric: e.kind, form: e.form, field: e.field, dim: String(scoreBucket(e.score)) };
    case 'yrke_searched':
      return { day, metric: e.kind, form: e.form ?? '', field: '', dim: '' };
    case 'yrke_inserted':
      return { day, metric: e.kind, form: e.form ?? '', field: e.field ?? '', dim: e.code };
  }
}

/** Sums rows with the same key (used for aggregation, merging a team, and import checks). */
export function mergeRows(...sets: Iterable<AggregateRow>[]): AggregateRow[] {
  const m = new Map<string, AggregateRow>();
  for (const set of sets)
    for (const r of set) {
      const k = rowKey(r);
      const prev = m.get(k);
      if (prev) prev.count += r.count;
      else m.set(k, { ...r });
    }
  return [...m.values()];
}

export { localDay } from './day.ts';

export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** ISO week of a day: "2026-W48". */
export function isoWeek(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  const dow = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - dow + 3); // Thursday decides the year
  const year = t.getUTCFullYear();
  const ordinal = Math.floor((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000);
  const week = Math.floor(ordinal / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
