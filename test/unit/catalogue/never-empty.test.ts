import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { real } from './real.ts';

// Every query any writer has typed finds something: a word the catalogue lacks, a compound with a typo, a verb it does
// not know or a place's name beside them never leaves an empty list. What cannot be read at all (no word of four
// letters) may.
const dir = join(import.meta.dirname, '../../corpus/yrke');
const queries = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { q: string }[]).map((c) => c.q));

describe('the search never answers a readable query with nothing', () => {
  it('finds something for every query of the yrke corpora', () => {
    expect(queries.length).toBeGreaterThan(5000);
    const empty = [...new Set(queries)].filter((q) => real.search(q, 3).length === 0);
    expect(empty).toEqual([]);
    // (Some five thousand searches: seconds alone, more beside the other test files.)
  }, 120_000);

  it('guesses from the part of a word it knows, scored as a guess', () => {
    // A verb form the catalogue lacks is read by its first part; a compound with a typo in its head by the head.
    const hits = real.search('asfalterer', 3);
    expect(hits.map((h) => h.code)).toContain('9312');
    expect(Math.max(...hits.map((h) => h.score))).toBeLessThan(50);
    // …and says so in the list, where the palette shows why a hit is there.
    expect(hits.every((h) => h.matchKind === 'guess' && h.why.startsWith('usikkert treff'))).toBe(true);
    // A query read in full is no guess.
    expect(real.search('kjører truck', 3).some((h) => h.matchKind === 'guess')).toBe(false);
    // Nothing readable stays empty.
    expect(real.search('xq', 3)).toEqual([]);
  });
});
