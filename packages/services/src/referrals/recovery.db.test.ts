// Issue 9, decision 0030: a partner focal point recovers the organisation referral key with the
// printed recovery code after every holder is gone. The recovery copy goes to partner focal points
// of the organisation only (never in a member's key listing); the code never reaches the server;
// the device proves it holds the key by opening a challenge sealed to the current public key. A
// wrong code, a wrong or replayed answer, or an expired challenge changes nothing. Demo data, real
// crypto; PGlite and the server (TEST_DATABASE_URL).
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createOrgKey,
  createUserKey,
  decryptContent,
  recoverWithCode,
  type SealedBox,
} from '@steward/core/referrals/index';
import type { Database } from '@steward/db';
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, systemCaller, type Actor, type Services } from '../index';
import { demoActor, serviceFailure as failure } from '../test-support/fixtures';
import { heldOrgKeys, rotateWithKnownCode } from '../test-support/referral-keys';

const system = systemCaller('test');
let db: Database;
let services: Services;
const clock = { now: new Date('2026-12-06T09:00:00Z') };
const who: Record<string, Actor> = {};
let amdId = '';
let recoveryCode = '';
let keyId = '';
const passFp = `fp amd ${randomBytes(6).toString('hex')}`;
let fpPrivate = '';
let fpPublic = '';

const orgKeysOf = (actor: Actor, passphrase: string) => heldOrgKeys(services, actor, passphrase);

const audit = (action: string) =>
  ownerSql<{ details: Record<string, unknown> }>(
    db,
    `select details from audit_log where action = '${action}' order by sequence`,
  );
/** Copies of the current key held by AMD's focal point. */
const holders = async () =>
  (
    await ownerSql<{ n: number }>(
      db,
      `select count(*)::int as n from referral_org_key_copies where org_key_id = '${keyId}' and kind = 'member' and user_id = '${who.fpAmd!.userId}'`,
    )
  )[0]!.n;

beforeAll(async () => {
  db = await createTestDatabase();
  services = createServices({
    db,
    clock: () => clock.now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  const { credentials } = await services.demo.load();
  const passCw = credentials.find((c) => c.email === 'caseworker.amd@demo.example.org')!.keyPassphrase!;
  who.cwAmd = await demoActor(services, 'caseworker.amd@demo.example.org', 'AMD');
  who.fpAmd = await demoActor(services, 'focal-point.amd@demo.example.org', 'AMD');
  who.viewerAmd = await demoActor(services, 'focal-point@demo.example.org', 'AMD'); // viewer of AMD
  who.fpTri = await demoActor(services, 'focal-point@demo.example.org', 'TRI');
  who.cwTri = await demoActor(services, 'caseworker.tri@demo.example.org', 'TRI');
  who.coord = await demoActor(services, 'coordinator@demo.example.org', 'DPCCU');
  amdId = (await services.organisations.list(system)).find((o) => o.acronym === 'AMD')!.id;
  // AMD's focal point rotates the key (a recovery code this test knows: printed once, in real
  // life); their own key below replaces the throw-away one, so only the caseworker holds it.
  ({ keyId, recoveryCode } = await rotateWithKnownCode(
    services,
    { actor: who.cwAmd, passphrase: passCw },
    who.fpAmd,
  ));
  // AMD's focal point has a user key (a new one: their copies go) but no copy of the organisation key.
  const fpKey = await createUserKey(who.fpAmd.userId, passFp);
  fpPrivate = fpKey.privateKey;
  fpPublic = fpKey.publicKey;
  await services.referrals.setUserKey(who.fpAmd, {
    publicKey: fpKey.publicKey,
    wrappedPrivateKey: fpKey.wrappedPrivateKey,
  });
}, 180_000);
afterAll(async () => db?.close());

describe('organisation key recovery with the printed code', () => {
  it('no key listing carries the recovery copy, not even a focal point’s', async () => {
    for (const actor of [who.cwAmd!, who.fpAmd!]) {
      const status = await services.referrals.status(actor);
      expect(status.copies.map((c) => c.kind)).not.toContain('recovery');
    }
  });

  it('only a partner focal point of the organisation gets the recovery copy', async () => {
    expect((await failure(services.referrals.recoveryStart(who.cwAmd!))).details).toMatchObject({
      code: 'referral.focal_point_required',
    });
    for (const actor of [who.viewerAmd!, who.coord!])
      expect((await failure(services.referrals.recoveryStart(actor))).details).toMatchObject({
        code: 'referral.role_required',
      });
    // TRI's focal point gets TRI's copy, never AMD's.
    const tri = await services.referrals.recoveryStart(who.fpTri!);
    expect(tri.keyId).not.toBe(keyId);
    expect(tri.publicKey).toBe((await services.referrals.organisationKey(who.cwTri!, 'TRI')).publicKey);
  });

  it('every holder gone: a wrong code, a wrong answer or an expired challenge change nothing', async () => {
    await services.users.removeMembership(who.fpAmd!, { organisationId: amdId, userId: who.cwAmd!.userId });
    expect(await holders()).toBe(0);
    expect(
      (await services.referrals.status(who.fpAmd!)).members.filter((m) => m.holdsCurrentKey),
    ).toHaveLength(0);
    const status = await services.referrals.status(who.fpAmd!);
    expect(status.organisationKey).toMatchObject({ keyId, rotationRequired: true });

    const offer = await services.referrals.recoveryStart(who.fpAmd!);
    expect(offer).toMatchObject({
      keyId,
      rotationRequired: true,
      fingerprint: status.organisationKey!.fingerprint,
    });
    const me = { userId: who.fpAmd!.userId, publicKey: fpPublic };
    // A wrong code: the device cannot unwrap; nothing is sent.
    const wrongCode = recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(recoverWithCode(offer, wrongCode, me)).rejects.toMatchObject({
      code: 'crypto.decrypt_failed',
    });
    // A made-up answer (someone without the code): refused, nothing stored, and the challenge is
    // spent: the right answer to it is refused afterwards.
    const recovered = await recoverWithCode(offer, recoveryCode, me);
    const fake = await failure(
      services.referrals.recoveryComplete(who.fpAmd!, {
        keyId,
        challengeId: offer.challenge.id,
        answer: randomBytes(32).toString('base64url'),
        box: recovered.grant.sealed,
      }),
    );
    expect(fake.code).toBe('forbidden');
    expect(fake.details).toMatchObject({ code: 'referral.recovery_proof_failed' });
    const spent = await failure(
      services.referrals.recoveryComplete(who.fpAmd!, {
        keyId,
        challengeId: offer.challenge.id,
        answer: recovered.answer,
        box: recovered.grant.sealed,
      }),
    );
    expect(spent.details).toMatchObject({ code: 'referral.recovery_proof_failed' });
    const second = await services.referrals.recoveryStart(who.fpAmd!);
    const answered = await recoverWithCode(second, recoveryCode, me);
    const proof = {
      keyId,
      challengeId: second.challenge.id,
      answer: answered.answer,
      box: answered.grant.sealed,
    };
    // Another focal point's challenge is not visible (RLS: own rows): TRI's focal point cannot use it.
    expect((await failure(services.referrals.recoveryComplete(who.fpTri!, proof))).details).toMatchObject({
      code: 'referral.recovery_proof_failed',
    });
    // The right answer after the challenge expired: refused.
    const later = clock.now;
    clock.now = new Date(later.getTime() + 11 * 60_000);
    try {
      expect((await failure(services.referrals.recoveryComplete(who.fpAmd!, proof))).details).toMatchObject({
        code: 'referral.recovery_proof_failed',
      });
    } finally {
      clock.now = later;
    }
    // Every failed proof is audited, under the caller's organisation, with the reason and the
    // challenge id only: never the answer or the sealed copy.
    const failures = await ownerSql<{ organisation_id: string; target_id: string; details: unknown }>(
      db,
      `select organisation_id, target_id, details from audit_log
        where action = 'referral.key.recovery-failed' order by sequence`,
    );
    expect(failures.map((f) => f.details)).toEqual([
      { challengeId: offer.challenge.id, reason: 'wrong-answer' },
      { challengeId: offer.challenge.id, reason: 'unknown-challenge' },
      { challengeId: second.challenge.id, reason: 'unknown-challenge' },
      { challengeId: second.challenge.id, reason: 'expired' },
    ]);
    expect(failures.map((f) => f.organisation_id)).toEqual([
      amdId,
      amdId,
      who.fpTri!.activeOrganisationId,
      amdId,
    ]);
    expect(failures.every((f) => f.target_id === keyId)).toBe(true);
    const text = JSON.stringify(failures);
    for (const secret of [
      answered.answer,
      recovered.answer,
      recovered.grant.sealed.ct,
      answered.grant.sealed.ct,
    ])
      expect(text).not.toContain(secret);
    expect(await holders()).toBe(0);
    expect(await audit('referral.key.recovered')).toHaveLength(0);
  });

  it("a new recovery removes the focal point's expired and used challenges, and nobody else's", async () => {
    const rows = (userId: string) =>
      ownerSql<{ id: string }>(db, `select id from referral_recovery_challenges where user_id = '${userId}'`);
    expect(await rows(who.fpAmd!.userId)).toHaveLength(1); // the second one; the spent one is gone
    expect(await rows(who.fpTri!.userId)).toHaveLength(1);
    clock.now = new Date(clock.now.getTime() + 11 * 60_000); // every challenge so far has expired
    const next = await services.referrals.recoveryStart(who.fpAmd!);
    expect((await rows(who.fpAmd!.userId)).map((r) => r.id)).toEqual([next.challenge.id]);
    expect(await rows(who.fpTri!.userId)).toHaveLength(1); // TRI's focal point's own row stays
    expect((await audit('referral.key.recovery-started')).at(-1)!.details).toMatchObject({
      challengeId: next.challenge.id,
      staleChallengesRemoved: 1,
    });
  });

  it('the right code: the focal point holds the key, reads old referrals, may rotate; audited without secrets', async () => {
    const offer = await services.referrals.recoveryStart(who.fpAmd!);
    const status = await services.referrals.status(who.fpAmd!);
    const recovered = await recoverWithCode(
      offer,
      recoveryCode.toLowerCase(),
      { userId: who.fpAmd!.userId, publicKey: fpPublic },
      status.copies.filter((c) => c.kind === 'history') as {
        orgKeyId: string;
        oldKeyId: string | null;
        box: SealedBox;
      }[],
    );
    expect(recovered.history.size).toBeGreaterThan(0);
    const done = await services.referrals.recoveryComplete(who.fpAmd!, {
      keyId,
      challengeId: offer.challenge.id,
      answer: recovered.answer,
      box: recovered.grant.sealed,
    });
    expect(done).toMatchObject({ keyId, rotationRequired: true });
    expect(await holders()).toBe(1);
    // A replay of the same proof is refused.
    expect(
      (
        await failure(
          services.referrals.recoveryComplete(who.fpAmd!, {
            keyId,
            challengeId: offer.challenge.id,
            answer: recovered.answer,
            box: recovered.grant.sealed,
          }),
        )
      ).details,
    ).toMatchObject({ code: 'referral.recovery_proof_failed' });

    // The focal point's own key now opens the organisation key and, through history, the demo's
    // referrals received under the old key.
    const keys = await orgKeysOf(who.fpAmd!, passFp);
    expect(keys.get(keyId)).toBe(recovered.privateKey);
    for (const [old, priv] of recovered.history) keys.set(old, priv);
    const received = (await services.referrals.list(who.fpAmd!, 'received'))[0]!;
    const content = (await decryptContent(received.content, received.id, 1, keys)) as {
      payload: { caseCode: string };
    };
    expect(content.payload.caseCode).toMatch(/^[A-Z]+-\d+$/);

    // Now a holder, the focal point rotates: the key is no longer flagged.
    const next = await createOrgKey(
      randomUUID(),
      [{ userId: who.fpAmd!.userId, publicKey: fpPublic }],
      new Map([[keyId, recovered.privateKey], ...recovered.history]),
    );
    await services.referrals.createOrgKey(who.fpAmd!, {
      keyId: next.keyId,
      publicKey: next.publicKey,
      grants: next.grants.map((g) => ({ userId: g.userId, box: g.sealed })),
      recovery: next.recoveryWrapped,
      history: next.history.map((h) => ({ keyId: h.keyId, box: h.sealed })),
    });
    expect((await services.referrals.status(who.fpAmd!)).organisationKey).toMatchObject({
      keyId: next.keyId,
      rotationRequired: false,
    });

    // Audited: started (four times for AMD, once for TRI) and recovered once; no code, no answer.
    expect(await audit('referral.key.recovery-started')).toHaveLength(5);
    expect((await audit('referral.key.recovery-failed')).at(-1)!.details).toMatchObject({ reason: 'used' });
    const entries = await audit('referral.key.recovered');
    expect(entries).toHaveLength(1);
    const all = JSON.stringify(await ownerSql(db, `select details from audit_log`));
    expect(all).not.toContain(recovered.answer);
    expect(all).not.toContain(recoveryCode);
    expect(all).not.toContain(recoveryCode.replace(/-/g, ''));
    expect(all).not.toContain(fpPrivate);
  });
});
