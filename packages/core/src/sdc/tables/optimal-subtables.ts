/**
 * Optimal secondary suppression by subtables (HiTaS-style decomposition of `optimalSuppression`).
 *
 * The HiTaS subtables (`decompose.ts`) are protected top-down, each by the cut loop of
 * `optimalSuppression` on its own (small) 0-1 programme. A cell that an earlier subtable decided
 * is fixed in the later ones: published stays published (status `z` there), suppressed stays
 * suppressed and becomes a primary there (it must not be recomputable from the subtable, or the
 * earlier subtable's protection would fall apart). A subtable whose loop proves no pattern within
 * its share of the budget gets the hypercube.
 *
 * The subtables' patterns protect each subtable against an attacker who knows its relations; the
 * whole table's attacker knows all of them at once, so the joined pattern is then audited on the
 * whole table (witness audit: the same verdict per primary as both LPs of every primary), the
 * primaries it leaves unprotected get the hypercube's second pass, and the audit runs again, until
 * every primary is proven. Only a proven pattern is returned; then it is pruned (each secondary
 * cell published again when its component's primaries stay proven).
 */
import { auditSuppression, type CellAudit } from './audit';
import { subState, subtables } from './decompose';
import { optimalSuppression, prunePattern, type OptimalOptions, type OptimalOutcome } from './optimal';
import type { CellStatus, SuppressionState } from './primary';
import { hypercubeRetry, hypercubeSuppression } from './secondary';
import type { LpSolver } from './solver';
import { tableRelations, type Table } from './table';

const WHY = 'secondary: optimal pattern by subtables (cost-minimising, proven by the LP audit)';

/**
 * Returns null when the table has a single subtable (every dimension flat) or when no proven
 * pattern was found (the caller then runs the whole-table method or the hypercube); otherwise adds
 * the pattern's secondary cells to `state`.
 */
export function subtableSuppression(
  table: Table,
  state: SuppressionState,
  cost: Float64Array,
  solver: LpSolver,
  options: OptimalOptions = {},
): OptimalOutcome | null {
  const subs = subtables(table);
  if (subs.length <= 1) return null;
  const N = table.cellCount;
  const primaries = state.status.flatMap((s, i) => (s === 'u' ? [i] : []));
  const status: CellStatus[] = [...state.status];
  const reason: (string | null)[] = [...state.reason];
  const decided = new Uint8Array(N);
  const { clock } = options;
  const started = clock ? clock() : 0;
  let solverSeconds = 0;
  const elapsed = (): number => (clock ? clock() - started : solverSeconds);
  const budget = options.budgetSeconds ?? Number.POSITIVE_INFINITY;
  const timeLimit = options.timeLimitSeconds ?? 20;
  let rounds = 0;
  let cuts = 0;
  let solved = 0;
  let optimalSubs = 0;
  let overBudget = 0;

  // Subtables still to come that hold each cell: a cell a later subtable shares costs more here,
  // since suppressing it makes it a primary (levels 0) of that subtable, to be protected there.
  const later = new Uint8Array(N);
  for (const sub of subs) for (const c of sub.cells) later[c]!++;
  const sharedFactor = options.sharedCellCost ?? 2;
  const topRounds = options.topSubtableRounds ?? options.subtableRounds ?? 1;

  for (const sub of subs) {
    for (const c of sub.cells) later[c]!--;
    const ss = subState({ ...state, status, reason }, sub.cells);
    let any = false;
    sub.cells.forEach((c, j) => {
      if (decided[c]) {
        if (status[c] === 'x') {
          // Suppressed by an earlier subtable: here it must not be recomputable (levels 0), or
          // that subtable's protection would fall apart.
          ss.status[j] = 'u';
          ss.upper[j] = 0;
          ss.lower[j] = 0;
          ss.sliding[j] = 0;
        } else if (status[c] === 's') ss.status[j] = 'z';
      }
      if (state.status[c] === 'u') any = true;
    });
    if (any) {
      const subCost = Float64Array.from(sub.cells, (c) => cost[c]! * (later[c]! > 0 ? sharedFactor : 1));
      let proven = false;
      if (elapsed() < budget && solverSeconds < timeLimit) {
        const out = optimalSuppression(sub.table, ss, subCost, solver, {
          relativeGap: options.relativeGap,
          maxNodes: options.maxNodes,
          timeLimitSeconds: timeLimit - solverSeconds,
          maxRounds: sub.level === 0 ? topRounds : (options.subtableRounds ?? 1),
          relaxationRounds: options.relaxationRounds ?? options.maxRounds ?? 60,
          pruneLps: 0,
        });
        solverSeconds += out.seconds;
        rounds += out.rounds;
        cuts += out.cuts;
        solved++;
        if (out.optimal) optimalSubs++;
        proven = out.proven;
      } else overBudget++;
      // Past the budget, or no proven pattern: the subtable's hypercube (the whole-table audit
      // below decides).
      if (!proven) hypercubeSuppression(sub.table, ss, subCost, { suppressPartial: false });
      sub.cells.forEach((c, j) => {
        if (ss.status[j] === 'x' && status[c] === 's') {
          status[c] = 'x';
          // The cut loop's cells say so; the hypercube's name the primary they protect.
          const why = ss.reason[j];
          reason[c] = why && !why.startsWith('secondary: optimal pattern') ? why : WHY;
        }
      });
    }
    for (const c of sub.cells) decided[c] = 1;
  }

  // The whole table's attacker: audit, complete by the hypercube, audit again.
  const rel = tableRelations(table);
  const trial: SuppressionState = { ...state, status, reason };
  let intervals: readonly CellAudit[] = [];
  let proven = false;
  let completed = 0;
  for (let round = 0; round < 4; round++) {
    const check = auditSuppression(table, trial, {
      cells: primaries,
      solver,
      maxComponentCells: Number.POSITIVE_INFINITY,
      relations: rel,
      witnesses: true,
    });
    intervals = check.audited;
    if (check.safe) {
      proven = true;
      break;
    }
    const unsafe = check.audited.filter((a) => !a.safe).map((a) => a.cell);
    const before = status.filter((st) => st === 'x').length;
    const retry = hypercubeRetry(table, trial, cost, unsafe);
    completed += status.filter((st) => st === 'x').length - before;
    if (retry.certificates.length === 0) break;
  }
  if (!proven) return null;

  let patternCost = 0;
  for (let c = 0; c < N; c++) if (status[c] === 'x' && state.status[c] === 's') patternCost += cost[c]!;
  const incumbent = { status, reason, cost: patternCost };
  let pruned = 0;
  // Pruning only on request (`pruneLps`; `protectTable` asks for it on tables up to 2,000 cells)
  // or within what is left of a budget on a clock: on the benchmark's 10,008-cell table it finds
  // nothing to remove and its LPs cost more than the rest.
  const pruneLps = options.pruneLps ?? (clock && Number.isFinite(budget) ? 2000 : 0);
  if (pruneLps > 0 && elapsed() < budget) {
    const stop = clock && Number.isFinite(budget) ? () => elapsed() >= budget : undefined;
    pruned = prunePattern(table, rel, state, incumbent, cost, primaries, solver, pruneLps, stop);
    if (pruned > 0)
      intervals = auditSuppression(
        table,
        { ...state, status },
        {
          cells: primaries,
          solver,
          maxComponentCells: Number.POSITIVE_INFINITY,
          relations: rel,
          witnesses: true,
        },
      ).audited;
  }
  let added = 0;
  for (let c = 0; c < N; c++) {
    if (status[c] === 'x' && state.status[c] === 's') {
      state.status[c] = 'x';
      state.reason[c] = reason[c] ?? WHY;
      added++;
    }
  }
  return {
    proven: true,
    optimal: false,
    stop: 'subtables',
    added,
    pruned,
    rounds,
    cuts,
    cost: incumbent.cost,
    bound: 0,
    intervals,
    auditedStatus: [...status],
    seconds: elapsed(),
    subtables: { count: subs.length, solved, optimal: optimalSubs, overBudget, completed },
  };
}
