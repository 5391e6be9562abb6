/** zod schema of a rule definition (tests and tooling only; the content script does not load zod). */
import { z } from 'zod';
import { ASKS } from '../forms/schema.ts';
import { SEVERITIES } from './rules/types.ts';

export const RuleDefSchema = z.strictObject({
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
  /** Field profiles (what a field asks for) the rule applies to, or 'long' for every long free-text field. */
  appliesTo: z.union([z.literal('long'), z.array(z.enum(ASKS)).min(1)]),
  notWhen: z.array(z.enum(ASKS)),
  escalateOn: z.array(z.enum(ASKS)),
  /** Titles of the fixes the rule can offer (the replacement text is fitted to what was written). */
  fixes: z.array(z.string()),
});
