/**
 * A small dense linear-programming solver: two-phase primal simplex with bounded variables.
 *
 * - Variables have bounds `lower ≤ x ≤ upper` (defaults 0 and +∞; −∞ and free variables allowed).
 *   Finite upper bounds are handled by the bounded-variable simplex (a non-basic variable sits at
 *   its lower or its upper bound), not by extra rows.
 * - Constraints are sparse rows with `<=`, `>=` or `=`.
 * - Phase 1 minimises the sum of artificial variables; phase 2 optimises the objective.
 * - Pivoting: Dantzig's rule (most improving reduced cost), switching to Bland's rule (smallest
 *   index, which cannot cycle) after a run of degenerate pivots; `pivotRule: 'bland'` uses Bland's
 *   rule throughout.
 *
 * Dense tableau: meant for the small, sparse-but-modest LPs of table auditing (hundreds of
 * variables), not for large models.
 */

export interface LpConstraint {
  /** Sparse row: pairs [variable index, coefficient]. */
  readonly terms: ReadonlyArray<readonly [number, number]>;
  readonly op: '<=' | '>=' | '=';
  readonly rhs: number;
}

/** The feasible set of an LP: variables, constraints and bounds. */
export interface LpFeasibleSet {
  readonly variables: number;
  readonly constraints: readonly LpConstraint[];
  /** Default 0 for every variable; −Infinity allowed. */
  readonly lower?: ArrayLike<number>;
  /** Default +Infinity. */
  readonly upper?: ArrayLike<number>;
}

/** An objective to optimise over a feasible set. */
export interface LpObjective {
  readonly sense: 'min' | 'max';
  /** Objective coefficients, one per variable. */
  readonly objective: ArrayLike<number>;
}

export interface LinearProgram extends LpFeasibleSet, LpObjective {}

export type LpResult =
  | {
      readonly status: 'optimal';
      readonly objective: number;
      readonly x: Float64Array;
      readonly iterations: number;
      /**
       * Row duals (one per constraint, the solver's sign convention), when the solver gives them
       * (HiGHS does; the in-core simplex does not). Used to derive cuts, always re-checked.
       */
      readonly duals?: Float64Array;
    }
  | { readonly status: 'infeasible'; readonly iterations: number }
  | { readonly status: 'unbounded'; readonly iterations: number }
  | { readonly status: 'iteration-limit'; readonly iterations: number };

export interface LpOptions {
  readonly pivotRule?: 'dantzig' | 'bland';
  readonly maxIterations?: number;
  /** Tolerance for reduced costs and pivot elements. Default 1e-9. */
  readonly tolerance?: number;
}

interface Column {
  /** Original variable, or -1 for slack / artificial columns. */
  readonly variable: number;
  /** x_variable gets sign · column value. */
  readonly sign: number;
}

/** Validates the LP's shape; a malformed LP is a programming error. */
function checkShape(lp: LpFeasibleSet, objectives: readonly LpObjective[]): void {
  if (!Number.isInteger(lp.variables) || lp.variables < 0)
    throw new RangeError('LP: variables must be a non-negative integer');
  for (const o of objectives)
    if (o.objective.length !== lp.variables)
      throw new RangeError('LP: objective length must equal the number of variables');
  for (const [i, c] of lp.constraints.entries()) {
    if (!Number.isFinite(c.rhs)) throw new RangeError(`LP: constraint ${i} has a non-finite right-hand side`);
    for (const [v, a] of c.terms) {
      if (!Number.isInteger(v) || v < 0 || v >= lp.variables)
        throw new RangeError(`LP: constraint ${i} uses unknown variable ${v}`);
      if (!Number.isFinite(a)) throw new RangeError(`LP: constraint ${i} has a non-finite coefficient`);
    }
  }
}

export function solveLp(lp: LinearProgram, options: LpOptions = {}): LpResult {
  return solveLpObjectives(lp, [lp], options)[0]!;
}

/**
 * Optimises several objectives over one feasible set (the attacker's min and max of every cell of
 * a component). Phase 1 runs once; each objective's phase 2 starts from the previous optimal
 * basis (any basic feasible solution is a valid start), which takes far fewer pivots than a cold
 * solve. Every warm-started solution is checked against the constraints and bounds; when
 * rounding has drifted, that objective is solved again from the basis phase 1 found.
 * `maxIterations` applies per objective (phase 1 counted in each).
 */
export function solveLpObjectives(
  lp: LpFeasibleSet,
  objectives: readonly LpObjective[],
  options: LpOptions = {},
): LpResult[] {
  checkShape(lp, objectives);
  const tol = options.tolerance ?? 1e-9;
  const n0 = lp.variables;
  const lowerIn = (j: number): number => (lp.lower ? lp.lower[j]! : 0);
  const upperIn = (j: number): number => (lp.upper ? lp.upper[j]! : Number.POSITIVE_INFINITY);

  // 1. Structural columns: x = offset + sign · x', x' ∈ [0, ub]; free variables split in two.
  const columns: Column[] = [];
  const ub: number[] = [];
  const offset = new Float64Array(n0);
  const colsOfVar: number[][] = [];
  for (let j = 0; j < n0; j++) {
    const l = lowerIn(j);
    const u = upperIn(j);
    if (Number.isNaN(l) || Number.isNaN(u)) throw new RangeError(`LP: bounds of variable ${j} are NaN`);
    if (l > u) return objectives.map(() => ({ status: 'infeasible', iterations: 0 }));
    const cols: number[] = [];
    if (Number.isFinite(l)) {
      offset[j] = l;
      cols.push(columns.length);
      columns.push({ variable: j, sign: 1 });
      ub.push(u - l);
    } else if (Number.isFinite(u)) {
      offset[j] = u;
      cols.push(columns.length);
      columns.push({ variable: j, sign: -1 });
      ub.push(Number.POSITIVE_INFINITY);
    } else {
      cols.push(columns.length, columns.length + 1);
      columns.push({ variable: j, sign: 1 }, { variable: j, sign: -1 });
      ub.push(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
    }
    colsOfVar.push(cols);
  }
  const nStruct = columns.length;

  // 2. Rows with slacks; rhs made non-negative; artificials where no slack can start the basis.
  const m = lp.constraints.length;
  const rowCoef: Array<Map<number, number>> = [];
  const rhs = new Float64Array(m);
  const slackCol: number[] = new Array<number>(m).fill(-1);
  const slackSign: number[] = new Array<number>(m).fill(0);
  for (let i = 0; i < m; i++) {
    const c = lp.constraints[i]!;
    const row = new Map<number, number>();
    let b = c.rhs;
    for (const [v, a] of c.terms) {
      b -= a * offset[v]!;
      for (const col of colsOfVar[v]!) row.set(col, (row.get(col) ?? 0) + a * columns[col]!.sign);
    }
    rowCoef.push(row);
    rhs[i] = b;
    if (c.op !== '=') {
      slackCol[i] = columns.length;
      slackSign[i] = c.op === '<=' ? 1 : -1;
      columns.push({ variable: -1, sign: 1 });
      ub.push(Number.POSITIVE_INFINITY);
    }
  }
  const basis = new Int32Array(m);
  const artificialOfRow: number[] = new Array<number>(m).fill(-1);
  const rowSign = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    rowSign[i] = rhs[i]! < 0 ? -1 : 1;
    if (slackCol[i]! >= 0 && slackSign[i]! * rowSign[i]! > 0) {
      basis[i] = slackCol[i]!;
    } else {
      artificialOfRow[i] = columns.length;
      basis[i] = columns.length;
      columns.push({ variable: -1, sign: 1 });
      ub.push(Number.POSITIVE_INFINITY);
    }
  }
  const n = columns.length;
  const firstArtificial = n - artificialOfRow.filter((a) => a >= 0).length;

  // 3. Tableau (basis columns are unit vectors since every start column is ±1 made +1 by rowSign).
  const T = new Float64Array(m * n);
  const beta = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const s = rowSign[i]!;
    for (const [col, a] of rowCoef[i]!) T[i * n + col] = a * s;
    if (slackCol[i]! >= 0) T[i * n + slackCol[i]!] = slackSign[i]! * s;
    if (artificialOfRow[i]! >= 0) T[i * n + artificialOfRow[i]!] = 1;
    beta[i] = rhs[i]! * s;
  }
  const atUpper = new Uint8Array(n);
  const isBasic = new Int32Array(n).fill(-1);
  for (let i = 0; i < m; i++) isBasic[basis[i]!] = i;
  const ubArr = Float64Array.from(ub);
  const d = new Float64Array(n);
  let iterations = 0;
  const maxIterations = options.maxIterations ?? 50_000;

  const computeReducedCosts = (cost: Float64Array): void => {
    for (let j = 0; j < n; j++) d[j] = cost[j]!;
    for (let i = 0; i < m; i++) {
      const cb = cost[basis[i]!]!;
      if (cb === 0) continue;
      const row = i * n;
      for (let j = 0; j < n; j++) d[j]! -= cb * T[row + j]!;
    }
  };

  /** Runs simplex iterations minimising `cost`; returns 'optimal' | 'unbounded' | 'iteration-limit'. */
  const iterate = (
    cost: Float64Array,
    allowed: (j: number) => boolean,
  ): 'optimal' | 'unbounded' | 'iteration-limit' => {
    computeReducedCosts(cost);
    let degenerateRun = 0;
    const scale = 1 + beta.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
    for (;;) {
      if (iterations >= maxIterations) return 'iteration-limit';
      const bland = options.pivotRule === 'bland' || degenerateRun > 50;
      // Entering column.
      let enter = -1;
      let best = 0;
      for (let j = 0; j < n; j++) {
        if (isBasic[j]! >= 0 || !allowed(j) || ubArr[j]! <= 0) continue;
        const dj = d[j]!;
        const gain = atUpper[j] ? dj : -dj;
        if (gain > tol) {
          if (bland) {
            enter = j;
            break;
          }
          if (gain > best) {
            best = gain;
            enter = j;
          }
        }
      }
      if (enter < 0) return 'optimal';
      iterations++;
      const dir = atUpper[enter] ? -1 : 1;
      // Ratio test.
      let theta = ubArr[enter]!;
      let leave = -1;
      let leaveToUpper = false;
      for (let i = 0; i < m; i++) {
        const r = T[i * n + enter]! * dir;
        let limit: number;
        let toUpper: boolean;
        if (r > tol) {
          limit = Math.max(beta[i]!, 0) / r;
          toUpper = false;
        } else if (r < -tol) {
          const u = ubArr[basis[i]!]!;
          if (!Number.isFinite(u)) continue;
          limit = Math.max(u - beta[i]!, 0) / -r;
          toUpper = true;
        } else continue;
        if (limit < theta - 1e-12) {
          theta = limit;
          leave = i;
          leaveToUpper = toUpper;
        } else if (limit <= theta + 1e-12 && leave >= 0 && basis[i]! < basis[leave]!) {
          // Tie: Bland's rule takes the leaving variable with the smallest index.
          leave = i;
          leaveToUpper = toUpper;
        }
      }
      if (!Number.isFinite(theta)) return 'unbounded';
      degenerateRun = theta <= 1e-12 * scale ? degenerateRun + 1 : 0;
      // Move along the edge.
      if (theta > 0) {
        for (let i = 0; i < m; i++) {
          const a = T[i * n + enter]!;
          if (a !== 0) beta[i]! -= a * dir * theta;
        }
      }
      if (leave < 0) {
        atUpper[enter] = atUpper[enter] ? 0 : 1;
        continue;
      }
      // Pivot: `enter` becomes basic in row `leave`.
      const enteringValue = (atUpper[enter] ? ubArr[enter]! : 0) + dir * theta;
      const leaving = basis[leave]!;
      atUpper[leaving] = leaveToUpper ? 1 : 0;
      isBasic[leaving] = -1;
      const prow = leave * n;
      const pivot = T[prow + enter]!;
      for (let j = 0; j < n; j++) T[prow + j]! /= pivot;
      for (let i = 0; i < m; i++) {
        if (i === leave) continue;
        const f = T[i * n + enter]!;
        if (f === 0) continue;
        const row = i * n;
        for (let j = 0; j < n; j++) {
          const v = T[prow + j]!;
          if (v !== 0) T[row + j]! -= f * v;
        }
        T[row + enter] = 0;
      }
      const fd = d[enter]!;
      if (fd !== 0) for (let j = 0; j < n; j++) d[j]! -= fd * T[prow + j]!;
      d[enter] = 0;
      basis[leave] = enter;
      isBasic[enter] = leave;
      atUpper[enter] = 0;
      beta[leave] = enteringValue;
    }
  };

  // Phase 1.
  if (firstArtificial < n) {
    const cost1 = new Float64Array(n);
    for (let j = firstArtificial; j < n; j++) cost1[j] = 1;
    const r1 = iterate(cost1, () => true);
    if (r1 === 'iteration-limit') return objectives.map(() => ({ status: 'iteration-limit', iterations }));
    let infeas = 0;
    for (let i = 0; i < m; i++) if (basis[i]! >= firstArtificial) infeas += beta[i]!;
    const bscale = 1 + rhs.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
    if (infeas > 1e-7 * bscale) return objectives.map(() => ({ status: 'infeasible', iterations }));
    // Drive artificials out of the basis where possible; the rest sit in redundant rows at 0.
    for (let i = 0; i < m; i++) {
      if (basis[i]! < firstArtificial) continue;
      let enter = -1;
      let big = tol;
      for (let j = 0; j < firstArtificial; j++) {
        if (isBasic[j]! >= 0) continue;
        const a = Math.abs(T[i * n + j]!);
        if (a > big) {
          big = a;
          enter = j;
        }
      }
      if (enter < 0) continue;
      const leaving = basis[i]!;
      const enteringValue = atUpper[enter] ? ubArr[enter]! : 0;
      isBasic[leaving] = -1;
      atUpper[leaving] = 0;
      const prow = i * n;
      const pivot = T[prow + enter]!;
      for (let j = 0; j < n; j++) T[prow + j]! /= pivot;
      for (let k = 0; k < m; k++) {
        if (k === i) continue;
        const f = T[k * n + enter]!;
        if (f === 0) continue;
        for (let j = 0; j < n; j++) T[k * n + j]! -= f * T[prow + j]!;
      }
      basis[i] = enter;
      isBasic[enter] = i;
      atUpper[enter] = 0;
      beta[i] = enteringValue;
    }
    for (let j = firstArtificial; j < n; j++) ubArr[j] = 0;
  }
  const phase1Iterations = iterations;

  // The basis phase 1 found, to restart from when a warm start has drifted.
  const saved =
    objectives.length > 1
      ? {
          T: T.slice(),
          beta: beta.slice(),
          basis: basis.slice(),
          isBasic: isBasic.slice(),
          atUpper: atUpper.slice(),
        }
      : null;
  const restore = (): void => {
    if (!saved) return;
    T.set(saved.T);
    beta.set(saved.beta);
    basis.set(saved.basis);
    isBasic.set(saved.isBasic);
    atUpper.set(saved.atUpper);
  };

  /** The original variables of the current basic solution. */
  const solution = (): Float64Array => {
    const colValue = new Float64Array(n);
    for (let j = 0; j < n; j++) colValue[j] = atUpper[j] ? ubArr[j]! : 0;
    for (let i = 0; i < m; i++) colValue[basis[i]!] = beta[i]!;
    const x = new Float64Array(n0);
    for (let j = 0; j < n0; j++) {
      let v = offset[j]!;
      for (const c of colsOfVar[j]!) v += columns[c]!.sign * colValue[c]!;
      x[j] = v;
    }
    return x;
  };

  /** Whether x satisfies every constraint and bound to a relative 1e-7. */
  const feasible = (x: Float64Array): boolean => {
    let scale = 1;
    for (let j = 0; j < n0; j++) scale = Math.max(scale, Math.abs(x[j]!));
    for (const c of lp.constraints) scale = Math.max(scale, Math.abs(c.rhs));
    const eps = 1e-7 * scale;
    for (let j = 0; j < n0; j++) {
      if (x[j]! < lowerIn(j) - eps || x[j]! > upperIn(j) + eps) return false;
    }
    for (const c of lp.constraints) {
      let lhs = 0;
      for (const [v, a] of c.terms) lhs += a * x[v]!;
      if (c.op === '=' ? Math.abs(lhs - c.rhs) > eps : c.op === '<=' ? lhs > c.rhs + eps : lhs < c.rhs - eps)
        return false;
    }
    return true;
  };

  // Phase 2 (always minimise internally), once per objective.
  const phase2 = (target: LpObjective): LpResult => {
    iterations = phase1Iterations;
    const sense = target.sense === 'max' ? -1 : 1;
    const cost2 = new Float64Array(n);
    for (let c = 0; c < nStruct; c++) {
      const col = columns[c]!;
      cost2[c] = sense * target.objective[col.variable]! * col.sign;
    }
    const r2 = iterate(cost2, (j) => j < firstArtificial);
    if (r2 === 'iteration-limit') return { status: 'iteration-limit', iterations };
    if (r2 === 'unbounded') return { status: 'unbounded', iterations };
    const x = solution();
    let objective = 0;
    for (let j = 0; j < n0; j++) objective += target.objective[j]! * x[j]!;
    return { status: 'optimal', objective, x, iterations };
  };

  const results: LpResult[] = [];
  for (const [k, target] of objectives.entries()) {
    let res = phase2(target);
    if (k > 0 && (res.status === 'optimal' ? !feasible(res.x) : res.status === 'iteration-limit')) {
      restore();
      res = phase2(target);
    }
    results.push(res);
  }
  return results;
}
