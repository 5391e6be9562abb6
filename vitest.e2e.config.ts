import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in the system Chromium, fixture pages on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
