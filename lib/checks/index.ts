/**
 * The checks engine: Norwegian (bokmål + nynorsk) functional descriptions → diagnostics, fixes and a score.
 * Pure TypeScript, no DOM; used by the content script, the CLI and the yrke palette.
 */
export type { Severity, Fix, Diagnostic, ScoreDimension, LintResult } from './lint.ts';
export { lint, isLintable, ruleApplies } from './lint.ts';
export { analyze, limitationsByArea } from './analyze.ts';
export type { Analysis, Statement, Sentence, Quantity, Duration, Span } from './analyze.ts';
export { RULES, SEVERITIES } from './rules.ts';
export { RuleDefSchema } from './rule-schema.ts';
export type { RuleDef } from './rules.ts';
export { FUNCTION_AREAS, AREA_LABELS } from './areas.ts';
export type { FunctionArea } from './areas.ts';
