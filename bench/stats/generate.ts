/**
 * Synthetic team statistics for the benchmarks: `members` exports covering `days` days, shaped like real use
 * (workdays only, a few forms a day, several fields each, problems shown and some resolved, scores, yrke look-ups).
 * Seeded, so every run measures the same data.
 */
import { FORMS } from '../../lib/forms/defs/index.ts';
import { RULES } from '../../lib/checks/rules/index.ts';
import { type AggregateRow, addDays, mergeRows } from '../../lib/stats/schema.ts';
import { toJsonExport } from '../../lib/stats/transfer.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FREE = FORMS.map((f) => ({ id: f.id, fields: f.fields.filter((x) => x.freeText && x.kind === 'long').map((x) => `${f.id}.${x.id}`) }));
const RULE_IDS = RULES.map((r) => r.id);
const CODES = ['2221', '5321', '4110', '7126', '9112', '3343', '2341', '5223'];

export function memberRows(seed: number, today: string, days = 365): AggregateRow[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const rows: AggregateRow[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(today, -i);
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (dow === 0 || dow === 6 || r() < 0.1) continue;
    for (const f of FREE) {
      const n = Math.floor(r() * 3);
      if (n === 0) continue;
      rows.push({ day, metric: 'form_recognised', form: f.id, field: '', dim: '', count: n });
      for (let k = 0; k < 3 + Math.floor(r() * 4); k++) {
        const field = pick(f.fields);
        rows.push({ day, metric: 'field_assisted', form: f.id, field, dim: '', count: 1 + Math.floor(r() * n) });
        rows.push({ day, metric: 'score_on_leave', form: f.id, field, dim: String(10 * Math.floor(r() * 10)), count: 1 });
        if (r() < 0.3) rows.push({ day, metric: 'guidance_opened', form: f.id, field, dim: '', count: 1 });
        for (let q = 0; q < Math.floor(r() * 3); q++) {
          const rule = pick(RULE_IDS);
          rows.push({ day, metric: 'problem_shown', form: f.id, field, dim: rule, count: 1 });
          if (r() < 0.55) rows.push({ day, metric: 'problem_resolved', form: f.id, field, dim: rule, count: 1 });
          if (r() < 0.2) rows.push({ day, metric: 'fix_applied', form: f.id, field, dim: rule, count: 1 });
        }
      }
    }
    if (r() < 0.4) {
      rows.push({ day, metric: 'yrke_searched', form: 'l40', field: '', dim: '', count: 1 + Math.floor(r() * 3) });
      if (r() < 0.6) rows.push({ day, metric: 'yrke_inserted', form: 'l40', field: 'l40.1.5', dim: pick(CODES), count: 1 });
    }
  }
  return mergeRows(rows);
}

export function memberId(i: number): string {
  const h = (((i + 1) * 2654435761) % 2 ** 32).toString(16).padStart(8, '0');
  return `${h}-0000-4000-8000-000000000000`;
}

export function teamExports(members: number, today: string, days = 365): string[] {
  return Array.from({ length: members }, (_, i) =>
    toJsonExport({ installationId: memberId(i), teamLabel: 'Benk-teamet', rows: memberRows(1000 + i, today, days), today }),
  );
}
