import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // Spawned-binary tests start Node processes; keep the 2-core machine responsive.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
