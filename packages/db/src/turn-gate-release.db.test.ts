// Attack review (review2) of the PGlite turn gate (decision 0013, tenth round): the gate bounds the
// transactions STARTED per turn and holds nothing while they run, so no client can hold it. A
// transaction that throws (in its body, or in its SQL), or one left open for a while, leaves the
// next callers to start within a few turns: a hundred failing transactions in a row, then one more
// that must succeed; a long transaction does not stop others from entering (they queue behind it
// in the database, not in the gate). Real database: PGlite, or the server named by TEST_DATABASE_URL
// (no gate there: the same answers).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from './database';
import { createTestDatabase } from './testing';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(async () => db?.close());

describe('turn gate: transactions that throw or run long', () => {
  it('lets the next transactions in after a hundred that throw, in their body or in SQL', async () => {
    const failures = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        db.withAnonymous(async (tx) => {
          if (i % 2) throw new Error(`body ${i}`);
          await queryRows(tx, sql`select 1 / 0`);
        }),
      ),
    );
    expect(failures.every((f) => f.status === 'rejected')).toBe(true);
    const after = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.withAnonymous(
          async (tx) => (await queryRows<{ n: number }>(tx, sql`select ${i}::int as n`))[0]!.n,
        ),
      ),
    );
    expect(after).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a transaction held open does not keep others from entering the gate', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const open = new Promise<void>((resolve) => (entered = resolve));
    const long = db.withAnonymous(async (tx) => {
      await queryRows(tx, sql`select 1`);
      entered();
      await held;
    });
    await open;
    // Others call in while it is open: their bodies start (PGlite: once the long one ends).
    let started = 0;
    const others = Array.from({ length: 6 }, () =>
      db.withAnonymous(async (tx) => {
        started += 1;
        return (await queryRows<{ n: number }>(tx, sql`select 2::int as n`))[0]!.n;
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    release();
    await long;
    expect(await Promise.all(others)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(started).toBe(6);
  });
});
