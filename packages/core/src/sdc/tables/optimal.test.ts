import { beforeAll, describe, expect, it } from 'vitest';
import { auditSuppression, feasibilityIntervals } from './audit';
import { loadHighsSolver } from './highs';
import { optimalSuppression } from './optimal';
import { categoricalFromStrings, datasetFromColumns } from '../dataset';
import { copyState, forcePublish, initialState, markPrimary, primarySuppression } from './primary';
import { protectTable } from './protect';
import { cellCosts } from './secondary';
import type { LpSolver } from './solver';
import { buildTable, publishedMeasure, type Table } from './table';
import { testProblem } from './test-support/reference';
import { sparseHierarchicalTable } from './test-support/sparse-table';

let highs: LpSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

/** sdcTable's 1-based numbers of the cells that are not `s`. */
const nonS = (status: readonly string[]): number[] => status.flatMap((s, i) => (s !== 's' ? [i + 1] : []));

const suppressedValue = (table: Table, status: readonly string[]): number => {
  const m = publishedMeasure(table);
  return status.reduce((sum, s, i) => sum + (s === 'u' || s === 'x' ? m[i]! : 0), 0);
};

/** The independent check: the in-core simplex audits every primary, no component limit. */
const auditedByTheSimplex = (table: Table, state: Parameters<typeof auditSuppression>[1]) =>
  auditSuppression(table, state, { maxComponentCells: Number.POSITIVE_INFINITY });

describe('HiGHS as the audit LP solver', () => {
  it('gives the same feasibility interval as the in-core simplex (A/female in [0, 126])', () => {
    const table = testProblem();
    const status: string[] = Array.from(table.freq, () => 's');
    for (const c of [4, 5, 10, 11]) status[c] = 'x';
    const bySimplex = feasibilityIntervals(table, status, [4, 5, 10, 11]).intervals;
    const byHighs = feasibilityIntervals(table, status, [4, 5, 10, 11], { solver: highs }).intervals;
    expect(byHighs).toHaveLength(4);
    for (const [k, iv] of byHighs.entries()) {
      expect(iv.min).toBeCloseTo(bySimplex[k]!.min, 6);
      expect(iv.max).toBeCloseTo(bySimplex[k]!.max, 6);
    }
    expect(byHighs[1]).toMatchObject({ cell: 5, value: 20 });
    expect(byHighs[1]!.min).toBeCloseTo(0, 9);
    expect(byHighs[1]!.max).toBeCloseTo(126, 9);
  });
});

describe('optimal secondary suppression on the sdcTable test problem (README 4.2)', () => {
  it('cell 6 primary → 5, 6, 11, 12 as sdcTable OPT: 3 secondary, suppressed total 422, proven optimal', () => {
    const table = testProblem();
    const state = initialState(table);
    markPrimary(state, 5, 'set by hand');
    const out = optimalSuppression(table, state, cellCosts(table, 'measure'), highs);
    expect(nonS(state.status)).toEqual([5, 6, 11, 12]);
    expect(out).toMatchObject({ proven: true, optimal: true, stop: 'proven', added: 3, cost: 402 });
    expect(out.bound).toBeCloseTo(402, 6);
    // A/female + A/male + C/male + C/female = 20 + 178 + 118 + 106.
    expect(suppressedValue(table, state.status)).toBe(422);
    expect(state.status.filter((s) => s === 's' || s === 'z')).toHaveLength(11);
    expect(auditedByTheSimplex(table, state).safe).toBe(true);
  });

  it('through protectTable: method optimal, every primary proven by the full HiGHS audit', () => {
    const table = testProblem();
    const state = initialState(table);
    markPrimary(state, 5, 'set by hand');
    const res = protectTable(table, state, { method: 'optimal', solver: highs });
    expect(res.method).toBe('optimal');
    expect(nonS(res.state.status)).toEqual([5, 6, 11, 12]);
    expect(res.secondaryCount).toBe(3);
    expect(res.safe).toBe(true);
    expect(res.verification.get(5)).toBe('lp');
    expect(res.optimality).toMatchObject({ optimal: true, cost: 402 });
    expect(res.cells[4]!.reason).toMatch(/optimal pattern/);
  });

  it('no primary cell → nothing suppressed', () => {
    const table = testProblem();
    const res = protectTable(table, initialState(table), { method: 'optimal', solver: highs });
    expect(res.state.status.every((s) => s === 's')).toBe(true);
    expect(res.safe).toBe(true);
  });

  it('with D/male forced published (z) the pattern avoids it: 5, 6, 11, 12 (sdcTable GAUSS in this setting)', () => {
    const table = testProblem();
    const state = initialState(table);
    markPrimary(state, 5, 'set by hand');
    forcePublish(state, 13);
    const res = protectTable(table, state, { method: 'optimal', solver: highs });
    expect(res.state.status[13]).toBe('z');
    expect(nonS(res.state.status)).toEqual([5, 6, 11, 12, 14]);
    expect(res.safe).toBe(true);
  });

  it('p(70) (cells 6 and 14, Handbook upper and lower protection levels): levels met, never dearer than the hypercube', () => {
    const table = testProblem();
    const prim = primarySuppression(table, [{ kind: 'p', p: 70 }]);
    if (!prim.ok) throw new Error(prim.error);
    const cost = cellCosts(table, 'measure');
    const opt = protectTable(table, prim.value, { method: 'optimal', solver: highs });
    const hyper = protectTable(table, prim.value);
    expect(opt.method).toBe('optimal');
    expect(opt.safe).toBe(true);
    const secondaryCost = (status: readonly string[]): number =>
      status.reduce((s, st, i) => s + (st === 'x' ? cost[i]! : 0), 0);
    expect(secondaryCost(opt.state.status)).toBeLessThanOrEqual(secondaryCost(hyper.state.status));
    const audit = auditedByTheSimplex(table, opt.state);
    expect(audit.safe).toBe(true);
    for (const a of audit.audited) {
      expect(a.max - a.value).toBeGreaterThanOrEqual(a.requiredUpper - 1e-6);
      expect(a.value - a.min).toBeGreaterThanOrEqual(a.requiredLower - 1e-6);
    }
    // D/male's upper protection level is positive: the pattern had to be chosen for it.
    expect(opt.state.upper[13]).toBeGreaterThan(0);
  });
});

describe('sdcTable test-problem results (test-data/sdc/README.md §4.2) with HiGHS', () => {
  it('cell 6 primary: every method with the full HiGHS audit → 5, 6, 11, 12; A/female in [0, 126]', () => {
    for (const method of ['hypercube', 'lp', 'optimal'] as const) {
      const table = testProblem();
      const state = initialState(table);
      markPrimary(state, 5, 'set by hand');
      const res = protectTable(table, state, { method, solver: highs });
      expect(res.method).toBe(method);
      expect(nonS(res.state.status)).toEqual([5, 6, 11, 12]);
      expect(res.state.status.filter((s) => s === 's' || s === 'z')).toHaveLength(11);
      expect(res.safe).toBe(true);
      expect(res.verification.get(5)).toBe('lp');
      // The witness audit's interval lies inside the exact one and meets the levels…
      const a = res.intervals.find((iv) => iv.cell === 5)!;
      expect(a.safe).toBe(true);
      expect(a.min).toBeGreaterThanOrEqual(-1e-6);
      expect(a.max).toBeLessThanOrEqual(126 + 1e-6);
      // …and the exact one, both LPs on HiGHS, is sdcTable's [0, 126].
      const [exact] = feasibilityIntervals(table, res.state.status, [5], { solver: highs }).intervals;
      expect(exact!.min).toBeCloseTo(0, 6);
      expect(exact!.max).toBeCloseTo(126, 6);
    }
  });

  it('no primary cell: every method leaves all 15 cells s', () => {
    for (const method of ['hypercube', 'lp', 'optimal'] as const) {
      const table = testProblem();
      const res = protectTable(table, initialState(table), { method, solver: highs });
      expect(res.state.status).toHaveLength(15);
      expect(res.state.status.every((s) => s === 's')).toBe(true);
    }
  });

  describe('the singleton example (tot → a, b, c, d; microdata a, b, b, c; freq maxN = 1)', () => {
    const setup = () => {
      const data = datasetFromColumns([categoricalFromStrings('g', ['a', 'b', 'b', 'c'])]);
      const t = buildTable(data, {
        dimensions: [
          {
            variable: 'g',
            total: 'tot',
            hierarchy: ['a', 'b', 'c', 'd'].map((code) => ({ code, parent: 'tot' })),
          },
        ],
      });
      if (!t.ok) throw new Error(t.error);
      const p = primarySuppression(t.value, [{ kind: 'freq-le', maxN: 1 }]);
      if (!p.ok) throw new Error(p.error);
      return { table: t.value, primary: p.value };
    };
    it.each([
      [{}, 0],
      [{ detectSingletons: true }, 1],
      [{ threshold: 3 }, 1],
      [{ threshold: 5 }, 2],
    ])('method optimal, %o → %i secondary suppressions as sdcTable, proven by HiGHS', (opts, expected) => {
      const { table, primary } = setup();
      expect(primary.status).toEqual(['s', 'u', 's', 'u', 'z']);
      const res = protectTable(table, primary, { method: 'optimal', solver: highs, ...opts });
      expect(res.method).toBe('optimal');
      expect(res.secondaryCount).toBe(expected);
      expect(res.safe).toBe(true);
      if (expected === 2) expect(res.state.status).toEqual(['x', 'u', 'x', 'u', 'z']);
    });
  });
});

describe('optimal secondary suppression on sparse hierarchical frequency tables', () => {
  const small = { groups: 2, perGroup: 3, ages: 4, records: 300, seed: 7 };

  for (const minFrequency of [3, 10]) {
    it(`freq(${minFrequency}), cost = 1 per cell: fewer secondary cells than the hypercube, proven safe by both audits`, () => {
      const { table, primary } = sparseHierarchicalTable(small, minFrequency);
      const hyper = protectTable(table, primary, { cost: 'count' });
      const opt = protectTable(table, primary, {
        method: 'optimal',
        cost: 'count',
        solver: highs,
        optimal: { timeLimitSeconds: 30 },
      });
      expect(hyper.safe).toBe(true);
      expect(opt.method).toBe('optimal');
      expect(opt.safe).toBe(true);
      expect(opt.primaryCount).toBe(hyper.primaryCount);
      expect(opt.primaryCount).toBeGreaterThan(5);
      expect(opt.secondaryCount).toBeLessThan(hyper.secondaryCount);
      expect(opt.optimality!.bound).toBeLessThanOrEqual(opt.secondaryCount + 1e-6);
      // Independently: every primary's interval by the in-core simplex is at least n wide.
      const audit = auditedByTheSimplex(table, opt.state);
      expect(audit.safe).toBe(true);
      expect(audit.audited).toHaveLength(opt.primaryCount);
      for (const a of audit.audited) expect(a.max - a.min).toBeGreaterThanOrEqual(minFrequency - 1e-6);
    });
  }

  it('prunes a pattern not proven optimal: publishes again only cells the witness audit proves redundant', () => {
    // One 0-1 round: the master's pattern completed by the hypercube, not optimal.
    const { table, primary } = sparseHierarchicalTable(
      { groups: 3, perGroup: 4, ages: 6, records: 800, seed: 8 },
      3,
    );
    const cost = cellCosts(table, 'count');
    const unpruned = copyState(primary);
    const before = optimalSuppression(table, unpruned, cost, highs, {
      maxRounds: 1,
      timeLimitSeconds: 60,
      pruneLps: 0,
    });
    const pruned = copyState(primary);
    const after = optimalSuppression(table, pruned, cost, highs, { maxRounds: 1, timeLimitSeconds: 60 });
    expect(before).toMatchObject({ proven: true, optimal: false, stop: 'round-limit', pruned: 0 });
    expect(after).toMatchObject({ proven: true, optimal: false, stop: 'round-limit' });
    expect(after.pruned).toBeGreaterThan(0);
    expect(after.added + after.pruned).toBe(before.added);
    expect(after.cost).toBe(after.added);
    // The pruned pattern is the unpruned one less the pruned cells, each published with its reason.
    for (let c = 0; c < table.cellCount; c++) {
      if (pruned.status[c] === 'x') expect(unpruned.status[c]).toBe('x');
      if (pruned.status[c] === 's') expect(pruned.reason[c]).toBe(primary.reason[c]);
    }
    expect(pruned.status.filter((s) => s === 'x')).toHaveLength(after.added);
    // Proven by the in-core simplex too (both LPs of every primary), and the intervals reported are the pruned pattern's.
    const audit = auditedByTheSimplex(table, pruned);
    expect(audit.safe).toBe(true);
    expect(after.intervals.map((iv) => iv.cell).sort((a, b) => a - b)).toEqual(
      audit.audited.map((a) => a.cell).sort((a, b) => a - b),
    );
    for (const iv of after.intervals) {
      const exact = audit.audited.find((a) => a.cell === iv.cell)!;
      expect(iv.safe).toBe(true);
      expect(iv.min).toBeGreaterThanOrEqual(exact.min - 1e-6);
      expect(iv.max).toBeLessThanOrEqual(exact.max + 1e-6);
    }
  });

  it('leaves the state unchanged and reports why when the table has no pattern (a primary alone in a relation)', () => {
    const { table, primary } = sparseHierarchicalTable(small, 3);
    const state = copyState(primary);
    // Force every other cell published: no secondary cell is left to protect the primaries.
    for (let c = 0; c < table.cellCount; c++) if (state.status[c] === 's') forcePublish(state, c);
    const before = [...state.status];
    const out = optimalSuppression(table, state, cellCosts(table, 'count'), highs);
    expect(out.proven).toBe(false);
    expect(out.stop).toBe('infeasible');
    expect(state.status).toEqual(before);
  });
});

describe('the witness audit (full audit on HiGHS)', () => {
  it('gives the exact audit verdict per primary, with intervals inside the exact ones', () => {
    const { table, primary } = sparseHierarchicalTable(
      { groups: 3, perGroup: 4, ages: 6, records: 600, seed: 11 },
      3,
    );
    const res = protectTable(table, primary);
    const exact = auditedByTheSimplex(table, res.state);
    const witnessed = auditSuppression(table, res.state, {
      solver: highs,
      witnesses: true,
      maxComponentCells: Number.POSITIVE_INFINITY,
    });
    expect(witnessed.audited).toHaveLength(exact.audited.length);
    expect(witnessed.audited.length).toBeGreaterThan(20);
    // Fewer LPs than two per primary: the points found prove most cells.
    expect(witnessed.lpCount).toBeLessThan(2 * exact.audited.length);
    for (const [k, w] of witnessed.audited.entries()) {
      const e = exact.audited[k]!;
      expect(w.cell).toBe(e.cell);
      expect(w.safe).toBe(e.safe);
      expect(w.min).toBeGreaterThanOrEqual(e.min - 1e-6);
      expect(w.max).toBeLessThanOrEqual(e.max + 1e-6);
    }
    // An unsafe pattern is found unsafe too: publish every secondary cell again.
    const bare = copyState(res.state);
    for (let c = 0; c < table.cellCount; c++) if (bare.status[c] === 'x') bare.status[c] = 's';
    const unsafe = auditSuppression(table, bare, { solver: highs, witnesses: true });
    expect(unsafe.safe).toBe(false);
    expect(auditedByTheSimplex(table, bare).safe).toBe(false);
  });

  it('gives the exact per-cell LP verdict on safe and partly unsafe patterns of larger tables', () => {
    for (const seed of [5, 23]) {
      const { table, primary } = sparseHierarchicalTable(
        { groups: 4, perGroup: 5, ages: 10, records: 2_500, seed },
        3,
      );
      const res = protectTable(table, primary);
      // A partly unsafe pattern: every third secondary cell published again.
      const thinned = copyState(res.state);
      let n = 0;
      for (let c = 0; c < table.cellCount; c++)
        if (thinned.status[c] === 'x' && n++ % 3 === 0) thinned.status[c] = 's';
      for (const state of [res.state, thinned]) {
        // The exact audit: both LPs of every primary on HiGHS.
        const exact = auditSuppression(table, state, {
          solver: highs,
          maxComponentCells: Number.POSITIVE_INFINITY,
        });
        const witnessed = auditSuppression(table, state, {
          solver: highs,
          witnesses: true,
          maxComponentCells: Number.POSITIVE_INFINITY,
        });
        expect(witnessed.audited.map((a) => [a.cell, a.safe])).toEqual(
          exact.audited.map((a) => [a.cell, a.safe]),
        );
        // Far fewer LPs (a cell that is not safe still needs both of its own).
        expect(witnessed.lpCount).toBeLessThan(exact.lpCount / 2);
      }
      expect(auditSuppression(table, thinned, { solver: highs, witnesses: true }).safe).toBe(false);
    }
  });

  it("falls back to the cells' own LPs when the sum of the unproven cells is unbounded", () => {
    // Every cell of the test problem suppressed: nothing bounds the cells from above.
    const table = testProblem();
    const state = initialState(table);
    for (let c = 0; c < table.cellCount; c++) state.status[c] = 'x';
    for (const c of [4, 5, 10]) markPrimary(state, c, 'set by hand', { sliding: 3, upper: 5 });
    // 15 variables: HiGHS's adaptive solve runs them on the in-core simplex, which reports the
    // sum's LP unbounded.
    const witnessed = auditSuppression(table, state, {
      solver: highs,
      witnesses: true,
      maxComponentCells: Number.POSITIVE_INFINITY,
    });
    expect(witnessed.safe).toBe(true);
    expect(witnessed.audited.map((a) => a.max)).toEqual([Infinity, Infinity, Infinity]);
    // 336 variables: on HiGHS itself.
    const sparse = sparseHierarchicalTable({ groups: 3, perGroup: 4, ages: 6, records: 600, seed: 11 }, 3);
    const all = copyState(sparse.primary);
    for (let c = 0; c < sparse.table.cellCount; c++) if (all.status[c] === 's') all.status[c] = 'x';
    const large = auditSuppression(sparse.table, all, { solver: highs, witnesses: true });
    expect(large.audited.length).toBeGreaterThan(20);
    expect(large.safe).toBe(true);
    expect(large.audited.every((a) => a.max === Infinity)).toBe(true);
  });
});
