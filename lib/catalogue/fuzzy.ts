/**
 * Bit-parallel approximate substring search (Myers 1999, with Hyyrö's transposition extension), so a
 * single typo or swapped pair of letters still finds a title, also inside a compound word. One pass over
 * the text per pattern, 32-bit words: patterns are capped at 32 characters.
 */
export interface Pattern {
  peq: Int32Array;
  m: number;
}

export function compilePattern(p: string): Pattern {
  const s = p.slice(0, 32);
  const peq = new Int32Array(128);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) peq[c]! |= 1 << i;
  }
  return { peq, m: s.length };
}

/** Smallest optimal-string-alignment distance between the pattern and any substring of `text`. */
export function fuzzyDistance(pat: Pattern, text: string, k = 32): number {
  const { peq, m } = pat;
  if (m === 0) return 0;
  const last = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let prevEq = 0;
  let score = m;
  let best = m;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const eq = c < 128 ? peq[c]! : 0;
    const tr = ((~d0 & eq) << 1) & prevEq;
    d0 = (((eq & vp) + vp) ^ vp) | eq | vn | tr;
    const hp = vn | ~(d0 | vp);
    const hn = vp & d0;
    if (hp & last) score++;
    else if (hn & last) score--;
    // Search mode: the top row stays zero, so a match may start anywhere in the text.
    const x = hp << 1;
    vn = x & d0;
    vp = (hn << 1) | ~(x | d0);
    prevEq = eq;
    if (score < best) {
      best = score;
      if (best === 0) break;
    }
  }
  return best > k ? k + 1 : best;
}

/** Bit set of the letters a–z (and one bit for digits) present in a folded string, for quick rejection. */
export function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) m |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) m |= 1 << 26;
  }
  return m;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const swapAt = (p: string, i: number): string => p.slice(0, i) + p[i + 1]! + p[i]! + p.slice(i + 2);

/**
 * Pieces of a word (two letters or more each) of which every string within k typos of it (1 or 2, as `fuzzyDistance`
 * counts them: a letter added, dropped or changed, or two neighbours swapped) holds at least one whole, so a search can
 * skip strings that hold none. One edit leaves one half of the word whole, unless it swaps the two letters where the
 * halves meet: then the string holds the word so swapped. Two edits leave one of three pieces whole unless one swaps
 * letters where two pieces meet: then the string is within one edit of the word so swapped. The word needs four
 * letters for k = 1 and six for k = 2.
 */
export function typoPieces(word: string, k: number): string[] {
  if (k === 1) {
    const h = word.length >> 1;
    return [word.slice(0, h), word.slice(h), swapAt(word, h - 1)];
  }
  const b1 = Math.floor(word.length / 3);
  const b2 = Math.floor((2 * word.length) / 3);
  return [word.slice(0, b1), word.slice(b1, b2), word.slice(b2), ...typoPieces(swapAt(word, b1 - 1), 1), ...typoPieces(swapAt(word, b2 - 1), 1)];
}
