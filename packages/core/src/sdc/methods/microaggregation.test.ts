import { describe, expect, it } from 'vitest';
import { column, datasetFromColumns, numericFromValues, type Dataset } from '../dataset';
import { microaggregation } from './microaggregation';
import { loadReferenceCsv } from '../test-support/reference-data';

function values(ds: Dataset, name: string): Float64Array {
  const c = column(ds, name);
  if (c.kind !== 'numeric') throw new Error('numeric expected');
  return c.values;
}
const mean = (v: Float64Array): number => v.reduce((a, b) => a + b, 0) / v.length;

describe('MDAV microaggregation', () => {
  it.each([
    ['CASCrefmicrodata.csv', ['AGI', 'EMCONTRB', 'FEDTAX', 'PTOTVAL', 'STATETAX'], 3],
    ['CASCrefmicrodata.csv', ['WSALVAL', 'ERNVAL'], 5],
    ['microData.csv', ['one', 'two', 'three', 'four', 'five'], 3],
  ])(
    '%s %j, k = %i: groups of k..2k−1, identical values within a group, means preserved',
    (file, cols, k) => {
      const ds = loadReferenceCsv(file, { numericOnly: cols });
      const r = microaggregation(ds, { columns: cols, k });
      if (!r.ok) throw new Error(r.error.message);
      const sizes = new Map<number, number>();
      for (const g of r.value.groupOf) sizes.set(g, (sizes.get(g) ?? 0) + 1);
      expect(sizes.has(-1)).toBe(false);
      for (const s of sizes.values()) {
        expect(s).toBeGreaterThanOrEqual(k);
        expect(s).toBeLessThan(2 * k);
      }
      expect(sizes.size).toBe(r.value.groups);
      for (const c of cols) {
        const before = values(ds, c);
        const after = values(r.value.dataset, c);
        expect(Math.abs(mean(after) - mean(before))).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(mean(before))),
        );
        const byGroup = new Map<number, number>();
        r.value.groupOf.forEach((g, i) => {
          const seen = byGroup.get(g);
          if (seen === undefined) byGroup.set(g, after[i]!);
          else expect(after[i]).toBe(seen);
        });
      }
    },
  );

  it('leaves records with missing values untouched and validates options', () => {
    const ds = datasetFromColumns([numericFromValues('x', [1, 2, 3, null, 10, 11, 12])]);
    const r = microaggregation(ds, { columns: ['x'], k: 3 });
    if (!r.ok) throw new Error(r.error.message);
    expect([...values(r.value.dataset, 'x')].map((v) => (Number.isNaN(v) ? null : v))).toEqual([
      2,
      2,
      2,
      null,
      11,
      11,
      11,
    ]);
    expect(r.value.skippedRecords).toBe(1);
    expect(microaggregation(ds, { columns: ['x'], k: 1 })).toMatchObject({
      ok: false,
      error: { field: 'microaggregation.k' },
    });
    expect(microaggregation(ds, { columns: ['y'] })).toMatchObject({
      ok: false,
      error: { field: 'microaggregation.columns[0]' },
    });
  });
});
