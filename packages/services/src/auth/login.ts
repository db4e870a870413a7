import { appendAudit } from '../audit';
import { clearLoginAttempt, lookupUserForLogin } from '@steward/db';
import { ServiceError } from '../errors';
import type { Context } from '../types';
import { accountKey, ipKey, lockedMessage, lockRemainingFor, registerFailure } from './lockout';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { establishSession } from './sessions';
import type { LoginInput, LoginResult } from './types';

type Failure = {
  code: 'invalid-credentials' | 'account-locked' | 'account-disabled';
  retryAfterSeconds?: number;
};

/**
 * Signs in with e-mail and password. Throws ServiceError `invalid-credentials`,
 * `account-locked` (details.retryAfterSeconds) or `account-disabled`. Every attempt is
 * audited; a failure records the account id when the e-mail matched one, never the e-mail.
 */
export async function login(ctx: Context, input: LoginInput): Promise<LoginResult> {
  const cfg = ctx.config;
  const now = ctx.clock();
  const ip = ipKey(input.ip);
  const email = (input.email ?? '').trim();
  const password = input.password ?? '';
  const lookup = await ctx.db.withAnonymous(async (tx) => {
    const ipLock = await lockRemainingFor(tx, ip, now);
    const user = email ? await lookupUserForLogin(tx, email) : null;
    const accountLock = user ? await lockRemainingFor(tx, accountKey(user.userId), now) : 0;
    return { user, lock: Math.max(ipLock, accountLock) };
  });
  let failure: Failure | null = null;
  let reason = '';
  if (lookup.lock > 0) {
    failure = { code: 'account-locked', retryAfterSeconds: lookup.lock };
    reason = 'locked';
  } else {
    const ok = await verifyPassword(lookup.user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!lookup.user || !ok) {
      failure = { code: 'invalid-credentials' };
      reason = lookup.user ? 'bad-password' : 'unknown-account';
    } else if (lookup.user.disabled) {
      failure = { code: 'account-disabled' };
      reason = 'disabled';
    }
  }
  if (failure) {
    const userId = lookup.user?.userId ?? null;
    const lockedNow = await ctx.db.withAnonymous(async (tx) => {
      if (failure.code === 'invalid-credentials') {
        await registerFailure(tx, cfg, ip, now, cfg.maxFailuresPerIp);
        if (userId) await registerFailure(tx, cfg, accountKey(userId), now, cfg.maxFailuresPerAccount);
      }
      await appendAudit(tx, now, {
        action: 'auth.login',
        targetType: 'user',
        targetId: userId,
        outcome: 'failure',
        actorUserId: null,
        actorOrganisationId: null,
        details: { reason },
      });
      const ipLock = await lockRemainingFor(tx, ip, now);
      const accountLock = userId ? await lockRemainingFor(tx, accountKey(userId), now) : 0;
      return Math.max(ipLock, accountLock);
    });
    if (failure.code === 'account-locked' || lockedNow > 0) {
      const retryAfterSeconds = failure.retryAfterSeconds ?? lockedNow;
      throw new ServiceError('account-locked', lockedMessage(retryAfterSeconds), { retryAfterSeconds });
    }
    if (failure.code === 'account-disabled')
      throw new ServiceError('account-disabled', 'This account is disabled. Ask an administrator.');
    throw new ServiceError('invalid-credentials', 'The e-mail address or password is wrong.');
  }
  const userId = lookup.user!.userId;
  await ctx.db.withAnonymous((tx) => clearLoginAttempt(tx, accountKey(userId)));
  return establishSession(ctx, userId, now, input.userAgent ?? null);
}
