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
/** A word a reference can start with (REF_TRIGGERS, reference). */
export const M_REF_TRIGGER = 32;
/** A word of a conclusion on work capacity or help (CONCLUSION, predicates.ts hasConclusion). */
export const M_CONCLUSION = 64;
/** A word for work in general, no occupation (WORK_IN_GENERAL, predicates.ts namesOccupation). */
export const M_WORK_IN_GENERAL = 128;

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
  'stillinga',
  'stilling',
  'yrket',
]);

/** Every word a reference pattern can start with (reference.ts). */
const REF_TRIGGERS = new Set([
  'se',
  'sja',
  'jf',
  'jfr',
  'ref',
  'viser',
  'vises',
  'henviser',
  'henvises',
  'visast',
  'vist',
  'som',
  'tidligere',
  'tidlegare',
  'uendret',
  'beskrevet',
  'beskrive',
  'nevnt',
  'skrevet',
  'skildra',
  'omtalt',
  'nemnt',
  'skrive',
  'opplyst',
  'dokumentert',
  'redegjort',
]);

export const CONCLUSION =
  /^(konklu|arbeidsevne|arbeidsevna|arbeidsevnen|innsats|innsatsgruppe|innsatsbehov|vilkar|vilkaar|vilkarene|vilkaara|bistandsbehov|tilpasset|tilpassa|situasjonsbestemt|standard|aap|arbeidsavklaringspenger|ufor|arbeidsufor|arbeidsfor)/;

// Words for work in general: «aktuelle yrker», «lett arbeid», «tilpasset stilling» name no occupation.
export const WORK_IN_GENERAL =
  /^(yrke|yrker|yrka|yrkene|yrket|yrkje|yrkja|jobb|jobbar|jobber|jobben|jobbane|jobbene|arbeid|arbeidet|arbeida|stilling|stillinga|stillingen|stillingar|stillinger|arbeidsoppgaver|arbeidsoppgavene|oppgaver|oppgavene|arbeidsliv|arbeidslivet|arbeidsmarked|arbeidsmarkedet|arbeidsmarknad|arbeidsmarknaden|arbeidsplass|arbeidsplassen|arbeidsgiver|arbeidsgjevar|arbeidsevne|arbeidsevnen|arbeidsevna|arbeidstid|arbeidstida|arbeidstiden|arbeidsdag|arbeidsdagen)$/;

/** The marks of a folded word (of any token: punctuation and numbers have none). */
export function marksOf(f: string): number {
  let m = 0;
  if (f.includes('-')) for (const p of f.split('-')) if (classify(p) & F.JARGON) m |= M_JARGON_PART;
  if (f.length <= 9 && VERTEBRA.test(f)) m |= M_VERTEBRA;
  if (WORK_VERBS.has(f)) m |= M_WORK_VERB;
  if (WORK_NOUNS.has(f)) m |= M_WORK_NOUN;
  if (f === 'arbeidsevne' || f === 'arbeidsevna' || f === 'arbeidsevnen') m |= M_WORK_ABILITY;
  if (REF_TRIGGERS.has(f)) m |= M_REF_TRIGGER;
  if (CONCLUSION.test(f)) m |= M_CONCLUSION;
  if (WORK_IN_GENERAL.test(f)) m |= M_WORK_IN_GENERAL;
  return m;
}
