/**
 * Test only: synthetic report values for the report-values tests (bulk storage, the new-month
 * race). Cell i is in area MZ01<i> (two digits), sex m for even i and f for odd, adults, everyone,
 * reached, with the value `firstValue + i`: the race test's exact sums count on values from 1.
 */
import type { ReportValueCells } from '../repositories/reporting';

export function reportCells(n: number, options: { firstValue: number }): ReportValueCells[] {
  return Array.from({ length: n }, (_, i) => ({
    indicator: 'pss-people',
    adm1: 'MZ01',
    adm2: `MZ01${String(i).padStart(2, '0')}`,
    sex: i % 2 ? 'f' : 'm',
    age: 'adults',
    populationGroup: 'all',
    disability: 'all',
    measure: 'reached' as const,
    value: options.firstValue + i,
  }));
}
