/**
 * Daily aggregates → what stats.html shows, in one pass over the rows. Pure, so the bench and the unit tests
 * measure exactly what the page computes. Team figures are summed across members: there is deliberately no
 * per-member breakdown (counting individuals' volume is what harmed quality and trust, seed 004 ~3600–3700).
 */
import { FORM_IDS, type FormId } from '../forms/schema.ts';
import { type AggregateRow, type Metric, addDays, bucketMidpoint, isoWeek } from './schema.ts';
import { type PackedRows, isPacked, splitKey } from './packed.ts';

export interface Period {
  /** Inclusive; null = from the first day there is data. */
  from: string | null;
  /** Inclusive. */
  to: string;
}

export const PERIOD_PRESETS = [
  { id: '4u', label: 'Siste 4 uker', days: 28 },
  { id: '3m', label: 'Siste 3 måneder', days: 91 },
  { id: '12m', label: 'Siste 12 måneder', days: 365 },
  { id: 'alt', label: 'Alt som er lagret', days: null },
] as const;
export type PresetId = (typeof PERIOD_PRESETS)[number]['id'];

export function presetPeriod(id: PresetId, today: string): Period {
  const p = PERIOD_PRESETS.find((x) => x.id === id) ?? PERIOD_PRESETS[2];
  return { from: p.days === null ? null : addDays(today, -p.days + 1), to: today };
}

export interface WeekPoint {
  week: string;
  /** "uke 48" (with the year when the period spans two). */
  label: string;
  forms: Record<FormId, number>;
  problemsShown: number;
  problemsResolved: number;
  fixesApplied: number;
  /** Mean score when leaving a field, per form; null where no score was recorded. */
  score: Record<FormId, number | null>;
  scoreN: Record<FormId, number>;
  yrkeSearched: number;
  yrkeInserted: number;
}

export interface RulePoint {
  rule: string;
  shown: number;
  resolved: number;
  fixes: number;
  /** resolved / shown, 0..1; null when never shown in the period. */
  rate: number | null;
}

export interface DashboardModel {
  period: Period;
  weeks: WeekPoint[];
  rules: RulePoint[];
  totals: {
    forms: number;
    fieldsAssisted: number;
    guidanceOpened: number;
    problemsShown: number;
    problemsResolved: number;
    fixesApplied: number;
    meanScore: number | null;
    yrkeSearched: number;
    yrkeInserted: number;
  };
  rowCount: number;
}

const zeroForms = (): Record<FormId, number> => ({ l40: 0, l1: 0, aev: 0 });

/** Every ISO week from the period's first to its last day, so empty weeks show as gaps, not disappear. */
function weeksBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const dow = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let d = addDays(from, -dow); d <= to; d = addDays(d, 7)) out.push(isoWeek(d));
  return out;
}

/** A member's rows as stored: plain (own data) or packed (imports). */
export type RowSource = readonly AggregateRow[] | PackedRows;

export function buildDashboard(sets: readonly RowSource[], period: Period): DashboardModel {
  const pointOfDay = new Map<string, WeekPoint | null>();
  const byWeek = new Map<string, WeekPoint>();
  const scoreSum = new Map<string, Record<FormId, number>>();
  const rules = new Map<string, RulePoint>();
  let first: string | null = null;
  let rowCount = 0;
  const t = { forms: 0, fieldsAssisted: 0, guidanceOpened: 0, problemsShown: 0, problemsResolved: 0, fixesApplied: 0, yrkeSearched: 0, yrkeInserted: 0 };
  let sSum = 0;
  let sN = 0;
  const point = (week: string): WeekPoint => {
    let p = byWeek.get(week);
    if (!p) {
      p = {
        week,
        label: '',
        forms: zeroForms(),
        problemsShown: 0,
        problemsResolved: 0,
        fixesApplied: 0,
        score: { l40: null, l1: null, aev: null },
        scoreN: zeroForms(),
        yrkeSearched: 0,
        yrkeInserted: 0,
      };
      byWeek.set(week, p);
      scoreSum.set(week, zeroForms());
    }
    return p;
  };
  const rule = (id: string): RulePoint => {
    let r = rules.get(id);
    if (!r) rules.set(id, (r = { rule: id, shown: 0, resolved: 0, fixes: 0, rate: null }));
    return r;
  };

  // Rows come day by day, so the day → week point lookup is what the loop pays for most: cache it, with
  // null for days outside the period.
  const inPeriod = (day: string) => day <= period.to && (period.from === null || day >= period.from);
  const dayPoint = (day: string): WeekPoint | null => {
    let p = pointOfDay.get(day);
    if (p === undefined) {
      p = inPeriod(day) ? point(isoWeek(day)) : null;
      pointOfDay.set(day, p);
      if (p && (first === null || day < first)) first = day;
    }
    return p;
  };
  // What a key means is worked out once per distinct key, not once per row: the loop below then only adds.
  interface KeyInfo {
    metric: Metric;
    form: FormId | '';
    rule: RulePoint | null;
    mid: number;
  }
  const infoCache = new Map<string, KeyInfo>();
  // Members share most keys; looking the packed key up whole skips splitting it again.
  const infoByPacked = new Map<string, KeyInfo>();
  const info = (metric: Metric, form: FormId | '', dim: string): KeyInfo => {
    const k = `${metric}|${form}|${dim}`;
    let i = infoCache.get(k);
    if (!i) {
      const isRule = metric === 'problem_shown' || metric === 'problem_resolved' || metric === 'fix_applied';
      i = { metric, form, rule: isRule ? rule(dim) : null, mid: metric === 'score_on_leave' ? bucketMidpoint(Number(dim)) : 0 };
      infoCache.set(k, i);
    }
    return i;
  };
  const add = (p: WeekPoint, k: KeyInfo, n: number) => {
    rowCount++;
    switch (k.metric) {
      case 'form_recognised':
        if (k.form) p.forms[k.form] += n;
        t.forms += n;
        break;
      case 'field_assisted':
        t.fieldsAssisted += n;
        break;
      case 'guidance_opened':
        t.guidanceOpened += n;
        break;
      case 'problem_shown':
        p.problemsShown += n;
        t.problemsShown += n;
        k.rule!.shown += n;
        break;
      case 'problem_resolved':
        p.problemsResolved += n;
        t.problemsResolved += n;
        k.rule!.resolved += n;
        break;
      case 'fix_applied':
        p.fixesApplied += n;
        t.fixesApplied += n;
        k.rule!.fixes += n;
        break;
      case 'score_on_leave': {
        if (!k.form) break;
        const v = k.mid * n;
        scoreSum.get(p.week)![k.form] += v;
        p.scoreN[k.form] += n;
        sSum += v;
        sN += n;
        break;
      }
      case 'yrke_searched':
        p.yrkeSearched += n;
        t.yrkeSearched += n;
        break;
      case 'yrke_inserted':
        p.yrkeInserted += n;
        t.yrkeInserted += n;
        break;
    }
  };

  for (const set of sets) {
    if (isPacked(set)) {
      const points = set.days.map(dayPoint);
      const keys = set.keys.map((key) => {
        let i = infoByPacked.get(key);
        if (!i) {
          const x = splitKey(key);
          infoByPacked.set(key, (i = info(x.metric, x.form, x.dim)));
        }
        return i;
      });
      const c = set.cells;
      for (let i = 0; i < c.length; i += 3) {
        const p = points[c[i]!];
        if (p) add(p, keys[c[i + 1]!]!, c[i + 2]!);
      }
    } else {
      for (const r of set) {
        const p = dayPoint(r.day);
        if (p) add(p, info(r.metric, r.form, r.dim), r.count);
      }
    }
  }

  const from = period.from ?? first ?? period.to;
  const allWeeks = weeksBetween(from, period.to);
  const spansYears = allWeeks.length > 0 && allWeeks[0]!.slice(0, 4) !== allWeeks[allWeeks.length - 1]!.slice(0, 4);
  const weeks = allWeeks.map((w) => {
    const p = point(w);
    const sums = scoreSum.get(w)!;
    for (const f of FORM_IDS) p.score[f] = p.scoreN[f] > 0 ? Math.round((10 * sums[f]) / p.scoreN[f]) / 10 : null;
    const num = Number(w.slice(6));
    p.label = spansYears ? `uke ${num} ${w.slice(0, 4)}` : `uke ${num}`;
    return p;
  });
  const ruleList = [...rules.values()]
    .map((r) => ({ ...r, rate: r.shown > 0 ? Math.min(1, r.resolved / r.shown) : null }))
    .sort((a, b) => b.shown - a.shown || a.rule.localeCompare(b.rule));
  return {
    period,
    weeks,
    rules: ruleList,
    totals: { ...t, meanScore: sN > 0 ? Math.round((10 * sSum) / sN) / 10 : null },
    rowCount,
  };
}
