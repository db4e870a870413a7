/**
 * The hash chain: what an entry is, how it is hashed, and how it is appended (docs/decisions/0004).
 */
import type { AuditAction } from '@steward/core/audit/actions';
import { appendAuditEntry, appendAuditEntryAtCommit, type AuditRow, type Tx } from '@steward/db';
import { canonicalJson } from '../canonical-json';
import type { Caller } from '../types';
import { auditActor, sha256Hex } from '../util';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** What a caller records. `details` holds ids and codes only — never names, e-mails or free text. */
export interface AuditInput {
  /** One of the codes listed in core (AUDIT_ACTIONS), so that each has a label in every language. */
  action: AuditAction;
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

/** A sequence number no chain reaches, written where the entry's sequence goes, then cut out. */
const SEQUENCE_MARK = Number.MAX_SAFE_INTEGER;

/**
 * The entry's canonical text (auditEntryText) split around its sequence number, which only the
 * database knows when it appends (steward_append_audit hashes previous hash + before + sequence +
 * after). Keys are sorted, so the top-level "sequence" is the last one followed by "targetId".
 */
export function auditTextAroundSequence(entry: Omit<Hashed, 'sequence'>): { before: string; after: string } {
  const text = auditEntryText({ ...entry, sequence: SEQUENCE_MARK });
  const key = `"sequence":${SEQUENCE_MARK}`;
  const at = text.lastIndexOf(`${key},"targetId":`);
  if (at < 0) throw new Error('auditTextAroundSequence: no top-level sequence in the canonical text');
  return { before: text.slice(0, at) + '"sequence":', after: text.slice(at + key.length) };
}

/**
 * Appends an entry inside the caller's transaction (so the entry commits or rolls back with the
 * change it records), in one statement: the database takes the append lock, reads the head and
 * hashes as auditHash does. `atCommit`: sent with the transaction's COMMIT instead (reads whose
 * decisions are recorded), so the lock is not held across a round trip to the application.
 */
export async function appendAudit(
  tx: Tx,
  at: Date,
  input: AuditInput,
  options: { atCommit?: boolean } = {},
): Promise<void> {
  const entry: Omit<Hashed, 'sequence'> = {
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
  const append = { ...entry, ...auditTextAroundSequence(entry) };
  if (options.atCommit) appendAuditEntryAtCommit(tx, append);
  else await appendAuditEntry(tx, append);
}

/** Shortcut: append as `caller` (system callers get `details.system`). */
export function appendAuditAs(
  tx: Tx,
  at: Date,
  caller: Caller,
  entry: Omit<AuditInput, 'actorUserId' | 'actorOrganisationId'>,
  options: { atCommit?: boolean } = {},
): Promise<void> {
  const { system, ...actor } = auditActor(caller);
  return appendAudit(
    tx,
    at,
    {
      ...entry,
      ...actor,
      details: { ...(entry.details ?? {}), ...(system ? { system } : {}) },
    },
    options,
  );
}
