/**
 * Test only: a database of its own with the demo response loaded, for test files in any package.
 * Loading the demo takes longer than copying a database, so it is loaded once per test run for
 * each load time and copied for every file (createSharedTestDatabase, decision 0003): what a fresh
 * `services.demo.load()` at that time gives, with the logins it printed.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '@steward/db';
import { createSharedTestDatabase } from '@steward/db/testing';
import { createServices } from '../index';
import type { DemoLoadResult } from '../demo/demo';

export interface DemoTestDatabase {
  db: Database;
  /** What `services.demo.load()` returned: the organisations and the logins (with key passphrases). */
  demo: DemoLoadResult;
}

/**
 * The demo as loaded at `at` (the clock the demo dates everything from), or at the time of the
 * run's first call without `at`: tests on the wall clock share that one (loaded minutes before
 * them at most, as a server that loaded it at start). Passwords and keys are random per run.
 */
export async function createDemoTestDatabase(options: { at?: Date } = {}): Promise<DemoTestDatabase> {
  const at = options.at;
  const { db, value } = await createSharedTestDatabase(
    `demo@${at ? at.toISOString() : 'now'}`,
    async (fresh) => {
      const services = createServices({
        db: fresh,
        clock: () => at ?? new Date(),
        randomBytes: (n) => new Uint8Array(randomBytes(n)),
      });
      return services.demo.load();
    },
  );
  return { db, demo: value };
}
