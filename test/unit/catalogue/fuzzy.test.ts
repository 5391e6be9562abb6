import { describe, expect, it } from 'vitest';
import { charMask, compilePattern, fuzzyDistance, popcount } from '../../../lib/catalogue/fuzzy.ts';

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
  it('charMask/popcount count letters missing from a string', () => {
    expect(popcount(charMask('kokk') & ~charMask('kokker'))).toBe(0);
    expect(popcount(charMask('xyz') & ~charMask('kokker'))).toBe(3);
  });
});
