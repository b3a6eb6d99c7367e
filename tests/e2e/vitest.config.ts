import { defineConfig } from 'vitest/config';
import '../support/node20-polyfills';

// Browser tests: real Chromium with the built extension. One file at a time, because Chromium's policy directory is
// shared by every browser on the machine.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
