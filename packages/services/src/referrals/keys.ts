/**
 * Referral key management (decision 0017). The server stores and hands out public keys and
 * wrapped/sealed private keys; it never sees a private key. Every call is audited without content.
 */
import {
  isValidPublicKey,
  fingerprint as fingerprintOf,
  type PassphraseWrapped,
  type SealedBox,
} from '@steward/core/referrals/index';
import { can } from '@steward/core/auth/permissions';
import type { Tx } from '@steward/db';
import { findOrganisationByAcronym } from '@steward/db/repositories/organisations';
import {
  deleteMemberKeyCopies,
  findCurrentReferralOrgKey,
  findReferralUserKeys,
  insertReferralOrgKey,
  insertReferralOrgKeyCopies,
  listKeyHolders,
  listReferralMembers,
  listReferralOrgKeyCopies,
  listReferralOrgKeys,
  retireReferralOrgKey,
  revokeMemberKeyCopies,
  upsertReferralUserKey,
} from '@steward/db/repositories/referrals';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import { isUniqueViolation } from '../util';
import { referralMembership, UUID, type ReferralDeps } from './deps';

export interface OrgPublicKey {
  organisationId: string;
  acronym: string;
  keyId: string;
  publicKey: string;
  fingerprint: string;
}

export interface KeyStatus {
  userKey: { publicKey: string; wrappedPrivateKey: PassphraseWrapped; fingerprint: string } | null;
  /**
   * `rotationRequired`: a member who held it left, lost their referral role, was disabled or had
   * their copy revoked; no referral is sent from or to the organisation until a holder rotates it.
   */
  organisationKey: {
    keyId: string;
    publicKey: string;
    fingerprint: string;
    rotationRequired: boolean;
  } | null;
  /**
   * The caller's sealed copies of their organisation's keys (current and old) and history. Never the
   * recovery copy: partner focal points get it through `recoveryStart` only (decision 0030).
   */
  copies: {
    orgKeyId: string;
    kind: 'member' | 'history';
    oldKeyId: string | null;
    box: unknown;
  }[];
  /** Referral members of the organisation with a user key but no copy of the current key (to grant). */
  pendingMembers: { userId: string; displayName: string; publicKey: string; fingerprint: string }[];
  /**
   * Every referral member of the organisation (caseworkers and focal points) with their key status:
   * user key fingerprint and public key (null without a key) and whether they hold the current
   * organisation key. No sealed copies: those stay private to their holder.
   */
  members: {
    userId: string;
    displayName: string;
    role: 'caseworker' | 'partner-focal-point';
    publicKey: string | null;
    fingerprint: string | null;
    holdsCurrentKey: boolean;
  }[];
}

export function isBox(v: unknown): v is SealedBox {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as SealedBox).enc === 'string' &&
    typeof (v as SealedBox).ct === 'string'
  );
}
export function isWrapped(v: unknown): v is PassphraseWrapped {
  const w = v as PassphraseWrapped;
  return (
    typeof v === 'object' &&
    v !== null &&
    w.kdf === 'PBKDF2-SHA256' &&
    Number.isInteger(w.iterations) &&
    w.iterations >= 600_000 &&
    [w.salt, w.iv, w.ct].every((x) => typeof x === 'string' && x.length > 0 && x.length < 4096)
  );
}

async function referralMembers(tx: Tx, organisationId: string) {
  return (await listReferralMembers(tx, organisationId)).map((m) => ({
    user_id: m.userId,
    display_name: m.displayName,
    role: m.role,
  }));
}

export function createReferralKeys(deps: ReferralDeps) {
  async function currentKeyOf(tx: Tx, acronym: string): Promise<OrgPublicKey> {
    const org = await findOrganisationByAcronym(tx, acronym);
    if (!org) throw new ServiceError('not-found', `There is no organisation ${acronym}.`, { acronym });
    const key = await findCurrentReferralOrgKey(tx, org.id);
    if (!key)
      throw new ServiceError(
        'conflict',
        `${org.acronym} has no referral key yet: it cannot receive encrypted referrals.`,
        {
          code: 'referral.no_receiver_key',
          reason: 'referral.no-receiver-key',
          acronym: org.acronym,
        },
      );
    if (key.rotationRequiredAt)
      throw new ServiceError(
        'conflict',
        `${org.acronym} must rotate its referral key before it receives referrals: a member who held it left or lost access.`,
        {
          code: 'referral.receiver_rotation_required',
          acronym: org.acronym,
        },
      );
    return {
      organisationId: org.id,
      acronym: org.acronym,
      keyId: key.id,
      publicKey: key.publicKey,
      fingerprint: key.fingerprint,
    };
  }

  return {
    currentKeyOf,

    /** The caller's key material and what they may need to do (grant pending members). */
    async status(caller: Caller): Promise<KeyStatus> {
      const { organisationId, actor } = referralMembership(caller);
      return deps.as(caller, async (tx) => {
        const [mine] = await findReferralUserKeys(tx, [actor.userId]);
        const current = await findCurrentReferralOrgKey(tx, organisationId);
        const copies = await listReferralOrgKeyCopies(tx, organisationId);
        const members = await referralMembers(tx, organisationId);
        const keys = await findReferralUserKeys(
          tx,
          members.map((m) => m.user_id),
        );
        const holders = current ? new Set(await listKeyHolders(tx, current.id)) : new Set<string>();
        // Holders come from a definer helper (RLS shows only the caller's own member copy):
        // pending = members with a user key who do not hold the current key yet.
        const pendingMembers = current
          ? keys
              .filter((k) => !holders.has(k.userId) && k.userId !== actor.userId)
              .map((k) => ({
                userId: k.userId,
                displayName: members.find((m) => m.user_id === k.userId)?.display_name ?? '',
                publicKey: k.publicKey,
                fingerprint: k.fingerprint,
              }))
          : [];
        return {
          userKey: mine
            ? {
                publicKey: mine.publicKey,
                wrappedPrivateKey: mine.wrappedPrivateKey as PassphraseWrapped,
                fingerprint: mine.fingerprint,
              }
            : null,
          organisationKey: current
            ? {
                keyId: current.id,
                publicKey: current.publicKey,
                fingerprint: current.fingerprint,
                rotationRequired: current.rotationRequiredAt !== null,
              }
            : null,
          copies: copies.flatMap((c) =>
            c.kind === 'recovery'
              ? []
              : [{ orgKeyId: c.orgKeyId, kind: c.kind, oldKeyId: c.oldKeyId, box: c.box }],
          ),
          pendingMembers,
          members: members.map((m) => {
            const key = keys.find((k) => k.userId === m.user_id);
            return {
              userId: m.user_id,
              displayName: m.display_name,
              role: m.role,
              publicKey: key?.publicKey ?? null,
              fingerprint: key?.fingerprint ?? null,
              holdsCurrentKey: holders.has(m.user_id),
            };
          }),
        };
      });
    },

    /** Stores the caller's public key and passphrase-wrapped private key (generated on their device). */
    async setUserKey(
      caller: Caller,
      input: { publicKey: string; wrappedPrivateKey: unknown },
    ): Promise<{ fingerprint: string; replaced: boolean; removedCopies: number }> {
      const { actor, organisationId } = referralMembership(caller);
      if (!(await isValidPublicKey(input.publicKey)))
        throw new ServiceError('validation', 'The public key is not a valid P-256 key.', {
          field: 'publicKey',
        });
      if (!isWrapped(input.wrappedPrivateKey))
        throw new ServiceError(
          'validation',
          'The wrapped private key is malformed or uses fewer than 600,000 PBKDF2 iterations.',
          {
            field: 'wrappedPrivateKey',
          },
        );
      const fingerprint = await fingerprintOf(input.publicKey);
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        // A new key pair (not a passphrase change): the copies sealed to the old public key can no
        // longer be opened; they are removed so that a holder can grant the organisation key again.
        const [previous] = await findReferralUserKeys(tx, [actor.userId]);
        const replaced = previous !== undefined && previous.publicKey !== input.publicKey;
        const removedCopies = replaced ? await deleteMemberKeyCopies(tx, organisationId, actor.userId) : 0;
        await upsertReferralUserKey(tx, {
          userId: actor.userId,
          publicKey: input.publicKey,
          wrappedPrivateKey: input.wrappedPrivateKey,
          fingerprint,
          createdAt: at,
        });
        await appendAuditAs(tx, at, caller, {
          action:
            previous === undefined
              ? 'referral.key.user-set'
              : replaced
                ? 'referral.key.user-replaced'
                : 'referral.key.user-rewrapped',
          targetType: 'user',
          targetId: actor.userId,
          organisationId,
          details: { fingerprint, ...(replaced ? { removedCopies } : {}) },
        });
        return { fingerprint, replaced, removedCopies };
      });
    },

    /**
     * Creates the organisation's key (first holder) or rotates it (a partner focal point who holds
     * the current key: `referral.key-rotate` in core's permissions table, decision 0017 addendum):
     * member grants, recovery copy and, on rotation, the old keys sealed to the new one.
     */
    async createOrgKey(
      caller: Caller,
      input: {
        keyId: string;
        publicKey: string;
        grants: { userId: string; box: unknown }[];
        recovery: unknown;
        history?: { keyId: string; box: unknown }[];
      },
    ): Promise<{ keyId: string; fingerprint: string; rotated: boolean }> {
      const { actor, organisationId, role, acronym } = referralMembership(caller);
      if (!UUID.test(input.keyId))
        throw new ServiceError('validation', 'keyId must be a UUID.', { field: 'keyId' });
      if (!(await isValidPublicKey(input.publicKey)))
        throw new ServiceError('validation', 'The public key is not a valid P-256 key.', {
          field: 'publicKey',
        });
      if (!isWrapped(input.recovery))
        throw new ServiceError('validation', 'The recovery copy is malformed.', { field: 'recovery' });
      if (
        !Array.isArray(input.grants) ||
        !input.grants.some((g) => g.userId === actor.userId) ||
        !input.grants.every((g) => isBox(g.box))
      )
        throw new ServiceError(
          'validation',
          'The key must be granted to you and every grant must be a sealed box.',
          { field: 'grants' },
        );
      const history = input.history ?? [];
      if (!history.every((h) => UUID.test(h.keyId) && isBox(h.box)))
        throw new ServiceError('validation', 'Malformed history copies.', { field: 'history' });
      const fingerprint = await fingerprintOf(input.publicKey);
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const current = await findCurrentReferralOrgKey(tx, organisationId);
        if (current) {
          // Rotation: the permissions table's rule (decision 0017, addendum), then holding the key.
          if (!can(role, 'referral.key-rotate'))
            throw new ServiceError(
              'forbidden',
              `Only a partner focal point of ${acronym} rotates its referral key: they keep the new recovery code it prints. Ask your focal point.`,
              { code: 'referral.focal_point_required', acronym },
            );
          const own = (await listReferralOrgKeyCopies(tx, organisationId)).some(
            (c) => c.kind === 'member' && c.orgKeyId === current.id && c.userId === actor.userId,
          );
          if (!own)
            throw new ServiceError(
              'forbidden',
              'Only a holder of the current organisation key can rotate it: ask a holder to grant it to you, or recover it with the printed code.',
              { code: 'referral.holder_required' },
            );
          const older = new Set((await listReferralOrgKeys(tx, organisationId)).map((k) => k.id));
          if (!history.some((h) => h.keyId === current.id) || !history.every((h) => older.has(h.keyId)))
            throw new ServiceError(
              'validation',
              'A rotation must carry the previous keys sealed to the new key.',
              { field: 'history' },
            );
          await retireReferralOrgKey(tx, current.id, at);
        }
        const members = new Set((await referralMembers(tx, organisationId)).map((m) => m.user_id));
        if (!input.grants.every((g) => members.has(g.userId)))
          throw new ServiceError(
            'validation',
            'Keys can be granted only to caseworkers and focal points of your organisation.',
            {
              field: 'grants',
            },
          );
        try {
          await insertReferralOrgKey(tx, {
            id: input.keyId,
            organisationId,
            publicKey: input.publicKey,
            fingerprint,
            createdBy: actor.userId,
            createdAt: at,
          });
        } catch (error) {
          if (isUniqueViolation(error))
            throw new ServiceError('conflict', 'Another key was created at the same time; reload.');
          throw error;
        }
        await insertReferralOrgKeyCopies(tx, [
          ...input.grants.map((g) => ({
            orgKeyId: input.keyId,
            organisationId,
            kind: 'member' as const,
            userId: g.userId,
            box: g.box,
            createdBy: actor.userId,
            createdAt: at,
          })),
          {
            orgKeyId: input.keyId,
            organisationId,
            kind: 'recovery' as const,
            box: input.recovery,
            createdBy: actor.userId,
            createdAt: at,
          },
          ...history.map((h) => ({
            orgKeyId: input.keyId,
            organisationId,
            kind: 'history' as const,
            oldKeyId: h.keyId,
            box: h.box,
            createdBy: actor.userId,
            createdAt: at,
          })),
        ]);
        await appendAuditAs(tx, at, caller, {
          action: current ? 'referral.key.org-rotated' : 'referral.key.org-created',
          targetType: 'referral-org-key',
          targetId: input.keyId,
          organisationId,
          details: { fingerprint, grants: input.grants.length, ...(current ? { previous: current.id } : {}) },
        });
        return { keyId: input.keyId, fingerprint, rotated: current !== null };
      });
    },

    /** A holder grants the current organisation key to another referral member. */
    async grant(caller: Caller, input: { keyId: string; userId: string; box: unknown }): Promise<void> {
      const { actor, organisationId } = referralMembership(caller);
      if (!isBox(input.box))
        throw new ServiceError('validation', 'The grant must be a sealed box.', { field: 'box' });
      const at = deps.now();
      await deps.as(caller, async (tx) => {
        const copies = await listReferralOrgKeyCopies(tx, organisationId);
        if (
          !copies.some((c) => c.kind === 'member' && c.orgKeyId === input.keyId && c.userId === actor.userId)
        )
          throw new ServiceError('forbidden', 'Only a holder of this organisation key can grant it.');
        const members = new Set((await referralMembers(tx, organisationId)).map((m) => m.user_id));
        if (!members.has(input.userId))
          throw new ServiceError(
            'validation',
            'That person is not a caseworker or focal point of your organisation.',
            { field: 'userId' },
          );
        try {
          await insertReferralOrgKeyCopies(tx, [
            {
              orgKeyId: input.keyId,
              organisationId,
              kind: 'member',
              userId: input.userId,
              box: input.box,
              createdBy: actor.userId,
              createdAt: at,
            },
          ]);
        } catch (error) {
          if (isUniqueViolation(error))
            throw new ServiceError('conflict', 'That person already holds this key.');
          throw error;
        }
        await appendAuditAs(tx, at, caller, {
          action: 'referral.key.granted',
          targetType: 'user',
          targetId: input.userId,
          organisationId,
          details: { keyId: input.keyId },
        });
      });
    },

    /**
     * Removes a member's copies (a rotation by a remaining holder should follow). Only a partner
     * focal point of the organisation revokes, and not their own copies (the organisation would
     * risk losing its last holder).
     */
    async revoke(caller: Caller, userId: string): Promise<{ removed: number }> {
      const { organisationId, actor } = referralMembership(caller);
      const role = actor.memberships.find((m) => m.organisationId === organisationId)?.role;
      if (role !== 'partner-focal-point')
        throw new ServiceError(
          'forbidden',
          'Only a partner focal point revokes access to the organisation key.',
          {
            reason: 'referral.focal-point-required',
          },
        );
      if (userId === actor.userId)
        throw new ServiceError('validation', 'You cannot revoke your own copy of the organisation key.', {
          field: 'userId',
        });
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const removed = await revokeMemberKeyCopies(tx, organisationId, userId);
        await appendAuditAs(tx, at, caller, {
          action: 'referral.key.revoked',
          targetType: 'user',
          targetId: userId,
          organisationId,
          details: { removed },
        });
        return { removed };
      });
    },

    /** The current public key of an organisation (to encrypt a referral to it). */
    async organisationKey(caller: Caller, acronym: string): Promise<OrgPublicKey> {
      referralMembership(caller);
      return deps.as(caller, (tx) => currentKeyOf(tx, acronym.trim()));
    },
  };
}
