// Sessions' row-level security after migration 0036 (issue 7): the DELETE policy
// sessions_admin_delete is gone (the application never relied on it; its one remaining effect was
// to let an administrator's unqualified `DELETE FROM sessions` remove everyone's sessions), and an
// administrator's two-factor reset ends the user's sessions through steward_end_user_sessions.
// Real database: PGlite, or the server named by TEST_DATABASE_URL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from './database';
import { insertSession, insertUser, resetUserTotp } from './repositories/index';
import { createTestDatabase, ownerSql, signedActorSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');
let db: Database;
let admin: string;
let user: string;
let other: string;
let serial = 0;

async function sessionFor(userId: string): Promise<string> {
  serial += 1;
  return db.asSystem('test', (tx) =>
    insertSession(tx, {
      userId,
      tokenHash: `hash-${serial}`.padEnd(64, '0'),
      csrfToken: `csrf-${serial}`,
      activeOrganisationId: null,
      createdAt: at,
      expiresAt: later,
      userAgent: null,
    }),
  );
}

const sessionCount = async (userId: string) =>
  Number(
    (
      await ownerSql<{ n: number }>(db, `select count(*)::int as n from sessions where user_id = '${userId}'`)
    )[0]?.n,
  );

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    const make = async (email: string, isAdmin = false) =>
      (await insertUser(tx, { email, displayName: email, passwordHash: 'x', isAdmin }, at)).id;
    admin = await make('admin@example.org', true);
    user = await make('user@example.org');
    other = await make('other@example.org');
  });
}, 60_000);
afterAll(async () => db?.close());

describe('sessions_admin_delete is dropped', () => {
  it('leaves sessions_own as the only policy on sessions', async () => {
    const policies = await ownerSql<{ policyname: string }>(
      db,
      `select policyname from pg_policies where tablename = 'sessions' order by policyname`,
    );
    expect(policies.map((p) => p.policyname)).toEqual(['sessions_own']);
  });

  it("an administrator's DELETE in SQL removes only their own sessions, with or without a WHERE", async () => {
    await sessionFor(user);
    await sessionFor(other);
    await sessionFor(admin);
    const deleted = await db.withActor({ userId: admin, admin: true }, async (tx) => {
      const named = await queryRows(tx, sql`delete from sessions where user_id = ${user}::uuid returning id`);
      const all = await queryRows(tx, sql`delete from sessions returning id`);
      return { named: named.length, all: all.length };
    });
    expect(deleted).toEqual({ named: 0, all: 1 });
    expect(await sessionCount(user)).toBeGreaterThan(0);
    expect(await sessionCount(other)).toBeGreaterThan(0);
    expect(await sessionCount(admin)).toBe(0);
  });
});

describe('steward_reset_user_totp ends sessions through steward_end_user_sessions', () => {
  it("ends every session of the user and no one else's, for an administrator only", async () => {
    await sessionFor(user);
    await sessionFor(user);
    await sessionFor(other);
    const refused = await db.withActor({ userId: other }, (tx) => resetUserTotp(tx, user, later));
    expect(refused).toBeNull();
    expect(await sessionCount(user)).toBeGreaterThanOrEqual(2);

    const before = await sessionCount(user);
    const otherBefore = await sessionCount(other);
    const done = await db.withActor({ userId: admin, admin: true }, (tx) => resetUserTotp(tx, user, later));
    expect(done).toEqual({ hadTwoFactor: false, endedSessions: before });
    expect(await sessionCount(user)).toBe(0);
    expect(await sessionCount(other)).toBe(otherBefore);
  });

  it('calls steward_end_user_sessions (replaced for one rolled-back transaction, its answer comes back)', async () => {
    await sessionFor(user);
    const marker = new Error('roll back');
    let seen: unknown;
    await expect(
      db.asSystem('test', async (tx) => {
        await tx.execute(
          sql.raw(`CREATE OR REPLACE FUNCTION steward_end_user_sessions(p_user uuid) RETURNS integer
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
            AS $$ BEGIN RETURN 4242; END $$`),
        );
        await tx.execute(sql.raw(await signedActorSql(db, { userId: admin, admin: true }, tx)));
        seen = await resetUserTotp(tx, user, later);
        throw marker;
      }),
    ).rejects.toBe(marker);
    expect(seen).toEqual({ hadTwoFactor: false, endedSessions: 4242 });
    // The real function is back (the replacement was rolled back): the reset ends the session.
    expect(await sessionCount(user)).toBe(1);
    const done = await db.withActor({ userId: admin, admin: true }, (tx) => resetUserTotp(tx, user, later));
    expect(done?.endedSessions).toBe(1);
    expect(await sessionCount(user)).toBe(0);
  });
});
