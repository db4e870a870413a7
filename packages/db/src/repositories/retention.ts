import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../database';
import { registryFiles } from '../schema/registry';
import { retentionSchedules } from '../schema/retention';

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
