/** A user's own sessions: list them, end one or all the others. */
import { deleteSession, deleteSessionsOfUser, listSessionsOfUser } from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { requireSessionStep } from './steps';

export interface SessionInfo {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** The browser's User-Agent as sent at sign-in (at most 300 characters). */
  userAgent: string | null;
  /** The session making this request. */
  current: boolean;
}

export async function listSessions(ctx: Context, actor: Actor): Promise<SessionInfo[]> {
  requireSessionStep(actor, [null]);
  const now = ctx.clock();
  const rows = await ctx.db.withActor(dbActor(actor), (tx) => listSessionsOfUser(tx, actor.userId));
  return rows
    .filter((r) => r.expiresAt > now && !r.pending)
    .map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      lastSeenAt: r.lastSeenAt,
      expiresAt: r.expiresAt,
      userAgent: r.userAgent,
      current: r.id === actor.sessionId,
    }));
}

/** Ends every session of the user but this one. Audited as `auth.sessions-end`. */
export async function endOtherSessions(ctx: Context, actor: Actor): Promise<{ ended: number }> {
  const sessionId = requireSessionStep(actor, [null]);
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const ended = await deleteSessionsOfUser(tx, actor.userId, sessionId);
    await appendAuditAs(tx, ctx.clock(), actor, {
      action: 'auth.sessions-end',
      targetType: 'user',
      targetId: actor.userId,
      details: { ended, which: 'others' },
    });
    return { ended };
  });
}

/** Ends one of the user's other sessions (RLS: only one's own). */
export async function endSession(ctx: Context, actor: Actor, id: string): Promise<void> {
  const current = requireSessionStep(actor, [null]);
  if (id === current)
    throw new ServiceError('validation', 'id: sign out to end this session', { field: 'id' });
  await ctx.db.withActor(dbActor(actor), async (tx) => {
    if ((await deleteSession(tx, id)) === 0) throw new ServiceError('not-found', 'No such session.');
    await appendAuditAs(tx, ctx.clock(), actor, {
      action: 'auth.sessions-end',
      targetType: 'user',
      targetId: actor.userId,
      details: { ended: 1, which: 'one' },
    });
  });
}
