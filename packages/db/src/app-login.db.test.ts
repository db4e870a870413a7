/**
 * Issue 7 §6: on a PostgreSQL server the application serves requests over its own steward_app
 * login, so SQL injected into an application transaction cannot `RESET ROLE` back to the owner and
 * escape row-level security. On PGlite there is one connection whose session user is the
 * superuser; that remaining limit is documented in docs/decisions/0002 and docs/security.md.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrlFor, queryRows, type Database } from './database';
import { createTestDatabase, seedTwoOrganisations } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let orgA: string;
let orgB: string;
let userA: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ({ orgA, orgB, userA } = await seedTwoOrganisations(db, at));
});
afterAll(async () => db?.close());

describe('RESET ROLE injected in the application connection', () => {
  it('derives the application login from the owner URL: user steward_app, no password', () => {
    expect(appUrlFor('postgres://owner:secret@db.example:5433/steward?sslmode=require')).toBe(
      'postgres://steward_app@db.example:5433/steward?sslmode=require',
    );
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'on a server: the session user is steward_app, so RESET ROLE stays inside the policies',
    async () => {
      const seen = await db.withActor({ userId: userA }, async (tx) => {
        await tx.execute(sql.raw('RESET ROLE'));
        const [who] = await queryRows<{ session_user: string; current_user: string }>(
          tx,
          sql`select session_user, current_user`,
        );
        const other = await queryRows<{ id: string }>(
          tx,
          sql`select id from memberships where organisation_id = ${orgB}`,
        );
        const own = await queryRows<{ id: string }>(
          tx,
          sql`select id from memberships where organisation_id = ${orgA}`,
        );
        return { who, other: other.length, own: own.length };
      });
      expect(seen).toEqual({
        who: { session_user: 'steward_app', current_user: 'steward_app' },
        other: 0,
        own: 1,
      });
      await expect(
        db.withActor({ userId: userA }, (tx) => tx.execute(sql.raw('SET ROLE postgres'))),
      ).rejects.toMatchObject({ code: '42501' });
      // The same through set_config and SET SESSION AUTHORIZATION (attack review, review2).
      await expect(
        db.withActor({ userId: userA }, (tx) =>
          tx.execute(sql.raw(`select set_config('role', 'postgres', true)`)),
        ),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(
        db.withActor({ userId: userA }, (tx) => tx.execute(sql.raw('SET SESSION AUTHORIZATION postgres'))),
      ).rejects.toMatchObject({ code: '42501' });
    },
  );
});
