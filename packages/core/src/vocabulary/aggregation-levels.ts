import { defineList, indexOf, parseTerm, type ParseResult } from './controlled-list';

/**
 * Aggregation levels, ordered from the most aggregated (ADM0, the country) to the least
 * (individual records). Domain notes §4.1.
 */
export const AGGREGATION_LEVELS = defineList('aggregation level', 'aggregation levels', [
  { id: 'adm0', label: 'ADM0 (country)', aliases: ['national', 'country'] },
  { id: 'adm1', label: 'ADM1 (region / province / state)' },
  { id: 'adm2', label: 'ADM2 (district)' },
  { id: 'adm3', label: 'ADM3 (sub-district)' },
  { id: 'adm4', label: 'ADM4' },
  { id: 'adm5', label: 'ADM5' },
  { id: 'site', label: 'Site', description: 'A site, settlement, facility or collective centre.' },
  { id: 'household', label: 'Household' },
  { id: 'individual', label: 'Individual' },
]);

export type AggregationLevel = (typeof AGGREGATION_LEVELS.ids)[number];

export function parseAggregationLevel(raw: string): ParseResult<AggregationLevel> {
  return parseTerm(AGGREGATION_LEVELS, raw);
}

/** 0 for ADM0 … 8 for individual: a larger rank is finer (less aggregated). */
export function aggregationRank(level: AggregationLevel): number {
  return indexOf(AGGREGATION_LEVELS, level);
}

/** True when `a` is at least as aggregated as `b` (ADM1 is coarser than household). */
export function isCoarserOrEqual(a: AggregationLevel, b: AggregationLevel): boolean {
  return aggregationRank(a) <= aggregationRank(b);
}

/** Levels from `from` to `to` inclusive, in order; empty when `from` is finer than `to`. */
export function levelsBetween(from: AggregationLevel, to: AggregationLevel): AggregationLevel[] {
  return AGGREGATION_LEVELS.ids.slice(aggregationRank(from), aggregationRank(to) + 1);
}

/** Levels at least as aggregated as `level` (what "aggregate to ADM2 or higher" allows). */
export function levelsCoarserOrEqual(level: AggregationLevel): AggregationLevel[] {
  return levelsBetween('adm0', level);
}
