/** Two-factor sign-in with TOTP: status, enrolment, confirmation, turning off, and the sign-in step. */
import {
  clearLoginAttempt,
  countUnusedRecoveryCodes,
  confirmUserTotp,
  deleteSession,
  deleteUserTotp,
  getSignInState,
  getUserTotp,
  replaceRecoveryCodes,
  setSessionPending,
  startUserTotp,
  touchSession,
  useRecoveryCode,
  useTotpStep,
  type Tx,
} from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { createKeyResolver } from '../registry/crypto';
import type { Actor, Context } from '../types';
import { dbActor, sha256Hex } from '../util';
import { lockedMessage, registerFailure, waitRemainingFor } from './lockout';
import { verifyPassword } from './passwords';
import { expiryAt } from './session-renewal';
import { establishSession } from './sessions';
import { nextPending, twoFactorRequired } from './sign-in-steps';
import { requireSessionStep } from './steps';
import {
  acceptedStep,
  decryptTotpSecret,
  encryptTotpSecret,
  enrolmentFor,
  newTotpSecret,
  totpKeyId,
  type TotpEnrolment,
} from './totp';
import type { LoginResult } from './types';

export type KeyResolver = ReturnType<typeof createKeyResolver>;

export interface TwoFactorStatus {
  enabled: boolean;
  /** Required for the user's roles (administrator, cluster coordinator or IMO): cannot be turned off. */
  required: boolean;
  recoveryCodesLeft: number;
}

export const RECOVERY_CODE_COUNT = 10;
/** Wrong codes per user before the progressive delay (same rule as passwords, lockout.ts). */
const MAX_CODE_FAILURES = 5;

const codeKey = (userId: string) => `code:${userId}`;

/** A recovery code: 10 random bytes as 16 base32 characters in four groups, e.g. `abcd-efgh-ijkl-mnop`. */
function newRecoveryCode(randomBytes: (n: number) => Uint8Array): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z2-7]/g, '');
}

function hashRecoveryCode(code: string): string {
  return sha256Hex(`steward-recovery:${normaliseRecoveryCode(code)}`);
}

async function secretOf(keys: KeyResolver, userId: string, stored: string): Promise<string> {
  return decryptTotpSecret(await keys.keyById(totpKeyId(stored)), userId, stored);
}

/** Checks a wrong-code delay, then the code; counts a failure. Returns how it was proven. */
async function checkCode(
  ctx: Context,
  keys: KeyResolver,
  tx: Tx,
  actor: Actor,
  code: string,
  allowRecovery: boolean,
): Promise<'totp' | 'recovery-code' | 'wrong'> {
  const now = ctx.clock();
  const wait = await waitRemainingFor(tx, codeKey(actor.userId), now);
  if (wait > 0) throw new ServiceError('account-locked', lockedMessage(wait), { retryAfterSeconds: wait });
  const row = await getUserTotp(tx, actor.userId);
  if (row) {
    const secret = await secretOf(keys, actor.userId, row.secretEncrypted);
    const step = acceptedStep(secret, code, now);
    if (step !== null && (row.confirmedAt === null || (await useTotpStep(tx, actor.userId, step)) > 0))
      return 'totp';
    if (allowRecovery && row.confirmedAt && normaliseRecoveryCode(code).length === 16) {
      if ((await useRecoveryCode(tx, actor.userId, hashRecoveryCode(code), now)) > 0) return 'recovery-code';
    }
  }
  return 'wrong';
}

export function createTwoFactor(ctx: Context, keys: KeyResolver) {
  /** Runs `fn`; a wrong code is counted (in its own transaction, so it stays counted) and refused. */
  async function withCode<T>(actor: Actor, fn: (tx: Tx) => Promise<T | 'wrong'>): Promise<T> {
    const result = await ctx.db.withActor(dbActor(actor), fn);
    if (result !== 'wrong') return result;
    const now = ctx.clock();
    await ctx.db.withActor(dbActor(actor), async (tx) => {
      await registerFailure(tx, ctx.config, codeKey(actor.userId), now, MAX_CODE_FAILURES);
      await appendAuditAs(tx, now, actor, {
        action: 'auth.second-factor',
        targetType: 'user',
        targetId: actor.userId,
        outcome: 'failure',
        details: { reason: 'wrong-code' },
      });
    });
    throw new ServiceError('validation', 'code: the code is wrong or was used already', {
      field: 'code',
      reason: 'code-wrong',
    });
  }

  return {
    async status(actor: Actor): Promise<TwoFactorStatus> {
      return ctx.db.withActor(dbActor(actor), async (tx) => {
        const state = await getSignInState(tx, actor.userId);
        return {
          enabled: Boolean(state?.totpConfirmed),
          required: twoFactorRequired(ctx.config, actor),
          recoveryCodesLeft: state?.totpConfirmed ? await countUnusedRecoveryCodes(tx, actor.userId) : 0,
        };
      });
    },

    /** Starts enrolment: a new secret (replacing an unconfirmed one), its URI and QR code. */
    async startEnrolment(actor: Actor): Promise<TotpEnrolment> {
      requireSessionStep(actor, [null, 'enrol-totp']);
      const secret = newTotpSecret(ctx.randomBytes);
      const key = await keys.currentKey();
      const stored = encryptTotpSecret(key, ctx.randomBytes(12), actor.userId, secret);
      const started = await ctx.db.withActor(dbActor(actor), (tx) =>
        startUserTotp(tx, actor.userId, stored, ctx.clock()),
      );
      if (!started)
        throw new ServiceError('conflict', 'Two-factor sign-in is on already; turn it off first.');
      return enrolmentFor(secret, actor.email);
    },

    /** Confirms enrolment with a code from the app; returns the recovery codes, shown this once. */
    async confirmEnrolment(actor: Actor, code: string): Promise<{ recoveryCodes: string[] }> {
      const sessionId = requireSessionStep(actor, [null, 'enrol-totp']);
      return withCode(actor, async (tx) => {
        const now = ctx.clock();
        const row = await getUserTotp(tx, actor.userId);
        // A row without a secret is an administrator's reset marker: enrolment not started yet.
        if (!row || row.confirmedAt || !row.secretEncrypted)
          throw new ServiceError(
            'conflict',
            'Start the enrolment first (or two-factor sign-in is on already).',
          );
        const step = acceptedStep(await secretOf(keys, actor.userId, row.secretEncrypted), code, now);
        if (step === null) return 'wrong';
        await confirmUserTotp(tx, actor.userId, step, now);
        const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
          newRecoveryCode(ctx.randomBytes),
        );
        await replaceRecoveryCodes(tx, actor.userId, recoveryCodes.map(hashRecoveryCode), now);
        const pending = await nextPending(ctx.config, tx, actor, 'second-factor');
        if (pending !== (actor.pending ?? null)) {
          await setSessionPending(tx, sessionId, pending);
          if (!pending)
            await touchSession(tx, sessionId, now, expiryAt(ctx.config, { createdAt: now, pending }, now));
        }
        await appendAuditAs(
          tx,
          now,
          { ...actor, pending: null },
          {
            action: 'auth.totp-enable',
            targetType: 'user',
            targetId: actor.userId,
          },
        );
        return { recoveryCodes };
      });
    },

    /** Turns two-factor sign-in off (not when required for the role); needs the password. */
    async disable(actor: Actor, password: string): Promise<void> {
      requireSessionStep(actor, [null]);
      if (twoFactorRequired(ctx.config, actor))
        throw new ServiceError('forbidden', 'Two-factor sign-in is required for your role.', {
          reason: 'two-factor-required',
        });
      await ctx.db.withActor(dbActor(actor), async (tx) => {
        const state = await getSignInState(tx, actor.userId);
        if (!state || !(await verifyPassword(state.passwordHash, password ?? '')))
          throw new ServiceError('validation', 'password: the password is wrong', {
            field: 'password',
            reason: 'password-wrong',
          });
        if ((await deleteUserTotp(tx, actor.userId)) === 0)
          throw new ServiceError('not-found', 'Two-factor sign-in is not on.');
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'auth.totp-disable',
          targetType: 'user',
          targetId: actor.userId,
        });
      });
    },

    /**
     * The second sign-in step: a code from the app, or an unused recovery code. Ends the pending
     * session and returns a new one (a fresh token once both factors are proven).
     */
    async verifySignIn(actor: Actor, code: string, userAgent: string | null): Promise<LoginResult> {
      const sessionId = requireSessionStep(actor, ['totp']);
      const by = await withCode(actor, (tx) => checkCode(ctx, keys, tx, actor, code ?? '', true));
      const now = ctx.clock();
      await ctx.db.withActor(dbActor(actor), async (tx) => {
        await deleteSession(tx, sessionId);
        await clearLoginAttempt(tx, codeKey(actor.userId));
      });
      return establishSession(ctx, actor.userId, now, userAgent, {
        by,
        activeOrganisationId: actor.activeOrganisationId,
      });
    },
  };
}

export type TwoFactorService = ReturnType<typeof createTwoFactor>;
