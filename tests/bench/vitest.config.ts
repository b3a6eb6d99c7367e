import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import '../support/node20-polyfills';

// `npm run bench`: measurements, not pass/fail tests. Each file prints its figures.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/bench/**/*.bench-run.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
