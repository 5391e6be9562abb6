import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { longestFirst } from './test/longest-first.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup-dom.ts'],
    // CLI tests spawn node + tsx; on a loaded 2-core machine that alone can take seconds.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, and then the two halves of the
    // reuse check (35 s each) run one after the other. Most files wait on imports, so two workers there halve the wall time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // One module graph per worker, not per file: every file imported the checks engine and the catalogue afresh, which
    // took 124 s of a 207 s run on the 2-core machine (121 s without). Tests restore what they change (the reuse tuning
    // after each test; the one module mock, in dom/checker.test.ts, is Vitest's per file); the whole suite also passes in
    // shuffled order this way (--sequence.shuffle, seed 7).
    isolate: false,
    // The two halves of the reuse check first, one per worker (seconds on the reference machine, 2026-12-04).
    sequence: {
      sequencer: longestFirst({
        'reuse.test.ts': 90,
        'reuse-corpus.test.ts': 70,
        'cli.test.ts': 20,
        'search.test.ts': 19,
        'agreement.test.ts': 18,
        'stage0.test.ts': 8,
      }),
    },
  },
});
