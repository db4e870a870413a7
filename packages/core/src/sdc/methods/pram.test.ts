import { describe, expect, it } from 'vitest';
import { asCategorical, categoricalFromStrings, column, datasetFromColumns, MISSING_CODE } from '../dataset';
import { seededRandom } from '../../random';
import { invariantPramMatrix, pram } from './pram';
import { loadReferenceCsv } from '../test-support/reference-data';

function freq(codes: Int32Array, L: number): number[] {
  const f = new Array<number>(L).fill(0);
  for (const c of codes) if (c !== MISSING_CODE) f[c]!++;
  return f;
}

describe('PRAM', () => {
  it('the invariant matrix has rows summing to 1, diagonal >= its floor, and p · R = p', () => {
    const counts = [500, 300, 150, 50];
    const R = invariantPramMatrix(counts, 0.8, 0.5, seededRandom(7));
    const p = counts.map((c) => c / 1000);
    for (const row of R) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let j = 0; j < 4; j++) {
      const pj = p.reduce((s, pi, i) => s + pi * R[i]![j]!, 0);
      expect(pj).toBeCloseTo(p[j]!, 12);
    }
    R.forEach((row, i) => expect(row[i]).toBeGreaterThan(0.5));
  });

  it('keeps the distribution of free1 MARSTAT in expectation, changes some values, keeps NA, is seeded', () => {
    const ds = loadReferenceCsv('free1.csv', { numericOnly: [] });
    const col = asCategorical(column(ds, 'MARSTAT'));
    const before = freq(col.codes, col.levels.length);
    const r = pram(ds, { columns: ['MARSTAT'] }, seededRandom(42));
    if (!r.ok) throw new Error(r.error.message);
    const out = asCategorical(column(r.value.dataset, 'MARSTAT'));
    expect(out.levels).toEqual(col.levels);
    const after = freq(out.codes, out.levels.length);
    const n = ds.rowCount;
    // Expected counts after PRAM equal the counts before (invariance); observed within 5 sd.
    const M = r.value.matrices['MARSTAT']!;
    before.forEach((b, j) => {
      const expected = before.reduce((s, bi, i) => s + bi * M[i]![j]!, 0);
      expect(expected).toBeCloseTo(b, 6);
      const sd = Math.sqrt(n * 0.25);
      expect(Math.abs(after[j]! - b)).toBeLessThan(5 * sd);
    });
    expect(r.value.changed['MARSTAT']).toBeGreaterThan(0);
    expect(r.value.changed['MARSTAT']).toBeLessThan(n * 0.3);
    const again = pram(ds, { columns: ['MARSTAT'] }, seededRandom(42));
    if (!again.ok) throw new Error('failed');
    expect(asCategorical(column(again.value.dataset, 'MARSTAT')).codes).toEqual(out.codes);
    const other = pram(ds, { columns: ['MARSTAT'] }, seededRandom(43));
    if (!other.ok) throw new Error('failed');
    expect(asCategorical(column(other.value.dataset, 'MARSTAT')).codes).not.toEqual(out.codes);
  });

  it('applies a user matrix and validates it, naming the field', () => {
    const ds = datasetFromColumns([categoricalFromStrings('d', ['y', 'n', null, 'y', 'n'])]);
    const flip = pram(
      ds,
      {
        columns: ['d'],
        matrices: {
          d: [
            [0, 1],
            [1, 0],
          ],
        },
      },
      seededRandom(1),
    );
    if (!flip.ok) throw new Error(flip.error.message);
    const out = asCategorical(column(flip.value.dataset, 'd'));
    expect([...out.codes].map((c) => (c < 0 ? null : out.levels[c]))).toEqual(['n', 'y', null, 'n', 'y']);
    expect(
      pram(
        ds,
        {
          columns: ['d'],
          matrices: {
            d: [
              [0.5, 0.4],
              [0, 1],
            ],
          },
        },
        seededRandom(1),
      ),
    ).toMatchObject({
      ok: false,
      error: { field: 'pram.matrices.d' },
    });
    expect(pram(ds, { columns: ['zz'] }, seededRandom(1))).toMatchObject({
      ok: false,
      error: { field: 'pram.columns[0]' },
    });
  });
});
