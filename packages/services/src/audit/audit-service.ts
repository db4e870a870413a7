import type { KeyObject } from 'node:crypto';
import { writeCsvRows } from '@steward/core/sdc/io/csv';
import {
  auditPublicHead,
  listAuditEntries,
  searchAuditEntries,
  type AuditListRow,
  type AuditRow,
  type AuditSearch,
} from '@steward/db';
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

/** Filters of the audit log viewer (all optional). */
export type AuditQuery = Omit<AuditSearch, 'limit'> & { limit?: number };

/** Most rows one CSV export holds. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

const CSV_COLUMNS = [
  'sequence',
  'occurredAt',
  'actorUserId',
  'actorName',
  'actorOrganisationId',
  'organisationId',
  'action',
  'targetType',
  'targetId',
  'outcome',
  'details',
  'hash',
] as const;

export function createAuditService(ctx: Context) {
  const search = (actor: Actor, query: AuditQuery, limit: number): Promise<AuditListRow[]> => {
    requireAllowed(actor, 'audit.read');
    if (query.from && query.to && query.from >= query.to)
      throw new ServiceError('validation', 'to: must be after from', { field: 'to' });
    return ctx.db.withActor(dbActor(actor), (tx) => searchAuditEntries(tx, { ...query, limit }));
  };
  return {
    /**
     * The audit log viewer (audit.read): entries the actor may see (row-level security: their
     * organisations' entries and their own), filtered, newest first, at most `limit` (≤ 500).
     */
    async search(actor: Actor, query: AuditQuery = {}): Promise<AuditListRow[]> {
      return search(actor, query, Math.min(Math.max(query.limit ?? 100, 1), 500));
    },

    /** The same entries as CSV (at most AUDIT_EXPORT_MAX_ROWS); the export itself is audited. */
    async exportCsv(actor: Actor, query: AuditQuery = {}): Promise<{ csv: string; rows: number }> {
      const rows = await search(actor, query, AUDIT_EXPORT_MAX_ROWS);
      await ctx.db.withActor(dbActor(actor), (tx) =>
        appendAuditAs(tx, ctx.clock(), actor, {
          action: 'audit.export',
          targetType: 'audit-log',
          organisationId: actor.activeOrganisationId,
          details: { rows: rows.length },
        }),
      );
      const csv = writeCsvRows([
        [...CSV_COLUMNS],
        ...rows.map((r) => [
          String(r.sequence),
          r.occurredAt.toISOString(),
          r.actorUserId ?? '',
          r.actorName ?? '',
          r.actorOrganisationId ?? '',
          r.organisationId ?? '',
          r.action,
          r.targetType,
          r.targetId ?? '',
          r.outcome,
          JSON.stringify(r.details),
          r.hash,
        ]),
      ]);
      return { csv, rows: rows.length };
    },

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
