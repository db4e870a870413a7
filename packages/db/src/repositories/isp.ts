import type { Isp } from '@steward/core/isp/index';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../database';
import { ispEndorsements, ispStatusRequests, ispVersions } from '../schema/isp';

export type IspVersionStatus = (typeof ispVersions.$inferSelect)['status'];

export interface IspVersionRow {
  id: string;
  version: string;
  status: IspVersionStatus;
  context: string;
  reviewDue: string;
  document: Isp;
  basedOnId: string | null;
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
  endorsedAt: Date | null;
  supersededAt: Date | null;
}

export interface IspEndorsementRow {
  id: string;
  ispVersionId: string;
  version: string;
  organisationId: string;
  userId: string | null;
  userName: string;
  endorsedAt: Date;
}

export function listIspVersions(tx: Tx): Promise<IspVersionRow[]> {
  return tx.select().from(ispVersions).orderBy(desc(ispVersions.createdAt));
}

export async function findIspVersion(tx: Tx, id: string): Promise<IspVersionRow | null> {
  const [row] = await tx.select().from(ispVersions).where(eq(ispVersions.id, id));
  return row ?? null;
}

/** The endorsed (active) version, if any. */
export async function findEndorsedIsp(tx: Tx): Promise<IspVersionRow | null> {
  const [row] = await tx
    .select()
    .from(ispVersions)
    .where(eq(ispVersions.status, 'endorsed'))
    .orderBy(desc(ispVersions.endorsedAt))
    .limit(1);
  return row ?? null;
}

export async function insertIspVersion(
  tx: Tx,
  input: Omit<IspVersionRow, 'id' | 'endorsedAt' | 'supersededAt'> & { endorsedAt?: Date | null },
): Promise<IspVersionRow> {
  const [row] = await tx.insert(ispVersions).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateIspVersion(
  tx: Tx,
  id: string,
  patch: Partial<Omit<IspVersionRow, 'id' | 'createdAt' | 'createdBy'>>,
): Promise<IspVersionRow | null> {
  const [row] = await tx.update(ispVersions).set(patch).where(eq(ispVersions.id, id)).returning();
  return row ?? null;
}

export function listEndorsements(tx: Tx, ispVersionId?: string): Promise<IspEndorsementRow[]> {
  const q = tx.select().from(ispEndorsements);
  return (ispVersionId ? q.where(eq(ispEndorsements.ispVersionId, ispVersionId)) : q).orderBy(
    asc(ispEndorsements.endorsedAt),
  );
}

/** Records (or renews) an organisation's endorsement of a version. */
export async function upsertEndorsement(
  tx: Tx,
  input: Omit<IspEndorsementRow, 'id'>,
): Promise<IspEndorsementRow> {
  const [row] = await tx
    .insert(ispEndorsements)
    .values(input)
    .onConflictDoUpdate({
      target: [ispEndorsements.ispVersionId, ispEndorsements.organisationId],
      set: {
        userId: input.userId,
        userName: input.userName,
        endorsedAt: input.endorsedAt,
        version: input.version,
      },
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function countEndorsementsByVersion(tx: Tx): Promise<Map<string, number>> {
  const rows = await tx
    .select({ id: ispEndorsements.ispVersionId, n: sql<number>`count(*)::int` })
    .from(ispEndorsements)
    .groupBy(ispEndorsements.ispVersionId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export type IspStatusRequestRow = typeof ispStatusRequests.$inferSelect;

/** Records a status change waiting for a second person (two-person rule). */
export async function insertIspStatusRequest(
  tx: Tx,
  input: Pick<
    IspStatusRequestRow,
    'ispVersionId' | 'toStatus' | 'inForceId' | 'relaxations' | 'requestedBy' | 'requestedAt'
  >,
): Promise<IspStatusRequestRow> {
  const [row] = await tx.insert(ispStatusRequests).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findIspStatusRequest(tx: Tx, id: string): Promise<IspStatusRequestRow | null> {
  const [row] = await tx.select().from(ispStatusRequests).where(eq(ispStatusRequests.id, id));
  return row ?? null;
}

/** Undecided requests, of one version or all, oldest first. */
export function listPendingIspStatusRequests(tx: Tx, ispVersionId?: string): Promise<IspStatusRequestRow[]> {
  return tx
    .select()
    .from(ispStatusRequests)
    .where(
      ispVersionId === undefined
        ? isNull(ispStatusRequests.outcome)
        : and(isNull(ispStatusRequests.outcome), eq(ispStatusRequests.ispVersionId, ispVersionId)),
    )
    .orderBy(asc(ispStatusRequests.requestedAt));
}

/** Decides a pending request; null when it is not pending (or not visible). */
export async function decideIspStatusRequest(
  tx: Tx,
  id: string,
  decision: { decidedBy: string; decidedAt: Date; outcome: 'approved' | 'rejected' },
): Promise<IspStatusRequestRow | null> {
  const [row] = await tx
    .update(ispStatusRequests)
    .set(decision)
    .where(and(eq(ispStatusRequests.id, id), isNull(ispStatusRequests.outcome)))
    .returning();
  return row ?? null;
}
