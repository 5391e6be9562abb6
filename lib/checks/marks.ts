/**
 * Word tests the rules ask of every word, answered once per distinct word by the analysis and handed out per token
 * in Analysis.marks. A rule reads a bit there instead of the word: in a long text the thousand words' letters lie
 * scattered in memory, and reading them costs more than the rule's own work.
 */
import { F, classify } from './lexicon.ts';

/** A hyphenated word with a part the lexicon calls jargon (jargon). */
export const M_JARGON_PART = 1;
/** A vertebra or two, as folded: «l4», «l5/s1», «th12» — VERTEBRA, at most nine characters (jargon). */
export const M_VERTEBRA = 2;
/** Work as a verb (WORK_VERBS, global-verdict). */
export const M_WORK_VERB = 4;
/** Work as a noun (WORK_NOUNS, global-verdict). */
export const M_WORK_NOUN = 8;
/** «arbeidsevne», «arbeidsevna», «arbeidsevnen» (global-verdict). */
export const M_WORK_ABILITY = 16;

export const VERTEBRA = /^(l|c|s|th|t)\d{1,2}(\/(l|c|s|th|t)?\d{1,2})?$/;
export const WORK_VERBS: ReadonlySet<string> = new Set(['jobbe', 'jobba', 'arbeide', 'arbeida']);
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'arbeid',
  'jobb',
  'arbeidet',
  'jobben',
  'arbeidslivet',
  'arbeidsliv',
  'arbeidsoppgavene',
  'arbeidsoppgavane',
  'arbeidsoppgaver',
  'stillingen',
  'yrket',
]);

/** The marks of a folded word (of any token: punctuation and numbers have none). */
export function marksOf(f: string): number {
  let m = 0;
  if (f.includes('-')) for (const p of f.split('-')) if (classify(p) & F.JARGON) m |= M_JARGON_PART;
  if (f.length <= 9 && VERTEBRA.test(f)) m |= M_VERTEBRA;
  if (WORK_VERBS.has(f)) m |= M_WORK_VERB;
  if (WORK_NOUNS.has(f)) m |= M_WORK_NOUN;
  if (f === 'arbeidsevne' || f === 'arbeidsevna' || f === 'arbeidsevnen') m |= M_WORK_ABILITY;
  return m;
}
