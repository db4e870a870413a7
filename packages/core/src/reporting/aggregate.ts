/**
 * A reporting aggregate as an audience receives it: the grouped sums (computed in the database
 * with the viewer's rights) become a table with totals, primary suppression `freq(n)` with the
 * ISP's threshold, and secondary suppression proven by the engine's audit (sdc/tables). Pure.
 */
import {
  flatDimension,
  parseRule,
  primarySuppression,
  protectTable,
  ruleLabel,
  tableFromAggregates,
  type Dimension,
  type LpSolver,
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
}

export type CellPublicationStatus = 'published' | 'suppressed-primary' | 'suppressed-secondary';

/** One output cell: a code per dimension (`total` in margins), the count or null, status, rule. */
export interface AggregateCell {
  readonly codes: readonly string[];
  /** The count, or null when suppressed (never 0 for a suppressed cell). */
  readonly count: number | null;
  readonly status: CellPublicationStatus;
  /** `freq(n)` for primary suppression, `secondary` for cells suppressed to protect another; null when published. */
  readonly rule: string | null;
}

export interface ProtectedAggregate {
  readonly by: readonly AggregateDimension[];
  readonly threshold: number;
  readonly cells: readonly AggregateCell[];
  readonly primaryCount: number;
  readonly secondaryCount: number;
}

export type ProtectAggregateResult = { ok: true; value: ProtectedAggregate } | { ok: false; error: string };

/**
 * Protects grouped sums. `threshold` is the ISP's small-cell threshold (counts 1..n-1 are
 * suppressed). With no dimension the one total cell is protected alone. Refuses (ok: false) when
 * the engine cannot prove every primary cell safe: nothing is then published.
 */
export function protectAggregate(
  by: readonly AggregateDimension[],
  groups: readonly AggregateGroup[],
  threshold: number,
  /** LP solver of the audit proving the secondary suppression (HiGHS: full audit); default the in-core simplex. */
  solver?: LpSolver,
): ProtectAggregateResult {
  if (!Number.isInteger(threshold) || threshold < 1)
    return { ok: false, error: `threshold must be ≥ 1, got ${threshold}` };
  const rule = parseRule(`freq(${threshold})`);
  if (!rule.ok) return { ok: false, error: rule.error };
  const label = ruleLabel(rule.value);
  if (by.length === 0) {
    const total = groups.reduce((s, g) => s + g.count, 0);
    const primary = total > 0 && total < threshold;
    return {
      ok: true,
      value: {
        by,
        threshold,
        cells: [
          {
            codes: [],
            count: primary ? null : total,
            status: primary ? 'suppressed-primary' : 'published',
            rule: primary ? label : null,
          },
        ],
        primaryCount: primary ? 1 : 0,
        secondaryCount: 0,
      },
    };
  }
  if (new Set(by).size !== by.length) return { ok: false, error: 'a dimension is given twice' };
  const dims: Dimension[] = [];
  for (let d = 0; d < by.length; d++) {
    const codes = [...new Set(groups.map((g) => g.codes[d]!))].sort();
    if (codes.includes(TOTAL_CODE))
      return { ok: false, error: `"${TOTAL_CODE}" cannot be a code of ${by[d]}` };
    // A dimension with no data still needs one leaf for the table to exist.
    const dim = flatDimension(by[d]!, TOTAL_CODE, codes.length > 0 ? codes : ['none']);
    if (!dim.ok) return { ok: false, error: dim.error };
    dims.push(dim.value);
  }
  const table = tableFromAggregates(
    dims,
    groups.map((g) => ({ codes: g.codes, freq: g.count })),
  );
  if (!table.ok) return { ok: false, error: table.error };
  const primary = primarySuppression(table.value, [rule.value]);
  if (!primary.ok) return { ok: false, error: primary.error };
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
      count: status === 'published' ? c.freq : null,
      status,
      rule: status === 'suppressed-primary' ? label : status === 'suppressed-secondary' ? 'secondary' : null,
    });
  }
  return {
    ok: true,
    value: {
      by,
      threshold,
      cells,
      primaryCount: protectedTable.primaryCount,
      secondaryCount: protectedTable.secondaryCount,
    },
  };
}
