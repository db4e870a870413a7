/**
 * Gaps (issue 10): admin-2 areas where partners set targets but reached nobody in the period —
 * what the 5W data allows (needs are not reported as such; the partners' targets stand for them).
 * A suppressed reached figure is a small number, not a gap, so it is never listed. Pure.
 */
import type { AreaValue } from '../../components/area-map';
import { TOTAL, type AggregateTable } from './figures';

export interface Gap {
  readonly pcode: string;
  /** The targeted figure (null when suppressed). */
  readonly targeted: number | null;
  readonly status: 'published' | 'suppressed-primary' | 'suppressed-secondary';
  readonly rule: string | null;
}

export function gapAreas(reached: AggregateTable, targeted: AggregateTable): Gap[] {
  const reachedBy = new Map(
    reached.cells.filter((c) => c.adm2 !== TOTAL).map((c) => [String(c.adm2), c] as const),
  );
  return targeted.cells
    .filter((c) => c.adm2 !== TOTAL && (c.count === null || c.count > 0))
    .filter((c) => {
      const r = reachedBy.get(String(c.adm2));
      return r === undefined || (r.status === 'published' && r.count === 0);
    })
    .map((c) => ({ pcode: String(c.adm2), targeted: c.count, status: c.status, rule: c.rule }))
    .sort((a, b) => a.pcode.localeCompare(b.pcode));
}

export function gapMapValues(gaps: readonly Gap[]): AreaValue[] {
  return gaps.map((g) =>
    g.status === 'published'
      ? { pcode: g.pcode, value: g.targeted }
      : { pcode: g.pcode, value: null, status: g.status, rule: g.rule ?? '' },
  );
}

/** One district and service type of the directory's coverage (GET /api/directory/coverage). */
export interface CoverageRow {
  readonly pcode: string;
  readonly parentPcode: string | null;
  readonly serviceType: string;
  readonly services: number;
}

/**
 * The directory's gaps for one service type: every district (of the province `within`, when
 * given) with its count of active services for the map, and the districts with none (sorted).
 */
export function directoryGaps(
  items: readonly CoverageRow[],
  serviceType: string,
  within = '',
): { values: AreaValue[]; gaps: string[] } {
  const rows = items.filter((r) => r.serviceType === serviceType && (!within || r.parentPcode === within));
  return {
    values: rows.map((r) => ({ pcode: r.pcode, value: r.services })),
    gaps: rows
      .filter((r) => r.services === 0)
      .map((r) => r.pcode)
      .sort(),
  };
}
