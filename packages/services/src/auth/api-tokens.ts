import { authenticateApiTokenByHash, touchApiToken } from '@steward/db';
import type { Actor, Context } from '../types';
import { continueIn } from '../request-transaction';
import { sha256Hex } from '../util';
import { actorFrom } from './actor';
import { TOKEN_PREFIX } from './types';

/** How stale a token's recorded last use may get before a request writes it again. */
export const TOKEN_USE_RECORDED_EVERY_MS = 60_000;

/** The actor of a personal API token (`stw_…`, with or without "Bearer "), scoped to its organisation; null when invalid. */
export async function authenticateToken(
  ctx: Context,
  bearer: string | null | undefined,
): Promise<Actor | null> {
  const token = (bearer ?? '').replace(/^Bearer\s+/i, '').trim();
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = ctx.clock();
  // One round trip: the token looked up with no actor, then its user and memberships read as that
  // user in its organisation (authenticateApiTokenByHash), in a transaction the request's work (or
  // recording the last use, at most once a minute) continues in.
  const found = await authenticateApiTokenByHash(ctx.db, sha256Hex(token), now);
  if (!found) return null;
  const { token: t, held } = found;
  if (t.revokedAt || (t.expiresAt && t.expiresAt <= now)) {
    held.release();
    return null;
  }
  const base = found.user
    ? actorFrom({ user: found.user, memberships: found.memberships }, 'token', t.organisationId)
    : null;
  if (!base || base.memberships.length === 0) {
    held.release();
    return null;
  }
  // Recording the use continues in the authentication's transaction; else the request's work does.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= TOKEN_USE_RECORDED_EVERY_MS)
    await ctx.db.withActor({ userId: t.userId, organisationId: t.organisationId, continues: held }, (tx) =>
      touchApiToken(tx, t.tokenId, now, TOKEN_USE_RECORDED_EVERY_MS),
    );
  const actor: Actor = {
    ...base,
    activeOrganisationId: t.organisationId,
    tokenId: t.tokenId,
    via: 'token' as const,
  };
  continueIn(actor, held);
  return actor;
}
