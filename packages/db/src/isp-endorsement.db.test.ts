// Endorsement rules in the database itself (migration 0037), written as SQL: an endorsement is
// recorded only while its version is in consultation, and any change to the version's text, or
// taking it back to draft, deletes its endorsements, even when the change is made by a cluster
// role who cannot see other organisations' endorsements under row-level security.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { insertMembership, insertOrganisation, insertUser } from './repositories/index';
import { appRoleSql, createTestDatabase, ownerSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let coordinator: string;
let focal: string;
let partner: string;

const version = async (label: string, status: string) =>
  (
    await ownerSql<{ id: string }>(
      db,
      `insert into isp_versions (version, status, context, review_due, document, created_at, updated_at)
       values ('${label}', '${status}', 'Test', '2027-01-01',
               '{"status": "${status}", "rules": [1, 2]}'::jsonb, now(), now()) returning id`,
    )
  )[0]!.id;
const endorseSql = (versionId: string) =>
  `insert into isp_endorsements (isp_version_id, version, organisation_id, user_id, user_name, endorsed_at)
   values ('${versionId}', 'x', '${partner}', '${focal}', 'F', now())`;
const endorsementsOf = async (id: string) =>
  Number(
    (
      await ownerSql<{ n: number }>(
        db,
        `select count(*)::int as n from isp_endorsements where isp_version_id = '${id}'`,
      )
    )[0]?.n,
  );

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    const lead = (await insertOrganisation(tx, { name: 'Lead', acronym: 'LD', type: 'cluster-lead' })).id;
    partner = (await insertOrganisation(tx, { name: 'Partner', acronym: 'PA', type: 'national-ngo' })).id;
    coordinator = (await insertUser(tx, { email: 'c@example.org', displayName: 'C', passwordHash: 'x' }, at))
      .id;
    focal = (await insertUser(tx, { email: 'f@example.org', displayName: 'F', passwordHash: 'x' }, at)).id;
    await insertMembership(
      tx,
      { userId: coordinator, organisationId: lead, role: 'cluster-coordinator' },
      at,
    );
    await insertMembership(tx, { userId: focal, organisationId: partner, role: 'partner-focal-point' }, at);
  });
}, 60_000);
afterAll(async () => db?.close());

describe('ISP endorsements in SQL', () => {
  it('are refused unless the version is in consultation, for the application role and the owner', async () => {
    const draft = await version('2.0', 'draft');
    await expect(appRoleSql(db, focal, endorseSql(draft), partner)).rejects.toThrow(
      /only while it is in consultation/,
    );
    await expect(ownerSql(db, endorseSql(draft))).rejects.toThrow(/only while it is in consultation/);
    const endorsed = await version('2.1', 'endorsed');
    await expect(ownerSql(db, endorseSql(endorsed))).rejects.toThrow(/only while it is in consultation/);
    expect(await endorsementsOf(draft)).toBe(0);
  });

  it('are deleted by any change of the text, even one made by a role that cannot see them', async () => {
    const v = await version('3.0', 'in-consultation');
    await appRoleSql(db, focal, endorseSql(v), partner);
    // The coordinator cannot see the partner's endorsement under row-level security; the edit clears it anyway.
    await appRoleSql(
      db,
      coordinator,
      `update isp_versions set document = jsonb_set(document, '{rules}', '[1]') where id = '${v}'`,
    );
    expect(await endorsementsOf(v)).toBe(0);

    await appRoleSql(db, focal, endorseSql(v), partner);
    await appRoleSql(db, coordinator, `update isp_versions set review_due = '2028-01-01' where id = '${v}'`);
    expect(await endorsementsOf(v)).toBe(0);
  });

  it('are deleted when the version goes back to draft, and kept when it comes into force', async () => {
    const v = await version('4.0', 'in-consultation');
    await appRoleSql(db, focal, endorseSql(v), partner);
    await appRoleSql(db, coordinator, `update isp_versions set updated_at = now() where id = '${v}'`);
    expect(await endorsementsOf(v)).toBe(1); // not a change of the text
    await appRoleSql(
      db,
      coordinator,
      `update isp_versions set status = 'draft', document = jsonb_set(document, '{status}', '"draft"') where id = '${v}'`,
    );
    expect(await endorsementsOf(v)).toBe(0);

    const w = await version('5.0', 'in-consultation');
    await appRoleSql(db, focal, endorseSql(w), partner);
    await ownerSql(
      db,
      `update isp_versions set status = 'endorsed', document = jsonb_set(document, '{status}', '"endorsed"') where id = '${w}'`,
    );
    expect(await endorsementsOf(w)).toBe(1);
  });
});
