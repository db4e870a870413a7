import { desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';
import { publicationSources, publications } from '../schema/publication';

export type PublicationRow = typeof publications.$inferSelect;

export async function insertPublication(
  tx: Tx,
  input: typeof publications.$inferInsert,
  source: Record<string, unknown>,
): Promise<PublicationRow> {
  const [row] = await tx.insert(publications).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  await tx
    .insert(publicationSources)
    .values({ publicationId: row.id, organisationId: row.organisationId, source });
  return row;
}

export async function updatePublication(
  tx: Tx,
  id: string,
  patch: Partial<typeof publications.$inferInsert>,
): Promise<PublicationRow | null> {
  const [row] = await tx.update(publications).set(patch).where(eq(publications.id, id)).returning();
  return row ?? null;
}

/** Visible publications (RLS decides which), newest first. */
export function listPublications(tx: Tx): Promise<PublicationRow[]> {
  return tx.select().from(publications).orderBy(desc(publications.publishedAt));
}

export async function findPublication(tx: Tx, id: string): Promise<PublicationRow | null> {
  const [row] = await tx.select().from(publications).where(eq(publications.id, id));
  return row ?? null;
}

/** The unprotected source table (RLS: the publishing organisation's cluster roles only). */
export async function findPublicationSource(tx: Tx, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await tx
    .select({ source: publicationSources.source })
    .from(publicationSources)
    .where(eq(publicationSources.publicationId, id));
  return row?.source ?? null;
}

export interface PublicSnapshotRow {
  publicationId: string;
  title: string;
  kind: string;
  dataType: string;
  aggregation: string;
  version: number;
  snapshot: Record<string, unknown>;
  publishedAt: Date;
}

/** A published public snapshot by its token's hash (SECURITY DEFINER: no session needed). */
export async function findPublicSnapshot(tx: Tx, tokenHash: string): Promise<PublicSnapshotRow | null> {
  const [row] = await queryRows<{
    publication_id: string;
    title: string;
    kind: string;
    data_type: string;
    aggregation: string;
    version: number;
    snapshot: Record<string, unknown>;
    published_at: Date | string;
  }>(tx, sql`select * from steward_public_snapshot(${tokenHash})`);
  return row
    ? {
        publicationId: row.publication_id,
        title: row.title,
        kind: row.kind,
        dataType: row.data_type,
        aggregation: row.aggregation,
        version: row.version,
        snapshot: row.snapshot,
        publishedAt: new Date(row.published_at),
      }
    : null;
}
