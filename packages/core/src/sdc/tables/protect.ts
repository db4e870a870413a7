/**
 * Protecting a table end to end: secondary suppression, the audit that proves the pattern safe,
 * and the published output (value or null, status, reason per cell).
 *
 * Audit: every primary cell must be shown safe, either by the LP audit (its feasibility interval,
 * computed on its connected component of suppressed cells, meets its protection levels) or, when
 * the component is too large for the dense LP, by re-checking its hypercube certificate (an
 * explicit perturbation that moves the cell by the required amounts without changing any
 * published cell). A cell shown safe by neither makes the table unsafe, and `renderTableRows`
 * refuses to render an unsafe table.
 */
import { auditSuppression, type CellAudit } from './audit';
import { optimalSuppression, type OptimalOptions, type OptimalOutcome } from './optimal';
import { subtableSuppression } from './optimal-subtables';
import { copyState, type CellStatus, type SuppressionState } from './primary';
import { fail, ok, type TableResult } from './result';
import {
  cellCosts,
  hypercubeRetry,
  hypercubeSuppression,
  lpRepair,
  relationsOfCells,
  singletonAndThreshold,
  verifyCertificate,
  type Certificate,
  type CostModel,
  type HypercubeOptions,
} from './secondary';
import type { LpSolver } from './solver';
import { cellCodes, publishedMeasure, tableRelations, type Table } from './table';

/**
 * The 'optimal' method works by HiTaS subtables by default on tables above this many cells; below
 * it the whole table's 0-1 programme finishes fast and finds cheaper patterns (seeded 135–396-cell
 * tables), above it the whole programme's cut loop can run for many seconds (the 1,080-cell
 * benchmark table: stopped at its 20 s solver-time limit; by subtables ~1.3 s of CPU). Decision 0021.
 */
export const SUBTABLES_ABOVE_CELLS = 1_000;
/**
 * Up to this many cells the subtables' joined pattern is pruned by default (each secondary cell
 * published again when the audit still proves its component): there the LPs are cheap and prune
 * much (1,080-cell benchmark table: 107 → 93 cells); on the 10,008-cell table they find nothing.
 * Up to it too, every subtable but the top one gets up to 3 0-1 solves (the top one 1): with the
 * shared-cell cost, 1,080-cell benchmark table 93 → 85 cells for about the same CPU time.
 */
export const PRUNE_SUBTABLES_UP_TO_CELLS = 2_000;

export interface ProtectOptions {
  /**
   * 'hypercube' (default, fast), 'lp' (attack-and-repair on the given pattern; small tables) or
   * 'optimal' (cheapest pattern by cut generation on a 0-1 programme, `optimal.ts`; needs a MIP
   * solver in `solver`, tables up to `maxOptimalCells`; falls back to the hypercube when it finds
   * no proven pattern within its limits).
   */
  readonly method?: 'hypercube' | 'lp' | 'optimal';
  /**
   * LP solver for the audit (and the 'optimal' method). With a solver given, the audit is the
   * full one: every primary by LP, whatever the table's size or its components' (no sampling).
   * Default: the in-core simplex with the limits below.
   */
  readonly solver?: LpSolver;
  readonly optimal?: OptimalOptions;
  /** The 'optimal' method only on tables up to this many cells (default 20,000). */
  readonly maxOptimalCells?: number;
  /** Cost of suppressing a cell: its published value (default), its count, or 1 per cell. */
  readonly cost?: CostModel;
  readonly hypercube?: HypercubeOptions;
  readonly detectSingletons?: boolean;
  readonly threshold?: number;
  /**
   * How primaries are shown safe. 'lp': every primary by LP. 'certificates': hypercube
   * certificates, LP only for primaries without one. 'auto' (default): 'lp' for tables of at most
   * `lpAuditMaxCells` cells (default 2000), otherwise certificates plus an LP audit of an evenly
   * spaced sample of `auditSample` primaries (default 50).
   */
  readonly audit?: 'auto' | 'lp' | 'certificates';
  readonly lpAuditMaxCells?: number;
  readonly auditSample?: number;
  /** LP audit only of components up to this many suppressed cells (default 600); larger ones rely on certificates. */
  readonly maxAuditComponentCells?: number;
  /** LP repair when the heuristic leaves a primary unprotected, for tables up to this many cells (default 400). */
  readonly maxRepairCells?: number;
}

export type Verification = 'lp' | 'certificate' | 'failed';

/** How the secondary cells were chosen. */
export type SecondaryMethod = 'hypercube' | 'lp' | 'optimal';

export interface ProtectedCell {
  readonly index: number;
  readonly codes: readonly string[];
  readonly freq: number;
  /** Published value, or null when suppressed. */
  readonly value: number | null;
  readonly status: CellStatus;
  readonly reason: string;
}

export interface ProtectedTable {
  readonly table: Table;
  readonly state: SuppressionState;
  readonly cells: readonly ProtectedCell[];
  readonly primaryCount: number;
  readonly secondaryCount: number;
  /** True when every primary cell was shown safe. */
  readonly safe: boolean;
  /** Per primary cell: how it was shown safe. */
  readonly verification: ReadonlyMap<number, Verification>;
  /** LP intervals of the primary cells audited by LP. */
  readonly intervals: readonly CellAudit[];
  readonly certificates: readonly Certificate[];
  /** Primary cells no method could protect. */
  readonly unresolved: readonly number[];
  /** The method that chose the secondary cells ('optimal' falls back to 'hypercube'). */
  readonly method: SecondaryMethod;
  /** With 'optimal': whether the pattern is optimal, its cost and the solver's lower bound. */
  readonly optimality: Pick<
    OptimalOutcome,
    'optimal' | 'cost' | 'bound' | 'rounds' | 'stop' | 'pruned' | 'subtables'
  > | null;
}

export function protectTable(
  table: Table,
  primary: SuppressionState,
  options: ProtectOptions = {},
): ProtectedTable {
  if (primary.status.length !== table.cellCount)
    throw new RangeError('suppression state does not belong to this table');
  const state = copyState(primary);
  const cost = cellCosts(table, options.cost ?? 'measure');
  let certificates: Certificate[] = [];
  const maxRepair = options.maxRepairCells ?? 400;
  let method: SecondaryMethod = options.method ?? 'hypercube';
  let optimal: OptimalOutcome | null = null;
  if (method === 'optimal') {
    if (!options.solver?.createMip)
      throw new RangeError("method 'optimal' needs a MIP solver (loadHighsSolver())");
    if (table.cellCount <= (options.maxOptimalCells ?? 20_000)) {
      // HiTaS subtables first (many small 0-1 programmes); the whole table's programme when the
      // table has one subtable or the subtables' joined pattern could not be proven.
      if (options.optimal?.decompose ?? table.cellCount > SUBTABLES_ABOVE_CELLS) {
        const prune =
          table.cellCount <= PRUNE_SUBTABLES_UP_TO_CELLS
            ? {
                pruneLps: 2_000,
                subtableRounds: 3,
                topSubtableRounds: options.optimal?.subtableRounds ?? 1,
              }
            : {};
        optimal = subtableSuppression(table, state, cost, options.solver, { ...prune, ...options.optimal });
      }
      optimal ??= optimalSuppression(table, state, cost, options.solver, options.optimal);
    }
    if (!optimal?.proven) method = 'hypercube';
  }
  if (method === 'hypercube') {
    // Partial hypercubes only help the LP repair of small tables; larger ones get the second pass.
    const hypercube = { suppressPartial: table.cellCount <= maxRepair, ...options.hypercube };
    certificates = hypercubeSuppression(table, state, cost, hypercube).certificates;
  }
  singletonAndThreshold(table, state, cost, {
    detectSingletons: options.detectSingletons,
    threshold: options.threshold,
  });

  // The subtable method ends with the full witness audit of its pattern (every primary, no
  // component limit, the caller's solver): when the final statuses are that pattern cell by cell,
  // its verdicts are this audit's and it is not run again (10,008-cell table: ~0.2 s of CPU).
  const reuse =
    optimal?.proven && optimal.auditedStatus && options.solver && (options.audit ?? 'auto') !== 'certificates'
      ? sameStatus(optimal.auditedStatus, state.status)
      : false;
  let outcome = reuse ? verdicts(state, optimal!.intervals) : verify(table, state, certificates, options);
  const failed = [...outcome.verification.values()].some((v) => v === 'failed');
  if ((options.method === 'lp' || failed) && table.cellCount <= maxRepair) {
    lpRepair(table, state, cost, { maxCells: maxRepair });
    outcome = verify(table, state, [], { ...options, audit: 'lp' });
  }
  // Primaries still unproven get a second, wider hypercube search (cells suppressed by now cost
  // nothing), and only they are verified again: suppressing more cells only widens the attacker's
  // intervals and keeps every certificate valid, so what was proven stays proven.
  for (let round = 0; round < 3; round++) {
    const unproven = failedCells(outcome.verification);
    if (unproven.length === 0) break;
    const retry = hypercubeRetry(table, state, cost, unproven, {
      criterion: options.hypercube?.criterion,
    });
    if (retry.certificates.length === 0) break;
    certificates = [...certificates, ...retry.certificates];
    singletonAndThreshold(table, state, cost, {
      detectSingletons: options.detectSingletons,
      threshold: options.threshold,
    });
    const again = verify(table, state, retry.certificates, options, unproven);
    const verification = new Map(outcome.verification);
    for (const [c, v] of again.verification) verification.set(c, v);
    const retried = new Set(unproven);
    outcome = {
      verification,
      intervals: [...outcome.intervals.filter((a) => !retried.has(a.cell)), ...again.intervals],
    };
  }
  const { verification, intervals } = outcome;
  const unresolved = failedCells(verification);
  const measure = publishedMeasure(table);
  const cells: ProtectedCell[] = [];
  let primaryCount = 0;
  let secondaryCount = 0;
  for (let i = 0; i < table.cellCount; i++) {
    const status = state.status[i]!;
    if (status === 'u') primaryCount++;
    if (status === 'x') secondaryCount++;
    const suppressed = status === 'u' || status === 'x';
    cells.push({
      index: i,
      codes: cellCodes(table, i),
      freq: table.freq[i]!,
      value: suppressed ? null : measure[i]!,
      status,
      reason: state.reason[i] ?? (status === 's' ? 'publishable' : ''),
    });
  }
  return {
    table,
    state,
    cells,
    primaryCount,
    secondaryCount,
    safe: unresolved.length === 0,
    verification,
    intervals,
    certificates,
    unresolved,
    method,
    optimality:
      method === 'optimal' && optimal
        ? {
            optimal: optimal.optimal,
            cost: optimal.cost,
            bound: optimal.bound,
            rounds: optimal.rounds,
            stop: optimal.stop,
            pruned: optimal.pruned,
            ...(optimal.subtables ? { subtables: optimal.subtables } : {}),
          }
        : null,
  };
}

/**
 * Shows each primary cell safe: by LP (its interval), or by re-checking its hypercube certificate.
 * Which cells get an LP depends on `options.audit` (see ProtectOptions).
 */
function verify(
  table: Table,
  state: SuppressionState,
  certificates: readonly Certificate[],
  options: ProtectOptions,
  only?: readonly number[],
): { verification: Map<number, Verification>; intervals: CellAudit[] } {
  const primaries = only ? [...only] : state.status.flatMap((s, i) => (s === 'u' ? [i] : []));
  const verification = new Map<number, Verification>();
  const certified = new Set<number>();
  const mode = options.audit ?? 'auto';
  // A solver given by the caller (HiGHS) audits every primary by LP: no sampling, no size limit.
  const full = options.solver !== undefined && mode !== 'certificates';
  const rel = tableRelations(table);
  // Certificates only count where a primary gets no LP verdict, which the full audit never leaves.
  if (certificates.length > 0 && !full) {
    const relOf = relationsOfCells(table, rel);
    for (const cert of certificates)
      if (verifyCertificate(table, state, rel, relOf, cert)) certified.add(cert.cell);
  }
  const lpAll =
    full || mode === 'lp' || (mode === 'auto' && table.cellCount <= (options.lpAuditMaxCells ?? 2000));
  const lpCells = new Set<number>(primaries.filter((c) => lpAll || !certified.has(c)));
  if (mode === 'auto' && !lpAll && !only) {
    // A deterministic, evenly spaced sample of the certified cells is audited by LP as well.
    const sample = Math.min(options.auditSample ?? 50, primaries.length);
    for (let s = 0; s < sample; s++) lpCells.add(primaries[Math.floor((s * primaries.length) / sample)]!);
  }
  const report = auditSuppression(table, state, {
    cells: primaries.filter((c) => lpCells.has(c)),
    maxComponentCells: full ? Number.POSITIVE_INFINITY : options.maxAuditComponentCells,
    solver: options.solver,
    witnesses: full,
    relations: rel,
  });
  for (const c of primaries) if (certified.has(c)) verification.set(c, 'certificate');
  for (const a of report.audited) verification.set(a.cell, a.safe ? 'lp' : 'failed');
  for (const c of report.skipped) if (!certified.has(c)) verification.set(c, 'failed');
  for (const c of primaries) if (!verification.has(c)) verification.set(c, 'failed');
  return { verification, intervals: [...report.audited] };
}

function sameStatus(a: readonly CellStatus[], b: readonly CellStatus[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `verify`'s verdicts from intervals of a full LP audit of the same pattern. */
function verdicts(
  state: SuppressionState,
  intervals: readonly CellAudit[],
): { verification: Map<number, Verification>; intervals: CellAudit[] } {
  const verification = new Map<number, Verification>();
  for (const a of intervals) verification.set(a.cell, a.safe ? 'lp' : 'failed');
  state.status.forEach((s, i) => {
    if (s === 'u' && !verification.has(i)) verification.set(i, 'failed');
  });
  return { verification, intervals: [...intervals] };
}

function failedCells(verification: ReadonlyMap<number, Verification>): number[] {
  return [...verification].filter(([, v]) => v === 'failed').map(([c]) => c);
}

export interface RenderOptions {
  /** Text in the value column of a suppressed cell. Default "x" (never 0 or blank). */
  readonly marker?: string;
  /** Render even if the audit did not prove the table safe. Default false. */
  readonly allowUnsafe?: boolean;
  /** Include the count column. Default true. */
  readonly includeFreq?: boolean;
}

/**
 * Rows for CSV: a header (dimension names, freq, value, status, reason) then one row per cell in
 * table order. Refuses an unsafe table unless `allowUnsafe`.
 */
export function renderTableRows(
  result: ProtectedTable,
  options: RenderOptions = {},
): TableResult<string[][]> {
  if (!result.safe && !options.allowUnsafe) {
    return fail(
      `The suppression pattern is not proven safe for ${result.unresolved.length} primary cell(s); refusing to publish`,
    );
  }
  const marker = options.marker ?? 'x';
  const withFreq = options.includeFreq ?? true;
  const header = [
    ...result.table.dimensions.map((d) => d.name),
    ...(withFreq ? ['freq'] : []),
    'value',
    'status',
    'reason',
  ];
  const rows: string[][] = [header];
  for (const c of result.cells) {
    const suppressed = c.value === null;
    rows.push([
      ...c.codes,
      ...(withFreq ? [suppressed ? marker : String(c.freq)] : []),
      suppressed ? marker : formatNumber(c.value),
      c.status,
      c.reason,
    ]);
  }
  return ok(rows);
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Math.round(v * 1e6) / 1e6);
}
