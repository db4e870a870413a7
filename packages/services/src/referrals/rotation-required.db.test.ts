// Issue 9, decision 0025 (addendum): a member who held the organisation referral key goes (removed
// from the organisation, role changed, disabled, deleted or revoked) → the key is flagged
// "rotation required" by the database, and no referral is sent from or to the organisation until a
// remaining holder rotates it. Refused in the service (stable codes) and in the database (trigger
// on referrals). Demo data, real crypto; PGlite and the server (TEST_DATABASE_URL).
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createOrgKey,
  createUserKey,
  encryptContent,
  grantOrgKey,
  openOrgKeyGrant,
  unlockUserKey,
  type SealedBox,
} from '@steward/core/referrals/index';
import type { Database } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, systemCaller, type Actor, type Services } from '../index';
import { demoActor, serviceFailure } from '../test-support/fixtures';

const system = systemCaller('test');
let db: Database;
let services: Services;
const now = new Date('2026-12-06T09:00:00Z');
const who: Record<string, Actor> = {};
let amdLegal = '';
let triFood = '';
let amdId = '';
let triId = '';
let passCwAmd = '';
const passFpAmd = `fp amd ${randomBytes(6).toString('hex')}`;

const actorFor = (email: string, acronym: string) => demoActor(services, email, acronym);

const failure = serviceFailure;

async function orgKeysOf(actor: Actor, passphrase: string): Promise<Map<string, string>> {
  const status = await services.referrals.status(actor);
  const mine = await unlockUserKey(actor.userId, status.userKey!.wrappedPrivateKey, passphrase);
  const keys = new Map<string, string>();
  for (const c of status.copies)
    if (c.kind === 'member')
      keys.set(c.orgKeyId, await openOrgKeyGrant(c.orgKeyId, actor.userId, mine, c.box as SealedBox));
  return keys;
}

/** TRI's caseworker sends to AMD, encrypted to the keys given (default: both current keys). */
async function triToAmd(amdKey?: { keyId: string; publicKey: string }) {
  const id = randomUUID();
  const amd = amdKey ?? (await services.referrals.organisationKey(who.cwTri!, 'AMD'));
  const tri = (await services.referrals.status(who.cwTri!)).organisationKey!;
  return services.referrals.send(who.cwTri!, {
    id,
    to: 'AMD',
    serviceId: amdLegal,
    priority: 'urgent',
    adm2: 'MZ0101',
    content: await encryptContent({ payload: { caseCode: 'ROT-1' } }, id, 1, [
      { keyId: amd.keyId, publicKey: amd.publicKey },
      { keyId: tri.keyId, publicKey: tri.publicKey },
    ]),
    consentChecked: true,
  });
}

const flagged = async (organisationId: string) =>
  (
    await ownerSql<{ rotation_required_at: Date | null }>(
      db,
      `select rotation_required_at from referral_org_keys where organisation_id = '${organisationId}' and retired_at is null`,
    )
  )[0]!.rotation_required_at !== null;

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase({ at: now });
  db = demoDb.db;
  services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  const { credentials } = demoDb.demo;
  passCwAmd = credentials.find((c) => c.email === 'caseworker.amd@demo.example.org')!.keyPassphrase!;
  who.cwTri = await actorFor('caseworker.tri@demo.example.org', 'TRI');
  who.fpTri = await actorFor('focal-point@demo.example.org', 'TRI');
  who.cwAmd = await actorFor('caseworker.amd@demo.example.org', 'AMD');
  who.fpAmd = await actorFor('focal-point.amd@demo.example.org', 'AMD');
  const orgs = await services.organisations.list(system);
  amdId = orgs.find((o) => o.acronym === 'AMD')!.id;
  triId = orgs.find((o) => o.acronym === 'TRI')!.id;
  amdLegal = (await services.directory.listServicesAcceptingReferrals(system, 'AMD')).find(
    (s) => s.serviceType === 'legal',
  )!.id;
  triFood = (await services.directory.listServicesAcceptingReferrals(system, 'TRI'))[0]!.id;
  // AMD's focal point gets a key and a copy of the organisation key from the demo's holder.
  const fpKey = await createUserKey(who.fpAmd.userId, passFpAmd);
  await services.referrals.setUserKey(who.fpAmd, {
    publicKey: fpKey.publicKey,
    wrappedPrivateKey: fpKey.wrappedPrivateKey,
  });
  const current = (await services.referrals.status(who.cwAmd)).organisationKey!;
  const held = await orgKeysOf(who.cwAmd, passCwAmd);
  const grant = await grantOrgKey(current.keyId, held.get(current.keyId)!, {
    userId: who.fpAmd.userId,
    publicKey: fpKey.publicKey,
  });
  await services.referrals.grant(who.cwAmd, {
    keyId: current.keyId,
    userId: who.fpAmd.userId,
    box: grant.sealed,
  });
}, 120_000);
afterAll(async () => db?.close());

describe('rotation forced when a key holder goes', () => {
  it('a member without a copy of the key leaving flags nothing', async () => {
    const newcomer = await services.users.create(system, {
      email: 'newcomer.tri@demo.example.org',
      password: 'newcomer-tri-pass-1',
      displayName: 'Newcomer TRI',
      memberships: [{ organisationId: triId, role: 'caseworker' }],
    });
    await services.users.removeMembership(who.fpTri!, { organisationId: triId, userId: newcomer.id });
    expect(await flagged(triId)).toBe(false);
    expect((await services.referrals.status(who.cwTri!)).organisationKey!.rotationRequired).toBe(false);
  });

  it('removing a holder flags the key: no referral to or from the organisation until a holder rotates', async () => {
    expect((await triToAmd()).state).toBe('sent');
    const amdBefore = await services.referrals.organisationKey(who.cwTri!, 'AMD');
    await services.users.removeMembership(who.fpAmd!, { organisationId: amdId, userId: who.cwAmd!.userId });
    expect(await flagged(amdId)).toBe(true);
    expect((await services.referrals.status(who.fpAmd!)).organisationKey!.rotationRequired).toBe(true);
    // To AMD: refused when fetching its key, and when sealed to the key fetched before.
    const fetch = await failure(services.referrals.organisationKey(who.cwTri!, 'AMD'));
    expect(fetch.details).toMatchObject({ code: 'referral.receiver_rotation_required', acronym: 'AMD' });
    expect((await failure(triToAmd(amdBefore))).details).toMatchObject({
      code: 'referral.receiver_rotation_required',
    });
    // From AMD: refused too.
    const tri = await services.referrals.organisationKey(who.fpAmd!, 'TRI');
    const own = (await services.referrals.status(who.fpAmd!)).organisationKey!;
    const id = randomUUID();
    const fromAmd = await failure(
      services.referrals.send(who.fpAmd!, {
        id,
        to: 'TRI',
        serviceId: triFood,
        priority: 'normal',
        adm2: 'MZ0101',
        content: await encryptContent({ payload: { caseCode: 'ROT-2' } }, id, 1, [
          { keyId: tri.keyId, publicKey: tri.publicKey },
          { keyId: own.keyId, publicKey: own.publicKey },
        ]),
        consentChecked: true,
      }),
    );
    expect(fromAmd.details).toMatchObject({ code: 'referral.rotation_required' });
    // The database refuses the same, even written by the owner (no RLS): a copy of a sent referral.
    await expect(
      ownerSql(
        db,
        `insert into referrals (id, reference, sender_organisation_id, receiver_organisation_id, service_id, service_type, priority, state, adm1, adm2, content, sender_key_id, receiver_key_id, sent_at, due_by, updated_at)
         select gen_random_uuid(), 'R-ROT' || substr(md5(random()::text), 1, 6), sender_organisation_id, receiver_organisation_id, service_id, service_type, priority, 'sent', adm1, adm2, content, sender_key_id, receiver_key_id, sent_at, due_by, updated_at
           from referrals where receiver_key_id = '${amdBefore.keyId}' limit 1`,
      ),
    ).rejects.toThrow(/must be rotated first/);
    // The remaining holder rotates: the new key is not flagged and referrals flow again.
    const fpKeys = await orgKeysOf(who.fpAmd!, passFpAmd);
    const fpPublic = (await services.referrals.status(who.fpAmd!)).userKey!.publicKey;
    const rotated = await createOrgKey(
      randomUUID(),
      [{ userId: who.fpAmd!.userId, publicKey: fpPublic }],
      fpKeys,
    );
    await services.referrals.createOrgKey(who.fpAmd!, {
      keyId: rotated.keyId,
      publicKey: rotated.publicKey,
      grants: rotated.grants.map((g) => ({ userId: g.userId, box: g.sealed })),
      recovery: rotated.recoveryWrapped,
      history: rotated.history.map((h) => ({ keyId: h.keyId, box: h.sealed })),
    });
    expect(await flagged(amdId)).toBe(false);
    expect((await services.referrals.status(who.fpAmd!)).organisationKey!.rotationRequired).toBe(false);
    expect((await triToAmd()).state).toBe('sent');
  });

  it('disabling a holder, or revoking their copy, flags the key', async () => {
    expect(await flagged(triId)).toBe(false);
    await ownerSql(db, `update users set disabled = true where id = '${who.cwTri!.userId}'`);
    expect(await flagged(triId)).toBe(true);
    await ownerSql(
      db,
      `update referral_org_keys set rotation_required_at = null where organisation_id = '${triId}'`,
    );
    await ownerSql(db, `update users set disabled = false where id = '${who.cwTri!.userId}'`);
    expect(await flagged(triId)).toBe(false);
    // Changing a holder's role away from referrals flags it too.
    await ownerSql(
      db,
      `update memberships set role = 'viewer' where user_id = '${who.cwTri!.userId}' and organisation_id = '${triId}'`,
    );
    expect(await flagged(triId)).toBe(true);
    await ownerSql(
      db,
      `update memberships set role = 'caseworker' where user_id = '${who.cwTri!.userId}' and organisation_id = '${triId}'`,
    );
    await ownerSql(
      db,
      `update referral_org_keys set rotation_required_at = null where organisation_id = '${triId}'`,
    );
    // A focal point revokes the caseworker's copy.
    expect((await services.referrals.revoke(who.fpTri!, who.cwTri!.userId)).removed).toBe(1);
    expect(await flagged(triId)).toBe(true);
  });
});
