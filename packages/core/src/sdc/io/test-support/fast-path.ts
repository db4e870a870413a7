// Test support (not in the library build): comparing the CSV reader's plain-record fast path with
// its general parser, shared by csv-bytes.test.ts and csv-fast-path-hostile.test.ts.
import { expect } from 'vitest';
import type { Column } from '../../dataset';
import { CsvReader, type CsvReadOptions } from '../csv';

/** The same column: kind, and values compared with Object.is (-0 and 0 apart, NaN equal to NaN). */
export function sameColumn(a: Column, b: Column): void {
  expect(a.kind).toBe(b.kind);
  if (a.kind === 'numeric' && b.kind === 'numeric') {
    const av = Array.from(a.values);
    const bv = Array.from(b.values);
    expect(av.length).toBe(bv.length);
    av.forEach((v, i) => expect(Object.is(v, bv[i]), `row ${i}: ${v} vs ${bv[i]}`).toBe(true));
  }
  if (a.kind === 'categorical' && b.kind === 'categorical') {
    expect(a.levels).toEqual(b.levels);
    expect(Array.from(a.codes)).toEqual(Array.from(b.codes));
  }
}

/**
 * Reads `bytes` in chunks of the given sizes (cycled) with the fast path on and off, and expects the
 * same result: the same error, or the same rows and columns.
 */
export function expectFastPathAsGeneral(
  bytes: Uint8Array,
  sizes: readonly number[],
  limits: CsvReadOptions['limits'] | undefined,
): void {
  const read = (plainRecords: boolean) => {
    const reader = new CsvReader({ delimiter: ',', plainRecords, ...(limits ? { limits } : {}) });
    for (let p = 0, s = 0; p < bytes.length; s++) {
      const size = sizes[s % sizes.length]!;
      if (reader.push(bytes.subarray(p, p + size))) break;
      p += size;
    }
    return reader.finish();
  };
  const fast = read(true);
  const general = read(false);
  if (!general.ok || !fast.ok) {
    expect(fast).toEqual(general);
    return;
  }
  expect(fast.dataset.rowCount).toBe(general.dataset.rowCount);
  fast.dataset.columns.forEach((c, j) => sameColumn(c, general.dataset.columns[j]!));
}
