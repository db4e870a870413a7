/**
 * The cluster's anonymised summary of partners' incidents: counts by month, type, severity and
 * state, each a one-way table with its total, protected by the disclosure engine (sdc/tables):
 * counts 1 to `threshold - 1` primary-suppressed (frequency rule; default 5 as for protection
 * tables, domain notes §11), then secondary suppression so no suppressed count can be worked
 * back from the total. Suppressed counts are `null`, never 0.
 */
import {
  flatDimension,
  parseRule,
  primarySuppression,
  protectTable,
  tableFromAggregates,
} from '../sdc/tables/index';

export const SUMMARY_DIMENSIONS = ['month', 'type', 'severity', 'state'] as const;
export type SummaryDimension = (typeof SUMMARY_DIMENSIONS)[number];

/** One incident as the summary sees it: no title, description or organisation. */
export type SummaryRecord = Record<SummaryDimension, string>;

export interface SummaryCell {
  code: string;
  /** Null when suppressed. */
  count: number | null;
  status: 'published' | 'primary' | 'secondary';
}

export interface SummaryTable {
  dimension: SummaryDimension;
  total: SummaryCell;
  cells: SummaryCell[];
}

export interface IncidentSummary {
  /** Frequency threshold: counts below it are suppressed. */
  threshold: number;
  tables: SummaryTable[];
}

export const DEFAULT_SUMMARY_THRESHOLD = 5;
const TOTAL = 'Total';

/** Engine statuses: s published, u primary, x secondary, z empty (published as 0). */
function statusOf(s: string): SummaryCell['status'] {
  if (s === 'u') return 'primary';
  if (s === 'x') return 'secondary';
  return 'published';
}

function oneWay(
  dimension: SummaryDimension,
  records: readonly SummaryRecord[],
  threshold: number,
): SummaryTable {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r[dimension], (counts.get(r[dimension]) ?? 0) + 1);
  const codes = [...counts.keys()].sort();
  if (codes.length === 0) {
    return { dimension, total: { code: TOTAL, count: 0, status: 'published' }, cells: [] };
  }
  const dim = flatDimension(dimension, TOTAL, codes);
  if (!dim.ok) throw new Error(dim.error);
  const table = tableFromAggregates(
    [dim.value],
    codes.map((c) => ({ codes: [c], freq: counts.get(c)! })),
  );
  if (!table.ok) throw new Error(table.error);
  const rule = parseRule(`freq(${threshold})`);
  if (!rule.ok) throw new Error(rule.error);
  const primary = primarySuppression(table.value, [rule.value]);
  if (!primary.ok) throw new Error(primary.error);
  const result = protectTable(table.value, primary.value);
  // An unproven pattern publishes nothing but the fact that there are incidents.
  const cells: SummaryCell[] = result.cells.map((c) => {
    const status = result.safe ? statusOf(c.status) : 'secondary';
    return {
      code: c.codes[0]!,
      count: result.safe && c.value !== null ? c.value : null,
      status,
    };
  });
  const total = cells.find((c) => c.code === TOTAL)!;
  return { dimension, total, cells: cells.filter((c) => c.code !== TOTAL) };
}

export function summariseIncidents(
  records: readonly SummaryRecord[],
  threshold = DEFAULT_SUMMARY_THRESHOLD,
): IncidentSummary {
  if (!Number.isInteger(threshold) || threshold < 3) {
    throw new Error('The summary threshold is never below the SDC Handbook value of 3.');
  }
  return { threshold, tables: SUMMARY_DIMENSIONS.map((d) => oneWay(d, records, threshold)) };
}
