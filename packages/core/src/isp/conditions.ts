import { AGGREGATION_LEVELS, CONDITION_KINDS, aggregationRank, isTerm, labelOf } from '../vocabulary/index';
import type { Condition } from './model';

/** Plain-English text of a condition, e.g. "Suppress cells below 5". */
export function describeCondition(c: Condition): string {
  switch (c.kind) {
    case 'aggregate-to-level':
      return `Aggregate to ${labelOf(AGGREGATION_LEVELS, c.level)} or higher`;
    case 'suppress-below-n':
      return `Suppress cells with a count below ${c.n}`;
    default:
      return labelOf(CONDITION_KINDS, c.kind);
  }
}

/**
 * Plain-English text of a condition written as its stable key (`suppress-below-n:5`,
 * `aggregate-to-level:adm2`, `no-onward-sharing`), as an agreement stores it; text that is not a
 * key (an older agreement's condition, written out) is returned as it is.
 */
export function describeConditionKey(key: string): string {
  const at = key.indexOf(':');
  const kind = at < 0 ? key : key.slice(0, at);
  const param = at < 0 ? '' : key.slice(at + 1);
  if (kind === 'suppress-below-n' && /^\d+$/.test(param))
    return describeCondition({ kind, n: Number(param) });
  if (kind === 'aggregate-to-level' && isTerm(AGGREGATION_LEVELS, param))
    return describeCondition({ kind, level: param });
  if (at < 0 && isTerm(CONDITION_KINDS, kind) && kind !== 'aggregate-to-level' && kind !== 'suppress-below-n')
    return describeCondition({ kind });
  return key;
}

/**
 * Merges conditions: one per kind, keeping the strictest parameter (the coarsest aggregation
 * level, the largest suppression threshold). Output is in the vocabulary's order of kinds.
 */
export function mergeConditions(conditions: Iterable<Condition>): Condition[] {
  const byKind = new Map<string, Condition>();
  for (const c of conditions) {
    const prev = byKind.get(c.kind);
    if (!prev) {
      byKind.set(c.kind, c);
    } else if (c.kind === 'aggregate-to-level' && prev.kind === 'aggregate-to-level') {
      if (aggregationRank(c.level) < aggregationRank(prev.level)) byKind.set(c.kind, c);
    } else if (c.kind === 'suppress-below-n' && prev.kind === 'suppress-below-n') {
      if (c.n > prev.n) byKind.set(c.kind, c);
    }
  }
  return CONDITION_KINDS.ids.flatMap((k) => {
    const c = byKind.get(k);
    return c ? [c] : [];
  });
}

/** Stable comparison key of a condition (kind plus parameter). */
export function conditionKey(c: Condition): string {
  if (c.kind === 'aggregate-to-level') return `${c.kind}:${c.level}`;
  if (c.kind === 'suppress-below-n') return `${c.kind}:${c.n}`;
  return c.kind;
}

export function sameConditions(a: readonly Condition[], b: readonly Condition[]): boolean {
  const ka = mergeConditions(a).map(conditionKey);
  const kb = mergeConditions(b).map(conditionKey);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}
