import {
  authenticateSessionByTokenHash,
  deleteSession,
  insertSession,
  setSessionActiveOrganisation,
} from '@steward/db';
import { landingMembership } from '@steward/core/auth/permissions';
import { appendAudit, appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { continueIn } from '../request-transaction';
import { dbActor, randomToken, sha256Hex } from '../util';
import { actorFrom, loadActor } from './actor';
import { expiryAt, pastAbsolute, renewalDue, renewSession } from './session-renewal';
import { nextPending } from './sign-in-steps';
import type { LoginResult } from './types';

/**
 * Creates a session for a user whose password (and, for `second-factor`, second factor) was
 * checked, with the sign-in step still pending if any; audits the sign-in.
 */
export async function establishSession(
  ctx: Context,
  userId: string,
  now: Date,
  userAgent: string | null,
  proven: { by: 'password' | 'totp' | 'recovery-code'; activeOrganisationId?: string | null } = {
    by: 'password',
  },
): Promise<LoginResult> {
  const sessionToken = randomToken(ctx);
  const csrfToken = randomToken(ctx);
  return ctx.db.withActor({ userId }, async (tx) => {
    const base = await loadActor(tx, userId, 'session', null);
    if (!base) throw new ServiceError('account-disabled', 'This account is disabled.');
    const pending = await nextPending(
      ctx.config,
      tx,
      base,
      proven.by === 'password' ? 'password' : 'second-factor',
    );
    const expiresAt = expiryAt(ctx.config, { createdAt: now, pending }, now);
    const activeOrganisationId =
      proven.activeOrganisationId &&
      base.memberships.some((m) => m.organisationId === proven.activeOrganisationId)
        ? proven.activeOrganisationId
        : (landingMembership(base.memberships)?.organisationId ?? null);
    const sessionId = await insertSession(tx, {
      userId,
      tokenHash: sha256Hex(sessionToken),
      csrfToken,
      activeOrganisationId,
      createdAt: now,
      expiresAt,
      userAgent: userAgent ? userAgent.slice(0, 300) : null,
      pending,
    });
    await appendAudit(tx, now, {
      action: 'auth.login',
      targetType: 'user',
      targetId: userId,
      outcome: 'success',
      actorUserId: userId,
      actorOrganisationId: activeOrganisationId,
      details: pending ? { via: proven.by, pending } : { via: proven.by },
    });
    return {
      sessionToken,
      csrfToken,
      expiresAt,
      actor: { ...base, activeOrganisationId, sessionId, csrfToken, via: 'session', pending },
    };
  });
}

/**
 * The actor of a session token, or null when unknown, expired (idle, absolute lifetime or an
 * unfinished sign-in step) or the user is disabled. Slides the expiry (session-renewal.ts).
 *
 * One round trip to the database for a read (authenticateSessionByTokenHash: the session looked up
 * with no actor, then its user and memberships read as that user under row-level security, in one
 * transaction sent as one message). That transaction stays open for what follows at once: a write
 * (an expired session deleted, the expiry slid at most once a minute, a stale active organisation)
 * or else the request's own work continues in it (`continueIn`, `dbActor`; decision 0013, thirteenth
 * round), so a read is one transaction in all.
 * Nothing is cached: a session ended or a role changed a moment ago is seen by the next request.
 */
export async function authenticateSession(
  ctx: Context,
  token: string | null | undefined,
): Promise<Actor | null> {
  if (!token) return null;
  const now = ctx.clock();
  const found = await authenticateSessionByTokenHash(ctx.db, sha256Hex(token));
  if (!found) return null;
  const { session, held } = found;
  // A write below continues in the authentication's transaction (then the request's work opens
  // its own); otherwise the work does (continueIn).
  const asUser = { userId: session.userId, continues: held };
  if (session.expiresAt <= now || pastAbsolute(ctx.config, session, now)) {
    await ctx.db.withActor(asUser, (tx) => deleteSession(tx, session.sessionId));
    return null;
  }
  const base = found.user
    ? actorFrom({ user: found.user, memberships: found.memberships }, 'session', null)
    : null;
  if (!base) {
    held.release();
    return null;
  }
  let activeOrganisationId = session.activeOrganisationId;
  let fixOrganisation = false;
  if (!activeOrganisationId || !base.memberships.some((m) => m.organisationId === activeOrganisationId)) {
    activeOrganisationId = base.memberships[0]?.organisationId ?? null;
    fixOrganisation = activeOrganisationId !== null;
  }
  if (fixOrganisation || renewalDue(session, now)) {
    await ctx.db.withActor(asUser, async (tx) => {
      if (fixOrganisation && activeOrganisationId)
        await setSessionActiveOrganisation(tx, session.sessionId, activeOrganisationId);
      await renewSession(tx, ctx.config, session, now);
    });
  }
  const actor: Actor = {
    ...base,
    activeOrganisationId,
    sessionId: session.sessionId,
    csrfToken: session.csrfToken,
    via: 'session' as const,
    pending: session.pending,
  };
  continueIn(actor, held);
  return actor;
}

/** Ends the actor's session (a token actor: nothing to end; revoke the token instead). */
export async function logout(ctx: Context, actor: Actor): Promise<void> {
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
}

/** Switches the session's active organisation. Throws `forbidden` when not a member or for a token. */
export async function setActiveOrganisation(
  ctx: Context,
  actor: Actor,
  organisationId: string,
): Promise<Actor> {
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
}
