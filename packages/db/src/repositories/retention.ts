import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../database';
import { registryFiles } from '../schema/registry';
import { retentionCopyConfirmations, retentionSchedules } from '../schema/retention';

export type RetentionScheduleRow = typeof retentionSchedules.$inferSelect;

export async function insertRetentionSchedule(
  tx: Tx,
  input: typeof retentionSchedules.$inferInsert,
): Promise<RetentionScheduleRow> {
  const [row] = await tx.insert(retentionSchedules).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Schedules the caller can see (RLS; all of them for the owner role), by due date. */
export function listRetentionSchedules(tx: Tx): Promise<RetentionScheduleRow[]> {
  return tx.select().from(retentionSchedules).orderBy(asc(retentionSchedules.dueOn)).limit(5000);
}

export async function findRetentionSchedule(tx: Tx, id: string): Promise<RetentionScheduleRow | null> {
  const [row] = await tx.select().from(retentionSchedules).where(eq(retentionSchedules.id, id));
  return row ?? null;
}

export async function updateRetentionSchedule(
  tx: Tx,
  id: string,
  patch: Partial<typeof retentionSchedules.$inferInsert>,
): Promise<RetentionScheduleRow | null> {
  const [row] = await tx
    .update(retentionSchedules)
    .set(patch)
    .where(eq(retentionSchedules.id, id))
    .returning();
  return row ?? null;
}

/** An entry's files not yet destroyed: what destruction will erase (no content). */
export function liveRegistryFilesWithKeys(
  tx: Tx,
  entryId: string,
): Promise<
  { id: string; name: string; version: number; sha256: string; size: number; hasDataKey: boolean }[]
> {
  return tx
    .select({
      id: registryFiles.id,
      name: registryFiles.name,
      version: registryFiles.version,
      sha256: registryFiles.sha256,
      size: registryFiles.size,
      hasDataKey: sql<boolean>`${registryFiles.dataKey} is not null`,
    })
    .from(registryFiles)
    .where(and(eq(registryFiles.entryId, entryId), isNull(registryFiles.destroyedAt)))
    .orderBy(asc(registryFiles.version));
}

/**
 * Destroys a stored file: its ciphertext, IV, tag and wrapped data key are overwritten with
 * nothing; the row stays as the tombstone (name, size, version, SHA-256, when and by whom).
 */
export async function destroyRegistryFile(
  tx: Tx,
  fileId: string,
  at: Date,
  by: string | null,
): Promise<boolean> {
  const empty = new Uint8Array(0);
  const rows = await tx
    .update(registryFiles)
    .set({ ciphertext: empty, iv: empty, authTag: empty, dataKey: null, destroyedAt: at, destroyedBy: by })
    .where(and(eq(registryFiles.id, fileId), isNull(registryFiles.destroyedAt)))
    .returning({ id: registryFiles.id });
  return rows.length === 1;
}

export type RetentionCopyRow = typeof retentionCopyConfirmations.$inferSelect;

/** Asks a recipient to destroy its copy (one row per agreement and schedule; repeated asks are no-ops). */
export async function insertRetentionCopyRequest(
  tx: Tx,
  input: typeof retentionCopyConfirmations.$inferInsert,
): Promise<RetentionCopyRow | null> {
  const [existing] = await tx
    .select()
    .from(retentionCopyConfirmations)
    .where(
      and(
        eq(retentionCopyConfirmations.scheduleId, input.scheduleId),
        eq(retentionCopyConfirmations.agreementId, input.agreementId),
      ),
    );
  if (existing) return null;
  const [row] = await tx.insert(retentionCopyConfirmations).values(input).returning();
  return row ?? null;
}

/** Copy confirmations the caller can see (RLS: as owner or as recipient). */
export function listRetentionCopies(tx: Tx): Promise<RetentionCopyRow[]> {
  return tx
    .select()
    .from(retentionCopyConfirmations)
    .orderBy(asc(retentionCopyConfirmations.requestedAt))
    .limit(5000);
}

export async function findRetentionCopy(tx: Tx, id: string): Promise<RetentionCopyRow | null> {
  const [row] = await tx
    .select()
    .from(retentionCopyConfirmations)
    .where(eq(retentionCopyConfirmations.id, id));
  return row ?? null;
}

/** The recipient confirms (only once: a confirmed row is left as it is). */
export async function confirmRetentionCopy(
  tx: Tx,
  id: string,
  patch: { confirmedAt: Date; confirmedBy: string; method: string },
): Promise<RetentionCopyRow | null> {
  const [row] = await tx
    .update(retentionCopyConfirmations)
    .set(patch)
    .where(and(eq(retentionCopyConfirmations.id, id), isNull(retentionCopyConfirmations.confirmedAt)))
    .returning();
  return row ?? null;
}

/** An entry's destroyed files: the tombstones (name, version, size, SHA-256; no content left). */
export function destroyedRegistryFiles(
  tx: Tx,
  entryId: string,
): Promise<{ name: string; version: number; sha256: string; size: number }[]> {
  return tx
    .select({
      name: registryFiles.name,
      version: registryFiles.version,
      sha256: registryFiles.sha256,
      size: registryFiles.size,
    })
    .from(registryFiles)
    .where(and(eq(registryFiles.entryId, entryId), isNotNull(registryFiles.destroyedAt)))
    .orderBy(asc(registryFiles.version));
}
