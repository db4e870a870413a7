/**
 * The linear-programming solver the audit and the optimising secondary suppression run on.
 *
 * Core stays pure: a solver is a value passed in. `simplexSolver` is the in-core dense simplex
 * (`lp.ts`, synchronous, always available, LPs only); `loadHighsSolver()` (`highs.ts`) loads HiGHS
 * (WebAssembly, Node and browser) once, after which its calls are synchronous too, and adds
 * mixed-integer models for `method: 'optimal'`.
 */
import {
  solveLpObjectives,
  type LpConstraint,
  type LpFeasibleSet,
  type LpObjective,
  type LpOptions,
  type LpResult,
} from './lp';

/** A 0-1 / integer programme, always minimised. */
export interface MipProblem extends LpFeasibleSet {
  readonly objective: ArrayLike<number>;
  /** 1 where the variable must be integer. */
  readonly integer: ArrayLike<number>;
}

export interface MipSolveOptions {
  /** Wall-clock limit of this solve, seconds. */
  readonly timeLimitSeconds: number;
  /** Relative optimality gap at which the solve stops (HiGHS `mip_rel_gap`). */
  readonly relativeGap: number;
  /** Branch-and-bound nodes at most (HiGHS `mip_max_nodes`): a limit that does not depend on load. */
  readonly maxNodes?: number;
}

export type MipResult =
  | {
      /** 'optimal' within the gap, or 'feasible' (a solution, the time limit reached first). */
      readonly status: 'optimal' | 'feasible';
      readonly x: Float64Array;
      readonly objective: number;
      /** The solver's lower bound on the optimum. */
      readonly bound: number;
      /** Solver time of this solve, as the solver measured it. */
      readonly seconds: number;
    }
  | { readonly status: 'infeasible' | 'no-solution'; readonly seconds: number };

export type LpRelaxationResult =
  | {
      readonly status: 'optimal';
      readonly x: Float64Array;
      readonly objective: number;
      readonly seconds: number;
    }
  | { readonly status: 'infeasible' | 'other'; readonly seconds: number };

/** A MIP kept in memory so that rows (cuts) can be added and it can be solved again. */
export interface MipModel {
  addRows(rows: readonly LpConstraint[]): void;
  solve(options: MipSolveOptions): MipResult;
  /** Solves the LP relaxation (integrality ignored). */
  solveRelaxation(): LpRelaxationResult;
  /** Frees the solver's memory (WebAssembly memory is not garbage-collected). */
  dispose(): void;
}

export interface LpSolver {
  readonly name: string;
  /** Optimises each objective over one feasible set (warm-started where the solver can). */
  solveObjectives(lp: LpFeasibleSet, objectives: readonly LpObjective[], options?: LpOptions): LpResult[];
  /**
   * Optimises objectives one after another over one feasible set, each chosen after seeing the
   * previous result (`next` returns null to stop); warm-started. Used by the witness audit.
   */
  readonly solveAdaptive?: (lp: LpFeasibleSet, next: (last: LpResult | null) => LpObjective | null) => void;
  /** Present when the solver handles integer variables. */
  readonly createMip?: (problem: MipProblem) => MipModel;
}

/** The in-core two-phase simplex (`lp.ts`): LPs only, no duals. */
export const simplexSolver: LpSolver = {
  name: 'simplex',
  solveObjectives: solveLpObjectives,
};
