/**
 * HiGHS (the `highs` package: the HiGHS solver compiled to WebAssembly) as an `LpSolver`.
 *
 * `loadHighsSolver()` is the only asynchronous step: it loads the WebAssembly module once (Node
 * finds `highs.wasm` beside the package; a browser passes `locateFile` or `wasmBinary`). After
 * that every solve is synchronous, so the audit and the secondary suppression stay synchronous
 * functions of core that take the solver as an argument.
 */
import type { Highs, InitOptions } from 'highs';
import {
  solveLpObjectives,
  type LpConstraint,
  type LpFeasibleSet,
  type LpObjective,
  type LpResult,
} from './lp';
import type {
  LpRelaxationResult,
  LpSolver,
  MipModel,
  MipProblem,
  MipResult,
  MipSolveOptions,
} from './solver';

type HighsModel = ReturnType<Highs['createModel']>;

/** HiGHS option `simplex_strategy`: 4 is the primal simplex (`kSimplexStrategyPrimal`). */
const PRIMAL_SIMPLEX = 4;

interface Sparse {
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
}

function rowBounds(c: LpConstraint, inf: number): [number, number] {
  if (c.op === '=') return [c.rhs, c.rhs];
  return c.op === '<=' ? [-inf, c.rhs] : [c.rhs, inf];
}

/** CSR arrays of the constraints (duplicate variables in a row summed). */
function csr(constraints: readonly LpConstraint[], inf: number): Sparse {
  const m = constraints.length;
  const starts = new Int32Array(m + 1);
  const idx: number[] = [];
  const val: number[] = [];
  const rowLower = new Float64Array(m);
  const rowUpper = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const c = constraints[i]!;
    const merged = new Map<number, number>();
    for (const [v, a] of c.terms) merged.set(v, (merged.get(v) ?? 0) + a);
    for (const [v, a] of merged) {
      if (a === 0) continue;
      idx.push(v);
      val.push(a);
    }
    starts[i + 1] = idx.length;
    [rowLower[i], rowUpper[i]] = rowBounds(c, inf);
  }
  return { starts, indices: Int32Array.from(idx), values: Float64Array.from(val), rowLower, rowUpper };
}

function bounds(lp: LpFeasibleSet, inf: number): { lower: Float64Array; upper: Float64Array } {
  const n = lp.variables;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n).fill(inf);
  for (let j = 0; j < n; j++) {
    if (lp.lower) lower[j] = Number.isFinite(lp.lower[j]!) ? lp.lower[j]! : -inf;
    if (lp.upper) upper[j] = Number.isFinite(lp.upper[j]!) ? lp.upper[j]! : inf;
  }
  return { lower, upper };
}

function createModel(
  highs: Highs,
  lp: LpFeasibleSet,
  cost: ArrayLike<number>,
  integer?: ArrayLike<number>,
): HighsModel {
  const inf = highs.infinity;
  const a = csr(lp.constraints, inf);
  const { lower, upper } = bounds(lp, inf);
  const model = highs.createModel({
    numCols: lp.variables,
    numRows: lp.constraints.length,
    sense: highs.constants.objectiveSense.minimize,
    colCost: Float64Array.from(cost),
    colLower: lower,
    colUpper: upper,
    rowLower: a.rowLower,
    rowUpper: a.rowUpper,
    matrix: {
      format: 'csr',
      numRows: lp.constraints.length,
      numCols: lp.variables,
      starts: a.starts,
      indices: a.indices,
      values: a.values,
    },
    ...(integer ? { integrality: Int32Array.from(integer) } : {}),
  });
  model.options.set({ output_flag: false });
  return model;
}

export interface HighsSolverOptions {
  /**
   * LPs with at most this many variables go to the in-core simplex (`lp.ts`), which solves small
   * dense LPs faster than a WebAssembly model can be built. Default 60.
   */
  readonly smallLp?: number;
}

/** Wraps a loaded HiGHS runtime. */
export function highsSolver(highs: Highs, options: HighsSolverOptions = {}): LpSolver {
  const smallLp = options.smallLp ?? 60;
  const status = highs.constants.modelStatus;
  const solveObjectives = (lp: LpFeasibleSet, objectives: readonly LpObjective[]): LpResult[] => {
    if (objectives.length === 0) return [];
    if (lp.variables === 0)
      return objectives.map(() => ({
        status: 'optimal',
        objective: 0,
        x: new Float64Array(0),
        iterations: 0,
      }));
    // Small LPs: the in-core dense simplex (warm-started, no WebAssembly round trips) is faster.
    if (lp.variables <= smallLp) return solveLpObjectives(lp, objectives);
    const model = createModel(highs, lp, new Float64Array(lp.variables));
    // Without presolve each objective starts from the previous optimal basis.
    model.options.set({ presolve: 'off' });
    try {
      const all = { kind: 'range', from: 0, to: lp.variables - 1 } as const;
      return objectives.map((o): LpResult => {
        model.changeObjectiveSense(
          o.sense === 'max'
            ? highs.constants.objectiveSense.maximize
            : highs.constants.objectiveSense.minimize,
        );
        model.changeColsCost(all, Float64Array.from(o.objective));
        const run = model.run();
        const iterations = Number(model.info.get('simplex_iteration_count'));
        if (run.modelStatus === status.optimal) {
          const sol = model.getSolution();
          let objective = 0;
          for (let j = 0; j < lp.variables; j++) objective += o.objective[j]! * sol.colValue[j]!;
          return { status: 'optimal', objective, x: sol.colValue, iterations, duals: sol.rowDual };
        }
        if (run.modelStatus === status.infeasible) return { status: 'infeasible', iterations };
        if (run.modelStatus === status.unbounded || run.modelStatus === status.unboundedOrInfeasible)
          return { status: 'unbounded', iterations };
        return { status: 'iteration-limit', iterations };
      });
    } finally {
      model.dispose();
    }
  };

  const solveOne = (model: HighsModel, lp: LpFeasibleSet, o: LpObjective): LpResult => {
    model.changeObjectiveSense(
      o.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    );
    model.changeColsCost({ kind: 'range', from: 0, to: lp.variables - 1 }, Float64Array.from(o.objective));
    const run = model.run();
    const iterations = Number(model.info.get('simplex_iteration_count'));
    if (run.modelStatus === status.optimal) {
      const sol = model.getSolution();
      let objective = 0;
      for (let j = 0; j < lp.variables; j++) objective += o.objective[j]! * sol.colValue[j]!;
      return { status: 'optimal', objective, x: sol.colValue, iterations, duals: sol.rowDual };
    }
    if (run.modelStatus === status.infeasible) return { status: 'infeasible', iterations };
    if (run.modelStatus === status.unbounded || run.modelStatus === status.unboundedOrInfeasible)
      return { status: 'unbounded', iterations };
    return { status: 'iteration-limit', iterations };
  };

  const solveAdaptive = (lp: LpFeasibleSet, next: (last: LpResult | null) => LpObjective | null): void => {
    if (lp.variables <= smallLp) {
      for (let o = next(null); o;) o = next(solveLpObjectives(lp, [o])[0]!);
      return;
    }
    const model = createModel(highs, lp, new Float64Array(lp.variables));
    // Without presolve, and with the primal simplex: a new objective leaves the last optimal basis
    // primal feasible, so each solve starts from it (the dual simplex would start over: ~850
    // iterations per LP on the benchmark's 2,254-cell component against ~15).
    model.options.set({ presolve: 'off', simplex_strategy: PRIMAL_SIMPLEX });
    try {
      for (let o = next(null); o;) o = next(solveOne(model, lp, o));
    } finally {
      model.dispose();
    }
  };

  const createMip = (problem: MipProblem): MipModel => {
    const model = createModel(highs, problem, problem.objective, problem.integer);
    const inf = highs.infinity;
    return {
      addRows(rows) {
        for (const row of rows) {
          const merged = new Map<number, number>();
          for (const [v, a] of row.terms) merged.set(v, (merged.get(v) ?? 0) + a);
          const indices: number[] = [];
          const values: number[] = [];
          for (const [v, a] of merged)
            if (a !== 0) {
              indices.push(v);
              values.push(a);
            }
          const [lo, up] = rowBounds(row, inf);
          model.addRow(lo, up, { indices: Int32Array.from(indices), values: Float64Array.from(values) });
        }
      },
      solve(options: MipSolveOptions): MipResult {
        model.options.set({
          time_limit: Math.max(0.05, options.timeLimitSeconds),
          mip_rel_gap: options.relativeGap,
          mip_max_nodes: options.maxNodes ?? 2147483647,
        });
        model.zeroAllClocks();
        const run = model.run();
        const seconds = model.getRunTime();
        if (run.modelStatus === status.infeasible) return { status: 'infeasible', seconds };
        const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
        if (!hasSolution) return { status: 'no-solution', seconds };
        const sol = model.getSolution();
        return {
          status: run.modelStatus === status.optimal ? 'optimal' : 'feasible',
          x: sol.colValue,
          objective: model.getObjectiveValue(),
          bound: Number(model.info.get('mip_dual_bound')),
          seconds,
        };
      },
      solveRelaxation(): LpRelaxationResult {
        const all = { kind: 'range', from: 0, to: problem.variables - 1 } as const;
        model.changeColsIntegrality(all, new Int32Array(problem.variables));
        try {
          model.zeroAllClocks();
          const run = model.run();
          const seconds = model.getRunTime();
          if (run.modelStatus === status.optimal)
            return {
              status: 'optimal',
              x: model.getSolution().colValue,
              objective: model.getObjectiveValue(),
              seconds,
            };
          return { status: run.modelStatus === status.infeasible ? 'infeasible' : 'other', seconds };
        } finally {
          model.changeColsIntegrality(all, Int32Array.from(problem.integer));
        }
      },
      dispose() {
        model.dispose();
      },
    };
  };

  return { name: 'highs', solveObjectives, solveAdaptive, createMip };
}

let loading: Promise<LpSolver> | null = null;

/**
 * Loads HiGHS once per process (or page) and returns it as an `LpSolver`. In a browser, pass
 * `locateFile` (or `wasmBinary`) when the bundler serves `highs.wasm` elsewhere.
 */
export function loadHighsSolver(init?: InitOptions): Promise<LpSolver> {
  if (!loading) {
    loading = import('highs').then((mod) => mod.default(init)).then((highs) => highsSolver(highs));
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
