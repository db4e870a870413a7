/** What the referral use cases share: running as the caller, the clock, the caller's referral organisation. */
import { can, type MembershipRole } from '@steward/core/auth/permissions';
import type { Tx } from '@steward/db';
import { findReferral } from '@steward/db/repositories/referrals';
import { ServiceError } from '../errors';
import type { Actor, Caller, Context } from '../types';
import { runAs } from '../util';

/** Membership roles that handle referrals (and hold referral keys). Same list as the RLS helper. */
export const REFERRAL_ROLES = ['caseworker', 'partner-focal-point'] as const;
/** Membership roles that see referral counts (never content). */
export const REFERRAL_STATS_ROLES = ['cluster-coordinator', 'cluster-imo'] as const;

export interface ReferralDeps {
  ctx: Context;
  as<T>(caller: Caller, fn: (tx: Tx) => Promise<T>): Promise<T>;
  now(): Date;
}

export function createReferralDeps(ctx: Context): ReferralDeps {
  return { ctx, as: (caller, fn) => runAs(ctx, caller, fn), now: () => ctx.clock() };
}

/**
 * The organisation the caller handles referrals for: the active organisation (or the token's),
 * where the caller holds a referral role. Admins and cluster roles are refused: they never handle
 * referral content.
 */
export function referralMembership(caller: Caller): {
  organisationId: string;
  acronym: string;
  role: MembershipRole;
  actor: Actor;
} {
  if (caller.via === 'system')
    throw new ServiceError('forbidden', 'Referrals are handled by people, not the system.');
  const candidates = caller.memberships.filter(
    (m) =>
      (REFERRAL_ROLES as readonly string[]).includes(m.role) &&
      (caller.activeOrganisationId === null || m.organisationId === caller.activeOrganisationId),
  );
  const m = candidates[0];
  if (!m || candidates.length > 1)
    throw new ServiceError(
      'forbidden',
      candidates.length > 1
        ? 'Choose the organisation you act for first.'
        : 'Only caseworkers and partner focal points handle referrals.',
      { code: 'referral.role_required' },
    );
  return { organisationId: m.organisationId, acronym: m.acronym, role: m.role, actor: caller };
}

/**
 * The caller's referral membership when its role holds `referral.consent-override` (requesting
 * or approving a consent override); otherwise `forbidden` with a stable code.
 */
export function overrideMembership(caller: Caller): ReturnType<typeof referralMembership> {
  const m = referralMembership(caller);
  if (!can(m.role, 'referral.consent-override'))
    throw new ServiceError(
      'forbidden',
      'Only a person holding the consent-override permission (a partner focal point) can send or approve a referral without covering consent.',
      { code: 'referral.override_permission' },
    );
  return m;
}

export function requireStatsRole(caller: Caller): void {
  if (caller.via === 'system') return;
  const ok = caller.memberships.some(
    (m) =>
      (REFERRAL_STATS_ROLES as readonly string[]).includes(m.role) &&
      (caller.activeOrganisationId === null || m.organisationId === caller.activeOrganisationId),
  );
  if (!ok) throw new ServiceError('forbidden', 'Referral counts are for the cluster coordinator and IMO.');
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The referral with this id when the caller's organisation sent or received it; otherwise
 * `not-found` (a referral of other organisations does not exist for the caller).
 */
export async function findOwnReferral(tx: Tx, id: string, organisationId: string) {
  const row = await findReferral(tx, id);
  if (
    !row ||
    (row.senderOrganisationId !== organisationId &&
      (row.receiverOrganisationId !== organisationId || row.state === 'draft'))
  )
    throw new ServiceError('not-found', 'No such referral.');
  return row;
}
