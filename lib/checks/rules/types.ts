/**
 * What a rule is: data (Vale-style: id, severity, message, why, source, where it applies, fix titles) plus a
 * detector over the shared analysis. Where a rule applies is said in terms of field profiles — what a field
 * asks for (lib/forms/schema.ts ASKS) — so adding a field never means editing rule code.
 */
import type { Ask } from '../../forms/schema.ts';
import type { Analysis } from '../analyze.ts';
import type { FunctionArea } from '../areas.ts';

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Fix {
  title: string;
  start: number;
  end: number;
  replacement: string;
  /** Caret offset inside `replacement` (at the first "__" blank). */
  cursor?: number;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  why: string;
  source: string;
  area?: FunctionArea;
  fixes?: Fix[];
}

export interface RuleDef {
  id: string;
  severity: Severity;
  /** 'span': points at words in the text; 'text': about the text as a whole (what is missing). */
  scope: 'span' | 'text';
  /** Short Norwegian message (the detector may name the statement instead). */
  message: string;
  /** Longer Norwegian explanation of what Nav needs. */
  why: string;
  /** Where the requirement comes from, with line references into the seed documents. */
  source: string;
  /** The rule applies to long free-text fields that ask for any of these, or to every long field ('long'). */
  appliesTo: readonly Ask[] | 'long';
  /** …but not to fields that ask for any of these. */
  notWhen: readonly Ask[];
  /** Fields that ask for any of these get the rule as a warning (it is what the field asks for). */
  escalateOn: readonly Ask[];
  /** Titles of the fixes the rule can offer (the replacement text is fitted to what was written). */
  fixes: readonly string[];
}

export type Lang = 'nb' | 'nn';

/** What the rules know about the field being checked. */
export interface FieldProfile {
  key: string;
  asks: readonly Ask[];
}

export interface RuleContext {
  text: string;
  an: Analysis;
  lang: Lang;
  field: FieldProfile;
  /** The rule's severity for this field (escalated where the field asks for it). */
  severity: Severity;
  /** Diagnostics found so far (span rules run first, so text rules can see them). */
  found: readonly Diagnostic[];
  report(d: Omit<Diagnostic, 'rule' | 'severity' | 'why' | 'source' | 'message'> & { message?: string }): void;
}

export interface Rule {
  def: RuleDef;
  detect(ctx: RuleContext): void;
}

/** Authoring shape: defaults for the optional lists. */
export type RuleInput = Omit<RuleDef, 'notWhen' | 'escalateOn' | 'fixes'> & Partial<Pick<RuleDef, 'notWhen' | 'escalateOn' | 'fixes'>>;

export function defineRule(def: RuleInput, detect: (ctx: RuleContext) => void): Rule {
  return { def: { notWhen: [], escalateOn: [], fixes: [], ...def }, detect };
}
