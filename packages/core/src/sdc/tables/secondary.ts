/**
 * Secondary suppression.
 *
 * 1. Hypercube heuristic (GHMITER-like, `method: 'hypercube'`, the default and the fast one).
 *    For a primary cell p, a "hypercube" is the tensor product, over the dimensions, of one 1-D
 *    pattern per dimension. A 1-D pattern is a ±1 vector over the dimension's codes that respects
 *    the hierarchy (each non-leaf code equals the sum of its children) and is +1 at p's code:
 *    - sibling pattern: +1 at p's code, −1 at a sibling (same parent), each extended by a path down
 *      to a leaf when the code is a sub-total;
 *    - upward pattern: +1 at p's code and at all its ancestors (the total moves with the cell).
 *    The product of such vectors satisfies every additive relation of the table, so moving every
 *    corner by ±t leaves all published cells unchanged: while all corners are suppressed the
 *    attacker cannot tell t apart, and t can range over [−min(+corners), min(−corners)] keeping all
 *    cells ≥ 0. Each primary gets the cheapest hypercube whose range meets its protection levels
 *    (criterion `minSupps`: fewest new suppressions, then the smallest cost; or `minSum`), and the
 *    hypercube is kept as a certificate that the audit re-checks independently.
 *    Primaries left without a certificate get a second, exhaustive search (`hypercubeRetry`).
 * 2. LP repair (`method: 'lp'`, and the fallback when no hypercube works): attack each primary
 *    with the attacker LPs; when an interval is too narrow, solve a min-cost perturbation LP (the
 *    Fischetti–Salazar heuristic): find y with M·y = 0, y_p = ±δ and every cell staying ≥ 0,
 *    minimising Σ cost_i · |y_i| over published cells; every cell with y_i ≠ 0 is suppressed.
 *    Repeat until every primary passes. Exact but dense: only for small tables.
 * 3. Singletons and threshold (sdcTable's `detectSingletons` / `threshold`, our reading):
 *    - singletons: in a relation whose total is published, if exactly two parts are suppressed and
 *      one of them is a single-contributor cell, suppress one more part (the cheapest), or the
 *      total when no part is left;
 *    - threshold t: in a relation whose total is published and that has suppressed parts, the
 *      suppressed parts must hold at least t contributors; suppress the cheapest parts until they
 *      do, and the total when the parts run out.
 */
import { feasibilityIntervals, isSuppressed, meetsRequirement } from './audit';
import { isLeaf, leavesBelow, type Dimension } from './dimension';
import { solveLp, type LpConstraint } from './lp';
import type { SuppressionState } from './primary';
import {
  cellCoordinates,
  cellLabel,
  publishedMeasure,
  tableRelations,
  type Relations,
  type Table,
} from './table';

export type CostModel = 'measure' | 'freq' | 'count';

export interface HypercubeOptions {
  readonly criterion?: 'minSupps' | 'minSum';
  /** Candidate 1-D patterns kept per dimension (by the cost of their line through p). Default 8. */
  readonly candidatesPerDimension?: number;
  /**
   * When no hypercube meets a primary's levels, suppress the widest one all the same (default
   * true; the LP repair of small tables starts from it). `protectTable` turns it off for tables
   * too large for the LP repair, where the second hypercube pass follows instead.
   */
  readonly suppressPartial?: boolean;
}

/** A proof that a primary cell can move within [value − down, value + up] unseen. */
export interface Certificate {
  readonly cell: number;
  readonly corners: Int32Array;
  readonly signs: Int8Array;
  readonly up: number;
  readonly down: number;
}

export function cellCosts(table: Table, model: CostModel): Float64Array {
  if (model === 'count') return new Float64Array(table.cellCount).fill(1);
  if (model === 'freq') return table.freq.slice();
  return publishedMeasure(table).map((v) => Math.abs(v));
}

interface Pattern {
  readonly codes: number[];
  readonly signs: number[];
  /** The upward pattern (the code with all its ancestors), always valid when p's line is non-empty. */
  readonly upward: boolean;
  proxy: number;
}

function downPaths(dim: Dimension, code: number, maxLeaves: number): number[][] {
  if (isLeaf(dim, code)) return [[]];
  const leaves = leavesBelow(dim, code);
  const pick = leaves.length <= maxLeaves ? leaves : leaves.slice(0, 1);
  return pick.map((leaf) => {
    const path: number[] = [];
    let c = leaf;
    while (c !== code) {
      path.push(c);
      c = dim.parent[c]!;
    }
    return path.reverse();
  });
}

/**
 * The 1-D patterns through `code` (each +1 at `code`). Sub-totals are extended down to a leaf:
 * every leaf below when there are at most 16 of them (else the first one) for sibling patterns,
 * and at most `upwardLeaves` for upward patterns.
 */
function patternsThrough(dim: Dimension, code: number, upwardLeaves = 16): Pattern[] {
  const out: Pattern[] = [];
  const own = downPaths(dim, code, 16);
  const parent = dim.parent[code]!;
  if (parent >= 0) {
    for (const sib of dim.children[parent]!) {
      if (sib === code) continue;
      const theirs = downPaths(dim, sib, 16);
      for (const a of own) {
        for (const b of theirs) {
          out.push({
            codes: [code, ...a, sib, ...b],
            signs: [1, ...a.map(() => 1), -1, ...b.map(() => -1)],
            upward: false,
            proxy: 0,
          });
        }
      }
    }
  }
  const ancestors: number[] = [];
  for (let c = parent; c >= 0; c = dim.parent[c]!) ancestors.push(c);
  const upOwn = upwardLeaves === 16 ? own : downPaths(dim, code, upwardLeaves);
  for (const a of upOwn) {
    out.push({
      codes: [code, ...a, ...ancestors],
      signs: [1, ...a.map(() => 1), ...ancestors.map(() => 1)],
      upward: true,
      proxy: 0,
    });
  }
  return out;
}

interface Context {
  readonly table: Table;
  readonly state: SuppressionState;
  readonly measure: Float64Array;
  readonly cost: Float64Array;
}

function suppressAs(ctx: Context, cell: number, reason: string): boolean {
  const st = ctx.state.status[cell]!;
  if (st === 's') {
    ctx.state.status[cell] = 'x';
    ctx.state.reason[cell] = reason;
    return true;
  }
  return false;
}

/**
 * The patterns of dimension d through p's code that have no empty (`z`) cell on p's line, with
 * their proxy cost (the cost of the line's cells still to suppress), cheapest first.
 */
function rankedPatterns(
  ctx: Context,
  p: number,
  d: number,
  code: number,
  all: readonly Pattern[],
): Pattern[] {
  const { table, state, cost } = ctx;
  const stride = table.strides[d]!;
  const lineBase = p - code * stride;
  const ranked: Pattern[] = [];
  for (const pat of all) {
    let proxy = 0;
    for (let j = 1; j < pat.codes.length; j++) {
      const cell = lineBase + pat.codes[j]! * stride;
      const st = state.status[cell]!;
      if (st === 'z') {
        proxy = Number.POSITIVE_INFINITY;
        break;
      }
      if (st === 's') proxy += cost[cell]! + 1e-9;
    }
    if (Number.isFinite(proxy))
      ranked.push({ codes: pat.codes, signs: pat.signs, upward: pat.upward, proxy });
  }
  ranked.sort((a, b) => a.proxy - b.proxy);
  return ranked;
}

interface Cube {
  corners: number[];
  signs: number[];
  added: number;
  addedCost: number;
  up: number;
  down: number;
}

/**
 * Enumerates every combination of the candidate 1-D patterns (one per dimension) and returns the
 * best hypercube meeting p's protection levels under the criterion, or else the widest one.
 */
function searchHypercube(
  ctx: Context,
  p: number,
  perDim: readonly Pattern[][],
  criterion: 'minSupps' | 'minSum',
): { best: Cube | null; partial: Cube | null } {
  const { table, state, cost } = ctx;
  const D = perDim.length;
  const need = { up: state.upper[p]!, down: state.lower[p]!, width: state.sliding[p]! };
  let best: Cube | null = null as Cube | null;
  let bestPartial: Cube | null = null as Cube | null;
  let bestPartialWidth = -1;
  const choice = new Array<number>(D).fill(0);
  const value = ctx.measure[p]!;
  const eps = 1e-9 * Math.max(1, Math.abs(value));
  let maxCorners = 1;
  for (const cands of perDim) {
    let longest = 0;
    for (const c of cands) longest = Math.max(longest, c.codes.length);
    maxCorners *= longest;
  }
  let corners = new Int32Array(maxCorners);
  let signs = new Int8Array(maxCorners);
  let nextCorners = new Int32Array(maxCorners);
  let nextSigns = new Int8Array(maxCorners);
  outer: for (;;) {
    // Corners of the hypercube for the current choice (tensor product of the 1-D patterns).
    let count = 1;
    corners[0] = 0;
    signs[0] = 1;
    for (let d = 0; d < D; d++) {
      const pat = perDim[d]![choice[d]!]!;
      const stride = table.strides[d]!;
      const len = pat.codes.length;
      for (let j = 0; j < len; j++) {
        const shift = pat.codes[j]! * stride;
        const sg = pat.signs[j]!;
        for (let c = 0; c < count; c++) {
          nextCorners[j * count + c] = corners[c]! + shift;
          nextSigns[j * count + c] = signs[c]! * sg;
        }
      }
      count *= len;
      [corners, nextCorners] = [nextCorners, corners];
      [signs, nextSigns] = [nextSigns, signs];
    }
    let added = 0;
    let addedCost = 0;
    let up = Number.POSITIVE_INFINITY;
    let down = Number.POSITIVE_INFINITY;
    let valid = true;
    for (let c = 0; c < count; c++) {
      const cell = corners[c]!;
      const st = state.status[cell]!;
      if (st === 'z') {
        valid = false;
        break;
      }
      if (st === 's') {
        added++;
        addedCost += cost[cell]!;
        if (best !== null && criterion === 'minSupps' && added > best.added) {
          valid = false;
          break;
        }
      }
      const v = ctx.measure[cell]!;
      if (signs[c]! > 0) down = Math.min(down, v);
      else up = Math.min(up, v);
    }
    if (valid) {
      const width = up + down;
      const meets =
        up >= need.up - eps && down >= need.down - eps && width >= need.width - eps && width > eps;
      if (meets) {
        const better =
          best === null ||
          (criterion === 'minSupps'
            ? added < best.added || (added === best.added && addedCost < best.addedCost)
            : addedCost < best.addedCost || (addedCost === best.addedCost && added < best.added));
        if (better) {
          best = {
            corners: Array.from(corners.subarray(0, count)),
            signs: Array.from(signs.subarray(0, count)),
            added,
            addedCost,
            up,
            down,
          };
        }
        if (added === 0) break outer;
      } else if (best === null && width > bestPartialWidth) {
        bestPartialWidth = width;
        bestPartial = {
          corners: Array.from(corners.subarray(0, count)),
          signs: Array.from(signs.subarray(0, count)),
          added,
          addedCost,
          up,
          down,
        };
      }
    }
    // Next combination.
    let d = D - 1;
    while (d >= 0) {
      choice[d]!++;
      if (choice[d]! < perDim[d]!.length) break;
      choice[d] = 0;
      d--;
    }
    if (d < 0) break;
  }
  return { best, partial: best ? null : bestPartial };
}

function certificateOf(p: number, cube: Cube): Certificate {
  return {
    cell: p,
    corners: Int32Array.from(cube.corners),
    signs: Int8Array.from(cube.signs),
    up: cube.up,
    down: cube.down,
  };
}

/**
 * Finds and suppresses a hypercube for each primary cell. Returns the certificates and the primary
 * cells for which no hypercube met the protection levels (their widest hypercube is suppressed
 * all the same unless `suppressPartial` is false; `hypercubeRetry` can then search them again).
 */
export function hypercubeSuppression(
  table: Table,
  state: SuppressionState,
  cost: Float64Array,
  options: HypercubeOptions = {},
): { certificates: Certificate[]; unresolved: number[] } {
  const ctx: Context = { table, state, measure: publishedMeasure(table), cost };
  const criterion = options.criterion ?? 'minSupps';
  const L = options.candidatesPerDimension ?? 8;
  const D = table.dimensions.length;
  const patternCache = table.dimensions.map(() => new Map<number, Pattern[]>());
  const certificates: Certificate[] = [];
  const unresolved: number[] = [];
  const primaries = state.status.flatMap((s, i) => (s === 'u' ? [i] : []));

  for (const p of primaries) {
    const coord = cellCoordinates(table, p);
    // Candidate patterns per dimension, ranked by the cost of their line through p.
    const perDim: Pattern[][] = [];
    for (let d = 0; d < D; d++) {
      let all = patternCache[d]!.get(coord[d]!);
      if (!all) {
        all = patternsThrough(table.dimensions[d]!, coord[d]!);
        patternCache[d]!.set(coord[d]!, all);
      }
      perDim.push(rankedPatterns(ctx, p, d, coord[d]!, all).slice(0, L));
    }
    if (perDim.some((c) => c.length === 0)) {
      unresolved.push(p);
      continue;
    }
    const { best, partial } = searchHypercube(ctx, p, perDim, criterion);
    const chosen = best ?? ((options.suppressPartial ?? true) ? partial : null);
    if (!chosen) {
      unresolved.push(p);
      continue;
    }
    const why = `secondary: protects ${cellLabel(table, p)} (hypercube)`;
    for (const cell of chosen.corners) suppressAs(ctx, cell, why);
    if (best) certificates.push(certificateOf(p, best));
    else unresolved.push(p);
  }
  return { certificates, unresolved };
}

export interface HypercubeRetryOptions {
  readonly criterion?: 'minSupps' | 'minSum';
  /** Most pattern combinations examined per cell. Default 200,000. */
  readonly maxCombinations?: number;
}

/**
 * Second hypercube pass for primary cells that the first pass (or the audit) left unproven.
 *
 * The first pass keeps only the `candidatesPerDimension` patterns whose line through p is
 * cheapest. In sparse tables with hierarchies these cheap patterns often all combine into a
 * hypercube with an empty (`z`) corner off p's lines, and the cell is left without a certificate.
 * Here every pattern of every dimension is a candidate (cells already suppressed cost nothing),
 * the upward patterns are always kept, and the combinations are enumerated up to
 * `maxCombinations` (the longest candidate lists are halved, upward patterns kept, until the
 * product fits). The all-upward hypercube (p with all its ancestors in every dimension, extended
 * down to a non-empty leaf) is always among the candidates: for non-negative tables without
 * forced-published totals it moves p up without bound and down by its whole value, so it meets
 * every protection level, and a certificate is always found.
 */
export function hypercubeRetry(
  table: Table,
  state: SuppressionState,
  cost: Float64Array,
  cells: readonly number[],
  options: HypercubeRetryOptions = {},
): { certificates: Certificate[]; unresolved: number[] } {
  const ctx: Context = { table, state, measure: publishedMeasure(table), cost };
  const criterion = options.criterion ?? 'minSupps';
  const budget = Math.max(1, options.maxCombinations ?? 200_000);
  const D = table.dimensions.length;
  const patternCache = table.dimensions.map(() => new Map<number, Pattern[]>());
  const certificates: Certificate[] = [];
  const unresolved: number[] = [];
  for (const p of cells) {
    if (state.status[p] !== 'u') throw new RangeError(`cell ${p} is not a primary cell`);
    const coord = cellCoordinates(table, p);
    const perDim: Pattern[][] = [];
    for (let d = 0; d < D; d++) {
      const dim = table.dimensions[d]!;
      let all = patternCache[d]!.get(coord[d]!);
      if (!all) {
        all = patternsThrough(dim, coord[d]!, dim.codes.length);
        patternCache[d]!.set(coord[d]!, all);
      }
      perDim.push(rankedPatterns(ctx, p, d, coord[d]!, all));
    }
    if (perDim.some((c) => c.length === 0)) {
      unresolved.push(p);
      continue;
    }
    // Fit the enumeration into the budget: halve the longest list, keeping its upward patterns.
    for (;;) {
      let product = 1;
      let longest = 0;
      for (let d = 0; d < D; d++) {
        product *= perDim[d]!.length;
        if (perDim[d]!.length > perDim[longest]!.length) longest = d;
      }
      if (product <= budget) break;
      const list = perDim[longest]!;
      const keep = Math.max(1, Math.floor(list.length / 2));
      const shorter = list.filter((pat, i) => i < keep || pat.upward);
      if (shorter.length >= list.length) break;
      perDim[longest] = shorter;
    }
    const { best } = searchHypercube(ctx, p, perDim, criterion);
    if (!best) {
      unresolved.push(p);
      continue;
    }
    const why = `secondary: protects ${cellLabel(table, p)} (hypercube, second pass)`;
    for (const cell of best.corners) suppressAs(ctx, cell, why);
    certificates.push(certificateOf(p, best));
  }
  return { certificates, unresolved };
}

/** Relations each cell belongs to (as total or part). */
export function relationsOfCells(table: Table, rel: Relations): Int32Array[] {
  const count = new Int32Array(table.cellCount);
  const bump = (r: number, f: (cell: number) => void): void => {
    f(rel.totals[r]!);
    for (let p = rel.offsets[r]!; p < rel.offsets[r + 1]!; p++) f(rel.parts[p]!);
  };
  for (let r = 0; r < rel.count; r++) bump(r, (c) => count[c]!++);
  const out = Array.from(count, (n) => new Int32Array(n));
  const fill = new Int32Array(table.cellCount);
  for (let r = 0; r < rel.count; r++) bump(r, (c) => (out[c]![fill[c]!++] = r));
  return out;
}

/**
 * Independently re-checks a certificate: every corner suppressed and not `z`, the ±1 perturbation
 * satisfies every relation touching a corner, and the range it proves meets the cell's levels.
 */
export function verifyCertificate(
  table: Table,
  state: SuppressionState,
  rel: Relations,
  relOf: readonly Int32Array[],
  cert: Certificate,
): boolean {
  const measure = publishedMeasure(table);
  const y = new Map<number, number>();
  for (let c = 0; c < cert.corners.length; c++) {
    const cell = cert.corners[c]!;
    if (!isSuppressed(state.status[cell]!)) return false;
    y.set(cell, (y.get(cell) ?? 0) + cert.signs[c]!);
  }
  if ((y.get(cert.cell) ?? 0) !== 1) return false;
  const seen = new Set<number>();
  for (const cell of y.keys()) {
    for (const r of relOf[cell]!) {
      if (seen.has(r)) continue;
      seen.add(r);
      let s = y.get(rel.totals[r]!) ?? 0;
      for (let p = rel.offsets[r]!; p < rel.offsets[r + 1]!; p++) s -= y.get(rel.parts[p]!) ?? 0;
      if (s !== 0) return false;
    }
  }
  let up = Number.POSITIVE_INFINITY;
  let down = Number.POSITIVE_INFINITY;
  for (const [cell, s] of y) {
    if (s > 0) down = Math.min(down, measure[cell]! / s);
    else if (s < 0) up = Math.min(up, measure[cell]! / -s);
  }
  const v = measure[cert.cell]!;
  return meetsRequirement(
    v,
    v - down,
    v + up,
    state.upper[cert.cell]!,
    state.lower[cert.cell]!,
    state.sliding[cert.cell]!,
  );
}

/**
 * The min-cost perturbation LP for one primary cell and direction. Returns the cells to suppress,
 * or null when no perturbation of size δ exists.
 */
function perturbationCells(
  ctx: Context,
  rel: Relations,
  cell: number,
  direction: 1 | -1,
  delta: number,
): number[] | null {
  const { table, state, measure, cost } = ctx;
  const N = table.cellCount;
  // Variables: y+ (0..N-1), y− (N..2N-1).
  const lower = new Float64Array(2 * N);
  const upper = new Float64Array(2 * N);
  const objective = new Float64Array(2 * N);
  let maxCost = 0;
  for (let i = 0; i < N; i++) maxCost = Math.max(maxCost, cost[i]!);
  const tiny = 1e-6 * (1 + maxCost);
  for (let i = 0; i < N; i++) {
    const st = state.status[i]!;
    if (st === 'z') {
      upper[i] = 0;
      upper[N + i] = 0;
      continue;
    }
    upper[i] = Number.POSITIVE_INFINITY;
    upper[N + i] = Math.max(measure[i]!, 0);
    const w = isSuppressed(st) ? 0 : cost[i]! + tiny;
    objective[i] = w;
    objective[N + i] = w;
  }
  if (direction > 0) {
    lower[cell] = delta;
    upper[cell] = delta;
    upper[N + cell] = 0;
  } else {
    if (delta > measure[cell]!) return null;
    lower[N + cell] = delta;
    upper[N + cell] = delta;
    upper[cell] = 0;
  }
  const constraints: LpConstraint[] = [];
  for (let r = 0; r < rel.count; r++) {
    const t = rel.totals[r]!;
    const terms: Array<[number, number]> = [
      [t, 1],
      [N + t, -1],
    ];
    for (let p = rel.offsets[r]!; p < rel.offsets[r + 1]!; p++) {
      const c = rel.parts[p]!;
      terms.push([c, -1], [N + c, 1]);
    }
    constraints.push({ terms, op: '=', rhs: 0 });
  }
  const res = solveLp({ variables: 2 * N, sense: 'min', objective, constraints, lower, upper });
  if (res.status !== 'optimal') return null;
  const out: number[] = [];
  for (let i = 0; i < N; i++) {
    if (Math.abs(res.x[i]! - res.x[N + i]!) > 1e-9 * Math.max(1, delta)) out.push(i);
  }
  return out;
}

export interface LpRepairOptions {
  readonly maxRounds?: number;
  /** Refuse (leave unresolved) when the table has more cells than this. Default 400. */
  readonly maxCells?: number;
}

/**
 * Attack-and-repair: audits each primary by LP and adds suppressions from the perturbation LP
 * until it passes. Returns the primaries that could not be protected.
 */
export function lpRepair(
  table: Table,
  state: SuppressionState,
  cost: Float64Array,
  options: LpRepairOptions = {},
): { unresolved: number[]; added: number; tooLarge: boolean } {
  const ctx: Context = { table, state, measure: publishedMeasure(table), cost };
  const primaries = state.status.flatMap((s, i) => (s === 'u' ? [i] : []));
  if (table.cellCount > (options.maxCells ?? 400)) return { unresolved: primaries, added: 0, tooLarge: true };
  const rel = tableRelations(table);
  const maxRounds = options.maxRounds ?? 8;
  const unresolved: number[] = [];
  let added = 0;
  for (const p of primaries) {
    let ok = false;
    for (let round = 0; round < maxRounds && !ok; round++) {
      const [iv] = feasibilityIntervals(table, state.status, [p], {
        relations: rel,
        maxComponentCells: Number.POSITIVE_INFINITY,
      }).intervals;
      const { value, min, max } = iv!;
      const U = state.upper[p]!;
      const Lw = state.lower[p]!;
      const S = state.sliding[p]!;
      if (meetsRequirement(value, min, max, U, Lw, S)) {
        ok = true;
        break;
      }
      const scale = 1e-3 * Math.max(1, Math.abs(value));
      let direction: 1 | -1 = 1;
      let delta: number;
      if (value - min < Lw - 1e-9) {
        direction = -1;
        delta = Lw;
      } else {
        delta = Math.max(U, S - (value - min), scale);
      }
      let cells = perturbationCells(ctx, rel, p, direction, delta);
      if (!cells && direction === 1 && value > 0)
        cells = perturbationCells(ctx, rel, p, -1, Math.min(value, Math.max(Lw, S, scale)));
      if (!cells) break;
      const why = `secondary: protects ${cellLabel(table, p)} (LP repair)`;
      let changed = 0;
      for (const c of cells) if (suppressAs(ctx, c, why)) changed++;
      added += changed;
      if (changed === 0) break;
    }
    if (!ok) {
      const [iv] = feasibilityIntervals(table, state.status, [p], {
        relations: rel,
        maxComponentCells: Number.POSITIVE_INFINITY,
      }).intervals;
      if (!meetsRequirement(iv!.value, iv!.min, iv!.max, state.upper[p]!, state.lower[p]!, state.sliding[p]!))
        unresolved.push(p);
    }
  }
  return { unresolved, added, tooLarge: false };
}

export interface SingletonOptions {
  readonly detectSingletons?: boolean;
  readonly threshold?: number;
}

/** Applies the singleton and threshold rules (see the module comment). Returns cells added. */
export function singletonAndThreshold(
  table: Table,
  state: SuppressionState,
  cost: Float64Array,
  options: SingletonOptions,
): number {
  if (!options.detectSingletons && !(options.threshold && options.threshold > 0)) return 0;
  const ctx: Context = { table, state, measure: publishedMeasure(table), cost };
  const rel = tableRelations(table);
  let added = 0;
  const relationLabel = (r: number): string =>
    `${cellLabel(table, rel.totals[r]!)} along ${table.dimensions[rel.dimension[r]!]!.name}`;
  const cheapestPart = (r: number): number => {
    let best = -1;
    for (let p = rel.offsets[r]!; p < rel.offsets[r + 1]!; p++) {
      const c = rel.parts[p]!;
      if (state.status[c] !== 's') continue;
      if (best < 0 || cost[c]! < cost[best]!) best = c;
    }
    return best;
  };
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    for (let r = 0; r < rel.count; r++) {
      const total = rel.totals[r]!;
      if (isSuppressed(state.status[total]!)) continue;
      let nSupp = 0;
      let singletons = 0;
      let contributors = 0;
      for (let p = rel.offsets[r]!; p < rel.offsets[r + 1]!; p++) {
        const c = rel.parts[p]!;
        if (!isSuppressed(state.status[c]!)) continue;
        nSupp++;
        contributors += table.freq[c]!;
        if (table.freq[c] === 1) singletons++;
      }
      if (nSupp === 0) continue;
      if (options.detectSingletons && nSupp === 2 && singletons > 0) {
        const c = cheapestPart(r);
        const target = c >= 0 ? c : state.status[total] === 's' ? total : -1;
        if (target >= 0 && suppressAs(ctx, target, `secondary: singleton in ${relationLabel(r)}`)) {
          added++;
          changed = true;
          continue;
        }
      }
      const t = options.threshold ?? 0;
      if (t > 0 && contributors < t) {
        while (contributors < t) {
          const c = cheapestPart(r);
          if (c < 0) {
            if (
              state.status[total] === 's' &&
              suppressAs(ctx, total, `secondary: threshold ${t} in ${relationLabel(r)}`)
            ) {
              added++;
              changed = true;
            }
            break;
          }
          suppressAs(ctx, c, `secondary: threshold ${t} in ${relationLabel(r)}`);
          contributors += table.freq[c]!;
          added++;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return added;
}
