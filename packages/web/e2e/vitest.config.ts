import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: `npm run test:e2e` (after `npm run build`). The global setup loads the demo into a
// temporary data folder and starts `steward serve`; the tests drive Debian's /usr/bin/chromium
// through playwright-core (no browser is ever downloaded).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../..', import.meta.url)),
    include: ['packages/web/e2e/**/*.test.ts'],
    globalSetup: ['packages/web/e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
