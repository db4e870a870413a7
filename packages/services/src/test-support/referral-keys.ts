/**
 * Referral key set-ups shared by the services and CLI tests (real crypto, real services; test code
 * only). No behaviour of its own: each step goes through the same service calls as the web page.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createOrgKey,
  createUserKey,
  grantOrgKey,
  openOrgKeyGrant,
  unlockUserKey,
  type SealedBox,
} from '@steward/core/referrals/index';
import type { Services } from '../index';
import type { Actor } from '../types';

/** Every organisation key (current and older, by key id) the actor's member copies open. */
export async function heldOrgKeys(
  services: Services,
  actor: Actor,
  passphrase: string,
): Promise<Map<string, string>> {
  const status = await services.referrals.status(actor);
  const mine = await unlockUserKey(actor.userId, status.userKey!.wrappedPrivateKey, passphrase);
  const keys = new Map<string, string>();
  for (const c of status.copies)
    if (c.kind === 'member')
      keys.set(c.orgKeyId, await openOrgKeyGrant(c.orgKeyId, actor.userId, mine, c.box as SealedBox));
  return keys;
}

/**
 * A rotation whose printed recovery code the test knows. The organisation's key holder (a demo
 * caseworker) grants the key to a partner focal point of the same organisation, who rotates it (only
 * focal points rotate: decision 0017 addendum), granting the new key to the holder and to
 * themselves. The focal point's user key made here is a throw-away: when the test then gives them
 * their own key (`setUserKey`, a forgotten passphrase), their copies go, and only the holder holds
 * the new key.
 */
export async function rotateWithKnownCode(
  services: Services,
  holder: { actor: Actor; passphrase: string },
  focalPoint: Actor,
): Promise<{ keyId: string; fingerprint: string; recoveryCode: string }> {
  const referrals = services.referrals;
  const held = await heldOrgKeys(services, holder.actor, holder.passphrase);
  const current = (await referrals.status(holder.actor)).organisationKey!;
  const holderPublic = (await referrals.status(holder.actor)).userKey!.publicKey;
  const passphrase = `throw-away ${randomBytes(6).toString('hex')}`;
  const fpKey = await createUserKey(focalPoint.userId, passphrase);
  await referrals.setUserKey(focalPoint, {
    publicKey: fpKey.publicKey,
    wrappedPrivateKey: fpKey.wrappedPrivateKey,
  });
  const grant = await grantOrgKey(current.keyId, held.get(current.keyId)!, {
    userId: focalPoint.userId,
    publicKey: fpKey.publicKey,
  });
  await referrals.grant(holder.actor, { keyId: current.keyId, userId: focalPoint.userId, box: grant.sealed });
  const rotated = await createOrgKey(
    randomUUID(),
    [
      { userId: holder.actor.userId, publicKey: holderPublic },
      { userId: focalPoint.userId, publicKey: fpKey.publicKey },
    ],
    await heldOrgKeys(services, focalPoint, passphrase),
  );
  await referrals.createOrgKey(focalPoint, {
    keyId: rotated.keyId,
    publicKey: rotated.publicKey,
    grants: rotated.grants.map((g) => ({ userId: g.userId, box: g.sealed })),
    recovery: rotated.recoveryWrapped,
    history: rotated.history.map((h) => ({ keyId: h.keyId, box: h.sealed })),
  });
  return { keyId: rotated.keyId, fingerprint: rotated.fingerprint, recoveryCode: rotated.recoveryCode };
}
