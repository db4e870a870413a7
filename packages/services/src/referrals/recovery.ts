/**
 * Recovery of an organisation referral key with the printed recovery code (issue 9, decision 0030).
 * The recovery copy goes only to partner focal points of the organisation (service and RLS,
 * migration 0053); the code never reaches the server. The focal point's device unwraps the copy,
 * checks it against the current public key, answers a challenge the server sealed to that key
 * (proof of possession), and sends the key sealed to the focal point's own user key.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { sealRecoveryChallenge, toB64, type RecoveryOffer } from '@steward/core/referrals/index';
import {
  deleteRecoveryChallenge,
  deleteStaleRecoveryChallenges,
  findCurrentReferralOrgKey,
  findRecoveryChallenge,
  findRecoveryCopy,
  findReferralUserKeys,
  insertRecoveryChallenge,
  insertReferralOrgKeyCopies,
  listKeyHolders,
  useRecoveryChallenge,
} from '@steward/db/repositories/referrals';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import { isUniqueViolation } from '../util';
import { referralMembership, UUID, type ReferralDeps } from './deps';
import { isBox, isWrapped } from './keys';

/** How long a recovery challenge may be answered. */
export const RECOVERY_CHALLENGE_MS = 10 * 60_000;

const alreadyHolder = () =>
  new ServiceError(
    'conflict',
    'You already hold the current organisation key: there is nothing to recover.',
    {
      code: 'referral.already_holder',
    },
  );

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The caller's referral membership when it is a partner focal point; otherwise `forbidden`. */
function focalPointMembership(caller: Caller, what: string) {
  const m = referralMembership(caller);
  if (m.role !== 'partner-focal-point')
    throw new ServiceError('forbidden', `Only a partner focal point ${what}.`, {
      code: 'referral.focal_point_required',
    });
  return m;
}

/** Why a proof of possession was refused (audited as `referral.key.recovery-failed`). */
export type RecoveryFailure = 'unknown-challenge' | 'other-key' | 'used' | 'expired' | 'wrong-answer';

export interface RecoveryStart extends RecoveryOffer {
  fingerprint: string;
  rotationRequired: boolean;
  expiresAt: string;
}

export function createReferralRecovery(deps: ReferralDeps) {
  return {
    /**
     * Recovery, step 1 (decision 0030): a partner focal point receives the recovery copy of their
     * organisation's current key (wrapped with the printed code; unwrapped on their device only)
     * and a challenge sealed to that key's public key. Audited (no secret).
     */
    async recoveryStart(caller: Caller): Promise<RecoveryStart> {
      const { actor, organisationId } = focalPointMembership(caller, 'recovers the organisation key');
      const at = deps.now();
      const raw = deps.ctx.randomBytes(32);
      const answer = toB64(raw);
      const challengeId = randomUUID();
      return deps.as(caller, async (tx) => {
        const current = await findCurrentReferralOrgKey(tx, organisationId);
        if (!current)
          throw new ServiceError('not-found', 'Your organisation has no referral key to recover.', {
            code: 'referral.no_org_key',
          });
        if ((await listKeyHolders(tx, current.id)).includes(actor.userId)) throw alreadyHolder();
        const copy = await findRecoveryCopy(tx, current.id);
        if (!copy || !isWrapped(copy.box))
          throw new ServiceError('not-found', 'There is no recovery copy of the current key.', {
            code: 'referral.no_recovery_copy',
          });
        const box = await sealRecoveryChallenge(
          current.publicKey,
          current.id,
          actor.userId,
          challengeId,
          raw,
        );
        const expiresAt = new Date(at.getTime() + RECOVERY_CHALLENGE_MS);
        // The caller's expired or used challenges can never be answered again: they go now.
        const removed = await deleteStaleRecoveryChallenges(tx, actor.userId, at);
        await insertRecoveryChallenge(tx, {
          id: challengeId,
          orgKeyId: current.id,
          organisationId,
          userId: actor.userId,
          answerHash: sha256(answer),
          createdAt: at,
          expiresAt,
        });
        await appendAuditAs(tx, at, caller, {
          action: 'referral.key.recovery-started',
          targetType: 'referral-org-key',
          targetId: current.id,
          organisationId,
          details: { fingerprint: current.fingerprint, challengeId, staleChallengesRemoved: removed },
        });
        return {
          keyId: current.id,
          publicKey: current.publicKey,
          fingerprint: current.fingerprint,
          rotationRequired: current.rotationRequiredAt !== null,
          recovery: copy.box,
          challenge: { id: challengeId, box },
          expiresAt: expiresAt.toISOString(),
        };
      });
    },
    /**
     * Recovery, step 2: the focal point's device answers the challenge (proof that it holds the
     * organisation's private key) and sends the key sealed to the focal point's own user key; the
     * server stores it as the focal point's member copy. Audited (no secret). A wrong or stale
     * answer changes nothing.
     */
    async recoveryComplete(
      caller: Caller,
      input: { keyId: string; challengeId: string; answer: string; box: unknown },
    ): Promise<{ keyId: string; fingerprint: string; rotationRequired: boolean }> {
      const { actor, organisationId } = focalPointMembership(caller, 'recovers the organisation key');
      if (!UUID.test(input.keyId))
        throw new ServiceError('validation', 'keyId must be a UUID.', { field: 'keyId' });
      if (!UUID.test(input.challengeId))
        throw new ServiceError('validation', 'challengeId must be a UUID.', { field: 'challengeId' });
      if (typeof input.answer !== 'string' || !/^[A-Za-z0-9_-]{16,128}$/.test(input.answer))
        throw new ServiceError('validation', 'The answer is malformed.', { field: 'answer' });
      if (!isBox(input.box))
        throw new ServiceError('validation', 'The key copy must be a sealed box.', { field: 'box' });
      const at = deps.now();
      const refused = () =>
        new ServiceError(
          'forbidden',
          'The recovery proof is wrong or has expired: nothing was changed. Start the recovery again.',
          { code: 'referral.recovery_proof_failed' },
        );
      const outcome = await deps.as(caller, async (tx) => {
        // A failed proof is audited in this transaction, which then commits (the caller gets the
        // refusal after it): the reason and ids only, never the answer or the sealed box.
        const failed = async (reason: RecoveryFailure, keyId = input.keyId) => {
          await appendAuditAs(tx, at, caller, {
            action: 'referral.key.recovery-failed',
            targetType: 'referral-org-key',
            targetId: keyId,
            organisationId,
            details: { challengeId: input.challengeId, reason },
          });
          return { failed: reason } as const;
        };
        const challenge = await findRecoveryChallenge(tx, input.challengeId);
        if (!challenge) return failed('unknown-challenge');
        if (challenge.orgKeyId !== input.keyId) return failed('other-key', challenge.orgKeyId);
        if (challenge.usedAt !== null) return failed('used');
        if (challenge.expiresAt.getTime() <= at.getTime()) return failed('expired');
        const expected = Buffer.from(challenge.answerHash, 'hex');
        const given = Buffer.from(sha256(input.answer), 'hex');
        if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
          // Single use: a wrong answer spends the challenge (deleted: marking it used would fail the
          // policy's check once the key is retired); the device starts again.
          await deleteRecoveryChallenge(tx, challenge.id);
          return failed('wrong-answer');
        }
        const current = await findCurrentReferralOrgKey(tx, organisationId);
        if (!current || current.id !== input.keyId)
          throw new ServiceError(
            'conflict',
            'The organisation key changed since the recovery started; start again.',
            { code: 'referral.recovery_key_changed' },
          );
        if ((await listKeyHolders(tx, current.id)).includes(actor.userId)) throw alreadyHolder();
        const [mine] = await findReferralUserKeys(tx, [actor.userId]);
        if (!mine)
          throw new ServiceError('conflict', 'Set up your own referral key first.', {
            code: 'referral.no_user_key',
          });
        if (!(await useRecoveryChallenge(tx, challenge.id, at))) return failed('used');
        try {
          await insertReferralOrgKeyCopies(tx, [
            {
              orgKeyId: current.id,
              organisationId,
              kind: 'member',
              userId: actor.userId,
              box: input.box,
              createdBy: actor.userId,
              createdAt: at,
            },
          ]);
        } catch (error) {
          if (isUniqueViolation(error)) throw alreadyHolder();
          throw error;
        }
        await appendAuditAs(tx, at, caller, {
          action: 'referral.key.recovered',
          targetType: 'referral-org-key',
          targetId: current.id,
          organisationId,
          details: { fingerprint: current.fingerprint, challengeId: challenge.id },
        });
        return {
          keyId: current.id,
          fingerprint: current.fingerprint,
          rotationRequired: current.rotationRequiredAt !== null,
        };
      });
      if ('failed' in outcome) throw refused();
      return outcome;
    },
  };
}
