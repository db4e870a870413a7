/** Changing one's own password, and an administrator's reset of another user's password. */
import {
  clearLoginAttempt,
  deleteSessionsOfUser,
  endSessionsOfUserAsAdmin,
  findUserById,
  getSignInState,
  resetUserPassword,
  setOwnPassword,
  setSessionPending,
  touchSession,
} from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Caller, Context } from '../types';
import { dbActor, randomToken, requireAllowed, runAs } from '../util';
import { lockedMessage, registerFailure, waitRemainingFor } from './lockout';
import { checkNewPassword } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import { expiryAt } from './session-renewal';
import { requireSessionStep } from './steps';

export interface ChangePasswordInput {
  /** Needed unless the session is in the `new-password` step (the user just signed in with it). */
  currentPassword?: string;
  newPassword: string;
}

/** Wrong current passwords per user before the progressive delay (lockout.ts rules). */
const MAX_CURRENT_PASSWORD_FAILURES = 5;
const changeKey = (userId: string) => `change:${userId}`;

/**
 * Changes the actor's password (policy: password-policy.ts). Ends the user's other sessions and
 * finishes a `new-password` step. Audited as `auth.password-change`.
 */
export async function changePassword(
  ctx: Context,
  actor: Actor,
  input: ChangePasswordInput,
): Promise<{ endedSessions: number }> {
  const sessionId = requireSessionStep(actor, [null, 'new-password']);
  const forced = actor.pending === 'new-password';
  const newPassword = input.newPassword ?? '';
  checkNewPassword(ctx.config, newPassword, actor.email);
  const now = ctx.clock();
  const state = await ctx.db.withActor(dbActor(actor), async (tx) => {
    const wait = await waitRemainingFor(tx, changeKey(actor.userId), now);
    if (wait > 0) throw new ServiceError('account-locked', lockedMessage(wait), { retryAfterSeconds: wait });
    return getSignInState(tx, actor.userId);
  });
  if (!state) throw new ServiceError('not-found', 'No such user.');
  if (!forced && !(await verifyPassword(state.passwordHash, input.currentPassword ?? ''))) {
    await ctx.db.withActor(dbActor(actor), async (tx) => {
      await registerFailure(tx, ctx.config, changeKey(actor.userId), now, MAX_CURRENT_PASSWORD_FAILURES);
      await appendAuditAs(tx, now, actor, {
        action: 'auth.password-change',
        targetType: 'user',
        targetId: actor.userId,
        outcome: 'failure',
        details: { reason: 'password-wrong' },
      });
    });
    throw new ServiceError('validation', 'currentPassword: the current password is wrong', {
      field: 'currentPassword',
      reason: 'password-wrong',
    });
  }
  if (await verifyPassword(state.passwordHash, newPassword))
    throw new ServiceError('validation', 'newPassword: must differ from the current password', {
      field: 'newPassword',
      reason: 'password-unchanged',
    });
  const passwordHash = await hashPassword(newPassword);
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    if ((await setOwnPassword(tx, passwordHash, now)) !== 1)
      throw new ServiceError('not-found', 'No such user.');
    const endedSessions = await deleteSessionsOfUser(tx, actor.userId, sessionId);
    if (forced) {
      await setSessionPending(tx, sessionId, null);
      await touchSession(tx, sessionId, now, expiryAt(ctx.config, { createdAt: now, pending: null }, now));
    }
    await clearLoginAttempt(tx, changeKey(actor.userId));
    await appendAuditAs(
      tx,
      now,
      { ...actor, pending: null },
      {
        action: 'auth.password-change',
        targetType: 'user',
        targetId: actor.userId,
        details: { forced, endedSessions },
      },
    );
    return { endedSessions };
  });
}

/**
 * An administrator resets a user's password: a random temporary password (returned once, to hand
 * over), which the user must replace at next sign-in; all the user's sessions end. Audited as
 * `user.password-reset`.
 */
export async function resetPassword(
  ctx: Context,
  caller: Caller,
  userId: string,
): Promise<{ temporaryPassword: string }> {
  requireAllowed(caller, 'user.create');
  if (caller.via !== 'system' && !caller.isAdmin)
    throw new ServiceError('forbidden', 'Only a system administrator may reset passwords.');
  if (caller.via !== 'system' && caller.userId === userId)
    throw new ServiceError('validation', 'userId: change your own password on your account page', {
      field: 'userId',
    });
  const temporaryPassword = randomToken(ctx, 12);
  const passwordHash = await hashPassword(temporaryPassword);
  await runAs(ctx, caller, async (tx) => {
    const now = ctx.clock();
    const user = await findUserById(tx, userId);
    if (!user) throw new ServiceError('not-found', 'No such user.');
    if ((await resetUserPassword(tx, userId, passwordHash, now)) !== 1)
      throw new ServiceError('not-found', 'No such user.');
    // An administrator sees no other user's sessions under RLS: a plain DELETE would end none of
    // them, so the reset ends them through the administrator-checked database function.
    const endedSessions =
      caller.via === 'system'
        ? await deleteSessionsOfUser(tx, userId, null)
        : await endSessionsOfUserAsAdmin(tx, userId);
    if (endedSessions === null)
      throw new ServiceError('forbidden', 'Only a system administrator may reset passwords.');
    await appendAuditAs(tx, now, caller, {
      action: 'user.password-reset',
      targetType: 'user',
      targetId: userId,
      details: { endedSessions },
    });
  });
  return { temporaryPassword };
}
