/**
 * The one Norwegian folding module (engineering note 6): lower case, æ→ae, ø→o, å→a, other Latin diacritics
 * stripped. NFD alone leaves æ and ø, so they are mapped explicitly. The checks engine, form recognition and
 * yrke search all fold through here, so a word typed with or without æøå meets the same entry everywhere.
 */

const FOLD: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ä: 'ae',
  ö: 'o',
  ü: 'u',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  á: 'a',
  à: 'a',
  â: 'a',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  í: 'i',
  ì: 'i',
  î: 'i',
  ú: 'u',
  ù: 'u',
  ç: 'c',
  ñ: 'n',
};
const NON_ASCII = /[\u0080-\uffff]/;
const FOLD_RE = /[æøåäöüéèêëáàâóòôíìîúùçñ]/g;
const foldChar = (c: string): string => FOLD[c] ?? c;
const memo = new Map<string, string>();

/** Lower case and letter folding only; every other character is kept (offsets of ASCII text are stable). */
export function foldLetters(s: string): string {
  // Most words are plain ASCII: lower-casing them is cheaper than a cache lookup.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const out = s.toLowerCase().replace(FOLD_RE, foldChar);
  if (memo.size > 50_000) memo.clear();
  memo.set(s, out);
  return out;
}

/**
 * Folds and reduces to words: every character that is not a letter or digit becomes a space. With
 * `keepDecimals`, a point between two digits stays ("5.6.1"). Other non-ASCII letters lose their diacritics
 * (NFD) or become a space.
 */
export function foldWords(s: string, opts: { keepDecimals?: boolean; trim?: boolean } = {}): string {
  const lower = foldLetters(s);
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const code = ch.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += ch;
    else if (opts.keepDecimals && ch === '.' && i > 0 && i + 1 < lower.length && isDigit(lower[i - 1]!) && isDigit(lower[i + 1]!)) out += '.';
    else if (code > 127) {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += /^[a-z0-9]+$/.test(base) ? base : ' ';
    } else out += ' ';
  }
  return opts.trim ? out.replace(/\s+/g, ' ').trim() : out;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
