import { appendAudit } from '../audit';
import { clearLoginAttempt, lookupUserForLogin } from '@steward/db';
import { ServiceError } from '../errors';
import type { Context } from '../types';
import { identifierKey, ipKey, lockedMessage, registerFailure, waitRemainingFor } from './lockout';
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
  const id = identifierKey(email);
  const password = input.password ?? '';
  // Known and unknown e-mails take the same path: the counters are keyed by what was typed.
  const lookup = await ctx.db.withAnonymous(async (tx) => {
    const wait = Math.max(await waitRemainingFor(tx, ip, now), await waitRemainingFor(tx, id, now));
    const user = email ? await lookupUserForLogin(tx, email) : null;
    return { user, wait };
  });
  let failure: Failure | null = null;
  let reason = '';
  if (lookup.wait > 0) {
    failure = { code: 'account-locked', retryAfterSeconds: lookup.wait };
    reason = 'throttled';
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
    await ctx.db.withAnonymous(async (tx) => {
      if (failure.code === 'invalid-credentials') {
        await registerFailure(tx, cfg, ip, now, cfg.maxFailuresPerIp);
        await registerFailure(tx, cfg, id, now, cfg.maxFailuresPerAccount);
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
    });
    if (failure.code === 'account-locked') {
      const retryAfterSeconds = failure.retryAfterSeconds ?? 1;
      throw new ServiceError('account-locked', lockedMessage(retryAfterSeconds), { retryAfterSeconds });
    }
    if (failure.code === 'account-disabled')
      throw new ServiceError('account-disabled', 'This account is disabled. Ask an administrator.');
    throw new ServiceError('invalid-credentials', 'The e-mail address or password is wrong.');
  }
  const userId = lookup.user!.userId;
  await ctx.db.withAnonymous((tx) => clearLoginAttempt(tx, id));
  return establishSession(ctx, userId, now, input.userAgent ?? null);
}
