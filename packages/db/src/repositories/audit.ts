import { asc, desc, gt, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';
import { auditLog } from '../schema/audit';

export interface AuditRow {
  sequence: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  organisationId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: string;
  details: Record<string, unknown>;
  hash: string;
}

const columns = {
  sequence: auditLog.sequence,
  occurredAt: auditLog.occurredAt,
  actorUserId: auditLog.actorUserId,
  actorOrganisationId: auditLog.actorOrganisationId,
  organisationId: auditLog.organisationId,
  action: auditLog.action,
  targetType: auditLog.targetType,
  targetId: auditLog.targetId,
  outcome: auditLog.outcome,
  details: auditLog.details,
  hash: auditLog.hash,
};

/**
 * The chain head (last sequence and hash), taking the transaction-level advisory lock that
 * serialises appends until this transaction ends. Null when the log is empty.
 */
export async function auditHead(tx: Tx): Promise<{ sequence: number; hash: string } | null> {
  const [row] = await queryRows<{ head_sequence: string | number; head_hash: string }>(
    tx,
    sql`select head_sequence, head_hash from steward_audit_head()`,
  );
  return row ? { sequence: Number(row.head_sequence), hash: row.head_hash } : null;
}

export async function insertAuditEntry(tx: Tx, row: AuditRow): Promise<void> {
  // No RETURNING: the actor may not be allowed to read back what they append.
  await tx.insert(auditLog).values(row);
}

/** A page of the chain in sequence order (for verification, as the owner). */
export function auditChainPage(tx: Tx, afterSequence: number, limit: number): Promise<AuditRow[]> {
  return tx
    .select(columns)
    .from(auditLog)
    .where(gt(auditLog.sequence, afterSequence))
    .orderBy(asc(auditLog.sequence))
    .limit(limit);
}

/** The latest entries visible to the actor. */
export function listAuditEntries(tx: Tx, limit: number): Promise<AuditRow[]> {
  return tx.select(columns).from(auditLog).orderBy(desc(auditLog.sequence)).limit(limit);
}

/**
 * The newest entry's sequence, hash and time, through a SECURITY DEFINER function (any actor may
 * see the head, not the entries), without the append lock. Null when the log is empty.
 */
export async function auditPublicHead(
  tx: Tx,
): Promise<{ sequence: number; hash: string; occurredAt: Date } | null> {
  const [row] = await queryRows<{
    head_sequence: string | number;
    head_hash: string;
    head_occurred_at: string | Date;
  }>(tx, sql`select head_sequence, head_hash, head_occurred_at from steward_audit_public_head()`);
  return row
    ? { sequence: Number(row.head_sequence), hash: row.head_hash, occurredAt: new Date(row.head_occurred_at) }
    : null;
}
