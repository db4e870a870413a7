import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import {
  listMembershipsOfUser,
  listUsers,
  updateMembershipRole,
  deleteMembership,
} from './repositories/index';
import { appRoleSql, createTestDatabase, ownerSql, seedTwoOrganisations } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let orgA: string;
let orgB: string;
let userA: string;
let userB: string;
let tokenB: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ({ orgA, orgB, userA, userB } = await seedTwoOrganisations(db, at));
  const [row] = await ownerSql<{ id: string }>(
    db,
    `insert into api_tokens (user_id, organisation_id, name, token_hash, token_prefix, created_at) values ('${userB}', '${orgB}', 't', 'hash-b', 'stw_b', now()) returning id`,
  );
  tokenB = row!.id;
  await ownerSql(
    db,
    `insert into audit_log (sequence, occurred_at, actor_user_id, organisation_id, action, target_type, outcome, hash) values (1, now(), '${userB}', '${orgB}', 'x', 'y', 'success', 'h')`,
  );
});
afterAll(async () => db?.close());

describe('tenant isolation in SQL under the application role', () => {
  it('runs as steward_app, which is neither superuser nor owner nor exempt from RLS', async () => {
    const [who] = await appRoleSql<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
      db,
      userA,
      `select current_user, r.rolsuper, r.rolbypassrls from pg_roles r where r.rolname = current_user`,
    );
    expect(who).toEqual({ current_user: 'steward_app', rolsuper: false, rolbypassrls: false });
    const owners = await ownerSql<{ tableowner: string }>(
      db,
      `select distinct tableowner from pg_tables where schemaname = 'public'`,
    );
    expect(owners.map((o) => o.tableowner)).not.toContain('steward_app');
  });

  it("cannot read organisation B's memberships, users, tokens or audit entries", async () => {
    expect(
      await appRoleSql(db, userA, `select * from memberships where organisation_id = '${orgB}'`),
    ).toEqual([]);
    expect(await appRoleSql(db, userA, `select * from users where id = '${userB}'`)).toEqual([]);
    expect(await appRoleSql(db, userA, `select * from api_tokens where id = '${tokenB}'`)).toEqual([]);
    expect(await appRoleSql(db, userA, `select * from audit_log where organisation_id = '${orgB}'`)).toEqual(
      [],
    );
    expect(await appRoleSql(db, userA, `select * from sessions`)).toEqual([]);
    // B sees its own rows (the rows exist; A is filtered out).
    expect(await appRoleSql(db, userB, `select id from api_tokens where id = '${tokenB}'`)).toHaveLength(1);
    expect(
      await appRoleSql(db, userB, `select id from memberships where organisation_id = '${orgB}'`),
    ).toHaveLength(1);
  });

  it("cannot update or delete organisation B's rows", async () => {
    expect(
      await appRoleSql(
        db,
        userA,
        `update memberships set role = 'viewer' where organisation_id = '${orgB}' returning id`,
      ),
    ).toEqual([]);
    expect(
      await appRoleSql(db, userA, `delete from memberships where organisation_id = '${orgB}' returning id`),
    ).toEqual([]);
    expect(
      await appRoleSql(
        db,
        userA,
        `update api_tokens set revoked_at = now() where id = '${tokenB}' returning id`,
      ),
    ).toEqual([]);
    expect(
      await appRoleSql(db, userA, `update users set disabled = true where id = '${userB}' returning id`),
    ).toEqual([]);
    expect(
      await appRoleSql(
        db,
        userA,
        `update organisations set name = 'taken' where id = '${orgB}' returning id`,
      ),
    ).toEqual([]);
    expect(
      await appRoleSql(db, userA, `delete from organisations where id = '${orgB}' returning id`),
    ).toEqual([]);
    await expect(
      appRoleSql(
        db,
        userA,
        `insert into memberships (user_id, organisation_id, role) values ('${userA}', '${orgB}', 'viewer')`,
      ),
    ).rejects.toThrow(/row-level security/);
    const [still] = await ownerSql<{ role: string; n: number }>(
      db,
      `select role, (select count(*)::int from organisations where name = 'taken') as n from memberships where organisation_id = '${orgB}'`,
    );
    expect(still).toEqual({ role: 'partner-focal-point', n: 0 });
  });

  it('sees nothing of any tenant without an actor', async () => {
    const rows = await db.withAnonymous((tx) => listUsers(tx));
    expect(rows).toEqual([]);
  });

  it('limits the actor to the organisation set in app.organisation_id', async () => {
    await ownerSql(
      db,
      `insert into memberships (user_id, organisation_id, role) values ('${userA}', '${orgB}', 'viewer')`,
    );
    try {
      const both = await appRoleSql(
        db,
        userA,
        `select organisation_id from memberships where user_id <> '${userA}'`,
      );
      expect(both).toHaveLength(1); // B's focal point, seen through A's membership of B
      const onlyA = await appRoleSql(
        db,
        userA,
        `select organisation_id from memberships where user_id <> '${userA}'`,
        orgA,
      );
      expect(onlyA).toEqual([]);
    } finally {
      await ownerSql(
        db,
        `delete from memberships where user_id = '${userA}' and organisation_id = '${orgB}'`,
      );
    }
  });

  it('enforces the same through the repositories and withActor', async () => {
    const changed = await db.withActor({ userId: userA }, (tx) =>
      updateMembershipRole(tx, userB, orgB, 'viewer'),
    );
    expect(changed).toBe(0);
    expect(await db.withActor({ userId: userA }, (tx) => deleteMembership(tx, userB, orgB))).toBe(0);
    expect(await db.withActor({ userId: userA }, (tx) => listMembershipsOfUser(tx, userB))).toEqual([]);
    // admin flag asked for by a non-admin is ignored by the database
    expect(
      await db.withActor({ userId: userA, admin: true }, (tx) => listMembershipsOfUser(tx, userB)),
    ).toEqual([]);
  });
});

describe('audit log protection', () => {
  it('lets the application role insert and never update, delete or truncate', async () => {
    await expect(appRoleSql(db, userB, `update audit_log set action = 'edited'`)).rejects.toThrow();
    await expect(appRoleSql(db, userB, `delete from audit_log`)).rejects.toThrow();
    await expect(appRoleSql(db, userB, `truncate audit_log`)).rejects.toThrow();
    const grants = await ownerSql<{ privilege_type: string }>(
      db,
      `select privilege_type from information_schema.role_table_grants where grantee = 'steward_app' and table_name = 'audit_log' order by 1`,
    );
    expect(grants.map((g) => g.privilege_type)).toEqual(['INSERT', 'SELECT']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE by trigger even for the owner', async () => {
    await expect(ownerSql(db, `update audit_log set action = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(ownerSql(db, `delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(ownerSql(db, `truncate audit_log`)).rejects.toThrow(/append-only/);
    const [count] = await ownerSql<{ n: number }>(db, `select count(*)::int as n from audit_log`);
    expect(count?.n).toBe(1);
  });

  it('does not let an actor append an entry in someone else’s name', async () => {
    await expect(
      appRoleSql(
        db,
        userA,
        `insert into audit_log (sequence, occurred_at, actor_user_id, action, target_type, outcome, hash) values (99, now(), '${userB}', 'x', 'y', 'success', 'h')`,
      ),
      // refused by the actor trigger (which runs before the row-level security check)
    ).rejects.toThrow(/the actor must be the acting user of the transaction/);
  });
});

describe('migrations and health', () => {
  it('reports migrations current and the database reachable', async () => {
    expect(await db.migrationsCurrent()).toBe(true);
    expect(await db.ping()).toBe(true);
  });
});
