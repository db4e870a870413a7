// The ISP in force and the two-person rule in the database itself (migrations 0008, 0009),
// written as SQL: the endorsed version is never withdrawn (only superseded by a successor in the
// same transaction), superseded stays superseded, and a status-change request is never approved
// by the person who made it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { insertMembership, insertOrganisation, insertUser } from './repositories/index';
import { appRoleSql, createTestDatabase, ownerSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let coordinator: string;
let imo: string;
let v1: string;
let v2: string;

const version = async (label: string, status: string) =>
  (
    await ownerSql<{ id: string }>(
      db,
      `insert into isp_versions (version, status, context, review_due, document, created_at, updated_at)
       values ('${label}', '${status}', 'Test', '2027-01-01', '{}'::jsonb, now(), now()) returning id`,
    )
  )[0]!.id;
const statusOf = async (id: string) =>
  (await ownerSql<{ status: string }>(db, `select status from isp_versions where id = '${id}'`))[0]?.status;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    const lead = (await insertOrganisation(tx, { name: 'Lead', acronym: 'LD', type: 'cluster-lead' })).id;
    coordinator = (await insertUser(tx, { email: 'c@example.org', displayName: 'C', passwordHash: 'x' }, at))
      .id;
    imo = (await insertUser(tx, { email: 'i@example.org', displayName: 'I', passwordHash: 'x' }, at)).id;
    await insertMembership(
      tx,
      { userId: coordinator, organisationId: lead, role: 'cluster-coordinator' },
      at,
    );
    await insertMembership(tx, { userId: imo, organisationId: lead, role: 'cluster-imo' }, at);
  });
  v1 = await version('1.0', 'endorsed');
  v2 = await version('1.1', 'in-consultation');
}, 60_000);
afterAll(async () => db?.close());

describe('the ISP in force in SQL', () => {
  it('refuses withdrawing the endorsed version, for the application role and the owner', async () => {
    await expect(
      appRoleSql(db, coordinator, `update isp_versions set status = 'superseded' where id = '${v1}'`),
    ).rejects.toThrow(/never withdrawn/);
    await expect(
      ownerSql(db, `update isp_versions set status = 'superseded' where id = '${v1}'`),
    ).rejects.toThrow(/never withdrawn/);
    await expect(ownerSql(db, `update isp_versions set status = 'draft' where id = '${v1}'`)).rejects.toThrow(
      /only by endorsing a successor/,
    );
    expect(await statusOf(v1)).toBe('endorsed');
  });

  it('supersedes it when a successor is endorsed in the same transaction; superseded stays so', async () => {
    await appRoleSql(
      db,
      coordinator,
      `with a as (update isp_versions set status = 'superseded' where id = '${v1}' returning 1)
       update isp_versions set status = 'endorsed' where id = '${v2}'`,
    );
    expect([await statusOf(v1), await statusOf(v2)]).toEqual(['superseded', 'endorsed']);
    await expect(
      ownerSql(db, `update isp_versions set status = 'endorsed' where id = '${v1}'`),
    ).rejects.toThrow(/stays superseded/);
  });
});

describe('status-change requests in SQL', () => {
  it('are never approved by the requester, and only by a cluster role', async () => {
    const [request] = await appRoleSql<{ id: string }>(
      db,
      coordinator,
      `insert into isp_status_requests (isp_version_id, to_status, relaxations, requested_by, requested_at)
       values ('${v1}', 'endorsed', '[]'::jsonb, '${coordinator}', now()) returning id`,
    );
    await expect(
      appRoleSql(
        db,
        coordinator,
        `update isp_status_requests set decided_by = '${coordinator}', decided_at = now(), outcome = 'approved' where id = '${request!.id}'`,
      ),
    ).rejects.toThrow(/isp_status_requests_second_person/);
    await expect(
      appRoleSql(
        db,
        imo,
        `insert into isp_status_requests (isp_version_id, to_status, relaxations, requested_by, requested_at)
         values ('${v1}', 'endorsed', '[]'::jsonb, '${coordinator}', now())`,
      ),
    ).rejects.toThrow(/row-level security/);
    const approved = await appRoleSql(
      db,
      imo,
      `update isp_status_requests set decided_by = '${imo}', decided_at = now(), outcome = 'approved' where id = '${request!.id}' returning outcome`,
    );
    expect(approved).toEqual([{ outcome: 'approved' }]);
  });
});
