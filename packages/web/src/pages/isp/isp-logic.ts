/**
 * Pure logic of the ISP pages: the matrix (data types × aggregation levels; each cell is what
 * the ISP decides for data without names or coordinates, with every rule that touches the cell
 * for the detail panel) and edits of a draft's rules.
 */
import {
  coveredLevels,
  matchingRules,
  type Condition,
  type Isp,
  type IspRule,
} from '@steward/core/isp/index';
import { AGGREGATION_LEVELS, type AggregationLevel } from '@steward/core/vocabulary/index';

export interface MatrixCell {
  readonly dataType: string;
  readonly level: AggregationLevel;
  /** The rule that decides data without names or coordinates here; null = unclassified. */
  readonly winner: IspRule | null;
  /** Every rule covering this data type and level, whatever its names/coordinates/consent. */
  readonly rules: readonly IspRule[];
  /** A rule that only applies with names, coordinates or consent gives another level or approach here. */
  readonly hasVariants: boolean;
}

/** What a rule answers: level, approach and conditions (null = unclassified). */
function answerOf(rule: IspRule | null): string {
  if (!rule) return 'unclassified';
  const conditions = rule.conditions.map((c) => JSON.stringify(c)).sort();
  return JSON.stringify([rule.sensitivity, rule.sharing, conditions]);
}

const FLAGS = [false, true] as const;

export function matrixCell(isp: Isp, dataType: string, level: AggregationLevel): MatrixCell {
  const winnerFor = (includesNames: boolean, includesCoordinates: boolean, consentObtained: boolean) =>
    matchingRules(isp, {
      dataType,
      aggregation: level,
      includesNames,
      includesCoordinates,
      consentObtained,
    })[0] ?? null;
  const winner = winnerFor(false, false, false);
  const rules = isp.rules.filter(
    (r) => r.dataType === dataType && coveredLevels(r.aggregation).includes(level),
  );
  // The dot means "names, coordinates or consent change the answer": some combination of them is
  // decided with another level, approach or conditions than data without them. A rule that merely
  // names a flag but answers the same does not mark the cell (issue 8: the dot was on almost every cell).
  const base = answerOf(winner);
  const hasVariants = FLAGS.some((names) =>
    FLAGS.some((coordinates) =>
      FLAGS.some((consent) => answerOf(winnerFor(names, coordinates, consent)) !== base),
    ),
  );
  return { dataType, level, winner, rules, hasVariants };
}

export function buildMatrix(isp: Isp): MatrixCell[][] {
  return isp.dataTypes.map((dataType) =>
    AGGREGATION_LEVELS.ids.map((level) => matrixCell(isp, dataType, level)),
  );
}

/** Replaces one rule (by id) with `patch` applied. */
export function updateRule(isp: Isp, ruleId: string, patch: Partial<Omit<IspRule, 'id'>>): Isp {
  return { ...isp, rules: isp.rules.map((r) => (r.id === ruleId ? { ...r, ...patch } : r)) };
}

export function removeRule(isp: Isp, ruleId: string): Isp {
  return { ...isp, rules: isp.rules.filter((r) => r.id !== ruleId) };
}

/** A new rule for one cell (moderate, shared on request), with an id not used yet. */
export function addRuleForCell(
  isp: Isp,
  dataType: string,
  level: AggregationLevel,
): { isp: Isp; ruleId: string } {
  const used = new Set(isp.rules.map((r) => r.id));
  let n = 1;
  while (used.has(`${dataType}-${level}-${n}`)) n++;
  const ruleId = `${dataType}-${level}-${n}`;
  const rule: IspRule = {
    id: ruleId,
    dataType,
    aggregation: { level },
    sensitivity: 'moderate',
    sharing: 'on-request',
    conditions: [],
  };
  return { isp: { ...isp, rules: [...isp.rules, rule] }, ruleId };
}

/** Turns a condition kind on or off in a list (parameters: ADM2 for aggregation, n = 5 for suppression). */
export function toggleCondition(
  conditions: readonly Condition[],
  kind: Condition['kind'],
  on: boolean,
): Condition[] {
  const rest = conditions.filter((c) => c.kind !== kind);
  if (!on) return rest;
  if (kind === 'aggregate-to-level') return [...rest, { kind, level: 'adm2' }];
  if (kind === 'suppress-below-n') return [...rest, { kind, n: 5 }];
  return [...rest, { kind } as Condition];
}

/** True when the two ISPs differ (for "unsaved changes"). */
export function changed(a: Isp, b: Isp): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
