/** Helpers for the rule tests beside each rule (test-only; never imported by the product). */
import { lint } from '../lint.ts';

export const rules = (text: string, field = 'l40.5.1'): string[] => lint(text, field).diagnostics.map((d) => d.rule);
export const has = (text: string, rule: string, field = 'l40.5.1'): boolean => rules(text, field).includes(rule);
export const spans = (text: string, rule: string, field = 'l40.5.1'): string[] =>
  lint(text, field)
    .diagnostics.filter((d) => d.rule === rule)
    .map((d) => text.slice(d.start, d.end));
export const severity = (text: string, rule: string, field: string) => lint(text, field).diagnostics.find((d) => d.rule === rule)?.severity;
