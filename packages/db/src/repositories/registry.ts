import { and, asc, desc, eq, getTableColumns, inArray, max, sql } from 'drizzle-orm';
import { builtOnce } from '../built-once';
import type { Tx } from '../database';
import { organisations } from '../schema/organisations';
import { fileEncryptionKeys, registryEntries, registryEntryChanges, registryFiles } from '../schema/registry';

export type RegistryEntryRow = typeof registryEntries.$inferSelect;
export type NewRegistryEntry = typeof registryEntries.$inferInsert;
export type RegistryChangeRow = typeof registryEntryChanges.$inferSelect;
export type RegistryFileRow = typeof registryFiles.$inferSelect;
/** A file's metadata without its encrypted content. */
export type RegistryFileInfoRow = Omit<RegistryFileRow, 'iv' | 'authTag' | 'ciphertext' | 'dataKey'>;

const {
  iv: _iv,
  authTag: _tag,
  ciphertext: _ct,
  dataKey: _dk,
  ...fileInfoColumns
} = getTableColumns(registryFiles);

/** Every entry visible to the transaction's actor (RLS), by title. */
export function listRegistryEntries(tx: Tx): Promise<RegistryEntryRow[]> {
  return tx.select().from(registryEntries).orderBy(asc(registryEntries.title));
}

/** A row of the registry list: the entry, its owner's acronym, and counts of its visible files. */
export interface RegistryListRow {
  entry: RegistryEntryRow;
  organisationAcronym: string | null;
  fileCount: number;
  quarantinedFiles: number;
}

/**
 * Every entry visible to the transaction's actor (RLS), by title, with what the list shows
 * beside it, in one statement: the owner's acronym and the number of files (and quarantined
 * files) the actor can see, counted in the database instead of fetching every file row.
 */
export async function listRegistryEntriesWithFileCounts(tx: Tx): Promise<RegistryListRow[]> {
  const rows = await registryListQuery(tx, {});
  return rows.map((r) => ({
    entry: r.entry,
    organisationAcronym: r.organisationAcronym,
    fileCount: r.fileCount ?? 0,
    quarantinedFiles: r.quarantinedFiles ?? 0,
  }));
}

const registryListQuery = builtOnce((tx) => {
  const counts = tx
    .select({
      entryId: registryFiles.entryId,
      files: sql<number>`count(*)::int`.as('files'),
      quarantined: sql<number>`(count(*) filter (where ${registryFiles.quarantined}))::int`.as('quarantined'),
    })
    .from(registryFiles)
    .groupBy(registryFiles.entryId)
    .as('file_counts');
  return tx
    .select({
      entry: registryEntries,
      organisationAcronym: organisations.acronym,
      fileCount: counts.files,
      quarantinedFiles: counts.quarantined,
    })
    .from(registryEntries)
    .leftJoin(organisations, eq(organisations.id, registryEntries.organisationId))
    .leftJoin(counts, eq(counts.entryId, registryEntries.id))
    .orderBy(asc(registryEntries.title));
});

export async function findRegistryEntry(tx: Tx, id: string): Promise<RegistryEntryRow | null> {
  const [row] = await tx.select().from(registryEntries).where(eq(registryEntries.id, id));
  return row ?? null;
}

export async function insertRegistryEntry(tx: Tx, input: NewRegistryEntry): Promise<RegistryEntryRow> {
  const [row] = await tx.insert(registryEntries).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateRegistryEntry(
  tx: Tx,
  id: string,
  patch: Partial<NewRegistryEntry>,
): Promise<RegistryEntryRow | null> {
  const [row] = await tx.update(registryEntries).set(patch).where(eq(registryEntries.id, id)).returning();
  return row ?? null;
}

/** Deletes an entry; returns the number of rows deleted (0 when RLS hides it or it is gone). */
export async function deleteRegistryEntry(tx: Tx, id: string): Promise<number> {
  const rows = await tx
    .delete(registryEntries)
    .where(eq(registryEntries.id, id))
    .returning({ id: registryEntries.id });
  return rows.length;
}

export async function insertRegistryChange(
  tx: Tx,
  input: typeof registryEntryChanges.$inferInsert,
): Promise<void> {
  await tx.insert(registryEntryChanges).values(input);
}

export function listRegistryChanges(tx: Tx, entryId: string): Promise<RegistryChangeRow[]> {
  return tx
    .select()
    .from(registryEntryChanges)
    .where(eq(registryEntryChanges.entryId, entryId))
    .orderBy(desc(registryEntryChanges.at));
}

export function listRegistryFiles(tx: Tx, entryIds: readonly string[]): Promise<RegistryFileInfoRow[]> {
  if (entryIds.length === 0) return Promise.resolve([]);
  return tx
    .select(fileInfoColumns)
    .from(registryFiles)
    .where(inArray(registryFiles.entryId, [...entryIds]))
    .orderBy(asc(registryFiles.entryId), desc(registryFiles.version));
}

export async function findRegistryFile(
  tx: Tx,
  entryId: string,
  fileId: string,
): Promise<RegistryFileRow | null> {
  const [row] = await tx
    .select()
    .from(registryFiles)
    .where(and(eq(registryFiles.entryId, entryId), eq(registryFiles.id, fileId)));
  return row ?? null;
}

/** The latest visible file version of an entry (with content). */
export async function findLatestRegistryFile(tx: Tx, entryId: string): Promise<RegistryFileRow | null> {
  const [row] = await tx
    .select()
    .from(registryFiles)
    .where(eq(registryFiles.entryId, entryId))
    .orderBy(desc(registryFiles.version))
    .limit(1);
  return row ?? null;
}

/** The entry's newest file that is not quarantined (the version an agreement approves). */
export async function findLatestReleasedFile(tx: Tx, entryId: string): Promise<RegistryFileRow | null> {
  const [row] = await tx
    .select()
    .from(registryFiles)
    .where(and(eq(registryFiles.entryId, entryId), eq(registryFiles.quarantined, false)))
    .orderBy(desc(registryFiles.version))
    .limit(1);
  return row ?? null;
}

export async function nextRegistryFileVersion(tx: Tx, entryId: string): Promise<number> {
  const [row] = await tx
    .select({ v: max(registryFiles.version) })
    .from(registryFiles)
    .where(eq(registryFiles.entryId, entryId));
  return (row?.v ?? 0) + 1;
}

export async function insertRegistryFile(
  tx: Tx,
  input: typeof registryFiles.$inferInsert,
): Promise<RegistryFileInfoRow> {
  const [row] = await tx.insert(registryFiles).values(input).returning(fileInfoColumns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateRegistryFile(
  tx: Tx,
  id: string,
  patch: Partial<
    Pick<RegistryFileRow, 'quarantined' | 'undeclared' | 'acceptedAt' | 'acceptedBy' | 'justification'>
  >,
): Promise<RegistryFileInfoRow | null> {
  const [row] = await tx
    .update(registryFiles)
    .set(patch)
    .where(eq(registryFiles.id, id))
    .returning(fileInfoColumns);
  return row ?? null;
}

/** The stored file-encryption key (owner only: call inside `asSystem`). */
export async function findFileEncryptionKey(tx: Tx, id: string): Promise<Uint8Array | null> {
  const [row] = await tx
    .select({ key: fileEncryptionKeys.key })
    .from(fileEncryptionKeys)
    .where(eq(fileEncryptionKeys.id, id));
  return row ? new Uint8Array(row.key) : null;
}

/** Stores a generated key once; returns the key actually stored (a concurrent writer may win). */
export async function insertFileEncryptionKey(
  tx: Tx,
  id: string,
  key: Uint8Array,
  at: Date,
): Promise<Uint8Array> {
  await tx.insert(fileEncryptionKeys).values({ id, key, createdAt: at }).onConflictDoNothing();
  const stored = await findFileEncryptionKey(tx, id);
  if (!stored) throw new Error('file key not stored');
  return stored;
}
