/**
 * The second half of the reuse check over the corpus and long documents (the first half, and what the check is, in
 * reuse.test.ts): split so that the halves run side by side.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus, checkLongDocuments, restoreAfterEach, reuseSample } from './reuse-harness.ts';

restoreAfterEach();

describe('an analysis that reuses a kept one (second half)', () => {
  it('equals the analysis from scratch for every other text of the frozen corpus, edited a keystroke at a time (second half)', () => {
    expect(reuseSample.length).toBeGreaterThan(4000);
    checkCorpus(1, 2);
  }, 240_000);

  it('equals the analysis from scratch under random edit sequences on long documents (seeds 13–24)', () => {
    checkLongDocuments(13, 24);
  }, 240_000);
});
