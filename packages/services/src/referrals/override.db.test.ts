// Issue 9: the consent override with a second person, on the demo (real keys, real ciphertext),
// on PGlite and on the server (TEST_DATABASE_URL). Each refusal is checked in the service and, for
// what the service could be bypassed on, in the database (trigger, CHECKs, RLS) as the app role.
import { randomBytes, randomUUID } from 'node:crypto';
import { encryptContent } from '@steward/core/referrals/index';
import type { Database } from '@steward/db';
import { appRoleSql, ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, systemCaller, type Actor, type Services } from '../index';
import { demoActor, serviceFailure } from '../test-support/fixtures';

const system = systemCaller('test');
let db: Database;
let services: Services;
const now = new Date('2026-12-06T09:00:00Z');
const who: Record<string, Actor> = {};
let tri = '';
let amdLegal = '';
const justificationMarker = `JUSTIFY${randomBytes(8).toString('hex')}`;

const actorFor = (email: string, acronym: string) => demoActor(services, email, acronym);

const failure = serviceFailure;

/** An envelope as the sending device makes it: to AMD's and TRI's current keys. */
async function envelopeFor(id: string, sender: Actor, override: boolean) {
  const amd = await services.referrals.organisationKey(sender, 'AMD');
  const own = (await services.referrals.status(sender)).organisationKey!;
  return encryptContent(
    {
      payload: { caseCode: 'MZ-0042', age: 34, sex: 'female', adm2: 'MZ0101', reason: 'Shelter needed.' },
      consent: { status: 'refused' },
      priority: 'emergency',
      ...(override ? { override: { legalBasis: 'vital_interest', justification: justificationMarker } } : {}),
    },
    id,
    1,
    [
      { keyId: amd.keyId, publicKey: amd.publicKey },
      { keyId: own.keyId, publicKey: own.publicKey },
    ],
  );
}

async function requestOverride(sender: Actor, over: Record<string, unknown> = {}) {
  const id = randomUUID();
  return services.referrals.send(sender, {
    id,
    to: 'AMD',
    serviceId: amdLegal,
    priority: 'emergency',
    adm2: 'MZ0101',
    content: await envelopeFor(id, sender, true),
    consentChecked: true,
    consentCovered: false,
    override: { legalBasis: 'vital_interest' },
    ...over,
  });
}

const count = async (sql: string) => Number((await ownerSql<{ n: string }>(db, sql))[0]!.n);

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase({ at: now });
  db = demoDb.db;
  services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  tri = (await services.organisations.list(system)).find((o) => o.acronym === 'TRI')!.id;
  // A second focal point of TRI: the second person of an override.
  await services.users.create(system, {
    email: 'focal-point-2.tri@demo.example.org',
    password: 'second-focal-point-pass',
    displayName: 'Second Focal Point TRI',
    memberships: [{ organisationId: tri, role: 'partner-focal-point' }],
  });
  who.fp1 = await actorFor('focal-point@demo.example.org', 'TRI');
  who.fp2 = await actorFor('focal-point-2.tri@demo.example.org', 'TRI');
  who.cwTri = await actorFor('caseworker.tri@demo.example.org', 'TRI');
  who.cwAmd = await actorFor('caseworker.amd@demo.example.org', 'AMD');
  who.fpAmd = await actorFor('focal-point.amd@demo.example.org', 'AMD');
  const services_ = await services.directory.listServicesAcceptingReferrals(system, 'AMD');
  amdLegal = services_.find((s) => s.serviceType === 'legal')!.id;
});
afterAll(async () => db?.close());

describe('consent override: request', () => {
  it('refuses a caseworker (no consent-override permission) and stores nothing', async () => {
    const before = await count('select count(*) as n from referrals');
    const e = await failure(requestOverride(who.cwTri!));
    expect(e.code).toBe('forbidden');
    expect(e.details).toMatchObject({ code: 'referral.override_permission' });
    expect(await count('select count(*) as n from referrals')).toBe(before);
  });

  it('consent that covers the referral needs no override; consent that does not needs one; consent is no override basis', async () => {
    const before = await count('select count(*) as n from referrals');
    const notNeeded = await failure(requestOverride(who.fp1!, { consentCovered: true }));
    expect(notNeeded.details).toMatchObject({ code: 'referral.override_not_needed' });
    const required = await failure(requestOverride(who.fp1!, { override: undefined }));
    expect(required.details).toMatchObject({ code: 'referral.override_required' });
    const basis = await failure(requestOverride(who.fp1!, { override: { legalBasis: 'consent' } }));
    expect(basis.details).toMatchObject({
      code: 'referral.override_legal_basis',
      field: 'override.legalBasis',
    });
    expect(await count('select count(*) as n from referrals')).toBe(before);
  });
});

describe('consent override: the second person', () => {
  let id = '';

  it('a focal point requests: a draft only the sending organisation sees, with plaintext metadata only', async () => {
    const sent = await requestOverride(who.fp1!);
    id = sent.id;
    expect(sent.state).toBe('draft');
    const mine = (await services.referrals.list(who.cwTri!, 'sent')).find((r) => r.id === id)!;
    expect(mine.state).toBe('draft');
    expect(mine.override).toMatchObject({
      legalBasis: 'vital_interest',
      status: 'pending',
      requestedBy: who.fp1!.userId,
      requestedByName: 'Demo Partner Focal Point',
      decidedBy: null,
    });
    // The receiver sees nothing yet: not in the inbox, not by id, not through RLS.
    expect((await services.referrals.list(who.cwAmd!, 'all')).map((r) => r.id)).not.toContain(id);
    expect((await failure(services.referrals.show(who.cwAmd!, id))).code).toBe('not-found');
    const amdUser = who.cwAmd!.userId;
    expect(await appRoleSql(db, amdUser, `select id from referrals where id = '${id}'`)).toEqual([]);
    expect(await count(`select count(*) as n from referral_events where referral_id = '${id}'`)).toBe(0);
    const notes = await ownerSql<{ organisation_id: string; kind: string }>(
      db,
      `select organisation_id, kind from notifications where link = '/referrals/${id}'`,
    );
    expect(notes).toEqual([{ organisation_id: tri, kind: 'referral.override_requested' }]);
    const [audit] = await ownerSql<{ details: Record<string, unknown> }>(
      db,
      `select details from audit_log where action = 'referral.override-requested' and target_id = '${id}'`,
    );
    expect(audit!.details).toMatchObject({ legalBasis: 'vital_interest', priority: 'emergency' });
  });

  it('refuses the requester themself, a caseworker, and a focal point of another organisation', async () => {
    const same = await failure(services.referrals.approveOverride(who.fp1!, id));
    expect(same.details).toMatchObject({ code: 'referral.override_same_person' });
    const caseworker = await failure(services.referrals.approveOverride(who.cwTri!, id));
    expect(caseworker.details).toMatchObject({ code: 'referral.override_permission' });
    // Another organisation's focal point: the draft does not exist for them.
    expect((await failure(services.referrals.approveOverride(who.fpAmd!, id))).code).toBe('not-found');
    expect((await failure(services.referrals.approveOverride(who.cwAmd!, id))).code).toBe('forbidden');
    const [row] = await ownerSql<{ state: string; override_decision: string | null }>(
      db,
      `select state, override_decision from referrals where id = '${id}'`,
    );
    expect(row).toEqual({ state: 'draft', override_decision: null });
  });

  it('the database refuses the same bypasses written as SQL by the app role', async () => {
    const fp1 = who.fp1!.userId;
    const cw = who.cwTri!.userId;
    const decide = (user: string, by: string) =>
      appRoleSql(
        db,
        user,
        `update referrals set override_decision = 'approved', override_decided_by = '${by}', override_decided_at = now(), state = 'sent' where id = '${id}' returning id`,
      );
    await expect(decide(fp1, fp1)).rejects.toThrow(); // same person (CHECK and trigger)
    await expect(decide(cw, cw)).rejects.toThrow(/consent-override permission/); // no permission
    await expect(decide(who.fp2!.userId, fp1)).rejects.toThrow(); // approver is not the actor
    await expect(
      appRoleSql(db, fp1, `update referrals set state = 'sent' where id = '${id}' returning id`),
    ).rejects.toThrow(/referrals_override_approved_to_leave_draft_check/);
    // Another organisation's focal point, even as the owner (no RLS): not a holder in TRI.
    await expect(
      ownerSql(
        db,
        `update referrals set override_decision = 'approved', override_decided_by = '${who.fpAmd!.userId}', override_decided_at = now(), state = 'sent' where id = '${id}'`,
      ),
    ).rejects.toThrow(/consent-override permission/);
    // An override that does not start as a pending draft.
    await expect(
      ownerSql(
        db,
        `insert into referrals (id, reference, sender_organisation_id, receiver_organisation_id, service_id, service_type, priority, state, adm1, adm2, content, sender_key_id, receiver_key_id, sent_at, due_by, updated_at, override_legal_basis, override_requested_by, override_requested_at)
         select gen_random_uuid(), 'R-X' || substr(md5(random()::text), 1, 8), sender_organisation_id, receiver_organisation_id, service_id, service_type, priority, 'sent', adm1, adm2, content, sender_key_id, receiver_key_id, sent_at, due_by, updated_at, override_legal_basis, override_requested_by, override_requested_at from referrals where id = '${id}'`,
      ),
    ).rejects.toThrow();
    const [row] = await ownerSql<{ state: string }>(db, `select state from referrals where id = '${id}'`);
    expect(row!.state).toBe('draft');
  });

  it('a second focal point of the same organisation approves: sent, the receiver sees it with the legal basis only', async () => {
    const decided = await services.referrals.approveOverride(who.fp2!, id);
    expect(decided).toMatchObject({ id, state: 'sent', override: 'approved' });
    const received = (await services.referrals.list(who.cwAmd!, 'received')).find((r) => r.id === id)!;
    expect(received.state).toBe('sent');
    expect(received.override).toMatchObject({
      legalBasis: 'vital_interest',
      status: 'approved',
      requestedBy: null,
      requestedByName: null,
      decidedBy: null,
    });
    const shown = await services.referrals.show(who.cwTri!, id);
    expect(shown.override).toMatchObject({
      status: 'approved',
      decidedBy: who.fp2!.userId,
      decidedByName: 'Second Focal Point TRI',
    });
    expect(shown.history.map((h) => [h.fromState, h.toState])).toEqual([['draft', 'sent']]);
    const actions = await ownerSql<{ action: string }>(
      db,
      `select action from audit_log where target_id = '${id}' and action like 'referral.%' order by sequence`,
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['referral.override-requested', 'referral.override-approved', 'referral.sent']),
    );
    const again = await failure(services.referrals.approveOverride(who.fp2!, id));
    expect(again.details).toMatchObject({ code: 'referral.override_decided' });
  });

  it('a refused override never leaves the sending organisation and cannot be approved afterwards', async () => {
    const { id: refusedId } = await requestOverride(who.fp1!);
    expect(await services.referrals.refuseOverride(who.fp2!, refusedId)).toMatchObject({
      state: 'draft',
      override: 'refused',
      dueBy: null,
    });
    expect((await failure(services.referrals.approveOverride(who.fp2!, refusedId))).details).toMatchObject({
      code: 'referral.override_decided',
    });
    expect((await services.referrals.list(who.cwAmd!, 'all')).map((r) => r.id)).not.toContain(refusedId);
    const mine = (await services.referrals.list(who.fp1!, 'sent')).find((r) => r.id === refusedId)!;
    expect(mine.override).toMatchObject({ status: 'refused', decidedByName: 'Second Focal Point TRI' });
  });

  it('the requester cancels their own pending override: it never leaves and no one can decide it any more', async () => {
    const { id: cancelId } = await requestOverride(who.fp1!);
    // Only the requester: not the second focal point, not a caseworker, not another organisation.
    expect((await failure(services.referrals.cancelOverride(who.fp2!, cancelId))).details).toMatchObject({
      code: 'referral.override_not_requester',
    });
    expect((await failure(services.referrals.cancelOverride(who.cwTri!, cancelId))).details).toMatchObject({
      code: 'referral.override_not_requester',
    });
    expect((await failure(services.referrals.cancelOverride(who.fpAmd!, cancelId))).code).toBe('not-found');
    // The database refuses a cancellation written as SQL by someone else (the app role).
    await expect(
      appRoleSql(
        db,
        who.fp2!.userId,
        `update referrals set override_decision = 'cancelled', override_decided_by = '${who.fp2!.userId}', override_decided_at = now() where id = '${cancelId}' returning id`,
      ),
    ).rejects.toThrow(/only the requester cancels/);
    // …and a cancellation that sends it.
    await expect(
      appRoleSql(
        db,
        who.fp1!.userId,
        `update referrals set override_decision = 'cancelled', override_decided_by = '${who.fp1!.userId}', override_decided_at = now(), state = 'sent' where id = '${cancelId}' returning id`,
      ),
    ).rejects.toThrow();
    expect(await services.referrals.cancelOverride(who.fp1!, cancelId)).toEqual({
      id: cancelId,
      state: 'draft',
      override: 'cancelled',
    });
    for (const decide of [services.referrals.approveOverride, services.referrals.refuseOverride])
      expect((await failure(decide(who.fp2!, cancelId))).details).toMatchObject({
        code: 'referral.override_decided',
      });
    expect((await failure(services.referrals.cancelOverride(who.fp1!, cancelId))).details).toMatchObject({
      code: 'referral.override_decided',
    });
    await expect(
      appRoleSql(
        db,
        who.fp2!.userId,
        `update referrals set override_decision = 'approved', override_decided_by = '${who.fp2!.userId}', override_decided_at = now(), state = 'sent' where id = '${cancelId}' returning id`,
      ),
    ).rejects.toThrow(/decided already/);
    expect((await services.referrals.list(who.cwAmd!, 'all')).map((r) => r.id)).not.toContain(cancelId);
    const mine = (await services.referrals.list(who.fp2!, 'sent')).find((r) => r.id === cancelId)!;
    expect(mine).toMatchObject({ state: 'draft' });
    expect(mine.override).toMatchObject({ status: 'cancelled', decidedByName: 'Demo Partner Focal Point' });
    const [audit] = await ownerSql<{ actor_user_id: string }>(
      db,
      `select actor_user_id from audit_log where action = 'referral.override-cancelled' and target_id = '${cancelId}'`,
    );
    expect(audit?.actor_user_id).toBe(who.fp1!.userId);
    const notes = await ownerSql<{ organisation_id: string; kind: string }>(
      db,
      `select organisation_id, kind from notifications where link = '/referrals/${cancelId}' order by created_at, kind`,
    );
    expect(notes).toEqual([
      { organisation_id: tri, kind: 'referral.override_cancelled' },
      { organisation_id: tri, kind: 'referral.override_requested' },
    ]);
    // A referral without an override has nothing to cancel.
    const plain = (await services.referrals.list(who.fp1!, 'sent')).find((r) => r.override === null);
    if (plain)
      expect((await failure(services.referrals.cancelOverride(who.fp1!, plain.id))).details).toMatchObject({
        code: 'referral.override_none',
      });
  });

  it('the justification is nowhere in plaintext (database, audit, notifications)', async () => {
    const tables = await ownerSql<{ table_name: string }>(
      db,
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    for (const { table_name } of tables)
      expect(
        await count(
          `select count(*) as n from "${table_name}" t where t::text like '%${justificationMarker}%'`,
        ),
        table_name,
      ).toBe(0);
  });
});
