/**
 * A reporting aggregate as an audience receives it: the grouped sums (computed in the database
 * with the viewer's rights) become a table with totals, primary suppression `freq(n)` with the
 * ISP's threshold (or, for a magnitude, the ISP's dominance rule on the contributors), and
 * secondary suppression proven by the engine's audit (sdc/tables). Pure.
 */
import {
  cellCodes,
  flatDimension,
  forcePublish,
  parseRule,
  primarySuppression,
  protectTable,
  ruleLabel,
  tableFromAggregates,
  tableFromContributions,
  validateRule,
  type Dimension,
  type LpSolver,
  type PrimaryRule,
} from '../sdc/tables/index';

/** Dimensions an aggregate may be broken down by (`--by`). */
export const AGGREGATE_DIMENSIONS = [
  'adm1',
  'adm2',
  'month',
  'sex',
  'age',
  'population-group',
  'disability',
  'organisation',
  'indicator',
  'activity',
] as const;
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];

export function isAggregateDimension(value: string): value is AggregateDimension {
  return (AGGREGATE_DIMENSIONS as readonly string[]).includes(value);
}

/** The code a dimension takes in a margin (total) cell. */
export const TOTAL_CODE = 'total';

/** One group of the database's GROUP BY: one code per `by` dimension, the summed value. */
export interface AggregateGroup {
  readonly codes: readonly string[];
  readonly count: number;
  /** For a magnitude: each contributor's (organisation's) share of `count`. */
  readonly contributors?: readonly { readonly id: string; readonly value: number }[];
}

export type CellPublicationStatus = 'published' | 'suppressed-primary' | 'suppressed-secondary';

/** One output cell: a code per dimension (`total` in margins), the count or null, status, rule. */
export interface AggregateCell {
  readonly codes: readonly string[];
  /** The count, or null when suppressed (never 0 for a suppressed cell). */
  readonly count: number | null;
  readonly status: CellPublicationStatus;
  /**
   * `freq(n)` (or the dominance rule, e.g. `p(10)`, for a magnitude) for primary suppression,
   * `secondary` for cells suppressed to protect another; null when published.
   */
  readonly rule: string | null;
}

export interface ProtectedAggregate {
  readonly by: readonly AggregateDimension[];
  readonly threshold: number;
  /** The primary rule applied: `freq(threshold)`, or the dominance rule for a magnitude. */
  readonly primaryRule: string;
  readonly magnitude: boolean;
  readonly cells: readonly AggregateCell[];
  readonly primaryCount: number;
  readonly secondaryCount: number;
}

export type ProtectAggregateResult = { ok: true; value: ProtectedAggregate } | { ok: false; error: string };

/**
 * Protects grouped sums. `threshold` is the ISP's small-cell threshold (counts 1..n-1 are
 * suppressed). With `dominance` the sums are a magnitude (an indicator whose unit is not people):
 * every group lists its contributors and the dominance rule on them (the ISP's p% or (n,k) rule)
 * replaces the threshold, exactly as a publication of the same table (publication/check.ts). With
 * no dimension the one total cell is protected alone. Refuses (ok: false) when the engine cannot
 * prove every primary cell safe: nothing is then published.
 *
 * With `viewer` (the contributor id of the organisation looking at its own dashboard; every group
 * then lists its contributors, for people too) a cell whose every contributor is the viewer — a
 * leaf, or a total over such leaves only — is published in full (issue 10: partners see their own
 * data in full): suppressing it protects nobody from the one organisation that reported it. It is
 * never chosen for secondary suppression either, and the audit counts it as known, so every cell
 * holding another organisation's data stays protected exactly as before.
 */
export function protectAggregate(
  by: readonly AggregateDimension[],
  groups: readonly AggregateGroup[],
  threshold: number,
  /** LP solver of the audit proving the secondary suppression (HiGHS: full audit); default the in-core simplex. */
  solver?: LpSolver,
  /** The dominance rule of a magnitude (groups then carry contributors); absent for people. */
  dominance?: PrimaryRule,
  /** The viewer's own contributor id: its own cells are shown in full (see above). */
  viewer?: string,
): ProtectAggregateResult {
  if (!Number.isInteger(threshold) || threshold < 1)
    return { ok: false, error: `threshold must be ≥ 1, got ${threshold}` };
  const parsed = dominance ? validateRule(dominance) : null;
  if (parsed) return { ok: false, error: parsed };
  const rule = dominance ? { ok: true as const, value: dominance } : parseRule(`freq(${threshold})`);
  if (!rule.ok) return { ok: false, error: rule.error };
  const label = ruleLabel(rule.value);
  const magnitude = dominance !== undefined;
  if (magnitude || viewer !== undefined) {
    const bad = groups.findIndex(
      (g) => !g.contributors || g.contributors.reduce((a, c) => a + c.value, 0) !== g.count,
    );
    if (bad >= 0)
      return {
        ok: false,
        error: `group ${bad + 1}: ${magnitude ? 'a magnitude' : "the viewer's view"} lists contributors adding up to its value`,
      };
  }
  const own =
    viewer === undefined ? null : ownCells(by.length === 0 ? ['all'] : by, groups, viewer, by.length === 0);
  const head = { by, threshold, primaryRule: label, magnitude };
  // No dimension: one cell, which only the primary rule can suppress.
  const oneCell = (value: number, suppressed: boolean) => ({
    ok: true as const,
    value: {
      ...head,
      cells: [
        {
          codes: [],
          count: suppressed ? null : value,
          status: suppressed ? ('suppressed-primary' as const) : ('published' as const),
          rule: suppressed ? label : null,
        },
      ],
      primaryCount: suppressed ? 1 : 0,
      secondaryCount: 0,
    },
  });
  if (by.length === 0 && !magnitude) {
    const total = groups.reduce((s, g) => s + g.count, 0);
    const viewersOwn = own?.has(JSON.stringify([TOTAL_CODE])) ?? false;
    return oneCell(total, total > 0 && total < threshold && !viewersOwn);
  }
  if (new Set(by).size !== by.length) return { ok: false, error: 'a dimension is given twice' };
  // A magnitude with no dimension is one cell: a table of one leaf whose total is that cell.
  const tableBy = by.length === 0 ? ['all'] : by;
  const tableGroups = by.length === 0 ? groups.map((g) => ({ ...g, codes: ['all'] })) : groups;
  const dims: Dimension[] = [];
  for (let d = 0; d < tableBy.length; d++) {
    const codes = [...new Set(tableGroups.map((g) => g.codes[d]!))].sort();
    if (codes.includes(TOTAL_CODE))
      return { ok: false, error: `"${TOTAL_CODE}" cannot be a code of ${tableBy[d]}` };
    // A dimension with no data still needs one leaf for the table to exist.
    const dim = flatDimension(tableBy[d]!, TOTAL_CODE, codes.length > 0 ? codes : ['none']);
    if (!dim.ok) return { ok: false, error: dim.error };
    dims.push(dim.value);
  }
  const table = magnitude
    ? tableFromContributions(
        dims,
        mergeGroups(tableGroups).map((g) => ({ codes: g.codes, contributors: g.contributors })),
        { topContributions: Math.max(4, rule.value.kind === 'nk' ? rule.value.n : 2) },
      )
    : tableFromAggregates(
        dims,
        tableGroups.map((g) => ({ codes: g.codes, freq: g.count })),
      );
  if (!table.ok) return { ok: false, error: table.error };
  const primary = primarySuppression(table.value, [rule.value]);
  if (!primary.ok) return { ok: false, error: primary.error };
  if (own)
    for (let i = 0; i < table.value.cellCount; i++)
      if (own.has(JSON.stringify(cellCodes(table.value, i))))
        forcePublish(primary.value, i, "the viewer's own figures");
  if (by.length === 0) {
    // The total cell (index 0) and the one leaf hold the same value: the rule decides alone.
    return oneCell(table.value.value?.[0] ?? 0, primary.value.status[0] === 'u');
  }
  const protectedTable = protectTable(table.value, primary.value, { solver });
  if (!protectedTable.safe)
    return {
      ok: false,
      error: `the suppression pattern could not be proven safe for ${protectedTable.unresolved.length} cell(s)`,
    };
  const noData = groups.length === 0;
  const cells: AggregateCell[] = [];
  for (const c of protectedTable.cells) {
    if (noData) break;
    const status: CellPublicationStatus =
      c.status === 'u' ? 'suppressed-primary' : c.status === 'x' ? 'suppressed-secondary' : 'published';
    cells.push({
      codes: c.codes,
      count: status === 'published' ? (magnitude ? c.value! : c.freq) : null,
      status,
      rule: status === 'suppressed-primary' ? label : status === 'suppressed-secondary' ? 'secondary' : null,
    });
  }
  return {
    ok: true,
    value: {
      ...head,
      cells,
      primaryCount: protectedTable.primaryCount,
      secondaryCount: protectedTable.secondaryCount,
    },
  };
}

/**
 * The cells (codes as JSON, `total` in margins) whose every contributor is `viewer`: each leaf
 * and each of its margins (a code replaced by `total`, 2^d per leaf, d ≤ 4 dimensions) is marked
 * as holding data and, if any contributor is another organisation, as holding others' data. With
 * `single` (no dimension) the one leaf `all` is also the total.
 */
function ownCells(
  by: readonly string[],
  groups: readonly AggregateGroup[],
  viewer: string,
  single: boolean,
): Set<string> {
  const withData = new Set<string>();
  const withOthers = new Set<string>();
  for (const g of groups) {
    const codes = single ? ['all'] : g.codes;
    const others = (g.contributors ?? []).some((c) => c.id !== viewer);
    for (let mask = 0; mask < 1 << by.length; mask++) {
      const key = JSON.stringify(codes.map((c, d) => (mask & (1 << d) ? TOTAL_CODE : c)));
      withData.add(key);
      if (others) withOthers.add(key);
    }
  }
  return new Set([...withData].filter((k) => !withOthers.has(k)));
}

/** Groups with the same codes as one leaf, each contributor's values summed. */
function mergeGroups(
  groups: readonly AggregateGroup[],
): { codes: readonly string[]; contributors: { id: string; value: number }[] }[] {
  const leaves = new Map<string, { codes: readonly string[]; shares: Map<string, number> }>();
  for (const g of groups) {
    const key = JSON.stringify(g.codes);
    const leaf = leaves.get(key) ?? { codes: g.codes, shares: new Map<string, number>() };
    for (const c of g.contributors ?? []) leaf.shares.set(c.id, (leaf.shares.get(c.id) ?? 0) + c.value);
    leaves.set(key, leaf);
  }
  return [...leaves.values()].map((l) => ({
    codes: l.codes,
    contributors: [...l.shares].map(([id, value]) => ({ id, value })),
  }));
}
