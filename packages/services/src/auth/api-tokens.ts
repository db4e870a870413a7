import { authenticateApiTokenByHash, touchApiToken } from '@steward/db';
import type { Actor, Context } from '../types';
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
  // user in its organisation (authenticateApiTokenByHash); a second transaction only to record
  // the last use, at most once a minute.
  const found = await authenticateApiTokenByHash(ctx.db, sha256Hex(token), now);
  if (!found) return null;
  const { token: t } = found;
  if (t.revokedAt || (t.expiresAt && t.expiresAt <= now)) return null;
  const base = found.user
    ? actorFrom({ user: found.user, memberships: found.memberships }, 'token', t.organisationId)
    : null;
  if (!base || base.memberships.length === 0) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= TOKEN_USE_RECORDED_EVERY_MS)
    await ctx.db.withActor({ userId: t.userId, organisationId: t.organisationId }, (tx) =>
      touchApiToken(tx, t.tokenId, now, TOKEN_USE_RECORDED_EVERY_MS),
    );
  return {
    ...base,
    activeOrganisationId: t.organisationId,
    tokenId: t.tokenId,
    via: 'token' as const,
  };
}
