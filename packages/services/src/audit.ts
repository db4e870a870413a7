import {
  auditChainPage,
  auditHead,
  insertAuditEntry,
  listAuditEntries,
  type AuditRow,
  type Tx,
} from '@steward/db';
import { canonicalJson } from './canonical-json';
import { ServiceError } from './errors';
import type { Actor, Caller, Context } from './types';
import { auditActor, dbActor, requireAllowed, sha256Hex } from './util';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** What a caller records. `details` holds ids and codes only — never names, e-mails or free text. */
export interface AuditInput {
  action: string;
  targetType: string;
  targetId?: string | null;
  organisationId?: string | null;
  outcome?: AuditOutcome;
  details?: Record<string, unknown>;
  actorUserId: string | null;
  actorOrganisationId: string | null;
}

type Hashed = Omit<AuditRow, 'hash'>;

/** The canonical form that is hashed (every column except the hash). */
export function auditEntryText(entry: Hashed): string {
  return canonicalJson({
    sequence: entry.sequence,
    occurredAt: entry.occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    actorOrganisationId: entry.actorOrganisationId,
    organisationId: entry.organisationId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    outcome: entry.outcome,
    details: entry.details,
  });
}

export function auditHash(previousHash: string, entry: Hashed): string {
  return sha256Hex(previousHash + auditEntryText(entry));
}

/**
 * Appends an entry inside the caller's transaction (so the entry commits or rolls back with the
 * change it records). Appends are serialised by an advisory lock taken with the chain head.
 */
export async function appendAudit(tx: Tx, at: Date, input: AuditInput): Promise<void> {
  const head = await auditHead(tx);
  const entry: Hashed = {
    sequence: (head?.sequence ?? 0) + 1,
    occurredAt: new Date(Math.floor(at.getTime())),
    actorUserId: input.actorUserId,
    actorOrganisationId: input.actorOrganisationId,
    organisationId: input.organisationId ?? null,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    outcome: input.outcome ?? 'success',
    details: input.details ?? {},
  };
  await insertAuditEntry(tx, { ...entry, hash: auditHash(head?.hash ?? '', entry) });
}

/** Shortcut: append as `caller` (system callers get `details.system`). */
export function appendAuditAs(
  tx: Tx,
  at: Date,
  caller: Caller,
  entry: Omit<AuditInput, 'actorUserId' | 'actorOrganisationId'>,
): Promise<void> {
  const { system, ...actor } = auditActor(caller);
  return appendAudit(tx, at, {
    ...entry,
    ...actor,
    details: { ...(entry.details ?? {}), ...(system ? { system } : {}) },
  });
}

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: { sequence: number; reason: string } };

export function createAuditService(ctx: Context) {
  return {
    /**
     * Walks the whole chain in sequence order and reports the first broken link: a gap or
     * repeat in the sequence (deleted or reordered rows) or a hash that does not match the entry
     * and its predecessor (edited rows). `entries` = entries checked before stopping.
     */
    async verify(): Promise<AuditVerification> {
      return ctx.db.asSystem('audit-verify', async (tx) => {
        let previousHash = '';
        let expected = 1;
        let entries = 0;
        for (;;) {
          const page = await auditChainPage(tx, expected - 1, 1000);
          if (page.length === 0) return { ok: true, entries };
          for (const row of page) {
            if (row.sequence !== expected) {
              return {
                ok: false,
                entries,
                brokenAt: {
                  sequence: row.sequence,
                  reason: `sequence ${expected} is missing: entry ${row.sequence} follows entry ${expected - 1}`,
                },
              };
            }
            const { hash, ...entry } = row;
            if (auditHash(previousHash, entry) !== hash) {
              return {
                ok: false,
                entries,
                brokenAt: {
                  sequence: row.sequence,
                  reason: `hash of entry ${row.sequence} does not match its content and the previous entry`,
                },
              };
            }
            previousHash = hash;
            expected += 1;
            entries += 1;
          }
        }
      });
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
