/**
 * The checks engine: Norwegian (bokmål + nynorsk) functional descriptions → diagnostics, fixes and a score.
 * Pure TypeScript, no DOM; used by the content script, the CLI, the Huskeliste and the yrke palette.
 */
export type { Severity, Fix, Diagnostic, ScoreDimension, LintResult } from './lint.ts';
export { lint, isLintable, ruleApplies, severityFor, fieldProfile } from './lint.ts';
export { analyze, limitationsByArea } from './analyze.ts';
export type { Analysis, Statement, Sentence, Quantity, Duration, Span, StatementKind } from './analyze.ts';
export { RULES, RULE_LIST, SEVERITIES } from './rules/index.ts';
export type { RuleDef } from './rules/index.ts';
export { RuleDefSchema } from './rule-schema.ts';
export { FUNCTION_AREAS, AREA_LABELS } from './areas.ts';
export type { FunctionArea } from './areas.ts';
export { explain } from './explain.ts';
