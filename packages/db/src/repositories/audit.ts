import { asc, desc, gt, sql, type SQL } from 'drizzle-orm';
import { deferToCommit, queryRows, sqlLiteral, type Tx } from '../database';
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

/**
 * An entry to append with steward_append_audit: every column but the sequence and the hash, and
 * the entry's canonical text split around its sequence number (`before` + sequence + `after`).
 */
export interface AuditAppend {
  before: string;
  after: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  organisationId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: string;
  details: Record<string, unknown>;
}

/**
 * Appends an entry in one statement (steward_append_audit: the append lock, the head, the hash and
 * the insert, in the database). The lock is held until the transaction ends.
 */
export async function appendAuditEntry(tx: Tx, e: AuditAppend): Promise<void> {
  await tx.execute(
    sql`select steward_append_audit(${e.before}, ${e.after}, ${e.occurredAt.toISOString()}::timestamptz, ${e.actorUserId}::uuid, ${e.actorOrganisationId}::uuid, ${e.organisationId}::uuid, ${e.action}, ${e.targetType}, ${e.targetId}, ${e.outcome}, ${JSON.stringify(e.details)}::jsonb)`,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidLiteral(value: string | null): string {
  if (value !== null && !UUID.test(value)) throw new TypeError('audit entry: an id is not a UUID');
  return `${sqlLiteral(value)}::uuid`;
}

/**
 * Appends an entry at the end of the transaction, in the same message as its COMMIT on a server
 * (deferToCommit), so that the append lock is held for no round trip to the application: for
 * audit entries of reads (ISP decision batches), on the hot path of every list.
 */
export function appendAuditEntryAtCommit(tx: Tx, e: AuditAppend): void {
  deferToCommit(
    tx,
    `select steward_append_audit(${sqlLiteral(e.before)}, ${sqlLiteral(e.after)}, ${sqlLiteral(e.occurredAt.toISOString())}::timestamptz, ${uuidLiteral(e.actorUserId)}, ${uuidLiteral(e.actorOrganisationId)}, ${uuidLiteral(e.organisationId)}, ${sqlLiteral(e.action)}, ${sqlLiteral(e.targetType)}, ${sqlLiteral(e.targetId)}, ${sqlLiteral(e.outcome)}, ${sqlLiteral(JSON.stringify(e.details))}::jsonb)`,
  );
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

export interface AuditSearch {
  actorUserId?: string;
  /** Exact action, or a prefix ending in '.' (e.g. 'registry.'). */
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** Entries older than this sequence (for paging back). */
  beforeSequence?: number;
  limit: number;
}

export interface AuditListRow extends AuditRow {
  /** The acting user's display name, when the actor may see that user (row-level security). */
  actorName: string | null;
}

/** Entries visible to the actor matching `search`, newest first. */
export async function searchAuditEntries(tx: Tx, search: AuditSearch): Promise<AuditListRow[]> {
  const conditions = [
    search.actorUserId ? sql`a.actor_user_id = ${search.actorUserId}::uuid` : undefined,
    search.action
      ? search.action.endsWith('.')
        ? sql`starts_with(a.action, ${search.action})`
        : sql`a.action = ${search.action}`
      : undefined,
    search.targetType ? sql`a.target_type = ${search.targetType}` : undefined,
    search.targetId ? sql`a.target_id = ${search.targetId}` : undefined,
    search.from ? sql`a.occurred_at >= ${search.from.toISOString()}::timestamptz` : undefined,
    search.to ? sql`a.occurred_at < ${search.to.toISOString()}::timestamptz` : undefined,
    search.beforeSequence ? sql`a.sequence < ${search.beforeSequence}` : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const rows = await queryRows<{
    sequence: string | number;
    occurred_at: string | Date;
    actor_user_id: string | null;
    actor_organisation_id: string | null;
    organisation_id: string | null;
    action: string;
    target_type: string;
    target_id: string | null;
    outcome: string;
    details: Record<string, unknown> | string;
    hash: string;
    actor_name: string | null;
  }>(
    tx,
    sql`select a.sequence, a.occurred_at, a.actor_user_id, a.actor_organisation_id, a.organisation_id, a.action,
          a.target_type, a.target_id, a.outcome, a.details, a.hash, u.display_name as actor_name
        from audit_log a left join users u on u.id = a.actor_user_id
        ${where} order by a.sequence desc limit ${search.limit}`,
  );
  return rows.map((r) => ({
    sequence: Number(r.sequence),
    occurredAt: new Date(r.occurred_at),
    actorUserId: r.actor_user_id,
    actorOrganisationId: r.actor_organisation_id,
    organisationId: r.organisation_id,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    outcome: r.outcome,
    details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : r.details,
    hash: r.hash,
    actorName: r.actor_name,
  }));
}
