import { describe, expect, it } from 'vitest';
import { charMask, compilePattern, fuzzyDistance, popcount, typoPieces } from '../../../lib/catalogue/fuzzy.ts';

/** Plain dynamic programming: optimal string alignment distance of p to the best substring of t. */
function naive(p: string, t: string): number {
  const D = Array.from({ length: p.length + 1 }, (_, i) =>
    Array<number>(t.length + 1)
      .fill(0)
      .map((_, j) => (j === 0 ? i : 0)),
  );
  for (let i = 1; i <= p.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      let v = Math.min(D[i - 1]![j]! + 1, D[i]![j - 1]! + 1, D[i - 1]![j - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && p[i - 1] === t[j - 2] && p[i - 2] === t[j - 1]) v = Math.min(v, D[i - 2]![j - 2]! + 1);
      D[i]![j] = v;
    }
  }
  return Math.min(...D[p.length]!);
}

describe('fuzzyDistance', () => {
  it('finds typos inside compounds', () => {
    expect(fuzzyDistance(compilePattern('sykepleir'), 'spesialsykepleier')).toBe(1);
    expect(fuzzyDistance(compilePattern('elektirker'), 'elektriker')).toBe(1); // transposition
    expect(fuzzyDistance(compilePattern('laerer'), 'barnehagelaerer')).toBe(0);
    expect(fuzzyDistance(compilePattern('murer'), 'kokk', 1)).toBe(2); // capped at k + 1
  });
  it('agrees with dynamic programming on random strings up to 32 characters', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const alphabet = 'abcd ';
    for (let r = 0; r < 3000; r++) {
      const p = Array.from({ length: 1 + rnd(32) }, () => alphabet[rnd(4)]).join('');
      const t = Array.from({ length: rnd(40) }, () => alphabet[rnd(5)]).join('');
      expect(fuzzyDistance(compilePattern(p), t), `${p} | ${t}`).toBe(naive(p, t));
    }
  });
  it('typoPieces: every string within k typos of a word holds one of its pieces whole', () => {
    expect(typoPieces('fysi', 1)).toEqual(['fy', 'si', 'fsyi']);
    // mulberry32: the low bits of a plain LCG alternate, which would tie the choices below together.
    let seed = 11;
    const rnd = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) % n;
    };
    const letters = (n: number, a: string) => Array.from({ length: n }, () => a[rnd(a.length)]).join('');
    // One or two random edits of the kinds fuzzyDistance counts (add, drop, change, swap neighbours), in random text.
    const edit = (w: string) => {
      const i = rnd(w.length);
      const kind = rnd(4);
      if (kind === 0) return w.slice(0, i) + letters(1, 'abcdx') + w.slice(i);
      if (kind === 1) return w.slice(0, i) + w.slice(i + 1);
      if (kind === 2) return w.slice(0, i) + letters(1, 'abcdx') + w.slice(i + 1);
      return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
    };
    let checked = 0;
    for (let r = 0; r < 6000; r++) {
      const k = 1 + (r % 2);
      // Few letters make near misses common; many make a piece found by chance rare.
      const word = letters(k === 1 ? 4 + rnd(9) : 6 + rnd(12), r % 4 < 2 ? 'abcd' : 'abcdefghijklmnop');
      let near = word;
      // Half the time one edit swaps the letters where two pieces meet (the case the halves alone would miss).
      const b = k === 1 ? word.length >> 1 : Math.floor(((1 + rnd(2)) * word.length) / 3);
      if (rnd(2)) near = near.slice(0, b - 1) + near[b] + near[b - 1] + near.slice(b + 1);
      else near = edit(near);
      if (k === 2) near = edit(near);
      // Random strings near the word, and strings whose distance the search itself decides.
      for (const t of [letters(rnd(6), 'abcd ') + near + letters(rnd(6), 'abcd '), letters(4 + rnd(30), 'abcd ')]) {
        if (fuzzyDistance(compilePattern(word), t, k) > k) continue;
        checked++;
        expect(
          typoPieces(word, k).some((p) => t.includes(p)),
          `${word} (k ${k}) | ${t}`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
  it('charMask/popcount count letters missing from a string', () => {
    expect(popcount(charMask('kokk') & ~charMask('kokker'))).toBe(0);
    expect(popcount(charMask('xyz') & ~charMask('kokker'))).toBe(3);
  });
});
