import { lookupApiTokenByHash, touchApiToken } from '@steward/db';
import type { Actor, Context } from '../types';
import { sha256Hex } from '../util';
import { loadActor } from './actor';
import { TOKEN_PREFIX } from './types';

/** The actor of a personal API token (`stw_…`, with or without "Bearer "), scoped to its organisation; null when invalid. */
export async function authenticateToken(
  ctx: Context,
  bearer: string | null | undefined,
): Promise<Actor | null> {
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
}
