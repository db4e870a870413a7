// The role-grant policy in the database itself (migration 0037), written as SQL under the
// application role, so that it holds whatever the services do: cluster roles only in cluster
// lead / co-lead organisations, memberships written only by members who manage them and never
// above their own role, and the cluster's last coordinator kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { insertMembership, insertOrganisation, insertUser } from './repositories/index';
import { appRoleSql, createTestDatabase, ownerSql, signedActorSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let lead: string;
let partner: string;
let coordinator: string;
let focalLead: string;
let focal: string;
let viewer: string;
let admin: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    lead = (await insertOrganisation(tx, { name: 'Lead', acronym: 'LD', type: 'cluster-lead' })).id;
    partner = (await insertOrganisation(tx, { name: 'Partner', acronym: 'PT', type: 'national-ngo' })).id;
    const user = async (email: string, isAdmin = false) =>
      (await insertUser(tx, { email, displayName: email, passwordHash: 'x', isAdmin }, at)).id;
    coordinator = await user('coordinator@example.org');
    focalLead = await user('focal-lead@example.org');
    focal = await user('focal@example.org');
    viewer = await user('viewer@example.org');
    admin = await user('admin@example.org', true);
    await insertMembership(
      tx,
      { userId: coordinator, organisationId: lead, role: 'cluster-coordinator' },
      at,
    );
    await insertMembership(tx, { userId: focalLead, organisationId: lead, role: 'partner-focal-point' }, at);
    await insertMembership(tx, { userId: focal, organisationId: partner, role: 'partner-focal-point' }, at);
    await insertMembership(tx, { userId: viewer, organisationId: partner, role: 'viewer' }, at);
  });
}, 60_000);
afterAll(async () => db?.close());

const roleOf = async (userId: string, organisationId: string) =>
  (
    await ownerSql<{ role: string }>(
      db,
      `select role from memberships where user_id = '${userId}' and organisation_id = '${organisationId}'`,
    )
  )[0]?.role;

describe('cluster roles only in cluster lead / co-lead organisations', () => {
  it('refuses a cluster role in a partner organisation, even to the owner of the tables', async () => {
    for (const role of ['cluster-coordinator', 'cluster-imo']) {
      await expect(
        ownerSql(
          db,
          `update memberships set role = '${role}' where user_id = '${focal}' and organisation_id = '${partner}'`,
        ),
      ).rejects.toThrow(/cluster lead or co-lead/);
      await expect(
        ownerSql(
          db,
          `insert into memberships (user_id, organisation_id, role) values ('${coordinator}', '${partner}', '${role}')`,
        ),
      ).rejects.toThrow(/cluster lead or co-lead/);
    }
    expect(await roleOf(focal, partner)).toBe('partner-focal-point');
  });

  it('refuses a partner focal point making itself coordinator in SQL under the application role', async () => {
    await expect(
      appRoleSql(
        db,
        focal,
        `update memberships set role = 'cluster-coordinator' where user_id = '${focal}' and organisation_id = '${partner}'`,
      ),
    ).rejects.toThrow(/cluster lead or co-lead/);
    expect(await roleOf(focal, partner)).toBe('partner-focal-point');
  });

  it('keeps an organisation holding cluster roles a cluster lead or co-lead', async () => {
    await expect(
      ownerSql(db, `update organisations set type = 'national-ngo' where id = '${lead}'`),
    ).rejects.toThrow(/must stay a cluster lead/);
    await ownerSql(db, `update organisations set type = 'cluster-co-lead' where id = '${lead}'`);
    await ownerSql(db, `update organisations set type = 'cluster-lead' where id = '${lead}'`);
  });
});

describe('who writes memberships, and nobody above their own role', () => {
  it('refuses a viewer writing memberships of its own organisation (row-level security)', async () => {
    await expect(
      appRoleSql(
        db,
        viewer,
        `update memberships set role = 'partner-focal-point' where user_id = '${viewer}' returning id`,
      ),
    ).resolves.toEqual([]);
    await expect(
      appRoleSql(
        db,
        viewer,
        `insert into memberships (user_id, organisation_id, role) values ('${coordinator}', '${partner}', 'viewer')`,
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await roleOf(viewer, partner)).toBe('viewer');
  });

  it('refuses a focal point granting, changing or removing a role above its own', async () => {
    await expect(
      appRoleSql(
        db,
        focalLead,
        `update memberships set role = 'cluster-imo' where user_id = '${focalLead}' and organisation_id = '${lead}'`,
      ),
    ).rejects.toThrow(/above their own/);
    await expect(
      appRoleSql(
        db,
        focalLead,
        `update memberships set role = 'viewer' where user_id = '${coordinator}' and organisation_id = '${lead}'`,
      ),
    ).rejects.toThrow(/above their own/);
    await expect(
      appRoleSql(
        db,
        focalLead,
        `delete from memberships where user_id = '${coordinator}' and organisation_id = '${lead}'`,
      ),
    ).rejects.toThrow(/above their own/);
    expect(await roleOf(coordinator, lead)).toBe('cluster-coordinator');
    // Within its rank the focal point may act.
    const changed = await appRoleSql(
      db,
      focal,
      `update memberships set role = 'caseworker' where user_id = '${viewer}' and organisation_id = '${partner}' returning role`,
    );
    expect(changed).toEqual([{ role: 'caseworker' }]);
  });
});

describe("the cluster's last coordinator", () => {
  it('cannot be demoted or removed, by anyone; with a second coordinator it can', async () => {
    await expect(
      appRoleSql(
        db,
        coordinator,
        `update memberships set role = 'viewer' where user_id = '${coordinator}' and organisation_id = '${lead}'`,
      ),
    ).rejects.toThrow(/last coordinator/);
    await expect(
      ownerSql(
        db,
        `delete from memberships where user_id = '${coordinator}' and organisation_id = '${lead}'`,
      ),
    ).rejects.toThrow(/last coordinator/);
    await expect(ownerSql(db, `delete from organisations where id = '${lead}'`)).rejects.toThrow(
      /last coordinator/,
    );
    expect(await roleOf(coordinator, lead)).toBe('cluster-coordinator');

    // An administrator appoints a second coordinator; then the first may step down.
    await ownerSql(
      db,
      `insert into memberships (user_id, organisation_id, role) values ('${admin}', '${lead}', 'viewer')`,
    );
    const asAdmin = await db.asSystem('test', async (tx) => {
      const { sql } = await import('drizzle-orm');
      await tx.execute(sql.raw(`SET LOCAL ROLE steward_app`));
      await tx.execute(sql.raw(await signedActorSql(db, { userId: admin, admin: true }, tx)));
      return tx.execute(
        sql.raw(
          `update memberships set role = 'cluster-coordinator' where user_id = '${focalLead}' and organisation_id = '${lead}' returning role`,
        ),
      );
    });
    expect((asAdmin as unknown as { rows: unknown[] }).rows).toHaveLength(1);
    await appRoleSql(
      db,
      coordinator,
      `update memberships set role = 'viewer' where user_id = '${coordinator}' and organisation_id = '${lead}'`,
    );
    expect(await roleOf(coordinator, lead)).toBe('viewer');
  });
});
