/**
 * The rule registry: every rule of the checks engine, in the order they run. Span rules first (they point at
 * words), then rules about the text as a whole, which can see what the span rules found.
 */
import { globalVerdict } from './global-verdict.ts';
import { jargon } from './jargon.ts';
import { noCapacity } from './no-capacity.ts';
import { noDuration } from './no-duration.ts';
import { noOccupations } from './no-occupations.ts';
import { noParticipation } from './no-participation.ts';
import { noReasons } from './no-reasons.ts';
import { noTasks } from './no-tasks.ts';
import { noWorkRelation } from './no-work-relation.ts';
import { reference } from './reference.ts';
import { symptomsOnly } from './symptoms-only.ts';
import { tooShort } from './too-short.ts';
import type { Rule, RuleDef } from './types.ts';
import { vagueQuantity } from './vague-quantity.ts';

export const RULE_LIST: readonly Rule[] = [
  reference,
  globalVerdict,
  vagueQuantity,
  jargon,
  symptomsOnly,
  noTasks,
  noOccupations,
  noReasons,
  tooShort,
  noCapacity,
  noDuration,
  noParticipation,
  noWorkRelation,
];

export const RULES: readonly RuleDef[] = RULE_LIST.map((r) => r.def);
export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULE_LIST.map((r) => [r.def.id, r]));
export { SEVERITIES } from './types.ts';
export type { RuleDef, Rule, Diagnostic, Fix, Severity } from './types.ts';
