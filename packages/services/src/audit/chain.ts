/**
 * The hash chain: what an entry is, how it is hashed, and how it is appended (docs/decisions/0004).
 */
import { auditHead, insertAuditEntry, type AuditRow, type Tx } from '@steward/db';
import { canonicalJson } from '../canonical-json';
import type { Caller } from '../types';
import { auditActor, sha256Hex } from '../util';

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

export type Hashed = Omit<AuditRow, 'hash'>;

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
