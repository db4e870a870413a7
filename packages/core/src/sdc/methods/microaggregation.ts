/**
 * Microaggregation of numeric variables with MDAV (maximum distance to average vector), sdcMicro's
 * default method: records are grouped in groups of at least k (between k and 2k − 1) by
 * multivariate Euclidean distance on standardised variables, and each value is replaced by its
 * group's mean. Group means preserve every variable's overall mean exactly. Records with a missing
 * value in any of the variables are left unchanged (reported).
 */
import { column, replaceColumn, type Dataset } from '../dataset';
import { fail, ok, type MethodResult } from './result';

export interface MicroaggregationOptions {
  readonly columns: readonly string[];
  /** Minimum group size (sdcMicro's `aggr`, default 3). */
  readonly k?: number;
}

export interface MicroaggregationReport {
  readonly dataset: Dataset;
  /** Group id per record (-1 for records left out because of missing values). */
  readonly groupOf: Int32Array;
  readonly groups: number;
  readonly skippedRecords: number;
}

export function microaggregation(
  dataset: Dataset,
  options: MicroaggregationOptions,
  field = 'microaggregation',
): MethodResult<MicroaggregationReport> {
  const k = options.k ?? 3;
  if (!Number.isInteger(k) || k < 2) return fail(`${field}.k`, `k must be an integer >= 2 (got ${k})`);
  if (options.columns.length === 0) return fail(`${field}.columns`, 'at least one column is required');
  const names = dataset.columns.map((c) => c.name);
  const cols: Float64Array[] = [];
  for (let ci = 0; ci < options.columns.length; ci++) {
    const name = options.columns[ci]!;
    if (!names.includes(name))
      return fail(`${field}.columns[${ci}]`, `unknown column "${name}"; available: ${names.join(', ')}`);
    const col = column(dataset, name);
    if (col.kind !== 'numeric') return fail(`${field}.columns[${ci}]`, `column "${name}" is not numeric`);
    cols.push(col.values);
  }
  const n = dataset.rowCount;
  const d = cols.length;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (cols.every((c) => !Number.isNaN(c[i]!))) rows.push(i);
  const m = rows.length;
  const groupOf = new Int32Array(n).fill(-1);
  if (m < k) {
    if (m > 0) return fail(`${field}.k`, `only ${m} complete records, fewer than k = ${k}`);
    return ok({ dataset, groupOf, groups: 0, skippedRecords: n });
  }
  // Standardised data, row-major.
  const Z = new Float64Array(m * d);
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (const i of rows) mean += cols[j]![i]!;
    mean /= m;
    let v = 0;
    for (const i of rows) v += (cols[j]![i]! - mean) ** 2;
    const sd = Math.sqrt(v / Math.max(1, m - 1)) || 1;
    for (let r = 0; r < m; r++) Z[r * d + j] = (cols[j]![rows[r]!]! - mean) / sd;
  }
  const alive = new Uint8Array(m).fill(1);
  let remaining = m;
  const local = new Int32Array(m).fill(-1);
  let groups = 0;
  const dist2 = (a: number, center: Float64Array | number): number => {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const c = typeof center === 'number' ? Z[center * d + j]! : center[j]!;
      const x = Z[a * d + j]! - c;
      s += x * x;
    }
    return s;
  };
  const centroid = (): Float64Array => {
    const c = new Float64Array(d);
    for (let r = 0; r < m; r++) if (alive[r]) for (let j = 0; j < d; j++) c[j]! += Z[r * d + j]!;
    for (let j = 0; j < d; j++) c[j]! /= remaining;
    return c;
  };
  const farthest = (from: Float64Array | number): number => {
    let best = -1;
    let bd = -1;
    for (let r = 0; r < m; r++) {
      if (!alive[r]) continue;
      const x = dist2(r, from);
      if (x > bd) {
        bd = x;
        best = r;
      }
    }
    return best;
  };
  const takeGroup = (seed: number): void => {
    const cand: { r: number; x: number }[] = [];
    for (let r = 0; r < m; r++) if (alive[r]) cand.push({ r, x: dist2(r, seed) });
    cand.sort((a, b) => a.x - b.x || a.r - b.r);
    for (let t = 0; t < k; t++) {
      const r = cand[t]!.r;
      alive[r] = 0;
      local[r] = groups;
    }
    remaining -= k;
    groups++;
  };
  while (remaining >= 3 * k) {
    const c = centroid();
    const r = farthest(c);
    takeGroup(r);
    const s = farthest(r);
    takeGroup(s);
  }
  if (remaining >= 2 * k) {
    const c = centroid();
    takeGroup(farthest(c));
  }
  if (remaining > 0) {
    for (let r = 0; r < m; r++) {
      if (alive[r]) {
        alive[r] = 0;
        local[r] = groups;
      }
    }
    remaining = 0;
    groups++;
  }
  for (let r = 0; r < m; r++) groupOf[rows[r]!] = local[r]!;
  let out = dataset;
  for (let j = 0; j < d; j++) {
    const sums = new Float64Array(groups);
    const counts = new Float64Array(groups);
    for (let r = 0; r < m; r++) {
      sums[local[r]!]! += cols[j]![rows[r]!]!;
      counts[local[r]!]!++;
    }
    const values = Float64Array.from(cols[j]!);
    for (let r = 0; r < m; r++) values[rows[r]!] = sums[local[r]!]! / counts[local[r]!]!;
    out = replaceColumn(out, { kind: 'numeric', name: options.columns[j]!, values });
  }
  return ok({ dataset: out, groupOf, groups, skippedRecords: n - m });
}
