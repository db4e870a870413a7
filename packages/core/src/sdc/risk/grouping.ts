import { MISSING_CODE, type Column } from '../dataset';

/** Dense integer codes for a column: 0..cardinality-1, `MISSING_CODE` (-1) for missing. */
export interface DenseCodes {
  readonly codes: Int32Array;
  readonly cardinality: number;
  /** Whether any code is `MISSING_CODE` (found on the way; callers need not scan again). */
  readonly hasMissing?: boolean;
}

/** Numeric codes below this (non-negative integers) are encoded through a direct table. */
const SMALL_INT_LIMIT = 1 << 20;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function hashDouble(v: number): number {
  f64[0] = v;
  return mix(u32[0]!, u32[1]!);
}

function mix(lo: number, hi: number): number {
  let h = Math.imul(lo ^ Math.imul(hi ^ (hi >>> 16), 0x27d4eb2d), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * Dictionary codes of a column as sdcMicro treats keys: each distinct value is a category.
 * Categorical columns are used as they are; numeric columns are encoded by hashing the numbers
 * (open addressing on the Float64 bits, no strings), in first-seen order. NaN is missing.
 */
export function denseCodes(col: Column): DenseCodes {
  if (col.kind === 'categorical') {
    // Missing codes are negative: OR the codes (one cheap pass) rather than test each.
    const c = col.codes;
    let or = 0;
    for (let i = 0; i < c.length; i++) or |= c[i]!;
    return { codes: c, cardinality: col.levels.length, hasMissing: or < 0 };
  }
  const values = col.values;
  const n = values.length;
  const codes = new Int32Array(n);
  // Fast path, one pass: small non-negative integers (the usual coded key) index a direct table,
  // grown as larger values come; left for the hash below at the first value that is not one.
  let table = new Int32Array(256).fill(-1);
  let count = 0;
  let missing = false;
  let small = true;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    // One test for the usual cell (an integer already in the table's range); the rest below it.
    // `v | 0` is v for an integer in the int32 range, something else for NaN, a fraction or a
    // larger number (NaN | 0 is 0, never NaN).
    const k = v | 0;
    if (k !== v || k < 0 || k >= table.length) {
      if (v !== v) {
        codes[i] = MISSING_CODE;
        missing = true;
        continue;
      }
      if (!(v >= 0 && v < SMALL_INT_LIMIT && v === Math.floor(v))) {
        small = false;
        break;
      }
      let size = table.length * 2;
      while (size <= v) size *= 2;
      const next = new Int32Array(size).fill(-1);
      next.set(table);
      table = next;
    }
    let id = table[k]!;
    if (id === -1) table[k] = id = count++;
    codes[i] = id;
  }
  if (small) return { codes, cardinality: count, hasMissing: missing };
  missing = false;
  count = 0;
  let size = 16;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const keys = new Float64Array(size);
  const ids = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) {
    let v = values[i]!;
    if (v !== v) {
      codes[i] = MISSING_CODE;
      missing = true;
      continue;
    }
    if (v === 0) v = 0; // -0 and 0 are one value
    let h = hashDouble(v) & mask;
    for (;;) {
      const id = ids[h]!;
      if (id === -1) {
        keys[h] = v;
        ids[h] = count;
        codes[i] = count++;
        break;
      }
      if (keys[h] === v) {
        codes[i] = id;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return { codes, cardinality: count, hasMissing: missing };
}

export interface Grouping {
  /** Group id (0..groups-1, in first-seen order) of each input row. */
  readonly groupOf: Int32Array;
  readonly groups: number;
}

const MAX_EXACT = 2 ** 52;

/**
 * Groups rows by the combination of several code columns, missing (-1) being a value of its own.
 * Codes are combined into one mixed-radix integer (radix = cardinality + 1) kept below 2^52; when
 * the product of radices would overflow, the partial key is re-densified first. The final keys are
 * densified through a direct table when small, else an open-addressing hash on Float64 keys.
 *
 * `rows` restricts (and orders) the input to those row indices; output position i is `rows[i]`.
 */
export function groupRows(
  columns: readonly Int32Array[],
  cardinalities: readonly number[],
  rows: Int32Array | null = null,
): Grouping {
  const n = rows ? rows.length : columns.length === 0 ? 0 : columns[0]!.length;
  if (columns.length === 0) return { groupOf: new Int32Array(n), groups: n > 0 ? 1 : 0 };
  const key = new Float64Array(n);
  let range = 1;
  for (let j = 0; j < columns.length; j++) {
    const col = columns[j]!;
    const radix = cardinalities[j]! + 1;
    if (range * radix > MAX_EXACT) {
      const current = densify(key, range);
      range = current.groups;
      for (let i = 0; i < n; i++) key[i] = current.groupOf[i]!;
    }
    if (rows) for (let i = 0; i < n; i++) key[i] = key[i]! * radix + col[rows[i]!]! + 1;
    else for (let i = 0; i < n; i++) key[i] = key[i]! * radix + col[i]! + 1;
    range *= radix;
  }
  return densify(key, range);
}

/** Maps integer-valued keys in [0, range) to dense ids in first-seen order. */
function densify(key: Float64Array, range: number): Grouping {
  const n = key.length;
  const groupOf = new Int32Array(n);
  let groups = 0;
  if (range <= Math.max(4 * n, 1 << 16)) {
    const table = new Int32Array(range).fill(-1);
    for (let i = 0; i < n; i++) {
      const k = key[i]!;
      let id = table[k]!;
      if (id === -1) table[k] = id = groups++;
      groupOf[i] = id;
    }
    return { groupOf, groups };
  }
  // Open addressing sized by the groups found (at most half full), not by the rows: far fewer
  // rows than distinct keys is the rule, and a small table stays in the cache.
  let size = 1 << 12;
  let mask = size - 1;
  let keys = new Float64Array(size);
  let ids = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) {
    const k = key[i]!;
    let h = mix(k >>> 0, (k / 4294967296) | 0) & mask;
    for (;;) {
      const id = ids[h]!;
      if (id === -1) {
        keys[h] = k;
        ids[h] = groups;
        groupOf[i] = groups++;
        if (2 * groups > size) {
          // Double the table and place every key again (ids stay: first-seen order is kept).
          const oldKeys = keys;
          const oldIds = ids;
          size *= 2;
          mask = size - 1;
          keys = new Float64Array(size);
          ids = new Int32Array(size).fill(-1);
          for (let s = 0; s < oldIds.length; s++) {
            const g = oldIds[s]!;
            if (g === -1) continue;
            const kk = oldKeys[s]!;
            let p = mix(kk >>> 0, (kk / 4294967296) | 0) & mask;
            while (ids[p] !== -1) p = (p + 1) & mask;
            keys[p] = kk;
            ids[p] = g;
          }
        }
        break;
      }
      if (keys[h] === k) {
        groupOf[i] = id;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return { groupOf, groups };
}

/** Distinct values of a Float64Array (ascending, NaN dropped) with their multiplicities. */
export function distinctSorted(values: Float64Array): { values: Float64Array; counts: Float64Array } {
  const sorted = Float64Array.from(values).sort();
  let end = sorted.length;
  while (end > 0 && Number.isNaN(sorted[end - 1]!)) end--;
  let d = 0;
  for (let i = 0; i < end; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) d++;
  const out = new Float64Array(d);
  const counts = new Float64Array(d);
  let k = -1;
  for (let i = 0; i < end; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) out[++k] = sorted[i]!;
    counts[k]!++;
  }
  return { values: out, counts };
}
