import type { Isp } from '@steward/core/isp/index';
import { and, asc, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import { builtOnce } from '../built-once';
import { databaseCache, type Tx } from '../database';
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

/** The version in force as last read by this database's transactions, with its row version. */
interface EndorsedIspCacheEntry {
  readonly id: string;
  /** `xmin/ctid` of the row read: a row version, different after any update of the row. */
  readonly rowVersion: string;
  readonly row: Readonly<IspVersionRow>;
}

const ENDORSED_ISP_CACHE = 'isp.endorsed';

const { document: documentColumn, ...metaColumns } = getTableColumns(ispVersions);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The endorsed (active) version, as `findEndorsedIsp`, read without its document when the
 * document is one this database already parsed: ONE statement, in the transaction's own snapshot,
 * gives the row in force and its row version (`xmin` and `ctid`: any update of the row, or another
 * version endorsed, gives another), and the document only when that differs from the cached one.
 * So a change of the ISP in force, committed by this process or any other, is used by the very
 * next statement, and a version is never matched with another's document. The row is frozen
 * (shared by every reader).
 */
const rowVersion = sql<string>`(${ispVersions}.xmin::text || '/' || ${ispVersions}.ctid::text)`;
const endorsedIspQuery = builtOnce((tx) =>
  tx
    .select({
      ...metaColumns,
      rowVersion,
      document:
        sql<Isp | null>`case when ${ispVersions.id} = ${sql.placeholder('cachedId')}::uuid and ${rowVersion} = ${sql.placeholder('cachedRowVersion')}::text then null else ${ispVersions.document} end`.mapWith(
          documentColumn,
        ),
    })
    .from(ispVersions)
    .where(eq(ispVersions.status, 'endorsed'))
    .orderBy(desc(ispVersions.endorsedAt))
    .limit(1),
);

export async function findEndorsedIspCached(tx: Tx): Promise<Readonly<IspVersionRow> | null> {
  const cache = databaseCache(tx);
  const cached = cache?.get(ENDORSED_ISP_CACHE) as EndorsedIspCacheEntry | undefined;
  const [row] = await endorsedIspQuery(tx, {
    cachedId: cached?.id ?? null,
    cachedRowVersion: cached?.rowVersion ?? null,
  });
  if (!row) return null;
  const { rowVersion: version, document, ...meta } = row;
  if (document === null) {
    if (cached && cached.id === row.id && cached.rowVersion === version) return cached.row;
    throw new Error('findEndorsedIspCached: the ISP in force has no document');
  }
  const fresh = deepFreeze({ ...meta, document });
  cache?.set(ENDORSED_ISP_CACHE, { id: row.id, rowVersion: version, row: fresh });
  return fresh;
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
