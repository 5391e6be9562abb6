import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    environment: 'node',
    // CLI tests spawn node + tsx; on a loaded 2-core machine that alone can take seconds.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, and then the two halves of the
    // reuse check (35 s each) run one after the other. Most files wait on imports, so two workers there halve the wall time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
