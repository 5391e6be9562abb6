import { describe, expect, it } from 'vitest';
import { AggregateRowSchema, StatsEventSchema, bucketMidpoint, eventToRow, isoWeek, mergeRows, scoreBucket } from '../../../lib/stats/schema.ts';

describe('event schema', () => {
  it('accepts every kind the content script sends', () => {
    const ok = [
      { kind: 'form_recognised', form: 'l40' },
      { kind: 'field_assisted', form: 'l40', field: 'l40.5.1' },
      { kind: 'problem_shown', form: 'l1', field: 'l1.6.2.2', rule: 'vague-quantity' },
      { kind: 'problem_resolved', form: 'l1', field: 'l1.6.2.2', rule: 'vague-quantity' },
      { kind: 'fix_applied', form: 'aev', field: 'aev.helse', rule: 'global-verdict' },
      { kind: 'score_on_leave', form: 'aev', field: 'aev.helse', score: 73 },
      { kind: 'guidance_opened', form: 'l40', field: 'l40.5.3' },
      { kind: 'yrke_searched', form: null },
      { kind: 'yrke_inserted', form: 'l40', field: 'l40.1.5', code: '5321' },
      { kind: 'yrke_inserted', form: null, field: null, code: '2221' },
    ];
    for (const e of ok) expect(StatsEventSchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
  });

  it('refuses anything that could carry text, a URL or a person', () => {
    const bad = [
      { kind: 'field_assisted', form: 'l40', field: 'Pasienten klarer ikke å løfte' },
      { kind: 'field_assisted', form: 'l40', field: 'l40.5.1', text: 'Pasienten klarer ikke å løfte' },
      { kind: 'form_recognised', form: 'l40', url: 'https://epj.example/pasient/123' },
      { kind: 'problem_shown', form: 'l40', field: 'l40.5.1', rule: 'Kari Nordmann' },
      { kind: 'yrke_inserted', form: 'l40', field: 'l40.1.5', code: 'sykepleier' },
      { kind: 'field_assisted', form: 'l1', field: 'l40.5.1' }, // field from another form
      { kind: 'score_on_leave', form: 'l40', field: 'l40.5.1', score: 250 },
      { kind: 'unknown', form: 'l40' },
    ];
    for (const e of bad) expect(StatsEventSchema.safeParse(e).success, JSON.stringify(e)).toBe(false);
  });

  it('keeps only the score bucket', () => {
    expect(scoreBucket(0)).toBe(0);
    expect(scoreBucket(9.4)).toBe(0);
    expect(scoreBucket(73)).toBe(70);
    expect(scoreBucket(100)).toBe(90);
    expect(bucketMidpoint(90)).toBe(95);
    expect(eventToRow({ kind: 'score_on_leave', form: 'l40', field: 'l40.5.1', score: 73 }, '2026-11-24')).toEqual({
      day: '2026-11-24',
      metric: 'score_on_leave',
      form: 'l40',
      field: 'l40.5.1',
      dim: '70',
    });
  });
});

describe('rows', () => {
  it('validates the detail per metric', () => {
    const base = { day: '2026-11-24', form: 'l40', field: 'l40.5.1', count: 2 };
    expect(AggregateRowSchema.safeParse({ ...base, metric: 'problem_shown', dim: 'vague-quantity' }).success).toBe(true);
    expect(AggregateRowSchema.safeParse({ ...base, metric: 'problem_shown', dim: '' }).success).toBe(false);
    expect(AggregateRowSchema.safeParse({ ...base, metric: 'field_assisted', dim: 'x' }).success).toBe(false);
    expect(AggregateRowSchema.safeParse({ ...base, metric: 'score_on_leave', dim: '75' }).success).toBe(false);
    expect(AggregateRowSchema.safeParse({ ...base, metric: 'form_recognised', dim: '' }).success).toBe(false); // no field for forms
    expect(AggregateRowSchema.safeParse({ ...base, day: '2026-02-30', metric: 'field_assisted', dim: '' }).success).toBe(false);
    expect(AggregateRowSchema.safeParse({ ...base, count: 0, metric: 'field_assisted', dim: '' }).success).toBe(false);
  });

  it('merges equal keys by summing', () => {
    const r = { day: '2026-11-24', metric: 'form_recognised' as const, form: 'l40' as const, field: '', dim: '', count: 2 };
    expect(
      mergeRows(
        [r],
        [
          { ...r, count: 3 },
          { ...r, form: 'l1' },
        ],
      ),
    ).toEqual([
      { ...r, count: 5 },
      { ...r, form: 'l1' },
    ]);
  });

  it('ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2026-11-24')).toBe('2026-W48');
  });
});
