/**
 * PRAM (post-randomisation) for categorical variables, seeded.
 *
 * Default: an invariant transition matrix built as sdcMicro describes (design note 2.6): a base
 * matrix P with diagonal drawn uniformly in [pd, 1] and the rest of each row spread evenly; the
 * Bayes inverse Q (Q[j][i] = p_i P[i][j] / Σ_l p_l P[l][j]) for the observed distribution p; then
 * R = P·Q satisfies p·R = p, and Rs = alpha·R + (1 − alpha)·I keeps that property. So the expected
 * frequencies after PRAM equal the observed ones. A user matrix (rows summing to 1) may be given.
 */
import { MISSING_CODE, asCategorical, column, replaceColumn, type Dataset } from '../dataset';
import type { Random } from '../../random';
import { fail, ok, type MethodResult } from './result';

export interface PramOptions {
  readonly columns: readonly string[];
  /** Minimum diagonal of the base matrix (default 0.8). */
  readonly pd?: number;
  /** Mixing with the identity (default 0.5). */
  readonly alpha?: number;
  /** Per column: a transition matrix over the column's levels (in level order); rows sum to 1. */
  readonly matrices?: Readonly<Record<string, readonly (readonly number[])[]>>;
}

export interface PramReport {
  readonly dataset: Dataset;
  /** Values changed per column. */
  readonly changed: Readonly<Record<string, number>>;
  /** The transition matrix used per column (rows and columns in level order). */
  readonly matrices: Readonly<Record<string, number[][]>>;
}

/** Builds sdcMicro-style invariant PRAM matrix for the distribution `freq` (counts per level). */
export function invariantPramMatrix(
  freq: readonly number[],
  pd: number,
  alpha: number,
  random: Random,
): number[][] {
  const L = freq.length;
  const total = freq.reduce((a, b) => a + b, 0);
  const p = freq.map((f) => (total > 0 ? f / total : 1 / L));
  if (L === 1) return [[1]];
  const P: number[][] = [];
  for (let i = 0; i < L; i++) {
    const d = pd + (1 - pd) * random.next();
    P.push(Array.from({ length: L }, (_, j) => (i === j ? d : (1 - d) / (L - 1))));
  }
  const lambda = Array.from({ length: L }, (_, j) => p.reduce((s, pi, i) => s + pi * P[i]![j]!, 0));
  // Q[j][i] = p_i P[i][j] / lambda_j
  const Q = Array.from({ length: L }, (_, j) =>
    Array.from({ length: L }, (_, i) =>
      lambda[j]! > 0 ? (p[i]! * P[i]![j]!) / lambda[j]! : i === j ? 1 : 0,
    ),
  );
  const R: number[][] = [];
  for (let i = 0; i < L; i++) {
    const row: number[] = [];
    for (let j = 0; j < L; j++) {
      let s = 0;
      for (let l = 0; l < L; l++) s += P[i]![l]! * Q[l]![j]!;
      row.push(alpha * s + (i === j ? 1 - alpha : 0));
    }
    R.push(row);
  }
  return R;
}

export function pram(
  dataset: Dataset,
  options: PramOptions,
  random: Random,
  field = 'pram',
): MethodResult<PramReport> {
  const pd = options.pd ?? 0.8;
  const alpha = options.alpha ?? 0.5;
  if (!(pd >= 0 && pd <= 1)) return fail(`${field}.pd`, 'pd must be in [0, 1]');
  if (!(alpha >= 0 && alpha <= 1)) return fail(`${field}.alpha`, 'alpha must be in [0, 1]');
  const names = dataset.columns.map((c) => c.name);
  let out = dataset;
  const changed: Record<string, number> = {};
  const used: Record<string, number[][]> = {};
  for (let ci = 0; ci < options.columns.length; ci++) {
    const name = options.columns[ci]!;
    if (!names.includes(name))
      return fail(`${field}.columns[${ci}]`, `unknown column "${name}"; available: ${names.join(', ')}`);
    const col = asCategorical(column(dataset, name));
    const L = col.levels.length;
    const freq = new Array<number>(L).fill(0);
    for (const c of col.codes) if (c !== MISSING_CODE) freq[c]!++;
    let M: number[][];
    const given = options.matrices?.[name];
    if (given) {
      if (given.length !== L || given.some((r) => r.length !== L)) {
        return fail(
          `${field}.matrices.${name}`,
          `expected a ${L}×${L} matrix (levels: ${col.levels.join(', ')})`,
        );
      }
      for (let i = 0; i < L; i++) {
        const row = given[i]!;
        const s = row.reduce((a, b) => a + b, 0);
        if (row.some((v) => !(v >= 0)) || Math.abs(s - 1) > 1e-9) {
          return fail(`${field}.matrices.${name}`, `row ${i + 1} must be non-negative and sum to 1`);
        }
      }
      M = given.map((r) => [...r]);
    } else M = invariantPramMatrix(freq, pd, alpha, random);
    const codes = new Int32Array(col.codes.length);
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const c = col.codes[i]!;
      if (c === MISSING_CODE) {
        codes[i] = c;
        continue;
      }
      const row = M[c]!;
      const u = random.next();
      let acc = 0;
      let j = 0;
      for (; j < L - 1; j++) {
        acc += row[j]!;
        if (u < acc) break;
      }
      codes[i] = j;
      if (j !== c) count++;
    }
    const orig = column(dataset, name);
    if (orig.kind === 'categorical') {
      out = replaceColumn(out, { kind: 'categorical', name, levels: col.levels, codes });
    } else {
      const values = new Float64Array(codes.length);
      for (let i = 0; i < codes.length; i++)
        values[i] = codes[i] === MISSING_CODE ? Number.NaN : Number(col.levels[codes[i]!]);
      out = replaceColumn(out, { kind: 'numeric', name, values });
    }
    changed[name] = count;
    used[name] = M;
  }
  return ok({ dataset: out, changed, matrices: used });
}
