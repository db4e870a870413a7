/**
 * Fast integer encodings shared by the methods: key columns as dictionary codes, and dense group
 * ids for combinations of code columns (pairwise mixed-radix compression with typed arrays).
 */
import { asCategorical, column, type Dataset } from '../dataset';

/** Dictionary codes (MISSING_CODE = -1 for NA) and level names of the named key columns. */
export function keyCodes(
  dataset: Dataset,
  names: readonly string[],
): { codes: Int32Array[]; levels: (readonly string[])[] } {
  const codes: Int32Array[] = [];
  const levels: (readonly string[])[] = [];
  for (const name of names) {
    const col = asCategorical(column(dataset, name));
    codes.push(col.codes);
    levels.push(col.levels);
  }
  return { codes, levels };
}

export interface Grouping {
  /** Group id per listed row (or per row when no row list is given). */
  readonly ids: Int32Array;
  /** Number of groups. */
  readonly groups: number;
  /** Size of each group. */
  readonly sizes: Int32Array;
}

const DENSE_LIMIT = 1 << 24;

/** Dense key → id table up to 4 MB, kept all −1 between calls (only the keys used are reset). */
const RETAINED_LIMIT = 1 << 20;
let denseIds = new Int32Array(0);

/**
 * Groups rows by exact equality of the given code columns (a missing code is a value of its own
 * here: no wildcards). `rows` restricts to a subset; ids then follow the order of `rows`.
 */
export function groupRows(columns: readonly Int32Array[], n: number, rows?: Int32Array): Grouping {
  const m = rows ? rows.length : n;
  let ids = new Int32Array(m);
  let groups = m > 0 ? 1 : 0;
  // Keys in use, to reset the dense table: at most one new key per row.
  const used = new Int32Array(m);
  for (const col of columns) {
    let maxCode = -1;
    for (let r = 0; r < m; r++) {
      const v = col[rows ? rows[r]! : r]!;
      if (v > maxCode) maxCode = v;
    }
    const card = maxCode + 2;
    const next = new Int32Array(m);
    let count = 0;
    if (groups * card <= DENSE_LIMIT) {
      const size = groups * card;
      if (size <= RETAINED_LIMIT && denseIds.length < size) {
        denseIds = new Int32Array(Math.min(RETAINED_LIMIT, Math.max(size, 1024, denseIds.length * 2)));
        denseIds.fill(-1);
      }
      // Larger tables (rare: many groups × many codes) are allocated per call, not kept.
      const table = size <= RETAINED_LIMIT ? denseIds : new Int32Array(size).fill(-1);
      let nUsed = 0;
      if (rows) {
        for (let r = 0; r < m; r++) {
          const key = ids[r]! * card + col[rows[r]!]! + 1;
          let id = table[key]!;
          if (id < 0) {
            id = count++;
            table[key] = id;
            used[nUsed++] = key;
          }
          next[r] = id;
        }
      } else {
        for (let r = 0; r < m; r++) {
          const key = ids[r]! * card + col[r]! + 1;
          let id = table[key]!;
          if (id < 0) {
            id = count++;
            table[key] = id;
            used[nUsed++] = key;
          }
          next[r] = id;
        }
      }
      for (let u = 0; u < nUsed; u++) table[used[u]!] = -1;
    } else {
      const map = new Map<number, number>();
      for (let r = 0; r < m; r++) {
        const key = ids[r]! * card + col[rows ? rows[r]! : r]! + 1;
        let id = map.get(key);
        if (id === undefined) {
          id = count++;
          map.set(key, id);
        }
        next[r] = id;
      }
    }
    ids = next;
    groups = count;
  }
  const sizes = new Int32Array(groups);
  for (let r = 0; r < m; r++) sizes[ids[r]!]!++;
  return { ids, groups, sizes };
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
