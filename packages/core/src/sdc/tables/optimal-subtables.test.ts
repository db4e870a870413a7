import { beforeAll, describe, expect, it } from 'vitest';
import { auditSuppression } from './audit';
import { subtables } from './decompose';
import { loadHighsSolver } from './highs';
import { optimalSuppression, suppressionLowerBound } from './optimal';
import { subtableSuppression } from './optimal-subtables';
import { copyState, initialState, markPrimary, type SuppressionState } from './primary';
import { PRUNE_SUBTABLES_UP_TO_CELLS, protectTable, SUBTABLES_ABOVE_CELLS } from './protect';
import { cellCosts } from './secondary';
import type { LpSolver } from './solver';
import { publishedMeasure, tableRelations, type Table } from './table';
import { testProblem } from './test-support/reference';
import { displacementTable, sparseHierarchicalTable } from './test-support/sparse-table';

let highs: LpSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

/** The independent check: the in-core simplex solves both LPs of every primary, no component limit. */
const auditedByTheSimplex = (table: Table, state: SuppressionState) =>
  auditSuppression(table, state, { maxComponentCells: Number.POSITIVE_INFINITY });

const secondary = (state: SuppressionState): number => state.status.filter((s) => s === 'x').length;

const SMALL = { groups: 2, perGroup: 3, ages: 4, records: 300, seed: 7 };
const MEDIUM = { groups: 3, perGroup: 4, ages: 6, records: 800, seed: 8 };
/** The benchmark's humanitarian shape, small: (1 + 3 + 18) areas × 3 × 6 = 396 cells. */
const HUMANITARIAN = { groups: 3, perGroup: 6, records: 1_500, seed: 5 };

describe('HiTaS subtables of a hierarchical table', () => {
  it('one per non-leaf code of the hierarchy, top first; every relation of the table lies in one', () => {
    const { table } = sparseHierarchicalTable(SMALL);
    const subs = subtables(table);
    // Region: Total, R1, R2 head a group each; sex and age are flat (one group each).
    expect(subs.map((s) => [s.level, s.table.cellCount])).toEqual([
      [0, 3 * 3 * 5],
      [1, 4 * 3 * 5],
      [1, 4 * 3 * 5],
    ]);
    const measure = publishedMeasure(table);
    for (const s of subs) {
      // Same values, and the subtable's own relations hold on them.
      const sm = publishedMeasure(s.table);
      s.cells.forEach((c, j) => expect(sm[j]).toBe(measure[c]));
      const rel = tableRelations(s.table);
      for (let r = 0; r < rel.count; r++) {
        let sum = 0;
        for (let q = rel.offsets[r]!; q < rel.offsets[r + 1]!; q++) sum += sm[rel.parts[q]!]!;
        expect(sum).toBe(sm[rel.totals[r]!]);
      }
    }
    const rel = tableRelations(table);
    const sets = subs.map((s) => new Set(s.cells));
    for (let r = 0; r < rel.count; r++) {
      const cells = [rel.totals[r]!, ...rel.parts.subarray(rel.offsets[r]!, rel.offsets[r + 1]!)];
      expect(sets.some((set) => cells.every((c) => set.has(c)))).toBe(true);
    }
  });

  it('a table of flat dimensions is its own single subtable (the method then declines)', () => {
    const table = testProblem();
    expect(subtables(table)).toHaveLength(1);
    expect(subtableSuppression(table, sparseState(table), cellCosts(table, 'count'), highs)).toBeNull();
  });
});

/** The test problem with no primary (just a state of the right size). */
function sparseState(table: Table): SuppressionState {
  return {
    status: Array.from(table.freq, () => 's'),
    reason: Array.from(table.freq, () => null),
    upper: new Float64Array(table.cellCount),
    lower: new Float64Array(table.cellCount),
    sliding: new Float64Array(table.cellCount),
  };
}

describe('optimal secondary suppression by subtables', () => {
  const cases = [
    ['small 3-D, freq(3)', () => sparseHierarchicalTable(SMALL, 3)],
    ['medium 3-D, freq(3)', () => sparseHierarchicalTable(MEDIUM, 3)],
    ['medium 3-D, freq(10)', () => sparseHierarchicalTable(MEDIUM, 10)],
    ['humanitarian shape, freq(3)', () => displacementTable(HUMANITARIAN, 3)],
  ] as const;
  for (const [name, build] of cases) {
    it(`${name}: every primary proven by the in-core simplex; with more rounds and pruning fewer cells than the hypercube, not below the lower bound`, () => {
      const { table, primary } = build();
      const cost = cellCosts(table, 'count');
      // The default: one 0-1 solve per subtable, no pruning.
      const quick = copyState(primary);
      const first = subtableSuppression(table, quick, cost, highs)!;
      expect(first).toMatchObject({ proven: true, stop: 'subtables', pruned: 0 });
      expect(auditedByTheSimplex(table, quick).safe).toBe(true);
      const state = copyState(primary);
      const out = subtableSuppression(table, state, cost, highs, { subtableRounds: 2, pruneLps: 2000 })!;
      expect(out).toMatchObject({ proven: true, stop: 'subtables' });
      expect(out.subtables!.count).toBe(subtables(table).length);
      expect(out.subtables!.solved).toBeGreaterThan(0);
      expect(out.subtables!.completed).toBeGreaterThanOrEqual(0);
      expect(out.subtables!.completed).toBeLessThanOrEqual(out.added + out.pruned);
      expect(out.added).toBe(secondary(state));
      expect(out.cost).toBe(out.added);
      expect(out.added).toBeLessThanOrEqual(first.added);
      // Primaries untouched; only publishable cells became secondary.
      state.status.forEach((s, c) => {
        if (primary.status[c] !== 's') expect(s).toBe(primary.status[c]);
      });
      const audit = auditedByTheSimplex(table, state);
      expect(audit.safe).toBe(true);
      expect(audit.audited).toHaveLength(primary.status.filter((s) => s === 'u').length);
      const hyper = protectTable(table, primary, { cost: 'count' });
      expect(hyper.safe).toBe(true);
      expect(out.added).toBeLessThan(hyper.secondaryCount);
      const bound = suppressionLowerBound(table, primary, cost, highs);
      expect(bound).toBeGreaterThan(0);
      expect(out.added).toBeGreaterThanOrEqual(Math.floor(bound + 1e-6));
      // One 0-1 solve of the whole table's programme: a bound at least as strong.
      const zeroOneBound = suppressionLowerBound(table, primary, cost, highs, { zeroOneSeconds: 10 });
      expect(zeroOneBound).toBeGreaterThanOrEqual(bound - 1e-6);
      expect(out.added).toBeGreaterThanOrEqual(Math.floor(zeroOneBound + 1e-6));
    });
  }

  it('is deterministic: the same table gives the same pattern', () => {
    const { table, primary } = displacementTable(HUMANITARIAN, 3);
    const cost = cellCosts(table, 'count');
    const a = copyState(primary);
    const b = copyState(primary);
    subtableSuppression(table, a, cost, highs);
    subtableSuppression(table, b, cost, highs);
    expect(b.status).toEqual(a.status);
    expect(b.reason).toEqual(a.reason);
  });

  it('through protectTable: the subtables with decompose: true, the whole table by default on small tables', () => {
    const { table, primary } = sparseHierarchicalTable(MEDIUM, 3);
    // 336 cells: below the 1,000 cells above which the subtables are the default.
    const byDefault = protectTable(table, primary, { method: 'optimal', cost: 'count', solver: highs });
    expect(byDefault.optimality!.stop).not.toBe('subtables');
    const bySubtables = protectTable(table, primary, {
      method: 'optimal',
      cost: 'count',
      solver: highs,
      optimal: { decompose: true },
    });
    expect(bySubtables.method).toBe('optimal');
    expect(bySubtables.safe).toBe(true);
    expect(bySubtables.optimality).toMatchObject({ stop: 'subtables', subtables: { count: 4 } });
    expect(bySubtables.cells.some((c) => /by subtables/.test(c.reason))).toBe(true);
    const whole = protectTable(table, primary, {
      method: 'optimal',
      cost: 'count',
      solver: highs,
      optimal: { decompose: false, maxRounds: 1, timeLimitSeconds: 60 },
    });
    expect(whole.method).toBe('optimal');
    expect(whole.safe).toBe(true);
    expect(whole.optimality!.stop).not.toBe('subtables');
    expect(whole.optimality!.subtables).toBeUndefined();
  });
});

describe('a mid-size table (1,000–2,000 cells)', () => {
  it('by default by subtables with pruning: proven safe, fewer cells than the hypercube, none of them redundant', () => {
    // The benchmark's 1,080-cell table (scripts/bench/cases/table.ts, OPT_TABLE): the whole
    // table's programme stops at its 20 s limit there.
    const { table, primary } = sparseHierarchicalTable(
      { groups: 5, perGroup: 6, ages: 9, records: 3_000, seed: 20261206, ageScale: 3 },
      3,
    );
    expect(table.cellCount).toBe(1_080);
    expect(table.cellCount).toBeGreaterThan(SUBTABLES_ABOVE_CELLS);
    expect(table.cellCount).toBeLessThanOrEqual(PRUNE_SUBTABLES_UP_TO_CELLS);
    const r = protectTable(table, primary, { method: 'optimal', cost: 'count', solver: highs });
    expect(r.method).toBe('optimal');
    expect(r.safe).toBe(true);
    expect(r.optimality).toMatchObject({ stop: 'subtables', subtables: { count: 6 } });
    expect(r.optimality!.pruned).toBeGreaterThan(0);
    // Unpruned, the same subtables give more cells.
    const unpruned = protectTable(table, primary, {
      method: 'optimal',
      cost: 'count',
      solver: highs,
      optimal: { pruneLps: 0 },
    });
    expect(unpruned.safe).toBe(true);
    expect(r.secondaryCount).toBe(unpruned.secondaryCount - r.optimality!.pruned);
    const hyper = protectTable(table, primary, { cost: 'count', solver: highs });
    expect(hyper.safe).toBe(true);
    expect(r.secondaryCount).toBeLessThan(hyper.secondaryCount);
    // Every primary proven by the full LP audit on HiGHS (no sampling).
    const primaries = primary.status.filter((s) => s === 'u').length;
    expect([...r.verification.values()].filter((v) => v === 'lp')).toHaveLength(primaries);
  });

  it('the shared-cell cost and more rounds below the top subtable give fewer cells, proven by the simplex too', () => {
    const { table, primary } = sparseHierarchicalTable(
      { groups: 5, perGroup: 6, ages: 9, records: 3_000, seed: 20261206, ageScale: 3 },
      3,
    );
    const r = protectTable(table, primary, { method: 'optimal', cost: 'count', solver: highs });
    expect(r.safe).toBe(true);
    // The previous default: no shared-cell cost, one 0-1 solve per subtable (93 cells).
    const before = protectTable(table, primary, {
      method: 'optimal',
      cost: 'count',
      solver: highs,
      optimal: { sharedCellCost: 1, subtableRounds: 1 },
    });
    expect(before.safe).toBe(true);
    expect(r.secondaryCount).toBeLessThan(before.secondaryCount);
    expect(r.secondaryCount).toBeLessThanOrEqual(85);
    // The top subtable got one 0-1 solve, at least one other more than one.
    expect(r.optimality!.rounds).toBeGreaterThan(r.optimality!.subtables!.solved);
    expect(auditedByTheSimplex(table, r.state).safe).toBe(true);
  });
});

describe('a budget on the caller’s clock', () => {
  /** A clock that moves one second per reading: a budget of b seconds allows about b readings. */
  const ticking = (): (() => number) => {
    let t = 0;
    return () => t++;
  };

  it('spent at once: every subtable gets the hypercube, the joined pattern is still proven safe', () => {
    const { table, primary } = displacementTable(HUMANITARIAN, 3);
    const cost = cellCosts(table, 'count');
    const state = copyState(primary);
    const out = subtableSuppression(table, state, cost, highs, { budgetSeconds: 0, clock: ticking() })!;
    expect(out.proven).toBe(true);
    expect(out.subtables!.solved).toBe(0);
    expect(out.subtables!.overBudget).toBeGreaterThan(0);
    expect(out.pruned).toBe(0);
    expect(auditedByTheSimplex(table, state).safe).toBe(true);
  });

  it('part spent: the first subtables by the cut loop, the rest by the hypercube; proven; no better than unlimited', () => {
    const { table, primary } = displacementTable(HUMANITARIAN, 3);
    const cost = cellCosts(table, 'count');
    const limited = copyState(primary);
    // Readings: the start, then one per subtable with primaries before its solve.
    const out = subtableSuppression(table, limited, cost, highs, {
      budgetSeconds: 2.5,
      clock: ticking(),
      pruneLps: 0,
    })!;
    const withPrimaries = subtables(table).filter((s) => s.cells.some((c) => primary.status[c] === 'u'));
    expect(withPrimaries.length).toBeGreaterThan(2);
    expect(out.subtables!.solved).toBe(2);
    expect(out.subtables!.overBudget).toBe(withPrimaries.length - 2);
    expect(auditedByTheSimplex(table, limited).safe).toBe(true);
    const unlimited = copyState(primary);
    subtableSuppression(table, unlimited, cost, highs);
    expect(secondary(limited)).toBeGreaterThanOrEqual(secondary(unlimited));
  });

  it('the whole-table loop past its budget stops without a pattern, and protectTable falls back to the hypercube', () => {
    const { table, primary } = sparseHierarchicalTable(SMALL, 3);
    const cost = cellCosts(table, 'count');
    const state = copyState(primary);
    const out = optimalSuppression(table, state, cost, highs, { budgetSeconds: 0, clock: ticking() });
    expect(out).toMatchObject({ proven: false, stop: 'time-limit', rounds: 0 });
    expect(state.status).toEqual(primary.status);
    const res = protectTable(table, primary, {
      method: 'optimal',
      cost: 'count',
      solver: highs,
      optimal: { decompose: false, budgetSeconds: 0, clock: ticking() },
    });
    expect(res.method).toBe('hypercube');
    expect(res.safe).toBe(true);
  });
});

describe('an integral relaxation optimum', () => {
  it('ends the loop without a 0-1 solve: sdcTable test problem, cell 6 → 5, 6, 11, 12, proven optimal, rounds 0', () => {
    const table = testProblem();
    const state = initialState(table);
    markPrimary(state, 5, 'set by hand');
    const out = optimalSuppression(table, state, cellCosts(table, 'measure'), highs);
    expect(out).toMatchObject({
      proven: true,
      optimal: true,
      stop: 'proven',
      rounds: 0,
      added: 3,
      cost: 402,
    });
    expect(out.bound).toBeCloseTo(402, 6);
    expect(state.status.flatMap((s, i) => (s !== 's' ? [i + 1] : []))).toEqual([5, 6, 11, 12]);
    expect(out.intervals.every((iv) => iv.safe)).toBe(true);
    expect(auditedByTheSimplex(table, state).safe).toBe(true);
  });
});

/** HiGHS with a count of its attacker-LP runs (each `solveAdaptive` or `solveObjectives` call). */
function counting(base: LpSolver): { solver: LpSolver; calls: () => number } {
  let calls = 0;
  return {
    solver: {
      ...base,
      solveObjectives: (lp, objectives, options) => {
        calls++;
        return base.solveObjectives(lp, objectives, options);
      },
      solveAdaptive: (lp, next) => {
        calls++;
        base.solveAdaptive!(lp, next);
      },
    },
    calls: () => calls,
  };
}

describe('protectTable after the subtable method', () => {
  it('takes the verdicts of the method’s full audit of its final pattern instead of running it again; they equal a fresh full audit', () => {
    const { table, primary } = displacementTable(HUMANITARIAN, 3);
    const cost = cellCosts(table, 'count');
    const direct = counting(highs);
    const state = copyState(primary);
    // protectTable's options for a table of up to 2,000 cells.
    const options = { pruneLps: 2_000, subtableRounds: 3, topSubtableRounds: 1 };
    const out = subtableSuppression(table, state, cost, direct.solver, options)!;
    expect(out.proven).toBe(true);
    expect(out.auditedStatus).toEqual(state.status);
    const viaProtect = counting(highs);
    const r = protectTable(table, primary, {
      method: 'optimal',
      cost: 'count',
      solver: viaProtect.solver,
      optimal: { decompose: true },
    });
    expect(r.state.status).toEqual(state.status);
    // No LP beyond the method's own: its last audit is the one protectTable would run.
    expect(viaProtect.calls()).toBe(direct.calls());
    expect(r.safe).toBe(true);
    const fresh = auditSuppression(table, r.state, {
      cells: primary.status.flatMap((s, i) => (s === 'u' ? [i] : [])),
      solver: highs,
      maxComponentCells: Number.POSITIVE_INFINITY,
      witnesses: true,
    });
    expect(r.intervals).toEqual(fresh.audited);
    expect([...r.verification.values()].every((v) => v === 'lp')).toBe(true);
    expect(auditedByTheSimplex(table, r.state).safe).toBe(true);
  });

  it('audits again when the final statuses differ from the method’s pattern', () => {
    const { table, primary } = displacementTable(HUMANITARIAN, 3);
    const viaProtect = counting(highs);
    const direct = counting(highs);
    const methodState = copyState(primary);
    subtableSuppression(table, methodState, cellCosts(table, 'count'), direct.solver, {
      pruneLps: 2_000,
      subtableRounds: 3,
      topSubtableRounds: 1,
    });
    // A threshold rule after the method suppresses more cells: the pattern audited is not the
    // final one.
    const r = protectTable(table, primary, {
      method: 'optimal',
      cost: 'count',
      solver: viaProtect.solver,
      optimal: { decompose: true },
      threshold: 5,
    });
    expect(r.state.status).not.toEqual(methodState.status);
    expect(r.safe).toBe(true);
    expect(viaProtect.calls()).toBeGreaterThan(direct.calls());
  });
});

describe('the master programme', () => {
  it('"no lonely cell" through one sum per relation: nonzeros linear in the relations’ sizes, not quadratic', () => {
    const { table, primary } = sparseHierarchicalTable(MEDIUM, 3);
    let nonzeros = 0;
    const spy: LpSolver = {
      ...highs,
      createMip: (problem) => {
        nonzeros = problem.constraints.reduce((n, c) => n + c.terms.length, 0);
        return highs.createMip!(problem);
      },
    };
    const rel = tableRelations(table);
    let linear = 0;
    let quadratic = 0;
    for (let r = 0; r < rel.count; r++) {
      const k = rel.offsets[r + 1]! - rel.offsets[r]! + 1;
      linear += 3 * k + 1;
      quadratic += k * k;
    }
    const state = copyState(primary);
    const out = optimalSuppression(table, state, cellCosts(table, 'count'), spy, {
      maxRounds: 0,
      relaxationRounds: 0,
    });
    expect(out.stop).not.toBe('infeasible');
    expect(nonzeros).toBeGreaterThan(0);
    expect(nonzeros).toBeLessThanOrEqual(linear);
    expect(quadratic).toBeGreaterThan(linear);
  });
});

describe("the separation's sum LPs", () => {
  it('push the unmet primaries of a component up at once (their points are witnesses); the pattern proven by the in-core simplex', () => {
    const { table, primary } = displacementTable(HUMANITARIAN, 3);
    const cost = cellCosts(table, 'count');
    // Counts the separation's LPs (perturbation form: with bounds), and those with several primaries.
    let lps = 0;
    let sums = 0;
    const counting: LpSolver = {
      ...highs,
      solveAdaptive: (lp, next) =>
        highs.solveAdaptive!(lp, (last) => {
          const o = next(last);
          if (o && lp.lower) {
            lps++;
            if (Array.from(o.objective).filter((v) => v !== 0).length > 2) sums++;
          }
          return o;
        }),
    };
    const state = copyState(primary);
    const out = subtableSuppression(table, state, cost, counting)!;
    expect(out.proven).toBe(true);
    expect(sums).toBeGreaterThan(0);
    expect(lps).toBeGreaterThan(sums);
    // The same pattern size as with the primaries' own LPs only (39 here).
    expect(secondary(state)).toBe(39);
    expect(auditedByTheSimplex(table, state).safe).toBe(true);
  });
});
