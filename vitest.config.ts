import { defineConfig } from 'vitest/config';

/** Tests that run the built package (bin/ → dist/, or the packed tarball): `npm test` builds first. */
const NEEDS_BUILD = ['test/cli/binary.test.ts', 'test/package.test.ts', 'test/io/write-safely.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // Removes the temp folders each test file made (test/helpers.ts makeTempDir, copyFixture).
    setupFiles: ['./test/setup.ts'],
    // Spawned-binary tests start Node processes; keep the 2-core machine responsive.
    pool: 'forks',
    testTimeout: 30_000,
    // `npm run test:unit` (--project unit) runs what needs no build: everything importing src/ directly.
    // Arrays merge with the root's under `extends: true`, so `include` is set per project only.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: NEEDS_BUILD } },
      { extends: true, test: { name: 'build', include: NEEDS_BUILD } },
    ],
  },
});
