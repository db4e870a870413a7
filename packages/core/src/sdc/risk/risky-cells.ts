import { MISSING_CODE, type Dataset, column } from '../dataset';
import { denseCodes } from './grouping';

/** One tabulation of `riskyCells`: a combination of key variables and its unsafe cells. */
export interface RiskyCellsRow {
  /** The key variables tabulated together, in the order given. */
  readonly variables: readonly string[];
  /** Number of variables in the combination (the table's dimension). */
  readonly dimension: number;
  /** The threshold used for this dimension: a cell is unsafe when its count is ≤ it. */
  readonly threshold: number;
  /** Observed cells (combinations that occur at least once). */
  readonly cells: number;
  /** Observed cells with count ≤ threshold. */
  readonly unsafeCells: number;
}

export interface RiskyCellsOptions {
  keys: readonly string[];
  /** One threshold for every dimension, or one per dimension 1..maxDim. */
  threshold: number | readonly number[];
  /** Largest combination size (default: the number of keys). */
  maxDim?: number;
}

export type RiskyCellsResult =
  { ok: true; rows: RiskyCellsRow[] } | { ok: false; error: { field: string; message: string } };

/**
 * μ-Argus-style risky cells, as sdcMicro's `riskyCells(..., useIdentificationLevel = FALSE)`:
 * every combination of 1..maxDim key variables is tabulated (combinations in `combn` order:
 * all singles, then all pairs, …), and the cells whose count is **≤** the threshold of that
 * dimension are counted. Only observed combinations count; a record with a missing value in a
 * tabulated variable is left out of that table.
 */
export function riskyCells(dataset: Dataset, options: RiskyCellsOptions): RiskyCellsResult {
  const { keys } = options;
  if (keys.length === 0)
    return { ok: false, error: { field: 'keys', message: 'Give at least one key variable.' } };
  for (const key of keys) {
    if (!dataset.columns.some((c) => c.name === key)) {
      const available = dataset.columns.map((c) => c.name).join(', ');
      return {
        ok: false,
        error: { field: 'keys', message: `Unknown column "${key}". Available: ${available}` },
      };
    }
  }
  const maxDim = options.maxDim ?? keys.length;
  if (!Number.isInteger(maxDim) || maxDim < 1 || maxDim > keys.length) {
    return {
      ok: false,
      error: { field: 'maxDim', message: `maxDim must be a whole number from 1 to ${keys.length}.` },
    };
  }
  const thresholds = typeof options.threshold === 'number' ? [options.threshold] : [...options.threshold];
  if (thresholds.length !== 1 && thresholds.length !== maxDim) {
    return {
      ok: false,
      error: { field: 'threshold', message: `Give one threshold, or one per dimension (${maxDim}).` },
    };
  }
  const codes = keys.map((k) => denseCodes(column(dataset, k)));
  const rows: RiskyCellsRow[] = [];
  for (let dim = 1; dim <= maxDim; dim++) {
    const threshold = thresholds.length === 1 ? thresholds[0]! : thresholds[dim - 1]!;
    for (const combo of combinations(keys.length, dim)) {
      const counts = new Map<number, number>();
      for (let row = 0; row < dataset.rowCount; row++) {
        let key = 0;
        let missing = false;
        for (const v of combo) {
          const c = codes[v]!;
          const code = c.codes[row]!;
          if (code === MISSING_CODE) {
            missing = true;
            break;
          }
          key = key * c.cardinality + code;
        }
        if (!missing) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      let unsafe = 0;
      for (const n of counts.values()) if (n <= threshold) unsafe++;
      rows.push({
        variables: combo.map((i) => keys[i]!),
        dimension: dim,
        threshold,
        cells: counts.size,
        unsafeCells: unsafe,
      });
    }
  }
  return { ok: true, rows };
}

/** Index combinations of size k from 0..n-1 in R's `combn` (lexicographic) order. */
function* combinations(n: number, k: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield [...idx];
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}
