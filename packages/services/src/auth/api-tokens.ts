import { actAs, lookupApiTokenByHash, touchApiToken } from '@steward/db';
import type { Actor, Context } from '../types';
import { sha256Hex } from '../util';
import { loadActor } from './actor';
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
  // One transaction: look the token up with no actor, then act as its user in its organisation.
  return ctx.db.withAnonymous(async (tx) => {
    const found = await lookupApiTokenByHash(tx, sha256Hex(token));
    if (!found || found.revokedAt || (found.expiresAt && found.expiresAt <= now)) return null;
    await actAs(tx, { userId: found.userId, organisationId: found.organisationId });
    const base = await loadActor(tx, found.userId, 'token', found.organisationId);
    if (!base || base.memberships.length === 0) return null;
    // Last use, to the minute: a read does not write on every request.
    await touchApiToken(tx, found.tokenId, now, TOKEN_USE_RECORDED_EVERY_MS);
    return {
      ...base,
      activeOrganisationId: found.organisationId,
      tokenId: found.tokenId,
      via: 'token' as const,
    };
  });
}
