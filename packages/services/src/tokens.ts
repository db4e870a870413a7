import {
  findMembership,
  findUserById,
  insertApiToken,
  listApiTokensOfUser,
  revokeApiToken,
  type ApiTokenRow,
} from '@steward/db';
import { appendAuditAs } from './audit';
import { TOKEN_PREFIX } from './auth/index';
import { ServiceError } from './errors';
import type { Caller, Context } from './types';
import { randomToken, requireAllowed, runAs, sha256Hex } from './util';

export type { ApiTokenRow };

export interface NewTokenInput {
  name: string;
  organisationId: string;
  expiresInDays?: number;
  /** System callers only (CLI `token create`): whose token. Actors always create their own. */
  userId?: string;
}

export function createTokensService(ctx: Context) {
  return {
    /**
     * Creates a personal API token scoped to one organisation the user belongs to. Returns the
     * plain token once (`stw_…`); only its SHA-256 is stored. Audited.
     */
    async create(
      caller: Caller,
      input: NewTokenInput,
    ): Promise<{ id: string; token: string; expiresAt: Date | null }> {
      const name = input.name?.trim() ?? '';
      if (!name || name.length > 100)
        throw new ServiceError('validation', 'name: required, at most 100 characters', { field: 'name' });
      const days = input.expiresInDays;
      if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 3650)) {
        throw new ServiceError('validation', 'expiresInDays: a whole number from 1 to 3650', {
          field: 'expiresInDays',
        });
      }
      let userId: string;
      if (caller.via === 'system') {
        if (!input.userId) throw new ServiceError('validation', 'userId: required', { field: 'userId' });
        userId = input.userId;
      } else {
        if (input.userId && input.userId !== caller.userId)
          throw new ServiceError('forbidden', 'You can create tokens for yourself only.');
        if (caller.via === 'token') throw new ServiceError('forbidden', 'Sign in to create a token.');
        requireAllowed(caller, 'token.manage-own', input.organisationId);
        userId = caller.userId;
      }
      const token = `${TOKEN_PREFIX}${randomToken(ctx)}`;
      const now = ctx.clock();
      const expiresAt = days === undefined ? null : new Date(now.getTime() + days * 86_400_000);
      const scoped =
        caller.via === 'system' ? caller : { ...caller, activeOrganisationId: input.organisationId };
      const id = await runAs(ctx, scoped, async (tx) => {
        if (!(await findUserById(tx, userId))) throw new ServiceError('not-found', 'No such user.');
        if (!(await findMembership(tx, userId, input.organisationId)))
          throw new ServiceError(
            'forbidden',
            'A token can only be scoped to an organisation the user belongs to.',
          );
        const tokenId = await insertApiToken(tx, {
          userId,
          organisationId: input.organisationId,
          name,
          tokenHash: sha256Hex(token),
          tokenPrefix: token.slice(0, 10),
          createdAt: now,
          expiresAt,
        });
        await appendAuditAs(tx, now, scoped, {
          action: 'token.create',
          targetType: 'api-token',
          targetId: tokenId,
          organisationId: input.organisationId,
        });
        return tokenId;
      });
      return { id, token, expiresAt };
    },

    /** The caller's own tokens (never the token text). */
    list(caller: Caller & { userId: string }): Promise<ApiTokenRow[]> {
      return runAs(ctx, caller, (tx) => listApiTokensOfUser(tx, caller.userId));
    },

    /** Revokes one of the caller's tokens (an admin: anyone's). Audited. `not-found` when absent or already revoked. */
    async revoke(caller: Caller, tokenId: string): Promise<void> {
      await runAs(ctx, caller, async (tx) => {
        const now = ctx.clock();
        if ((await revokeApiToken(tx, tokenId, now)) === 0)
          throw new ServiceError('not-found', 'No such active token.');
        await appendAuditAs(tx, now, caller, {
          action: 'token.revoke',
          targetType: 'api-token',
          targetId: tokenId,
        });
      });
    },
  };
}
