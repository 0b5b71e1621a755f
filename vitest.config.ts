import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: pure library tests (src/lib), no build needed;
 * - `site`: tests of the built site (files in dist, and a real browser for e2e). Their global setup
 *   builds the site once per run into test-artifacts/dist (or uses SITE_DIST when set).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/fast-check.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Browser tests share one machine with two cores: one file at a time keeps them stable.
          fileParallelism: false,
        },
      },
    ],
  },
});
