/** The cluster's adapted guidance texts (issue 11 §5): every SQL of guidance_overrides. */
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../database';
import { guidanceOverrides } from '../schema/guidance';

export type GuidanceOverrideRow = typeof guidanceOverrides.$inferSelect;

/** Every adapted text (every signed-in user reads them), by id then language. */
export function listGuidanceOverrides(tx: Tx): Promise<GuidanceOverrideRow[]> {
  return tx
    .select()
    .from(guidanceOverrides)
    .orderBy(asc(guidanceOverrides.guidanceId), asc(guidanceOverrides.language));
}

export async function findGuidanceOverride(
  tx: Tx,
  guidanceId: string,
  language: string,
): Promise<GuidanceOverrideRow | null> {
  const [row] = await tx
    .select()
    .from(guidanceOverrides)
    .where(and(eq(guidanceOverrides.guidanceId, guidanceId), eq(guidanceOverrides.language, language)));
  return row ?? null;
}

/**
 * Writes the adapted text of one id and language, replacing what was there (RLS: cluster roles);
 * null when row-level security refused the change of an existing row.
 */
export async function upsertGuidanceOverride(
  tx: Tx,
  input: typeof guidanceOverrides.$inferInsert,
): Promise<GuidanceOverrideRow | null> {
  const [row] = await tx
    .insert(guidanceOverrides)
    .values(input)
    .onConflictDoUpdate({
      target: [guidanceOverrides.guidanceId, guidanceOverrides.language],
      set: {
        title: input.title ?? null,
        why: input.why ?? null,
        updatedAt: input.updatedAt,
        updatedBy: input.updatedBy ?? null,
      },
    })
    .returning();
  return row ?? null;
}

/** Removes the adapted text of one id and language (RLS: cluster roles); the row removed, or null. */
export async function deleteGuidanceOverride(
  tx: Tx,
  guidanceId: string,
  language: string,
): Promise<GuidanceOverrideRow | null> {
  const [row] = await tx
    .delete(guidanceOverrides)
    .where(and(eq(guidanceOverrides.guidanceId, guidanceId), eq(guidanceOverrides.language, language)))
    .returning();
  return row ?? null;
}
