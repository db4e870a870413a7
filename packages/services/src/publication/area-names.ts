/** Area names frozen into a snapshot from the gazetteer. */
import type { Snapshot } from '@steward/core/publication/index';
import type { Tx } from '@steward/db';
import { adminAreaNames } from '@steward/db/repositories/reference';

/** Dimensions whose codes are p-codes named from the gazetteer. */
const AREA_DIMENSIONS = new Set(['adm1', 'adm2', 'adm3']);

/**
 * The snapshot with the gazetteer's names of its area codes frozen in it (issue 10: the public
 * snapshot shows names, p-codes second). Codes the gazetteer does not know stay unnamed.
 */
export async function withAreaNames(tx: Tx, snapshot: Snapshot): Promise<Snapshot> {
  const dims = snapshot.dimensions.map((d, i) => ({ ...d, i })).filter((d) => AREA_DIMENSIONS.has(d.name));
  if (dims.length === 0) return snapshot;
  const codes = new Set<string>();
  for (const c of snapshot.cells)
    for (const d of dims) if (c.codes[d.i] !== d.total) codes.add(c.codes[d.i]!);
  const names = await adminAreaNames(tx, [...codes]);
  const labels: Record<string, Record<string, string>> = { ...(snapshot.labels ?? {}) };
  for (const d of dims) {
    const own: Record<string, string> = {};
    for (const c of snapshot.cells) {
      const code = c.codes[d.i]!;
      const name = names.get(code);
      if (name !== undefined) own[code] = name;
    }
    labels[d.name] = own;
  }
  return { ...snapshot, labels };
}
