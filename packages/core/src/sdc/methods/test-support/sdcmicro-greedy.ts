/**
 * Test-only: sdcMicro's own local-suppression algorithm, written from its published description
 * (R/localSuppression.R and src/calcSuppInds.cpp as summarised in the reference-data notes), so
 * that Steward's modes can be compared with sdcMicro key by key. It reproduces the upstream test
 * expectations (testdata2, k = 2: 97; with ageG strata: 109), which is what makes it a reference.
 */
import { MISSING_CODE } from '../../dataset';

/**
 * Makes `rows` of `cols` (codes, modified in place) k-anonymous the way sdcMicro does, with
 * `importance[q]` (K = suppressed first). Returns the new suppressions per key.
 */
export function sdcMicroSuppress(
  cols: readonly Int32Array[],
  rows: readonly number[],
  k: number,
  importance: readonly number[],
): number[] {
  const K = cols.length;
  const per = new Array<number>(K).fill(0);
  // Search order: from the highest importance value to the lowest.
  const order = Array.from({ length: K }, (_, q) => q).sort((a, b) => importance[b]! - importance[a]!);

  // 1. Shrink: NA filled with the variable's first distinct value; groups of more than k records
  //    keep only k of them in the working set.
  const firstValue = cols.map((c) => {
    for (const r of rows) if (c[r] !== MISSING_CODE) return c[r]!;
    return 0;
  });
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const key = cols.map((c, q) => (c[r] === MISSING_CODE ? firstValue[q] : c[r])).join('|');
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const keep = new Set<number>();
  for (const g of groups.values()) {
    if (g.length > k) for (const r of g.slice(0, k)) keep.add(r);
    else for (const r of g) keep.add(r);
  }
  const work = rows.filter((r) => keep.has(r));

  const fkOf = (i: number): number => {
    let c = 0;
    for (const j of work) {
      let match = true;
      for (let q = 0; q < K; q++) {
        const a = cols[q]![i]!;
        const b = cols[q]![j]!;
        if (a !== MISSING_CODE && b !== MISSING_CODE && a !== b) {
          match = false;
          break;
        }
      }
      if (match) c++;
    }
    return c;
  };

  for (let pass = 0; pass < 10_000; pass++) {
    const fk = new Map(work.map((i) => [i, fkOf(i)]));
    // Problem records in decreasing risk 1/fk (increasing fk); ties keep the input order.
    const problems = work.filter((i) => fk.get(i)! < k).sort((a, b) => fk.get(a)! - fk.get(b)!);
    if (problems.length === 0) return per;
    for (const i of problems) {
      const dist = new Map<number, number>();
      let d = K;
      for (const j of work) {
        let n = 0;
        for (let q = 0; q < K; q++) {
          const a = cols[q]![i]!;
          const b = cols[q]![j]!;
          if (a !== MISSING_CODE && b !== MISSING_CODE && a !== b) n++;
        }
        dist.set(j, n);
        if (n > 0 && n < d) d = n;
      }
      const candidates = work.filter((j) => dist.get(j) === d);
      let chosen: number;
      if (candidates.length === 0 || (candidates.length === 1 && candidates[0] === i)) {
        chosen = order.find((q) => cols[q]![i] !== MISSING_CODE) ?? -1;
      } else {
        chosen =
          order.find((q) => {
            const v = cols[q]![i]!;
            if (v === MISSING_CODE) return false;
            return candidates.some((j) => cols[q]![j] !== MISSING_CODE && cols[q]![j] !== v);
          }) ?? -1;
      }
      if (chosen < 0) continue;
      cols[chosen]![i] = MISSING_CODE;
      per[chosen]!++;
    }
  }
  throw new Error('sdcMicro reference did not converge');
}
