import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

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
    maxWorkers: workers,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
