import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    environment: 'node',
    // CLI tests spawn node + tsx; on a loaded 2-core machine that alone can take seconds.
    testTimeout: 30_000,
  },
});
