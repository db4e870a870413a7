/** Test-only independent reference computations (straightforward, O(n^2)). */
import { asCategorical, column, MISSING_CODE, type Dataset } from '../../dataset';

/** Wildcard-aware fk (alpha = 1) and Fk for every record, by direct pairwise comparison. */
export function naiveFk(
  dataset: Dataset,
  keys: readonly string[],
  weights?: Float64Array,
): { fk: number[]; Fk: number[] } {
  const cols = keys.map((k) => asCategorical(column(dataset, k)).codes);
  const n = dataset.rowCount;
  const fk: number[] = [];
  const Fk: number[] = [];
  for (let i = 0; i < n; i++) {
    let c = 0;
    let w = 0;
    for (let j = 0; j < n; j++) {
      let match = true;
      for (const col of cols) {
        const a = col[i]!;
        const b = col[j]!;
        if (a !== MISSING_CODE && b !== MISSING_CODE && a !== b) {
          match = false;
          break;
        }
      }
      if (match) {
        c++;
        w += weights ? weights[j]! : 1;
      }
    }
    fk.push(c);
    Fk.push(w);
  }
  return { fk, Fk };
}

/** sdcMicro's approximate individual risk from fk and Fk (definitions 1.3). */
export function approxRisk(fk: number, Fk: number): number {
  const pk = fk / Fk;
  if (fk === 1) return (pk / (1 - pk)) * Math.log(1 / pk);
  if (fk === 2) return pk / (1 - pk) - (pk / (1 - pk)) ** 2 * Math.log(1 / pk);
  return pk / (fk - (1 - pk));
}
