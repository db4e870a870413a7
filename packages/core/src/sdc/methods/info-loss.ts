/**
 * Information loss after treatment, comparing the original and the treated dataset row by row
 * (columns matched by name; columns removed by the treatment are listed, not compared).
 *
 * - Suppressions: values missing after treatment that were present before, per key and in total.
 * - Changed share: the share of compared cells whose value differs (NA vs value counts as changed).
 * - Entropy loss (per categorical key): Σ over records of −log2 P(original value | treated value),
 *   P from the joint distribution of the two columns; a treated NA carries no information, so it
 *   uses the marginal distribution of the original column. It is 0 when nothing changed and equals
 *   n · H(original) when the column is fully suppressed; `relative` divides by that maximum.
 *   This is the record-level form of ARX's non-uniform entropy.
 */
import { MISSING_CODE, SdcUsageError, asCategorical, cellText, type Column, type Dataset } from '../dataset';

export interface InformationLoss {
  readonly suppressionsPerKey: Readonly<Record<string, number>>;
  readonly totalSuppressions: number;
  readonly changedPerColumn: Readonly<Record<string, number>>;
  /** Changed cells / compared cells, over the compared columns. */
  readonly changedShare: number;
  readonly removedColumns: readonly string[];
  readonly entropyLoss: {
    /** Bits per key. */
    readonly perKey: Readonly<Record<string, number>>;
    readonly total: number;
    /** total / Σ n · H(original) over the keys, in [0, 1]. */
    readonly relative: number;
  };
}

export function informationLoss(
  original: Dataset,
  treated: Dataset,
  keys?: readonly string[],
): InformationLoss {
  if (original.rowCount !== treated.rowCount) {
    throw new SdcUsageError(`row counts differ: ${original.rowCount} vs ${treated.rowCount}`);
  }
  const n = original.rowCount;
  const byName = new Map(treated.columns.map((c) => [c.name, c]));
  const removed = original.columns.filter((c) => !byName.has(c.name)).map((c) => c.name);
  const changedPer: Record<string, number> = {};
  let changed = 0;
  let compared = 0;
  for (const a of original.columns) {
    const b = byName.get(a.name);
    if (!b) continue;
    const c = countChanged(a, b, n);
    changedPer[a.name] = c;
    changed += c;
    compared += n;
  }
  const keyList =
    keys ?? original.columns.filter((c) => c.kind === 'categorical' && byName.has(c.name)).map((c) => c.name);
  const supp: Record<string, number> = {};
  const ent: Record<string, number> = {};
  let totalSupp = 0;
  let totalEnt = 0;
  let maxEnt = 0;
  for (const name of keyList) {
    const a = original.columns.find((c) => c.name === name);
    const b = byName.get(name);
    if (!a || !b) continue;
    const ca = asCategorical(a);
    const cb = asCategorical(b);
    let s = 0;
    for (let i = 0; i < n; i++) if (ca.codes[i] !== MISSING_CODE && cb.codes[i] === MISSING_CODE) s++;
    supp[name] = s;
    totalSupp += s;
    const { loss, max } = entropyLoss(ca.codes, ca.levels.length, cb.codes, cb.levels.length);
    ent[name] = loss;
    totalEnt += loss;
    maxEnt += max;
  }
  return {
    suppressionsPerKey: supp,
    totalSuppressions: totalSupp,
    changedPerColumn: changedPer,
    changedShare: compared === 0 ? 0 : changed / compared,
    removedColumns: removed,
    entropyLoss: { perKey: ent, total: totalEnt, relative: maxEnt > 0 ? Math.min(1, totalEnt / maxEnt) : 0 },
  };
}

function countChanged(a: Column, b: Column, n: number): number {
  let c = 0;
  if (a.kind === 'numeric' && b.kind === 'numeric') {
    for (let i = 0; i < n; i++) {
      const x = a.values[i]!;
      const y = b.values[i]!;
      if (!(x === y || (Number.isNaN(x) && Number.isNaN(y)))) c++;
    }
    return c;
  }
  for (let i = 0; i < n; i++) if (cellText(a, i) !== cellText(b, i)) c++;
  return c;
}

function entropyLoss(
  orig: Int32Array,
  la: number,
  treated: Int32Array,
  lb: number,
): { loss: number; max: number } {
  const n = orig.length;
  // Original NAs carry no information to lose: they are left out.
  const marg = new Float64Array(la);
  let present = 0;
  for (let i = 0; i < n; i++) {
    if (orig[i] !== MISSING_CODE) {
      marg[orig[i]!]!++;
      present++;
    }
  }
  const joint = new Map<number, number>();
  const tcount = new Float64Array(lb);
  for (let i = 0; i < n; i++) {
    const o = orig[i]!;
    const t = treated[i]!;
    if (o === MISSING_CODE || t === MISSING_CODE) continue;
    const key = t * la + o;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    tcount[t]!++;
  }
  let loss = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const o = orig[i]!;
    if (o === MISSING_CODE) continue;
    const pm = marg[o]! / present;
    max -= Math.log2(pm);
    const t = treated[i]!;
    if (t === MISSING_CODE) loss -= Math.log2(pm);
    else loss -= Math.log2(joint.get(t * la + o)! / tcount[t]!);
  }
  return { loss: Math.max(0, loss), max };
}
