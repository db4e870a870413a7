/**
 * Encoding for the optimal generalisation: each key's values as rows of its hierarchy, the
 * distinct level-0 tuples with their record counts, and every tuple's generalised code at every
 * level of every key.
 */
import { MISSING_CODE, asCategorical, column, type Dataset } from '../dataset';
import type { Hierarchy } from './hierarchy';
import { groupRows } from '../risk/grouping';
import { fail, ok, type MethodResult } from './result';

export interface Prepared {
  readonly K: number;
  readonly n: number;
  readonly heights: number[];
  /** Distinct level-0 tuples: count m, record count per tuple. */
  readonly m: number;
  readonly weight: Int32Array;
  /** gen[q][l]: generalised code per distinct tuple at level l of key q (see `codesAt`). */
  readonly gen: (Int32Array | undefined)[][];
  /** Hierarchy row per distinct tuple and key. */
  readonly tupleRow: Int32Array[];
  /** card[q][l]: number of generalised codes at level l (the last one is NA's). */
  readonly card: number[][];
  /** Distinct tuple of each record. */
  readonly recordTuple: Int32Array;
  /** labels[q][l]: label per generalised code at level l (NA's code has none). */
  readonly labels: string[][][];
  /** Per key and level: hierarchy row → generalised code (the extra last row is NA). */
  readonly rowGen: Int32Array[][];
  /** Hierarchy row per record and key. */
  readonly recordRow: Int32Array[];
}

/** Hot loops compare against a local constant, not the imported binding. */
const NA = MISSING_CODE;

export function prepare(
  dataset: Dataset,
  options: { readonly keys: readonly string[]; readonly hierarchies: Readonly<Record<string, Hierarchy>> },
): MethodResult<Prepared> {
  const { keys } = options;
  const K = keys.length;
  if (K === 0) return fail('keys', 'at least one key variable is required');
  const names = dataset.columns.map((c) => c.name);
  const n = dataset.rowCount;
  const heights: number[] = [];
  const recordRow: Int32Array[] = [];
  const rowGen: Int32Array[][] = [];
  const labels: string[][][] = [];
  for (let q = 0; q < K; q++) {
    const name = keys[q]!;
    if (!names.includes(name))
      return fail(`keys[${q}]`, `unknown column "${name}"; available: ${names.join(', ')}`);
    const h = options.hierarchies[name];
    if (!h) return fail(`hierarchies.${name}`, `no hierarchy for key "${name}"`);
    heights.push(h.height);
    const rowIndex = new Map<string, number>(h.rows.map((r, i) => [r[0]!, i]));
    const notInHierarchy = (value: string) =>
      fail(`hierarchies.${name}`, `value "${value}" of column "${name}" is not in its hierarchy`);
    const source = column(dataset, name);
    const rr = new Int32Array(n);
    const naRow = h.rows.length;
    if (source.kind === 'numeric') {
      // Each distinct number is looked up once (as its text), not converted per record.
      const byValue = new Map<number, number>();
      const values = source.values;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (Number.isNaN(v)) {
          rr[i] = naRow;
          continue;
        }
        let r = byValue.get(v);
        if (r === undefined) {
          r = rowIndex.get(String(v));
          if (r === undefined) return notInHierarchy(String(v));
          byValue.set(v, r);
        }
        rr[i] = r;
      }
    } else {
      const col = asCategorical(source);
      const levelToRow = new Int32Array(col.levels.length);
      for (let c = 0; c < col.levels.length; c++) {
        const r = rowIndex.get(col.levels[c]!);
        if (r === undefined) return notInHierarchy(col.levels[c]!);
        levelToRow[c] = r;
      }
      const codes = col.codes;
      for (let i = 0; i < n; i++) {
        const c = codes[i]!;
        rr[i] = c === NA ? naRow : levelToRow[c]!;
      }
    }
    recordRow.push(rr);
    // Generalised code of each hierarchy row (plus one extra row for NA) at each level.
    const perLevel: Int32Array[] = [];
    const perLabels: string[][] = [];
    for (let l = 0; l < h.height; l++) {
      const map = new Map<string, number>();
      const g = new Int32Array(h.rows.length + 1);
      const lab: string[] = [];
      for (let r = 0; r < h.rows.length; r++) {
        const v = h.rows[r]![l]!;
        let id = map.get(v);
        if (id === undefined) {
          id = lab.length;
          map.set(v, id);
          lab.push(v);
        }
        g[r] = id;
      }
      g[h.rows.length] = lab.length; // NA: a code of its own, label-less
      perLevel.push(g);
      perLabels.push(lab);
    }
    const notTree = treeViolation(h, perLevel, perLabels);
    if (notTree) return fail(`hierarchies.${name}`, notTree);
    rowGen.push(perLevel);
    labels.push(perLabels);
  }
  // Distinct level-0 tuples.
  const grouping = groupRows(
    recordRow,
    rowGen.map((g) => g[0]!.length),
  );
  const recordTuple = grouping.groupOf;
  const m = grouping.groups;
  // Record count and first record of each tuple; its hierarchy row per key (from that record).
  const weight = new Int32Array(m);
  const first = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const t = recordTuple[i]!;
    if (weight[t]!++ === 0) first[t] = i;
  }
  const tupleRow: Int32Array[] = [];
  for (let q = 0; q < K; q++) {
    const rows = new Int32Array(m);
    const rr = recordRow[q]!;
    for (let t = 0; t < m; t++) rows[t] = rr[first[t]!]!;
    tupleRow.push(rows);
  }
  const gen: (Int32Array | undefined)[][] = [];
  const card: number[][] = [];
  for (let q = 0; q < K; q++) {
    gen.push(new Array<undefined>(heights[q]!).fill(undefined));
    card.push(labels[q]!.map((lab) => lab.length + 1));
  }
  return ok({ K, n, heights, m, weight, gen, tupleRow, card, recordTuple, labels, rowGen, recordRow });
}

/**
 * A hierarchy must be a tree: values equal at one level stay equal at every level above it
 * (otherwise generalising could split a class, and neither the search's monotonicity nor its
 * roll-ups would hold). Returns the first violation, described, or null.
 */
function treeViolation(h: Hierarchy, perLevel: Int32Array[], perLabels: string[][]): string | null {
  for (let l = 0; l + 1 < h.height; l++) {
    const parent = new Int32Array(perLabels[l]!.length).fill(-1);
    const here = perLevel[l]!;
    const up = perLevel[l + 1]!;
    for (let r = 0; r < h.rows.length; r++) {
      const c = here[r]!;
      const p = up[r]!;
      if (parent[c]! < 0) parent[c] = p;
      else if (parent[c] !== p) {
        return (
          `"${perLabels[l]![c]}" at level ${l} generalises to both "${perLabels[l + 1]![parent[c]!]}" and ` +
          `"${perLabels[l + 1]![p]}" at level ${l + 1} (row of "${h.rows[r]![0]}"); a value must have one ` +
          'generalisation per level'
        );
      }
    }
  }
  return null;
}

/** Generalised code per distinct tuple at level `l` of key `q`, made on first use. */
export function codesAt(P: Prepared, q: number, l: number): Int32Array {
  const levels = P.gen[q]!;
  let g = levels[l];
  if (!g) {
    const rows = P.tupleRow[q]!;
    const rg = P.rowGen[q]![l]!;
    g = new Int32Array(P.m);
    for (let t = 0; t < P.m; t++) g[t] = rg[rows[t]!]!;
    levels[l] = g;
  }
  return g;
}
