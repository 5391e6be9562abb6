import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { longestFirst } from './test/longest-first.ts';

// End-to-end: the built extension in the system Chromium and Firefox, fixture pages on 127.0.0.1.
// Two files at a time by default: most of a test's time is the browser loading and rendering a page while Node
// waits, so two workers keep a 2-core machine busy and halve the wall time; each file launches its own browsers
// with their own profiles and fixture server on a random port, so files share nothing. E2E_WORKERS=1 runs them
// one by one (to read a failure in peace).
const workers = Number(process.env.E2E_WORKERS ?? Math.min(2, Math.max(1, availableParallelism())));
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Bundles the editor and Aksel fixture pages from npm (git-ignored output) once, before any worker starts.
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: workers > 1,
    // Seconds per file on the reference machine (2026-12-04), longest first.
    sequence: {
      sequencer: longestFirst({
        'fixtures.test.ts': 252,
        'privacy.test.ts': 180,
        'editors.test.ts': 174,
        'keyboard.test.ts': 74,
        'checks.test.ts': 73,
        'palette.test.ts': 66,
        'hostile.test.ts': 62,
        'a11y.test.ts': 59,
        'hardening-chromium.test.ts': 53,
        'sites.test.ts': 50,
      }),
    },
    maxWorkers: workers,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
