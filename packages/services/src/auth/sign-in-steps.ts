/** Which step a session must finish next after a factor is proven. */
import { getSignInState, type Tx } from '@steward/db';
import type { ActorMembership, ServicesConfig, SessionPending } from '../types';

const CLUSTER_ROLES = new Set(['cluster-coordinator', 'cluster-imo']);

/** Two-factor sign-in is required for administrators and cluster roles, optional for others. */
export function twoFactorRequired(
  cfg: Pick<ServicesConfig, 'twoFactorRequired'>,
  user: { isAdmin: boolean; memberships: readonly ActorMembership[] },
): boolean {
  return cfg.twoFactorRequired && (user.isAdmin || user.memberships.some((m) => CLUSTER_ROLES.has(m.role)));
}

/**
 * The next pending step, in order: the second factor (when enrolled and only the password was
 * proven), enrolment (when required and not enrolled, or after an administrator's reset), a new password (after an administrator's
 * reset); null when none is left.
 */
export async function nextPending(
  cfg: ServicesConfig,
  tx: Tx,
  user: { userId: string; isAdmin: boolean; memberships: readonly ActorMembership[] },
  proven: 'password' | 'second-factor',
): Promise<SessionPending | null> {
  const state = await getSignInState(tx, user.userId);
  if (!state) return null;
  if (state.totpConfirmed && proven === 'password') return 'totp';
  if (!state.totpConfirmed && (twoFactorRequired(cfg, user) || state.totpResetPending)) return 'enrol-totp';
  if (state.mustChangePassword) return 'new-password';
  return null;
}
