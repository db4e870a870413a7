import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import {
  clearLoginAttempt,
  deleteSession,
  findUserById,
  getLoginAttempt,
  insertSession,
  listMembershipsOfUser,
  lookupApiTokenByHash,
  lookupSessionByTokenHash,
  lookupUserForLogin,
  saveLoginAttempt,
  setSessionActiveOrganisation,
  touchApiToken,
  touchSession,
  type Tx,
} from '@steward/db';
import { appendAudit, appendAuditAs } from './audit';
import { ServiceError } from './errors';
import type { Actor, Context } from './types';
import { dbActor, randomToken, sha256Hex } from './util';

/** argon2id (the library's default algorithm) with OWASP-recommended cost. */
const ARGON_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argonHash(password, ARGON_OPTIONS);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argonVerify(hash, password).catch(() => false);
}

export const TOKEN_PREFIX = 'stw_';

export interface LoginInput {
  email: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
}

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

type Failure = {
  code: 'invalid-credentials' | 'account-locked' | 'account-disabled';
  retryAfterSeconds?: number;
};

function minutes(n: number): number {
  return n * 60_000;
}

async function loadActor(
  tx: Tx,
  userId: string,
  via: 'session' | 'token',
  scopeOrganisationId: string | null,
): Promise<(Omit<Actor, 'activeOrganisationId' | 'via'> & { memberships: Actor['memberships'] }) | null> {
  const user = await findUserById(tx, userId);
  if (!user || user.disabled) return null;
  const all = await listMembershipsOfUser(tx, userId);
  const memberships = all
    .filter((m) => via === 'session' || m.organisationId === scopeOrganisationId)
    .map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      acronym: m.acronym,
      role: m.role,
    }));
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    isAdmin: user.isAdmin,
    memberships,
  };
}

function lockedMessage(retryAfterSeconds: number): string {
  const mins = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-in attempts. Try again in ${mins} minute${mins === 1 ? '' : 's'}.`;
}

export function createAuthService(ctx: Context) {
  let dummyHash: Promise<string> | null = null;
  const cfg = ctx.config;

  async function registerFailure(tx: Tx, key: string, now: Date, max: number): Promise<void> {
    const current = await getLoginAttempt(tx, key);
    const windowOpen =
      current && now.getTime() - current.windowStartedAt.getTime() < minutes(cfg.failureWindowMinutes);
    const failures = (windowOpen ? current.failures : 0) + 1;
    const lockedUntil = failures >= max ? new Date(now.getTime() + minutes(cfg.lockoutMinutes)) : null;
    await saveLoginAttempt(
      tx,
      {
        key,
        failures: lockedUntil ? 0 : failures,
        windowStartedAt: windowOpen ? current.windowStartedAt : now,
        lockedUntil,
      },
      now,
    );
  }

  function lockRemaining(lockedUntil: Date | null | undefined, now: Date): number {
    return lockedUntil && lockedUntil > now ? Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) : 0;
  }

  async function establishSession(userId: string, now: Date, userAgent: string | null): Promise<LoginResult> {
    const sessionToken = randomToken(ctx);
    const csrfToken = randomToken(ctx);
    const expiresAt = new Date(now.getTime() + minutes(cfg.sessionIdleMinutes));
    return ctx.db.withActor({ userId }, async (tx) => {
      const base = await loadActor(tx, userId, 'session', null);
      if (!base) throw new ServiceError('account-disabled', 'This account is disabled.');
      const activeOrganisationId = base.memberships[0]?.organisationId ?? null;
      const sessionId = await insertSession(tx, {
        userId,
        tokenHash: sha256Hex(sessionToken),
        csrfToken,
        activeOrganisationId,
        createdAt: now,
        expiresAt,
        userAgent: userAgent ? userAgent.slice(0, 300) : null,
      });
      await appendAudit(tx, now, {
        action: 'auth.login',
        targetType: 'user',
        targetId: userId,
        outcome: 'success',
        actorUserId: userId,
        actorOrganisationId: activeOrganisationId,
        details: { via: 'password' },
      });
      return {
        sessionToken,
        csrfToken,
        expiresAt,
        actor: { ...base, activeOrganisationId, sessionId, csrfToken, via: 'session' },
      };
    });
  }

  return {
    /**
     * Signs in with e-mail and password. Throws ServiceError `invalid-credentials`,
     * `account-locked` (details.retryAfterSeconds) or `account-disabled`. Every attempt is
     * audited; a failure records the account id when the e-mail matched one, never the e-mail.
     */
    async login(input: LoginInput): Promise<LoginResult> {
      const now = ctx.clock();
      const ipKey = `ip:${sha256Hex(input.ip ?? 'unknown')}`;
      const email = (input.email ?? '').trim();
      const password = input.password ?? '';
      const lookup = await ctx.db.withAnonymous(async (tx) => {
        const ipLock = lockRemaining((await getLoginAttempt(tx, ipKey))?.lockedUntil, now);
        const user = email ? await lookupUserForLogin(tx, email) : null;
        const accountLock = user
          ? lockRemaining((await getLoginAttempt(tx, `account:${user.userId}`))?.lockedUntil, now)
          : 0;
        return { user, lock: Math.max(ipLock, accountLock) };
      });
      let failure: Failure | null = null;
      let reason = '';
      if (lookup.lock > 0) {
        failure = { code: 'account-locked', retryAfterSeconds: lookup.lock };
        reason = 'locked';
      } else {
        dummyHash ??= hashPassword('steward-dummy-password-for-timing');
        const ok = await verifyPassword(lookup.user?.passwordHash ?? (await dummyHash), password);
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
            await registerFailure(tx, ipKey, now, cfg.maxFailuresPerIp);
            if (userId) await registerFailure(tx, `account:${userId}`, now, cfg.maxFailuresPerAccount);
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
          const ipLock = lockRemaining((await getLoginAttempt(tx, ipKey))?.lockedUntil, now);
          const accountLock = userId
            ? lockRemaining((await getLoginAttempt(tx, `account:${userId}`))?.lockedUntil, now)
            : 0;
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
      await ctx.db.withAnonymous((tx) => clearLoginAttempt(tx, `account:${userId}`));
      return establishSession(userId, now, input.userAgent ?? null);
    },

    /** The actor of a session token, or null when unknown, expired or the user is disabled. Slides the expiry. */
    async authenticateSession(token: string | null | undefined): Promise<Actor | null> {
      if (!token) return null;
      const now = ctx.clock();
      const session = await ctx.db.withAnonymous((tx) => lookupSessionByTokenHash(tx, sha256Hex(token)));
      if (!session) return null;
      return ctx.db.withActor({ userId: session.userId }, async (tx) => {
        if (session.expiresAt <= now) {
          await deleteSession(tx, session.sessionId);
          return null;
        }
        const base = await loadActor(tx, session.userId, 'session', null);
        if (!base) return null;
        let activeOrganisationId = session.activeOrganisationId;
        if (
          !activeOrganisationId ||
          !base.memberships.some((m) => m.organisationId === activeOrganisationId)
        ) {
          activeOrganisationId = base.memberships[0]?.organisationId ?? null;
          if (activeOrganisationId)
            await setSessionActiveOrganisation(tx, session.sessionId, activeOrganisationId);
        }
        // Sliding expiry; written at most once a minute.
        if (now.getTime() - session.lastSeenAt.getTime() >= 60_000) {
          await touchSession(
            tx,
            session.sessionId,
            now,
            new Date(now.getTime() + minutes(cfg.sessionIdleMinutes)),
          );
        }
        return {
          ...base,
          activeOrganisationId,
          sessionId: session.sessionId,
          csrfToken: session.csrfToken,
          via: 'session' as const,
        };
      });
    },

    /** The actor of a personal API token (`stw_…`, with or without "Bearer "), scoped to its organisation; null when invalid. */
    async authenticateToken(bearer: string | null | undefined): Promise<Actor | null> {
      const token = (bearer ?? '').replace(/^Bearer\s+/i, '').trim();
      if (!token.startsWith(TOKEN_PREFIX)) return null;
      const now = ctx.clock();
      const found = await ctx.db.withAnonymous((tx) => lookupApiTokenByHash(tx, sha256Hex(token)));
      if (!found || found.revokedAt || (found.expiresAt && found.expiresAt <= now)) return null;
      return ctx.db.withActor({ userId: found.userId, organisationId: found.organisationId }, async (tx) => {
        const base = await loadActor(tx, found.userId, 'token', found.organisationId);
        if (!base || base.memberships.length === 0) return null;
        await touchApiToken(tx, found.tokenId, now);
        return {
          ...base,
          activeOrganisationId: found.organisationId,
          tokenId: found.tokenId,
          via: 'token' as const,
        };
      });
    },

    /** Ends the actor's session (a token actor: nothing to end; revoke the token instead). */
    async logout(actor: Actor): Promise<void> {
      if (actor.via !== 'session' || !actor.sessionId) return;
      const sessionId = actor.sessionId;
      await ctx.db.withActor(dbActor(actor), async (tx) => {
        await deleteSession(tx, sessionId);
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'auth.logout',
          targetType: 'user',
          targetId: actor.userId,
        });
      });
    },

    /** Switches the session's active organisation. Throws `forbidden` when not a member or for a token. */
    async setActiveOrganisation(actor: Actor, organisationId: string): Promise<Actor> {
      if (actor.via !== 'session' || !actor.sessionId)
        throw new ServiceError('forbidden', 'An API token is scoped to one organisation.');
      if (!actor.memberships.some((m) => m.organisationId === organisationId)) {
        throw new ServiceError('forbidden', 'You are not a member of this organisation.');
      }
      const sessionId = actor.sessionId;
      await ctx.db.withActor({ userId: actor.userId }, (tx) =>
        setSessionActiveOrganisation(tx, sessionId, organisationId),
      );
      return { ...actor, activeOrganisationId: organisationId };
    },
  };
}
