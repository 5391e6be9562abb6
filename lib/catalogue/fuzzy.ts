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
