/**
 * A light Norwegian stemmer for bokmål and nynorsk, over folded words (fold.ts: æ→ae, ø→o, å→a).
 *
 * It is the Snowball Norwegian algorithm (snowballstem.org, BSD licence; implemented here from its published
 * description rather than taken from a package, because the content script must stay small and the npm ports
 * bundle every language) with three documented additions the lexicon needs:
 * - nynorsk inflections Snowball leaves: -aren/-arane (agent nouns), -lege (adjectives). Verbal nouns in -ing
 *   are not stripped («stilling» must not become «still-»); the lexicon lists them («sitting», «løfting»);
 * - a second pass over step 1, because Snowball stems «kapasitet» to «kapasit» but «kapasiteten» to
 *   «kapasitet» (stacked definite endings): the second pass makes both «kapasit»;
 * - participles in -a/-et/-ete/-ede (begrensa, begrenset, begrensede) reduce to one stem, as in Snowball.
 * The stemmer is only used to look words up in the lexicon, whose entries go through the same function.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Start of region R1: after the first non-vowel that follows a vowel, but at least 3 letters in. */
function r1(w: string): number {
  for (let i = 1; i < w.length; i++) if (!VOWELS.has(w[i]!) && VOWELS.has(w[i - 1]!)) return Math.max(3, i + 1);
  return w.length;
}

const STEP1 = [
  'hetenes',
  'hetene',
  'hetens',
  'heten',
  'heter',
  'endes',
  'arane',
  'ande',
  'ende',
  'edes',
  'enes',
  'aren',
  'erte',
  'ede',
  'ane',
  'ene',
  'ens',
  'ers',
  'ets',
  'het',
  'ast',
  'ert',
  'en',
  'ar',
  'er',
  'as',
  'es',
  'et',
  'a',
  'e',
  's',
].sort((a, b) => b.length - a.length);
/** After these endings a second step-1 pass runs (stacked definite endings). */
const STACKED = new Set(['en', 'ene', 'ens', 'et', 'ets']);
const STEP3 = ['hetslov', 'elov', 'slov', 'eleg', 'elig', 'lege', 'leg', 'eig', 'lig', 'els', 'lov', 'ig'];
const S_ENDING = new Set(['b', 'c', 'd', 'f', 'g', 'h', 'j', 'l', 'm', 'n', 'o', 'p', 'r', 't', 'v', 'y', 'z']);

/** Step 1: removes (or rewrites) the longest suffix found in R1. Returns the new word and the suffix. */
function step1(w: string, p1: number): [string, string] {
  for (const s of STEP1) {
    if (w.length - s.length < p1 || !w.endsWith(s)) continue;
    if (s === 'erte' || s === 'ert') return [w.slice(0, -s.length) + 'er', s];
    if (s === 's') {
      const c = w[w.length - 2]!;
      if (S_ENDING.has(c) || (c === 'k' && !VOWELS.has(w[w.length - 3] ?? 'a'))) return [w.slice(0, -1), s];
      continue;
    }
    return [w.slice(0, -s.length), s];
  }
  return [w, ''];
}

const memo = new Map<string, string>();

export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  let w = word;
  if (w.length > 3) {
    const p1 = r1(w);
    const [w1, suffix] = step1(w, p1);
    w = w1;
    // Second pass for stacked endings («kapasiteten» → «kapasitet» → «kapasit»); R1 stays where it was.
    if (STACKED.has(suffix) && w.length - 2 >= p1 && (w.endsWith('et') || w.endsWith('en'))) w = w.slice(0, -2);
    if ((w.endsWith('dt') || w.endsWith('vt')) && w.length - 2 >= p1) w = w.slice(0, -1);
    for (const s of STEP3) {
      if (w.length - s.length >= p1 && w.endsWith(s)) {
        w = w.slice(0, -s.length);
        break;
      }
    }
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(word, w);
  return w;
}
