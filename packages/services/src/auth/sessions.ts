import {
  actAs,
  deleteSession,
  insertSession,
  lookupSessionByTokenHash,
  setSessionActiveOrganisation,
} from '@steward/db';
import { landingMembership } from '@steward/core/auth/permissions';
import { appendAudit, appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor, randomToken, sha256Hex } from '../util';
import { loadActor } from './actor';
import { expiryAt, pastAbsolute, renewSession } from './session-renewal';
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
 */
export async function authenticateSession(
  ctx: Context,
  token: string | null | undefined,
): Promise<Actor | null> {
  if (!token) return null;
  const now = ctx.clock();
  // One transaction: look the token up with no actor, then act as its user (RLS applies).
  return ctx.db.withAnonymous(async (tx) => {
    const session = await lookupSessionByTokenHash(tx, sha256Hex(token));
    if (!session) return null;
    await actAs(tx, { userId: session.userId });
    if (session.expiresAt <= now || pastAbsolute(ctx.config, session, now)) {
      await deleteSession(tx, session.sessionId);
      return null;
    }
    const base = await loadActor(tx, session.userId, 'session', null);
    if (!base) return null;
    let activeOrganisationId = session.activeOrganisationId;
    if (!activeOrganisationId || !base.memberships.some((m) => m.organisationId === activeOrganisationId)) {
      activeOrganisationId = landingMembership(base.memberships)?.organisationId ?? null;
      if (activeOrganisationId)
        await setSessionActiveOrganisation(tx, session.sessionId, activeOrganisationId);
    }
    await renewSession(tx, ctx.config, session, now);
    return {
      ...base,
      activeOrganisationId,
      sessionId: session.sessionId,
      csrfToken: session.csrfToken,
      via: 'session' as const,
      pending: session.pending,
    };
  });
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
