/**
 * The attacker's view of a suppression pattern (disclosure-control.md §3.4).
 *
 * The attacker knows every published cell, every additive relation of the table and that every
 * cell is ≥ 0. For a suppressed cell c they minimise and maximise c over that polytope: the
 * feasibility interval. The LPs only involve suppressed cells; a relation whose cells are all
 * published is a constant and is dropped, and cells connected to c by no chain of relations
 * through suppressed cells do not matter, so each LP is built on c's connected component.
 */
import type { LpConstraint, LpObjective, LpOptions, LpResult } from './lp';
import { simplexSolver, type LpSolver } from './solver';
import type { SuppressionState } from './primary';
import { publishedMeasure, tableRelations, type Relations, type Table } from './table';

export interface CellInterval {
  readonly cell: number;
  readonly value: number;
  readonly min: number;
  /** +Infinity when the attacker has no upper bound. */
  readonly max: number;
}

export interface CellAudit extends CellInterval {
  readonly requiredUpper: number;
  readonly requiredLower: number;
  readonly requiredWidth: number;
  readonly safe: boolean;
}

export interface AuditOptions {
  /** Components with more suppressed cells than this are not solved by LP. Default 600. */
  readonly maxComponentCells?: number;
  /** Only these cells (default: every primary cell). */
  readonly cells?: readonly number[];
  readonly lp?: LpOptions;
  /** The LP solver (default: the in-core simplex; HiGHS via `loadHighsSolver()`). */
  readonly solver?: LpSolver;
  /** The table's relations, when the caller has them already. */
  readonly relations?: Relations;
  /**
   * Prove cells by witnesses (with a solver that has `solveAdaptive`): every LP's optimal point is
   * a feasible table, so it shows how far every other cell of the component can move; a cell's
   * own LPs are solved only while the points seen so far do not meet its levels. Far fewer LPs on
   * large components; the interval reported is then the range the witnesses reach (within the
   * exact one, and exact for the cells whose own LPs were solved).
   */
  readonly witnesses?: boolean;
}

export interface AuditReport {
  readonly safe: boolean;
  /** Primary cells audited by LP. */
  readonly audited: readonly CellAudit[];
  /** Cells not audited because their component was larger than `maxComponentCells`. */
  readonly skipped: readonly number[];
  /** Number of LPs solved. */
  readonly lpCount: number;
}

export function isSuppressed(status: string): boolean {
  return status === 'u' || status === 'x';
}

/** Relative tolerance of "can be recomputed exactly". */
export const EXACT_TOLERANCE = 1e-7;

/** Whether an interval meets a cell's protection requirement. */
export function meetsRequirement(
  value: number,
  min: number,
  max: number,
  upper: number,
  lower: number,
  sliding: number,
): boolean {
  const eps = EXACT_TOLERANCE * Math.max(1, Math.abs(value));
  if (max - value < upper - eps) return false;
  if (value - min < lower - eps) return false;
  if (max - min < sliding - eps) return false;
  return max - min > eps;
}

export interface Component {
  readonly cells: number[];
  readonly relations: number[];
}

/** Connected components of suppressed cells linked by relations. */
export function components(
  table: Table,
  rel: Relations,
  suppressed: Uint8Array,
): { of: Int32Array; list: Component[] } {
  const relOfCell: number[][] = [];
  for (let c = 0; c < table.cellCount; c++) relOfCell.push([]);
  const touches = (r: number, f: (cell: number) => void): void => {
    f(rel.totals[r]!);
    for (let p = rel.offsets[r]!; p < rel.offsets[r + 1]!; p++) f(rel.parts[p]!);
  };
  for (let r = 0; r < rel.count; r++) {
    touches(r, (cell) => {
      if (suppressed[cell]) relOfCell[cell]!.push(r);
    });
  }
  const of = new Int32Array(table.cellCount).fill(-1);
  const relSeen = new Uint8Array(rel.count);
  const list: Component[] = [];
  for (let start = 0; start < table.cellCount; start++) {
    if (!suppressed[start] || of[start]! >= 0) continue;
    const comp: Component = { cells: [], relations: [] };
    const stack = [start];
    of[start] = list.length;
    while (stack.length > 0) {
      const cell = stack.pop()!;
      comp.cells.push(cell);
      for (const r of relOfCell[cell]!) {
        if (relSeen[r]) continue;
        relSeen[r] = 1;
        comp.relations.push(r);
        touches(r, (other) => {
          if (suppressed[other] && of[other]! < 0) {
            of[other] = list.length;
            stack.push(other);
          }
        });
      }
    }
    list.push(comp);
  }
  return { of, list };
}

/** The attacker's constraints on one component: variables are the component's cells in order. */
export function componentConstraints(
  rel: Relations,
  comp: Component,
  measure: Float64Array,
  varOf: Map<number, number>,
): LpConstraint[] {
  const out: LpConstraint[] = [];
  for (const r of comp.relations) {
    const terms: Array<[number, number]> = [];
    let rhs = 0;
    const add = (cell: number, coef: number): void => {
      const v = varOf.get(cell);
      if (v === undefined) rhs -= coef * measure[cell]!;
      else terms.push([v, coef]);
    };
    add(rel.totals[r]!, 1);
    for (let p = rel.offsets[r]!; p < rel.offsets[r + 1]!; p++) add(rel.parts[p]!, -1);
    out.push({ terms, op: '=', rhs });
  }
  return out;
}

/**
 * Feasibility intervals of the given suppressed cells under a status vector. Cells in components
 * larger than `maxComponentCells` are returned in `skipped`.
 */
export function feasibilityIntervals(
  table: Table,
  status: readonly string[],
  cells: readonly number[],
  options: {
    readonly maxComponentCells?: number;
    readonly lp?: LpOptions;
    readonly relations?: Relations;
    readonly solver?: LpSolver;
  } = {},
): { intervals: CellInterval[]; skipped: number[]; lpCount: number } {
  const rel = options.relations ?? tableRelations(table);
  const measure = publishedMeasure(table);
  const suppressed = new Uint8Array(table.cellCount);
  for (let c = 0; c < table.cellCount; c++) if (isSuppressed(status[c]!)) suppressed[c] = 1;
  const { of, list } = components(table, rel, suppressed);
  const limit = options.maxComponentCells ?? 600;
  const skipped: number[] = [];
  let lpCount = 0;
  // The requested suppressed cells of each component: all their LPs share one feasible set.
  const wanted = new Map<number, number[]>();
  for (const cell of cells) {
    if (!suppressed[cell]) continue;
    const ci = of[cell]!;
    if (list[ci]!.cells.length > limit) continue;
    const group = wanted.get(ci);
    if (group) {
      if (!group.includes(cell)) group.push(cell);
    } else wanted.set(ci, [cell]);
  }
  const bounds = new Map<number, { min: number; max: number }>();
  for (const [ci, group] of wanted) {
    const comp = list[ci]!;
    const varOf = new Map(comp.cells.map((c, i) => [c, i]));
    const constraints = componentConstraints(rel, comp, measure, varOf);
    const objectives: LpObjective[] = [];
    for (const cell of group) {
      const objective = new Float64Array(comp.cells.length);
      objective[varOf.get(cell)!] = 1;
      objectives.push({ sense: 'min', objective }, { sense: 'max', objective });
    }
    lpCount += objectives.length;
    const results = (options.solver ?? simplexSolver).solveObjectives(
      { variables: comp.cells.length, constraints },
      objectives,
      options.lp,
    );
    group.forEach((cell, k) => {
      const bound = (sense: 'min' | 'max'): number => {
        const res = results[2 * k + (sense === 'min' ? 0 : 1)]!;
        if (res.status === 'optimal') return res.objective;
        if (res.status === 'unbounded')
          return sense === 'max' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
        // The true table is feasible, so 'infeasible' only arises from numerical trouble or an
        // iteration limit: report the exact value (the unsafe side).
        return measure[cell]!;
      };
      bounds.set(cell, { min: bound('min'), max: bound('max') });
    });
  }
  const intervals: CellInterval[] = [];
  for (const cell of cells) {
    const value = measure[cell]!;
    if (!suppressed[cell]) {
      intervals.push({ cell, value, min: value, max: value });
      continue;
    }
    const b = bounds.get(cell);
    if (b) intervals.push({ cell, value, min: b.min, max: b.max });
    else skipped.push(cell);
  }
  return { intervals, skipped, lpCount };
}

/** Audits every primary cell (or `options.cells`) against its protection requirement. */
export function auditSuppression(
  table: Table,
  state: SuppressionState,
  options: AuditOptions = {},
): AuditReport {
  const cells = options.cells ?? state.status.flatMap((s, i) => (s === 'u' ? [i] : []));
  const { intervals, skipped, lpCount } =
    options.witnesses && options.solver?.solveAdaptive
      ? witnessIntervals(table, state, cells, options.solver, options)
      : feasibilityIntervals(table, state.status, cells, options);
  const audited = intervals.map((iv): CellAudit => {
    const c = iv.cell;
    return {
      ...iv,
      requiredUpper: state.upper[c]!,
      requiredLower: state.lower[c]!,
      requiredWidth: state.sliding[c]!,
      safe: meetsRequirement(iv.value, iv.min, iv.max, state.upper[c]!, state.lower[c]!, state.sliding[c]!),
    };
  });
  return { safe: audited.every((a) => a.safe) && skipped.length === 0, audited, skipped, lpCount };
}

/** Intervals proven by witnesses (see AuditOptions.witnesses). */
function witnessIntervals(
  table: Table,
  state: SuppressionState,
  cells: readonly number[],
  solver: LpSolver,
  options: AuditOptions,
): { intervals: CellInterval[]; skipped: number[]; lpCount: number } {
  const rel = options.relations ?? tableRelations(table);
  const measure = publishedMeasure(table);
  const suppressed = new Uint8Array(table.cellCount);
  for (let c = 0; c < table.cellCount; c++) if (isSuppressed(state.status[c]!)) suppressed[c] = 1;
  const { of, list } = components(table, rel, suppressed);
  const limit = options.maxComponentCells ?? 600;
  const skipped: number[] = [];
  const wanted = new Map<number, number[]>();
  for (const cell of cells) {
    if (!suppressed[cell]) continue;
    const ci = of[cell]!;
    if (list[ci]!.cells.length > limit) continue;
    const group = wanted.get(ci);
    if (group) {
      if (!group.includes(cell)) group.push(cell);
    } else wanted.set(ci, [cell]);
  }
  let lpCount = 0;
  const bounds = new Map<number, { min: number; max: number }>();
  for (const [ci, group] of wanted) {
    const comp = list[ci]!;
    const varOf = new Map(comp.cells.map((c, i) => [c, i]));
    const constraints = componentConstraints(rel, comp, measure, varOf);
    const lo = group.map((c) => measure[c]!);
    const hi = group.map((c) => measure[c]!);
    const done = group.map(() => ({ up: false, down: false }));
    const safe = (k: number): boolean => {
      const c = group[k]!;
      return meetsRequirement(
        measure[c]!,
        lo[k]!,
        hi[k]!,
        state.upper[c]!,
        state.lower[c]!,
        state.sliding[c]!,
      );
    };
    // Plan. First LPs that push every unproven cell up at once (maximise their sum): each optimal
    // point moves many cells at a time, so a few of them prove most cells of a large component.
    // Repeated on the cells still unproven while a round proves at least a tenth of them; then the
    // cells' own LPs in order, each only while the cell is not yet shown safe.
    const col = group.map((c) => varOf.get(c)!);
    let k = 0;
    let pending: { k: number; sense: 'min' | 'max' } | null = null;
    let sumRounds = group.length > 2;
    let unprovenBefore = Number.POSITIVE_INFINITY;
    const next = (last: LpResult | null): LpObjective | null => {
      if (last && pending) {
        const p = pending;
        if (last.status === 'optimal') {
          // The point is a feasible table: a witness for every cell of the group.
          for (let j = 0; j < group.length; j++) {
            const v = last.x[col[j]!]!;
            if (v > hi[j]!) hi[j] = v;
            if (v < lo[j]!) lo[j] = v;
          }
          if (p.k >= 0) {
            if (p.sense === 'max') hi[p.k] = last.objective;
            else lo[p.k] = last.objective;
          }
        } else if (p.k < 0) {
          // The sum is unbounded (or the solve failed): the cells' own LPs say which cell.
          sumRounds = false;
        } else if (last.status === 'unbounded') {
          if (p.sense === 'max') hi[p.k] = Number.POSITIVE_INFINITY;
          else lo[p.k] = Number.NEGATIVE_INFINITY;
        }
        if (p.k >= 0) {
          if (p.sense === 'max') done[p.k]!.up = true;
          else done[p.k]!.down = true;
        }
      }
      if (sumRounds) {
        const objective = new Float64Array(comp.cells.length);
        let unproven = 0;
        for (let j = 0; j < group.length; j++)
          if (!safe(j)) {
            objective[col[j]!] = 1;
            unproven++;
          }
        if (unproven > 2 && unproven <= 0.9 * unprovenBefore) {
          unprovenBefore = unproven;
          pending = { k: -1, sense: 'max' };
          lpCount++;
          return { sense: 'max', objective };
        }
        sumRounds = false;
      }
      for (; k < group.length; k++) {
        if (safe(k)) continue;
        const sense = !done[k]!.up ? 'max' : !done[k]!.down ? 'min' : null;
        if (!sense) continue;
        const objective = new Float64Array(comp.cells.length);
        objective[varOf.get(group[k]!)!] = 1;
        pending = { k, sense };
        lpCount++;
        return { sense, objective };
      }
      pending = null;
      return null;
    };
    solver.solveAdaptive!({ variables: comp.cells.length, constraints }, next);
    group.forEach((c, j) => bounds.set(c, { min: lo[j]!, max: hi[j]! }));
  }
  const intervals: CellInterval[] = [];
  for (const cell of cells) {
    const value = measure[cell]!;
    if (!suppressed[cell]) {
      intervals.push({ cell, value, min: value, max: value });
      continue;
    }
    const b = bounds.get(cell);
    if (b) intervals.push({ cell, value, min: b.min, max: b.max });
    else skipped.push(cell);
  }
  return { intervals, skipped, lpCount };
}
