/** zod schema of a rule definition (tests and tooling only; the content script does not load zod). */
import { z } from 'zod';

import { SEVERITIES } from './rules.ts';



export const RuleDefSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  severity: z.enum(SEVERITIES),
  /** 'span': points at words in the text; 'text': about the text as a whole (what is missing). */
  scope: z.enum(['span', 'text']),
  /** Short Norwegian message shown in the underline hover and the problems list. */
  message: z.string().min(10).max(120),
  /** Longer Norwegian explanation of what Nav needs. */
  why: z.string().min(40),
  /** Where the requirement comes from, with line references into the seed documents. */
  source: z.string().regex(/^Kilde: .*linje \d+/),
  /**
   * Field selectors: 'functional' (fields marked functional), 'long' (all long free-text fields) or exact
   * field keys like 'l40.5.3'.
   */
  fields: z.array(z.string().min(2)).min(1),
  exclude: z.array(z.string()).default([]),
  /** Titles of the fixes the rule can offer (the replacement text is fitted to what was written). */
  fixes: z.array(z.string()).default([]),
});
export type RuleDef = z.infer<typeof RuleDefSchema>;
export type RuleDefInput = z.input<typeof RuleDefSchema>;