/** Property-based checks of the risk measures against brute-force definitions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericDataset } from '../test-support/build';
import { frequencies, globalRisk, householdRisk, individualRisk, lDiversity, median } from './index';

/** Random small datasets: rows of key values in 0..card-1 or null, plus weights ≥ 1. */
const data = fc
  .record({ keys: fc.integer({ min: 1, max: 4 }), rows: fc.integer({ min: 1, max: 40 }) })
  .chain(({ keys, rows }) =>
    fc.record({
      cells: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { freq: 5, nil: null }), {
          minLength: keys,
          maxLength: keys,
        }),
        { minLength: rows, maxLength: rows },
      ),
      weights: fc.array(fc.double({ min: 1, max: 500, noNaN: true }), { minLength: rows, maxLength: rows }),
      alpha: fc.constantFrom(1, 0.5, 0, 0.25),
    }),
  );

function build(cells: (number | null)[][], weights: number[]) {
  const K = cells[0]!.length;
  const cols: Record<string, (number | null)[]> = {};
  for (let j = 0; j < K; j++) cols[`k${j}`] = cells.map((r) => r[j]!);
  const ds = numericDataset(cols);
  return { ds, keys: ds.columns, w: Float64Array.from(weights) };
}

/** The definition of design note §1.1, record by record (quadratic, for checking). */
function bruteForce(cells: (number | null)[][], w: number[], alpha: number) {
  const n = cells.length;
  const fk: number[] = [];
  const Fk: number[] = [];
  const complete = (r: (number | null)[]) => r.every((v) => v !== null);
  const samePattern = (a: (number | null)[], b: (number | null)[]) =>
    a.every((v, j) => (v === null) === (b[j] === null));
  const match = (a: (number | null)[], b: (number | null)[]) =>
    a.every((v, j) => v === null || b[j] === null || v === b[j]);
  const exact = (a: (number | null)[], b: (number | null)[]) => a.every((v, j) => v === b[j]);
  const W = w.reduce((s, x) => s + x, 0);
  for (let i = 0; i < n; i++) {
    const a = cells[i]!;
    if (a.every((v) => v === null)) {
      fk.push(n);
      Fk.push(W);
      continue;
    }
    let f = 0;
    let F = 0;
    for (let j = 0; j < n; j++) {
      const b = cells[j]!;
      if (!match(a, b)) continue;
      let factor: number;
      if (exact(a, b)) factor = 1;
      else if (complete(a))
        factor = alpha; // b has a missing value
      else if (complete(b)) factor = 1;
      else factor = samePattern(a, b) ? 0 : alpha; // same pattern, different values cannot match
      f += factor;
      F += factor * w[j]!;
    }
    fk.push(f);
    Fk.push(F);
  }
  return { fk, Fk };
}

describe('frequencies: properties', () => {
  it('equal the record-by-record definition, for any alpha and missing pattern', () => {
    fc.assert(
      fc.property(data, ({ cells, weights, alpha }) => {
        const { keys, w } = build(cells, weights);
        const f = frequencies(keys, { weights: w, alpha });
        const b = bruteForce(cells, weights, alpha);
        for (let i = 0; i < cells.length; i++) {
          expect(f.fk[i]).toBeCloseTo(b.fk[i]!, 9);
          expect(f.Fk[i]! / b.Fk[i]!).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fk ≥ 1, Fk ≥ fk when weights ≥ 1, and risks lie in [0, 1]', () => {
    fc.assert(
      fc.property(data, ({ cells, weights, alpha }) => {
        const { keys, w } = build(cells, weights);
        const f = frequencies(keys, { weights: w, alpha });
        const approx = individualRisk(f.fk, f.Fk);
        const unweighted = individualRisk(f.fk, f.fk);
        for (let i = 0; i < cells.length; i++) {
          expect(f.fk[i]).toBeGreaterThanOrEqual(1);
          expect(f.Fk[i]! + 1e-9).toBeGreaterThanOrEqual(f.fk[i]!);
          for (const r of [approx[i]!, unweighted[i]!]) {
            expect(r).toBeGreaterThanOrEqual(0);
            expect(r).toBeLessThanOrEqual(1);
          }
        }
        const g = globalRisk(approx);
        expect(g.risk).toBeGreaterThanOrEqual(0);
        expect(g.risk).toBeLessThanOrEqual(1);
        expect(g.highRiskRecords).toBeLessThanOrEqual(cells.length);
      }),
      { numRuns: 200 },
    );
  });

  it('without missing values: a class of size s has fk = s for each member, so Σ 1/fk = classes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 60,
        }),
        (cells) => {
          const { keys } = build(
            cells,
            cells.map(() => 1),
          );
          const f = frequencies(keys);
          const sums = new Map<number, number>();
          const sizes = new Map<number, number>();
          f.classOf.forEach((c, i) => {
            sums.set(c, (sums.get(c) ?? 0) + f.fk[i]!);
            sizes.set(c, (sizes.get(c) ?? 0) + 1);
          });
          for (const [c, s] of sizes) expect(sums.get(c)).toBe(s * s);
          expect(f.classes).toBe(new Set(cells.map((r) => r.join(','))).size);
          const inv = Array.from(f.fk).reduce((s, x) => s + 1 / x, 0);
          expect(inv).toBeCloseTo(f.classes, 9);
        },
      ),
    );
  });

  it('exact risk stays in [0, 1] for small classes sampled at most one in two', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 2, max: 400, noNaN: true }),
        (f, ratio) => {
          const r = individualRisk(Float64Array.of(f), Float64Array.of(f * ratio), { method: 'exact' })[0]!;
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('household and l-diversity: properties', () => {
  it('household risk is at least each member risk and at most 1', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ hh: fc.integer({ min: 0, max: 5 }), r: fc.double({ min: 0, max: 1, noNaN: true }) }),
          {
            minLength: 1,
            maxLength: 50,
          },
        ),
        (rows) => {
          const hh = numericDataset({ hh: rows.map((x) => x.hh) }).columns[0]!;
          const rk = Float64Array.from(rows, (x) => x.r);
          const h = householdRisk(rk, hh);
          rows.forEach((_, i) => {
            expect(h.perRecord[i]! + 1e-12).toBeGreaterThanOrEqual(rk[i]!);
            expect(h.perRecord[i]).toBeLessThanOrEqual(1);
          });
        },
      ),
    );
  });

  it('entropy l ≤ distinct l, recursive l ≤ distinct l', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            k: fc.integer({ min: 0, max: 2 }),
            s: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (rows) => {
          const ds = numericDataset({ k: rows.map((r) => r.k), s: rows.map((r) => r.s) });
          const l = lDiversity([ds.columns[0]!], [ds.columns[1]!]).variables[0]!;
          rows.forEach((_, i) => {
            expect(l.entropy[i]!).toBeLessThanOrEqual(Math.max(1, l.distinct[i]!) + 1e-9);
            expect(l.recursive[i]!).toBeLessThanOrEqual(l.distinct[i]!);
          });
        },
      ),
    );
  });

  it('median matches the sort-based definition', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (xs) => {
          const s = [...xs].sort((a, b) => a - b);
          const m = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
          expect(median(Float64Array.from(xs))).toBe(m);
        },
      ),
    );
  });
});
