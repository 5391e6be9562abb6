import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in the system Chromium, fixture pages on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Bundles the editor fixture pages from the editors on npm (git-ignored output).
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
