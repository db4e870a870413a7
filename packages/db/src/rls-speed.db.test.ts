/**
 * Row-level security stays cheap per request (docs/decisions/0013-api-speed.md): the actor
 * helpers the policies call keep their plans (PL/pgSQL), and a helper without a row argument is
 * evaluated once per statement, not once per row.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, queryRows, type Database } from './database';
import { insertMembership, insertOrganisation, insertUser } from './repositories/index';
import { createTestDatabase, ownerSql, signedActorSql } from './testing';

/**
 * Helpers that take no row argument: the same answer for every row of a statement. Each call of one
 * checks the actor's MAC (decision 0033), so a bare call in a policy costs an HMAC per row.
 */
const ROWLESS_HELPERS = [
  'steward_actor_is_admin',
  'steward_actor_has_cluster_role',
  'steward_actor_user_id',
  'steward_actor_organisation_id',
  'steward_today',
];
const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let member: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    const org = (await insertOrganisation(tx, { name: 'Org A', acronym: 'OA', type: 'national-ngo' })).id;
    for (let i = 0; i < 6; i++) {
      const user = (
        await insertUser(tx, { email: `u${i}@example.org`, displayName: `U${i}`, passwordHash: 'x' }, at)
      ).id;
      await insertMembership(tx, { userId: user, organisationId: org, role: 'partner-focal-point' }, at);
      if (i === 0) member = user;
    }
  });
});
afterAll(async () => db?.close());

describe('row-level security cost per statement', () => {
  it('every policy calls the row-less helpers inside a sub-SELECT (once per statement)', async () => {
    const policies = await ownerSql<{ name: string; expr: string }>(
      db,
      `select c.relname || '.' || p.polname as name,
              coalesce(pg_get_expr(p.polqual, p.polrelid), '') || ' ' ||
              coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '') as expr
         from pg_policy p join pg_class c on c.oid = p.polrelid`,
    );
    expect(policies.length).toBeGreaterThan(20);
    const bare = new RegExp(`(?<!SELECT )(${ROWLESS_HELPERS.join('|')})\\(\\)`);
    const offenders = policies.filter((p) => bare.test(p.expr)).map((p) => p.name);
    // A policy listed here calls the helper once per row: write `(SELECT helper())` instead.
    expect(offenders).toEqual([]);
  });

  it('the SECURITY DEFINER actor helpers are PL/pgSQL, so their plans are kept per connection', async () => {
    const helpers = await ownerSql<{ name: string; language: string }>(
      db,
      `select p.proname as name, l.lanname as language
         from pg_proc p join pg_language l on l.oid = p.prolang
         join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prosecdef and p.proname like 'steward_actor_%'
        order by 1`,
    );
    expect(helpers.map((h) => h.name)).toEqual(
      expect.arrayContaining([
        'steward_actor_agreement_entry_ids',
        'steward_actor_has_cluster_role',
        'steward_actor_is_admin',
        'steward_actor_organisation_ids',
        'steward_actor_visible_user_ids',
      ]),
    );
    expect(helpers.filter((h) => h.language !== 'plpgsql')).toEqual([]);
  });

  it('reading six users calls steward_actor_is_admin() once, not once per row', async () => {
    const calls = await db.asSystem('test', async (tx) => {
      // Count function calls of this transaction (needs the owner), then act as the app would.
      await tx.execute(sql.raw(`SET LOCAL track_functions = 'all'`));
      await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
      await tx.execute(sql.raw(await signedActorSql(db, { userId: member }, tx)));
      const users = await queryRows<{ id: string }>(tx, sql`select id from users`);
      const [row] = await queryRows<{ n: string | number | null }>(
        tx,
        sql`select pg_stat_get_xact_function_calls('steward_actor_is_admin'::regproc) as n`,
      );
      return { users: users.length, isAdmin: Number(row?.n ?? 0) };
    });
    expect(calls.users).toBe(6);
    expect(calls.isAdmin).toBeLessThanOrEqual(1);
  });
});
