import { describe, expect, it } from 'vitest';
import { buildDashboard, presetPeriod } from '../../../lib/stats/dashboard.ts';
import type { AggregateRow } from '../../../lib/stats/schema.ts';
import { filterPacked, packRows, unpackRows } from '../../../lib/stats/packed.ts';

const row = (day: string, metric: AggregateRow['metric'], count: number, extra: Partial<AggregateRow> = {}): AggregateRow => ({
  day,
  metric,
  form: 'l40',
  field: '',
  dim: '',
  count,
  ...extra,
});

describe('dashboard model', () => {
  const own = [
    row('2026-11-16', 'form_recognised', 2),
    row('2026-11-23', 'form_recognised', 1),
    row('2026-11-23', 'problem_shown', 4, { field: 'l40.5.1', dim: 'vague-quantity' }),
    row('2026-11-23', 'problem_resolved', 1, { field: 'l40.5.1', dim: 'vague-quantity' }),
    row('2026-11-23', 'score_on_leave', 1, { field: 'l40.5.1', dim: '40' }),
    row('2026-11-24', 'score_on_leave', 1, { field: 'l40.5.1', dim: '80' }),
    row('2026-11-24', 'yrke_searched', 2, { form: '' }),
    row('2025-01-01', 'form_recognised', 99),
  ];
  const member = [
    row('2026-11-23', 'problem_shown', 4, { field: 'l40.5.1', dim: 'vague-quantity' }),
    row('2026-11-23', 'problem_resolved', 3, { field: 'l40.5.1', dim: 'vague-quantity' }),
  ];

  it('counts per week within the period, with empty weeks kept', () => {
    const m = buildDashboard([own], presetPeriod('4u', '2026-11-24'));
    expect(m.weeks.map((w) => w.label)).toEqual(['uke 44', 'uke 45', 'uke 46', 'uke 47', 'uke 48']);
    expect(m.weeks.map((w) => w.forms.l40)).toEqual([0, 0, 0, 2, 1]);
    expect(m.totals.forms).toBe(3); // the 2025 row is outside the period
    expect(m.weeks.at(-1)!.score.l40).toBe(64.5); // (44.5 + 84.5) / 2
    expect(m.weeks.at(-2)!.score.l40).toBeNull();
    expect(m.totals.yrkeSearched).toBe(2);
  });

  it('sums a team and computes the fix rate per rule', () => {
    const m = buildDashboard([own, member], presetPeriod('4u', '2026-11-24'));
    expect(m.rules).toEqual([{ rule: 'vague-quantity', shown: 8, resolved: 4, fixes: 0, rate: 0.5 }]);
    expect(m.totals.problemsShown).toBe(8);
  });

  it('"everything" starts at the first stored day and labels weeks with the year', () => {
    const m = buildDashboard([own], presetPeriod('alt', '2026-11-24'));
    expect(m.weeks[0]!.label).toBe('uke 1 2025');
    expect(m.totals.forms).toBe(102);
  });
});

describe('packed rows (how imports are stored)', () => {
  const rows: AggregateRow[] = [
    row('2026-11-16', 'form_recognised', 2),
    row('2026-11-23', 'problem_shown', 4, { field: 'l40.5.1', dim: 'vague-quantity' }),
    row('2026-11-23', 'score_on_leave', 3, { field: 'l40.5.1', dim: '40' }),
    row('2025-01-01', 'yrke_inserted', 1, { field: 'l40.1.5', dim: '5321' }),
  ];
  it('round-trips and filters by day', () => {
    const p = packRows(rows);
    expect(p.days).toHaveLength(3);
    expect(unpackRows(p)).toEqual(rows);
    expect(unpackRows(filterPacked(p, (d) => d >= '2026-01-01'))).toEqual(rows.slice(0, 3));
    expect(filterPacked(p, () => true)).toBe(p);
  });
  it('gives the same dashboard as plain rows', () => {
    for (const period of [presetPeriod('4u', '2026-11-24'), presetPeriod('alt', '2026-11-24')])
      expect(buildDashboard([packRows(rows)], period)).toEqual(buildDashboard([rows], period));
  });
});
