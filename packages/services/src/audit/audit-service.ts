import type { KeyObject } from 'node:crypto';
import { auditPublicHead, listAuditEntries, type AuditRow } from '@steward/db';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor, requireAllowed } from '../util';
import { appendAuditAs } from './chain';
import {
  CheckpointError,
  openCheckpoint,
  signCheckpoint,
  type AuditCheckpoint,
  type AuditHeadState,
} from './checkpoint';
import { verifyChain, type AuditVerification } from './verify';

export interface VerifyOptions {
  /** A signed checkpoint (parsed JSON or text): the chain must still hold its entry and hash. */
  checkpoint?: unknown;
  /** Refuse a checkpoint not signed by this key (the installation's own). */
  trustedPublicKey?: KeyObject;
}

export function createAuditService(ctx: Context) {
  return {
    /**
     * Walks the whole chain in sequence order and reports the first broken link: a gap or
     * repeat in the sequence (deleted or reordered rows), a hash that does not match the entry
     * and its predecessor (edited rows), and with a checkpoint a head that differs from the signed
     * one or ends before it (rewritten chain, dropped tail, emptied log). A checkpoint that is not
     * validly signed throws ServiceError('validation'). `entries` = entries checked before stopping.
     */
    async verify(options: VerifyOptions = {}): Promise<AuditVerification> {
      let checkpoint: AuditCheckpoint | undefined;
      if (options.checkpoint !== undefined) {
        try {
          checkpoint = openCheckpoint(options.checkpoint, options.trustedPublicKey);
        } catch (error) {
          if (error instanceof CheckpointError)
            throw new ServiceError('validation', `checkpoint: ${error.message}`, { field: 'checkpoint' });
          throw error;
        }
      }
      return ctx.db.asSystem('audit-verify', (tx) => verifyChain(tx, checkpoint));
    },

    /**
     * Verifies the chain and signs its head with `privateKey` (Ed25519, kept outside the database).
     * Refuses to sign a broken chain.
     */
    async checkpoint(privateKey: KeyObject): Promise<AuditCheckpoint> {
      return ctx.db.asSystem('audit-verify', async (tx) => {
        const result = await verifyChain(tx);
        if (!result.ok)
          throw new ServiceError(
            'conflict',
            `The audit log is broken at entry ${result.brokenAt.sequence} (${result.brokenAt.reason}); no checkpoint signed.`,
          );
        const head = await auditPublicHead(tx);
        if ((head?.sequence ?? 0) !== result.head.sequence)
          throw new ServiceError('conflict', 'The audit log changed while it was verified; try again.');
        return signCheckpoint(
          { sequence: result.head.sequence, hash: result.head.hash, occurredAt: head?.occurredAt ?? null },
          privateKey,
          ctx.clock(),
        );
      });
    },

    /**
     * The current head (sequence, hash, time of the newest entry), for any signed-in actor of
     * any organisation to see and keep: a later head that does not extend it shows a rewrite.
     */
    async head(actor: Actor): Promise<AuditHeadState> {
      const head = await ctx.db.withActor(dbActor(actor), (tx) => auditPublicHead(tx));
      return head ?? { sequence: 0, hash: '', occurredAt: null };
    },

    /** Records that `actor` read data a module marks sensitive. Call it in the same request. */
    async recordSensitiveRead(
      actor: Actor,
      target: { targetType: string; targetId: string; organisationId: string | null },
    ): Promise<void> {
      await ctx.db.withActor(dbActor(actor), (tx) =>
        appendAuditAs(tx, ctx.clock(), actor, {
          action: 'sensitive.read',
          targetType: target.targetType,
          targetId: target.targetId,
          organisationId: target.organisationId,
        }),
      );
    },

    /** The latest entries the actor may see (audit.read). */
    async list(actor: Actor, options: { limit?: number } = {}): Promise<AuditRow[]> {
      requireAllowed(actor, 'audit.read');
      const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
      if (!Number.isFinite(limit)) throw new ServiceError('validation', 'limit: must be a number');
      return ctx.db.withActor(dbActor(actor), (tx) => listAuditEntries(tx, limit));
    },
  };
}
