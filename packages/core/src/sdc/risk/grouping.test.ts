/**
 * Dense codes and row grouping against a plain Map over the values' texts: the same codes in
 * first-seen order, missing kept apart, whichever path runs (direct table grown past its first
 * size, a column leaving it for the hash at a late non-integer, the hash table grown many times).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING_CODE, type Column } from '../dataset';
import { denseCodes, groupRows } from './grouping';

/** First-seen ids of `keys` (strings), -1 for null. */
function reference(keys: readonly (string | null)[]): { ids: number[]; count: number } {
  const seen = new Map<string, number>();
  const ids = keys.map((k) => {
    if (k === null) return -1;
    let id = seen.get(k);
    if (id === undefined) seen.set(k, (id = seen.size));
    return id;
  });
  return { ids, count: seen.size };
}

const numeric = (values: number[]): Column => ({
  kind: 'numeric',
  name: 'x',
  values: Float64Array.from(values),
});

describe('denseCodes', () => {
  it('numbers: first-seen codes whatever the path, NaN missing, -0 and 0 one value', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 0, max: 200_000 }),
      // 2 ** 32 + 5 and 2 ** 32 are 5 and 0 as int32, Infinity is 0: none may take their code.
      fc.constantFrom(Number.NaN, -0, 0, 2.5, -3, 1e7, 2 ** 20, 2 ** 32, 2 ** 32 + 5, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), (values) => {
        const d = denseCodes(numeric(values));
        const want = reference(values.map((v) => (Number.isNaN(v) ? null : String(v === 0 ? 0 : v))));
        expect(Array.from(d.codes)).toEqual(want.ids);
        expect(d.cardinality).toBe(want.count);
        expect(d.hasMissing).toBe(values.some((v) => Number.isNaN(v)));
      }),
      { numRuns: 300 },
    );
    // Small integers for 10,000 rows, then one that is not: every code from the hash path.
    const late = [...Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 5000), 0.5, 3];
    const d = denseCodes(numeric(late));
    expect(Array.from(d.codes)).toEqual(reference(late.map(String)).ids);
  });

  it('categorical codes as they are, with whether one is missing', () => {
    const col: Column = {
      kind: 'categorical',
      name: 'c',
      levels: ['a', 'b'],
      codes: Int32Array.from([1, 0, 1]),
    };
    expect(denseCodes(col)).toEqual({ codes: col.codes, cardinality: 2, hasMissing: false });
    const withMissing = { ...col, codes: Int32Array.from([1, MISSING_CODE, 0]) };
    expect(denseCodes(withMissing).hasMissing).toBe(true);
  });
});

describe('groupRows', () => {
  it('groups in first-seen order, missing a value of its own, on the direct and the hashed path', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 3000 }),
        fc.integer({ min: 1, max: 6000 }),
        fc.integer(),
        (width, card, n, seed) => {
          let x = seed | 0;
          const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 0;
          const columns = Array.from({ length: width }, () =>
            Int32Array.from({ length: n }, () => (next() % 17 === 0 ? MISSING_CODE : next() % card)),
          );
          const g = groupRows(
            columns,
            columns.map(() => card),
          );
          const want = reference(Array.from({ length: n }, (_, i) => columns.map((c) => c[i]).join(',')));
          expect(g.groups).toBe(want.count);
          expect(Array.from(g.groupOf)).toEqual(want.ids);
        },
      ),
      { numRuns: 60 },
    );
  });
});
