// Issue 9 ("a revoked member"): AMD's focal point revokes AMD's caseworker's copy of the
// organisation key and rotates it; a new referral from TRI must be encrypted to the new key (the
// old one is refused) and the revoked caseworker cannot decrypt it — not even with the old
// organisation private key they could have kept. Once removed from the organisation, the API and
// the database refuse them every referral. Demo data, real crypto; PGlite and the server.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createOrgKey,
  createUserKey,
  decryptContent,
  encryptContent,
  grantOrgKey,
  openOrgKeyGrant,
  ReferralCryptoError,
  unlockUserKey,
  type SealedBox,
} from '@steward/core/referrals/index';
import type { Database } from '@steward/db';
import { appRoleSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { createServices, systemCaller, type Actor, type Services } from '../index';

const system = systemCaller('test');
let db: Database;
let services: Services;
const now = new Date('2026-12-06T09:00:00Z');
const who: Record<string, Actor> = {};
const tokens: Record<string, string> = {};
let amdLegal = '';
let amdId = '';

async function actorFor(name: string, email: string, acronym: string): Promise<Actor> {
  const user = (await services.users.findByEmail(system, email))!;
  const org = (await services.organisations.list(system)).find((o) => o.acronym === acronym)!;
  const { token } = await services.tokens.create(system, {
    userId: user.id,
    organisationId: org.id,
    name: 't',
  });
  tokens[name] = token;
  return (await services.auth.authenticateToken(`Bearer ${token}`))!;
}

/** The organisation private keys `actor` can open with their passphrase (member copies only). */
async function orgKeysOf(actor: Actor, passphrase: string): Promise<Map<string, string>> {
  const status = await services.referrals.status(actor);
  const keys = new Map<string, string>();
  if (!status.userKey) return keys;
  const mine = await unlockUserKey(actor.userId, status.userKey.wrappedPrivateKey, passphrase);
  for (const c of status.copies)
    if (c.kind === 'member')
      keys.set(c.orgKeyId, await openOrgKeyGrant(c.orgKeyId, actor.userId, mine, c.box as SealedBox));
  return keys;
}

async function sendToAmd(
  content: (id: string, amdKey: { keyId: string; publicKey: string }) => Promise<unknown>,
) {
  const id = randomUUID();
  const amd = await services.referrals.organisationKey(who.cwTri!, 'AMD');
  return {
    id,
    send: async () =>
      services.referrals.send(who.cwTri!, {
        id,
        to: 'AMD',
        serviceId: amdLegal,
        priority: 'urgent',
        adm2: 'MZ0101',
        content: await content(id, amd),
        consentChecked: true,
      }),
  };
}

let passCwAmd = '';
const passFpAmd = `fp amd ${randomBytes(6).toString('hex')}`;
let oldAmdKey = { id: '', privateKey: '' };

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
  who.cwTri = await actorFor('cwTri', 'caseworker.tri@demo.example.org', 'TRI');
  who.cwAmd = await actorFor('cwAmd', 'caseworker.amd@demo.example.org', 'AMD');
  who.fpAmd = await actorFor('fpAmd', 'focal-point.amd@demo.example.org', 'AMD');
  amdId = (await services.organisations.list(system)).find((o) => o.acronym === 'AMD')!.id;
  amdLegal = (await services.directory.listServicesAcceptingReferrals(system, 'AMD')).find(
    (s) => s.serviceType === 'legal',
  )!.id;
  // AMD's focal point gets a key; the caseworker (the demo's holder) grants them the organisation key.
  const fpKey = await createUserKey(who.fpAmd.userId, passFpAmd);
  await services.referrals.setUserKey(who.fpAmd, {
    publicKey: fpKey.publicKey,
    wrappedPrivateKey: fpKey.wrappedPrivateKey,
  });
  const held = await orgKeysOf(who.cwAmd, passCwAmd);
  const current = (await services.referrals.status(who.cwAmd)).organisationKey!;
  oldAmdKey = { id: current.keyId, privateKey: held.get(current.keyId)! };
  const grant = await grantOrgKey(current.keyId, oldAmdKey.privateKey, {
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

describe('a revoked member', () => {
  it('after revocation and rotation, cannot decrypt a new referral, even with the old key kept', async () => {
    expect(await services.referrals.revoke(who.fpAmd!, who.cwAmd!.userId)).toEqual({ removed: 1 });
    expect((await orgKeysOf(who.cwAmd!, passCwAmd)).size).toBe(0);
    // The focal point rotates: the new key is granted to the remaining holder only; history sealed to it.
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
    const triKey = (await services.referrals.status(who.cwTri!)).organisationKey!;

    const secret = `SECRET${randomBytes(6).toString('hex')}`;
    const fresh = await sendToAmd((id, amd) =>
      encryptContent({ payload: { caseCode: secret } }, id, 1, [
        { keyId: amd.keyId, publicKey: amd.publicKey },
        { keyId: triKey.keyId, publicKey: triKey.publicKey },
      ]),
    );
    expect((await fresh.send()).state).toBe('sent');
    const row = (await services.referrals.list(who.cwAmd!, 'received')).find((r) => r.id === fresh.id)!;
    expect(row.content.recipients.map((r) => r.keyId)).toContain(rotated.keyId);
    expect(row.content.recipients.map((r) => r.keyId)).not.toContain(oldAmdKey.id);
    // The revoked member has no copy of the new key, and the old key they may have kept opens nothing.
    await expect(
      decryptContent(row.content, fresh.id, 1, new Map([[oldAmdKey.id, oldAmdKey.privateKey]])),
    ).rejects.toBeInstanceOf(ReferralCryptoError);
    // The remaining holder reads it.
    const opened = (await decryptContent(
      row.content,
      fresh.id,
      1,
      await orgKeysOf(who.fpAmd!, passFpAmd),
    )) as {
      payload: { caseCode: string };
    };
    expect(opened.payload.caseCode).toBe(secret);
  });

  it('a referral encrypted to the retired key is refused (stale key), nothing stored', async () => {
    const triKey = (await services.referrals.status(who.cwTri!)).organisationKey!;
    const amdNow = await services.referrals.organisationKey(who.cwTri!, 'AMD');
    expect(amdNow.keyId).not.toBe(oldAmdKey.id);
    const id = randomUUID();
    // Sealed to the retired key id (its public key is no longer served; any valid key shows the id check).
    const envelope = await encryptContent({ payload: { caseCode: 'OLD' } }, id, 1, [
      { keyId: oldAmdKey.id, publicKey: amdNow.publicKey },
      { keyId: triKey.keyId, publicKey: triKey.publicKey },
    ]);
    const error = await services.referrals
      .send(who.cwTri!, {
        id,
        to: 'AMD',
        serviceId: amdLegal,
        priority: 'urgent',
        adm2: 'MZ0101',
        content: envelope,
        consentChecked: true,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).details).toMatchObject({ code: 'referral.stale_key' });
    await expect(services.referrals.show(who.cwTri!, id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('once removed from the organisation, the API and the database refuse them every referral', async () => {
    const before = await services.referrals.list(who.cwAmd!, 'received');
    expect(before.length).toBeGreaterThan(0);
    await services.users.removeMembership(who.fpAmd!, { organisationId: amdId, userId: who.cwAmd!.userId });
    // Their AMD token either stops working (401) or carries no AMD membership: referrals refused.
    const again = await services.auth.authenticateToken(`Bearer ${tokens.cwAmd}`);
    expect(again === null || again.memberships.every((m) => m.organisationId !== amdId)).toBe(true);
    if (again) {
      await expect(services.referrals.list(again, 'received')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(services.referrals.show(again, before[0]!.id)).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(services.referrals.status(again)).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await appRoleSql(db, who.cwAmd!.userId, 'select id from referrals', amdId)).toEqual([]);
    expect(await appRoleSql(db, who.cwAmd!.userId, 'select id from referral_org_key_copies', amdId)).toEqual(
      [],
    );
  });
});
