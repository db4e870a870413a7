import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: every unit and db test. Db tests (*.db.test.ts) run on embedded PGlite,
// or on a PostgreSQL server when TEST_DATABASE_URL is set. Browser tests are separate
// (packages/web/e2e, `npm run test:e2e`).
// The globalSetup migrates one database per run; each db test file clones it
// (packages/db/src/testing.ts, docs/decisions/0003-test-databases.md).

/** Pure logic (core, and the web app's logic tests): no I/O, no database, no process state. */
const PURE = ['packages/core/src/**/*.test.{ts,tsx}', 'packages/web/src/**/*.test.{ts,tsx}'];
/**
 * Pure tests that measure their own process (heap used while reading a zip bomb): in a shared
 * worker another file's garbage counts against them, so they run alone in a fork.
 */
const MEASURES_PROCESS = ['packages/core/src/sdc/io/limits.test.ts'];

export default defineConfig({
  test: {
    // Vitest's default is one worker per core minus one: a single worker, files one after another,
    // on a 2-core machine. Many files wait on spawned `steward` processes or PGlite, so one worker
    // per core keeps both cores busy (docs/decisions/0014-fast-start-and-compression.md).
    maxWorkers: Math.max(2, availableParallelism()),
    // Tests that create embedded databases take 35–50 s when the shared machine is loaded (load
    // average 20–30 with two workers); a hung test still fails.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        // Pure tests share their worker's modules (no fresh module graph per file: importing was
        // about a quarter of their time); decision 0003 addendum.
        extends: true,
        test: {
          name: 'pure',
          include: PURE,
          exclude: ['**/node_modules/**', ...MEASURES_PROCESS],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'pure-isolated', include: MEASURES_PROCESS, pool: 'forks' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'packages/web/e2e/**', ...PURE],
          globalSetup: ['packages/db/src/testing-global-setup.ts'],
          pool: 'forks',
        },
      },
    ],
  },
});
