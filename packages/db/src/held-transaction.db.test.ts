// Authentication and the request's work in ONE transaction (decision 0013, thirteenth round):
// `batchHeld` runs its statements with no actor and leaves the transaction open; the first
// `withActor` given it as `continues` goes on in it with its own actor (signed for the connection,
// as a new transaction's prelude), once; nothing else is ever run in it, and it ends by itself
// when nothing takes it over before the event loop's turn ends. Transaction identity is read from
// the database (`pg_current_xact_id`, `pg_xact_status`), not from the code under test. Real
// database: PGlite, or the server named by TEST_DATABASE_URL.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, deferToCommit, type HeldTransaction, queryRows, type Tx } from './database';
import { createTestDatabase } from './testing';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(async () => db?.close());

const userId = randomUUID();
const organisationId = randomUUID();

/** The transaction's id (one is given to it here), who the database says is acting, and the role. */
const XACT = `select pg_current_xact_id()::text as x, steward_actor_user_id()::text as u, current_user::text as r`;

interface Probe {
  x: string | null;
  u: string | null;
  o?: string | null;
  r: string;
}
/** The same, read without giving the transaction an id (null when it has none yet). */
const probe = async (tx: Tx): Promise<Probe> =>
  (
    await queryRows<Probe>(
      tx,
      sql`select pg_current_xact_id_if_assigned()::text as x, steward_actor_user_id()::text as u, steward_actor_organisation_id()::text as o, current_user::text as r`,
    )
  )[0]!;

async function statusOf(x: string): Promise<string> {
  const [row] = await db.withAnonymous((tx) =>
    queryRows<{ s: string }>(tx, sql`select pg_xact_status(${x}::xid8) as s`),
  );
  return row!.s;
}

const turnEnds = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

async function held(): Promise<{ x: string; held: HeldTransaction; u: string | null; r: string }> {
  const { rows, held } = await db.batchHeld([XACT]);
  const row = rows[0]![0] as { x: string; u: string | null; r: string };
  return { ...row, held };
}

describe('batchHeld and withActor({ continues })', () => {
  it('runs the statements with no actor, then the work in the same transaction as the new actor, once', async () => {
    const first = await held();
    expect(first.u).toBeNull();
    expect(first.r).toBe('steward_app');
    expect(first.held.open).toBe(true);
    const inside = await db.withActor({ userId, organisationId, continues: first.held }, probe);
    expect(inside).toEqual({ x: first.x, u: userId, o: organisationId, r: 'steward_app' });
    expect(first.held.open).toBe(false);
    expect(await statusOf(first.x)).toBe('committed');
    // Taken over once: a second withActor opens its own (a new transaction, with no id yet).
    const again = await db.withActor({ userId, continues: first.held }, probe);
    expect(again.x).toBeNull();
    expect(again.u).toBe(userId);
  });

  it('ends the transaction when nothing takes it over before the turn ends; later work opens its own', async () => {
    const first = await held();
    await turnEnds();
    expect(first.held.open).toBe(false);
    expect(await statusOf(first.x)).toBe('committed');
    const later = await db.withActor({ userId, continues: first.held }, probe);
    expect(later.x).toBeNull();
    expect(later.u).toBe(userId);
  });

  it('release() ends it at once (nothing continues in it)', async () => {
    const first = await held();
    first.held.release();
    first.held.release();
    expect(first.held.open).toBe(false);
    const later = await db.withActor({ userId, continues: first.held }, probe);
    expect(later.x).toBeNull();
    expect(await statusOf(first.x)).toBe('committed');
  });

  it('a failure in the work, or at its COMMIT, rolls the whole transaction back and reaches the caller', async () => {
    const first = await held();
    await expect(
      db.withActor({ userId, continues: first.held }, async (tx) => {
        await queryRows(tx, sql`select 1 / 0 as boom`);
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await statusOf(first.x)).toBe('aborted');

    // What is held for the end (the audit append) fails after the work: the caller hears of it.
    const second = await held();
    await expect(
      db.withActor({ userId, continues: second.held }, async (tx) => {
        deferToCommit(tx, 'select 1 / 0 as boom');
        return 'done';
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await statusOf(second.x)).toBe('aborted');
  });

  it('a failing statement fails batchHeld, and the database goes on serving', async () => {
    await expect(db.batchHeld(['select 1 / 0 as boom'])).rejects.toThrow(/division by zero/);
    const after = await db.withActor({ userId }, probe);
    expect(after.u).toBe(userId);
  });

  it('refuses an actor it would not sign, and never takes over a handle it did not make', async () => {
    const first = await held();
    await expect(db.withActor({ userId: "x' or true --", continues: first.held }, probe)).rejects.toThrow(
      TypeError,
    );
    const foreign: HeldTransaction = { open: true, release: () => {} };
    const own = await db.withActor({ userId, continues: foreign }, probe);
    expect(own.x).toBeNull();
    await turnEnds();
    expect(await statusOf(first.x)).toBe('committed');
  });
});
