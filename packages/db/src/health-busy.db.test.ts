// Health while a long transaction runs (issue 7: `/api/health` answers during an import). On
// PGlite the one connection serves one transaction at a time, so a ping used to queue behind an
// import's transaction until it ended; now a transaction that is sending statements counts as the
// database working. No timing here: the ping must answer while the transaction is still open.
// Real database: PGlite, or the server named by TEST_DATABASE_URL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from './database';
import { createTestDatabase } from './testing';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(async () => db?.close());

describe('health during a long transaction', () => {
  it('pings and reports migrations while another transaction is still open and working', async () => {
    expect(await db.migrationsCurrent()).toBe(true);
    let started!: () => void;
    const statementSent = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let open = true;
    const long = db.withAnonymous(async (tx) => {
      await queryRows(tx, sql`select 1`);
      started();
      await gate;
      await queryRows(tx, sql`select 2`);
      open = false;
    });
    await statementSent;
    const answers = await Promise.all([db.ping(), db.migrationsCurrent()]);
    expect(open).toBe(true);
    expect(answers).toEqual([true, true]);
    release();
    await long;
    expect(open).toBe(false);
    expect(await db.ping()).toBe(true);
  });

  it('pings while the open transaction’s last statement ran longer than the health window', async () => {
    // A statement longer than a second (a big insert on a loaded machine): its end counts as the
    // database working, so the ping does not queue behind the rest of the transaction.
    let finished!: () => void;
    const longStatementDone = new Promise<void>((resolve) => (finished = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const long = db.withAnonymous(async (tx) => {
      await queryRows(tx, sql`select pg_sleep(1.3)`);
      finished();
      await gate;
    });
    await longStatementDone;
    const first = await Promise.race([
      db.ping().then((ok) => (ok ? 'answered' : 'failed')),
      new Promise<string>((resolve) => setTimeout(() => resolve('queued behind the transaction'), 5_000)),
    ]);
    release();
    await long;
    expect(first).toBe('answered');
  });
});
