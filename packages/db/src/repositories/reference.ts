import { eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../database';
import { adminAreas, appMeta } from '../schema/reference';

export interface AdminAreaRow {
  countryIso3: string;
  pcode: string;
  name: string;
  level: number;
  parentPcode: string | null;
  validFrom: string | null;
}

/** Inserts admin areas; existing p-codes are left as they are. Returns the number inserted. */
export async function insertAdminAreas(tx: Tx, rows: readonly AdminAreaRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const result = await tx
      .insert(adminAreas)
      .values(batch)
      .onConflictDoNothing({ target: adminAreas.pcode })
      .returning({ id: adminAreas.id });
    inserted += result.length;
  }
  return inserted;
}

export function listAdminAreas(tx: Tx, countryIso3: string): Promise<AdminAreaRow[]> {
  return tx
    .select({
      countryIso3: adminAreas.countryIso3,
      pcode: adminAreas.pcode,
      name: adminAreas.name,
      level: adminAreas.level,
      parentPcode: adminAreas.parentPcode,
      validFrom: adminAreas.validFrom,
    })
    .from(adminAreas)
    .where(eq(adminAreas.countryIso3, countryIso3))
    .orderBy(adminAreas.level, adminAreas.pcode);
}

export async function getMeta(tx: Tx, key: string): Promise<unknown> {
  const [row] = await tx.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key));
  return row?.value;
}

export async function setMeta(tx: Tx, key: string, value: unknown): Promise<void> {
  await tx
    .insert(appMeta)
    .values({ key, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value: sql`excluded.value` } });
}

/** The gazetteer's names of these p-codes (any level, any country); unknown codes are left out. */
export async function adminAreaNames(tx: Tx, pcodes: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(pcodes)];
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await tx
      .select({ pcode: adminAreas.pcode, name: adminAreas.name })
      .from(adminAreas)
      .where(inArray(adminAreas.pcode, unique.slice(i, i + 1000)));
    for (const r of rows) out.set(r.pcode, r.name);
  }
  return out;
}
