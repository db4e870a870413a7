import { AGGREGATION_LEVELS, labelOf, levelsBetween, type AggregationLevel } from '../vocabulary/index';
import type { AggregationMatch, AssetFacts, IspRule } from './model';

/** The [from, to] bounds of an aggregation match (a single level gives from = to). */
export function aggregationBounds(m: AggregationMatch): { from: AggregationLevel; to: AggregationLevel } {
  return 'level' in m ? { from: m.level, to: m.level } : { from: m.from, to: m.to };
}

/** Levels a match covers; empty for an invalid range (from finer than to) or unknown levels. */
export function coveredLevels(m: AggregationMatch): AggregationLevel[] {
  const { from, to } = aggregationBounds(m);
  if (!AGGREGATION_LEVELS.ids.includes(from) || !AGGREGATION_LEVELS.ids.includes(to)) return [];
  return levelsBetween(from, to);
}

export function isValidRange(m: AggregationMatch): boolean {
  return coveredLevels(m).length > 0;
}

export function describeAggregation(m: AggregationMatch): string {
  const { from, to } = aggregationBounds(m);
  const label = (l: AggregationLevel) =>
    AGGREGATION_LEVELS.ids.includes(l) ? labelOf(AGGREGATION_LEVELS, l) : `"${String(l)}"`;
  return from === to ? label(from) : `${label(from)} to ${label(to)}`;
}

function flag(value: boolean | undefined, yes: string, no: string): string | undefined {
  return value === undefined ? undefined : value ? yes : no;
}

/** Plain-English summary of what a rule matches. */
export function describeMatch(rule: IspRule): string {
  const parts = [
    describeAggregation(rule.aggregation),
    flag(rule.includesNames, 'with names', 'without names'),
    flag(rule.includesCoordinates, 'with coordinates', 'without coordinates'),
    flag(rule.consentObtained, 'consent obtained', 'consent not obtained'),
  ].filter((p): p is string => p !== undefined);
  return `${rule.dataType} at ${parts.join(', ')}`;
}

/** Does the rule's data type, level, names, coordinates and consent match the facts? (Purpose is checked separately.) */
export function ruleMatches(rule: IspRule, facts: AssetFacts): boolean {
  if (rule.dataType !== facts.dataType) return false;
  if (!coveredLevels(rule.aggregation).includes(facts.aggregation)) return false;
  if (rule.includesNames !== undefined && rule.includesNames !== facts.includesNames) return false;
  if (rule.includesCoordinates !== undefined && rule.includesCoordinates !== facts.includesCoordinates) {
    return false;
  }
  if (rule.consentObtained !== undefined && rule.consentObtained !== (facts.consentObtained ?? false)) {
    return false;
  }
  return true;
}

/**
 * Specificity, used only to break ties: each specified attribute counts 10, a narrower range
 * counts more (10 minus the number of extra levels covered).
 */
export function specificity(rule: IspRule): number {
  const flags = [rule.includesNames, rule.includesCoordinates, rule.consentObtained].filter(
    (v) => v !== undefined,
  ).length;
  const purposes = rule.allowedPurposes !== undefined ? 1 : 0;
  const width = coveredLevels(rule.aggregation).length;
  return (flags + purposes) * 10 + (10 - width);
}
