/**
 * An administrator resets another user's two-factor sign-in (issue 7): the user lost the
 * authenticator and the recovery codes. The authenticator and codes are removed, every session of
 * the user ends, and at next sign-in the user must enrol again (whatever the role) before doing
 * anything else. Audited as `user.totp-reset`. No second person: like a password reset
 * (docs/security.md), it gives the administrator no access to the account — the user still needs
 * their password and enrols a new authenticator themselves.
 */
import { findUserById, resetUserTotp, resetUserTotpAsOwner } from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller, Context } from '../types';
import { requireAllowed, runAs } from '../util';

export interface TwoFactorResetResult {
  /** Whether the user had two-factor sign-in on before the reset. */
  hadTwoFactor: boolean;
  endedSessions: number;
}

export async function resetTwoFactor(
  ctx: Context,
  caller: Caller,
  userId: string,
): Promise<TwoFactorResetResult> {
  requireAllowed(caller, 'user.create');
  if (caller.via !== 'system' && (!caller.isAdmin || caller.via !== 'session'))
    throw new ServiceError(
      'forbidden',
      'Only a signed-in system administrator may reset two-factor sign-in.',
    );
  if (caller.via !== 'system' && caller.userId === userId)
    throw new ServiceError('validation', 'userId: manage your own two-factor sign-in on your account page', {
      field: 'userId',
    });
  return runAs(ctx, caller, async (tx) => {
    const now = ctx.clock();
    if (!(await findUserById(tx, userId))) throw new ServiceError('not-found', 'No such user.');
    const reset =
      caller.via === 'system'
        ? await resetUserTotpAsOwner(tx, userId, now)
        : await resetUserTotp(tx, userId, now);
    if (!reset) throw new ServiceError('not-found', 'No such user.');
    await appendAuditAs(tx, now, caller, {
      action: 'user.totp-reset',
      targetType: 'user',
      targetId: userId,
      details: { ...reset },
    });
    return reset;
  });
}
