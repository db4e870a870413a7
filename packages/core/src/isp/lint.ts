import type { CodedMessage } from './coded';
import {
  AGGREGATION_LEVELS,
  CONDITION_KINDS,
  DEFAULT_SHARING_CEILING,
  PURPOSES,
  SENSITIVITY_LEVELS,
  SHARING_APPROACHES,
  isTerm,
  labelOf,
  sensitivityRank,
  sharingRank,
  type AggregationLevel,
} from '../vocabulary/index';
import { conditionKey, sameConditions } from './conditions';
import { dominanceProblem } from './dominance';
import { comparePrecedence } from './decide';
import { coveredLevels, describeAggregation, describeMatch, ruleMatches } from './match';
import { ISP_STATUSES, MIN_SMALL_CELL_THRESHOLD, type Isp, type IspRule } from './model';

export type LintCode =
  | 'conflict'
  | 'unclassified-data-type'
  | 'coverage-gap'
  | 'invalid-range'
  | 'unknown-data-type'
  | 'unknown-value'
  | 'invalid-condition'
  | 'duplicate-rule-id'
  | 'missing-field'
  | 'invalid-setting'
  | 'approach-beyond-ceiling';

export interface RuleOverlap {
  readonly dataType: string;
  readonly levels: readonly AggregationLevel[];
  /** undefined = the overlap covers both values. */
  readonly includesNames?: boolean;
  readonly includesCoordinates?: boolean;
  readonly consentObtained?: boolean;
  /** Plain English, e.g. "3w-4w-5w at ADM4 to ADM5, with names". */
  readonly description: string;
}

export interface LintIssue {
  readonly code: LintCode;
  /** Errors block endorsement; warnings are shown in the editor. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** The message as a code with parameters, for translated display (web `isp.lintText.<code>`). */
  readonly detail?: CodedMessage;
  readonly ruleIds?: readonly string[];
  readonly dataType?: string;
  readonly field?: string;
  /** For conflicts: where the two rules overlap. */
  readonly overlap?: RuleOverlap;
}

export interface LintResult {
  readonly issues: readonly LintIssue[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** No errors: the ISP may be endorsed. */
  readonly endorsable: boolean;
}

function mergeFlag(a: boolean | undefined, b: boolean | undefined): { ok: boolean; value?: boolean } {
  if (a === undefined) return b === undefined ? { ok: true } : { ok: true, value: b };
  if (b === undefined || a === b) return { ok: true, value: a };
  return { ok: false };
}

/** Where two rules' match spaces overlap (ignoring purposes), or undefined when they do not. */
export function ruleOverlap(a: IspRule, b: IspRule): RuleOverlap | undefined {
  if (a.dataType !== b.dataType) return undefined;
  const lb = coveredLevels(b.aggregation);
  const levels = coveredLevels(a.aggregation).filter((l) => lb.includes(l));
  if (levels.length === 0) return undefined;
  const names = mergeFlag(a.includesNames, b.includesNames);
  const coords = mergeFlag(a.includesCoordinates, b.includesCoordinates);
  const consent = mergeFlag(a.consentObtained, b.consentObtained);
  if (!names.ok || !coords.ok || !consent.ok) return undefined;
  const first = levels[0]!;
  const last = levels[levels.length - 1]!;
  const description = describeMatch({
    ...a,
    aggregation: first === last ? { level: first } : { from: first, to: last },
    includesNames: names.value,
    includesCoordinates: coords.value,
    consentObtained: consent.value,
  });
  return {
    dataType: a.dataType,
    levels,
    ...(names.value !== undefined ? { includesNames: names.value } : {}),
    ...(coords.value !== undefined ? { includesCoordinates: coords.value } : {}),
    ...(consent.value !== undefined ? { consentObtained: consent.value } : {}),
    description,
  };
}

/** Fields whose values differ between two rules' outcomes. */
function outcomeDifferences(a: IspRule, b: IspRule): string[] {
  const out: string[] = [];
  if (a.sensitivity !== b.sensitivity) out.push(`sensitivity ${a.sensitivity} vs ${b.sensitivity}`);
  if (a.sharing !== b.sharing) out.push(`sharing ${a.sharing} vs ${b.sharing}`);
  if (!sameConditions(a.conditions, b.conditions)) {
    const fmt = (r: IspRule) => r.conditions.map(conditionKey).join(', ') || 'none';
    out.push(`conditions ${fmt(a)} vs ${fmt(b)}`);
  }
  const pa = [...(a.allowedPurposes ?? [])].sort().join(', ') || 'any';
  const pb = [...(b.allowedPurposes ?? [])].sort().join(', ') || 'any';
  if (pa !== pb) out.push(`purposes ${pa} vs ${pb}`);
  return out;
}

const FLAG_COMBOS: readonly boolean[] = [false, true];

/**
 * Validates an ISP: errors (invalid ranges, unknown values, duplicate ids, invalid conditions or
 * settings, data types of the ISP's list left without any rule) block endorsement; warnings
 * (overlapping rules with different outcomes, partial coverage gaps, a sharing approach more
 * open than the default ceiling of its level) are shown in the editor.
 */
export function lintIsp(isp: Isp): LintResult {
  const issues: LintIssue[] = [];
  const err = (i: Omit<LintIssue, 'severity'>) => issues.push({ ...i, severity: 'error' });
  const warn = (i: Omit<LintIssue, 'severity'>) => issues.push({ ...i, severity: 'warning' });

  if (!isp.context.trim())
    err({ code: 'missing-field', field: 'context', message: 'The ISP has no context.' });
  if (!isp.version.trim())
    err({ code: 'missing-field', field: 'version', message: 'The ISP has no version.' });
  if (!(ISP_STATUSES as readonly string[]).includes(isp.status)) {
    err({
      code: 'unknown-value',
      field: 'status',
      message: `Unknown status "${isp.status}". Valid statuses: ${ISP_STATUSES.join(', ')}.`,
    });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isp.reviewDue)) {
    err({
      code: 'missing-field',
      field: 'reviewDue',
      message: `Review date "${isp.reviewDue}" is not a date (YYYY-MM-DD).`,
    });
  }
  const s = isp.settings;
  for (const [field, n] of [
    ['smallCellThreshold', s.smallCellThreshold],
    ['protectionSmallCellThreshold', s.protectionSmallCellThreshold],
  ] as const) {
    if (!Number.isInteger(n) || n < MIN_SMALL_CELL_THRESHOLD) {
      err({
        code: 'invalid-setting',
        field: `settings.${field}`,
        message: `settings.${field} is ${n}; it must be a whole number of at least ${MIN_SMALL_CELL_THRESHOLD} (the SDC Handbook's common minimum frequency).`,
      });
    }
  }
  if (s.dominanceRule !== undefined) {
    const problem = dominanceProblem(s.dominanceRule);
    if (problem)
      err({
        code: 'invalid-setting',
        field: 'settings.dominanceRule',
        message: `settings.dominanceRule is not a dominance rule: ${problem}.`,
      });
  }

  const ids = new Map<string, number>();
  isp.rules.forEach((r, index) => {
    const where = `Rule ${r.id ? `"${r.id}"` : `#${index + 1}`}`;
    const one = [r.id];
    if (!r.id?.trim())
      err({ code: 'missing-field', field: `rules[${index}].id`, message: `${where} has no id.` });
    ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
    if (!isp.dataTypes.includes(r.dataType)) {
      err({
        code: 'unknown-data-type',
        ruleIds: one,
        dataType: r.dataType,
        field: 'dataType',
        message: `${where}: unknown data type "${r.dataType}". Valid data types: ${isp.dataTypes.join(', ')}.`,
      });
    }
    if (coveredLevels(r.aggregation).length === 0) {
      err({
        code: 'invalid-range',
        ruleIds: one,
        field: 'aggregation',
        message: `${where}: invalid aggregation range ${describeAggregation(r.aggregation)}; a range runs from the more aggregated level to the less aggregated one (${AGGREGATION_LEVELS.ids.join(' → ')}).`,
      });
    }
    if (!isTerm(SENSITIVITY_LEVELS, r.sensitivity)) {
      err({
        code: 'unknown-value',
        ruleIds: one,
        field: 'sensitivity',
        message: `${where}: unknown sensitivity level "${String(r.sensitivity)}". Valid: ${SENSITIVITY_LEVELS.ids.join(', ')}.`,
      });
    }
    if (!isTerm(SHARING_APPROACHES, r.sharing)) {
      err({
        code: 'unknown-value',
        ruleIds: one,
        field: 'sharing',
        message: `${where}: unknown sharing approach "${String(r.sharing)}". Valid: ${SHARING_APPROACHES.ids.join(', ')}.`,
      });
    }
    for (const p of r.allowedPurposes ?? []) {
      if (!isTerm(PURPOSES, p)) {
        err({
          code: 'unknown-value',
          ruleIds: one,
          field: 'allowedPurposes',
          message: `${where}: unknown purpose "${String(p)}". Valid: ${PURPOSES.ids.join(', ')}.`,
        });
      }
    }
    if (r.allowedPurposes !== undefined && r.allowedPurposes.length === 0) {
      err({
        code: 'invalid-condition',
        ruleIds: one,
        field: 'allowedPurposes',
        message: `${where}: an empty list of allowed purposes would deny every share; leave it unset for any purpose or use "not shared".`,
        detail: { code: 'empty-purposes', params: { rule: r.id } },
      });
    }
    for (const c of r.conditions) {
      if (!isTerm(CONDITION_KINDS, c.kind)) {
        err({
          code: 'unknown-value',
          ruleIds: one,
          field: 'conditions',
          message: `${where}: unknown condition kind "${String(c.kind)}". Valid: ${CONDITION_KINDS.ids.join(', ')}.`,
        });
      } else if (
        c.kind === 'suppress-below-n' &&
        (!Number.isInteger(c.n) || c.n < MIN_SMALL_CELL_THRESHOLD)
      ) {
        err({
          code: 'invalid-condition',
          ruleIds: one,
          field: 'conditions',
          message: `${where}: suppress-below-n needs a whole number of at least ${MIN_SMALL_CELL_THRESHOLD}, not ${c.n}.`,
          detail: {
            code: 'suppress-too-small',
            params: { rule: r.id, min: MIN_SMALL_CELL_THRESHOLD, n: String(c.n) },
          },
        });
      } else if (c.kind === 'aggregate-to-level' && !isTerm(AGGREGATION_LEVELS, c.level)) {
        err({
          code: 'invalid-condition',
          ruleIds: one,
          field: 'conditions',
          message: `${where}: aggregate-to-level names unknown level "${String(c.level)}". Valid: ${AGGREGATION_LEVELS.ids.join(', ')}.`,
        });
      }
    }
    if (isTerm(SENSITIVITY_LEVELS, r.sensitivity) && isTerm(SHARING_APPROACHES, r.sharing)) {
      const ceiling = SHARING_APPROACHES.ids.find((a) => {
        const c = DEFAULT_SHARING_CEILING[a];
        return c === 'any' || sensitivityRank(c) >= sensitivityRank(r.sensitivity);
      })!;
      if (sharingRank(r.sharing) < sharingRank(ceiling)) {
        warn({
          code: 'approach-beyond-ceiling',
          ruleIds: one,
          field: 'sharing',
          message: `${where}: ${labelOf(SENSITIVITY_LEVELS, r.sensitivity)} data shared as "${labelOf(SHARING_APPROACHES, r.sharing)}" is more open than the default for that level ("${labelOf(SHARING_APPROACHES, ceiling)}"); check that this is intended.`,
          detail: {
            code: 'approach-beyond-ceiling',
            params: { rule: r.id, sensitivity: r.sensitivity, sharing: r.sharing, ceiling },
          },
        });
      }
    }
  });
  for (const [id, n] of ids) {
    if (n > 1 && id) {
      err({
        code: 'duplicate-rule-id',
        ruleIds: [id],
        message: `Rule id "${id}" is used by ${n} rules; ids must be unique.`,
        detail: { code: 'duplicate-rule-id', params: { rule: id, count: n } },
      });
    }
  }

  // Conflicts: overlapping rules (same data type) with different outcomes.
  const valid = isp.rules.filter((r) => coveredLevels(r.aggregation).length > 0);
  for (let i = 0; i < valid.length; i++) {
    for (let j = i + 1; j < valid.length; j++) {
      const a = valid[i]!;
      const b = valid[j]!;
      const overlap = ruleOverlap(a, b);
      if (!overlap) continue;
      const diffs = outcomeDifferences(a, b);
      if (diffs.length === 0) continue;
      const winner = comparePrecedence(a, b) <= 0 ? a : b;
      warn({
        code: 'conflict',
        ruleIds: [a.id, b.id],
        dataType: a.dataType,
        overlap,
        message:
          `Rules "${a.id}" and "${b.id}" overlap on ${overlap.description} with different outcomes (${diffs.join('; ')}). ` +
          `Where they overlap "${winner.id}" wins (highest sensitivity, then most restrictive sharing approach, then most specific rule), and the conditions of both apply.`,
        detail: { code: 'conflict', params: { a: a.id, b: b.id, winner: winner.id, dataType: a.dataType } },
      });
    }
  }

  // Coverage: every data type of the ISP's list must be classified.
  for (const dataType of isp.dataTypes) {
    const rules = valid.filter((r) => r.dataType === dataType);
    if (rules.length === 0) {
      err({
        code: 'unclassified-data-type',
        dataType,
        message: `Data type "${dataType}" has no rule: it is unclassified, and an ISP cannot be endorsed with an unclassified data type.`,
        detail: { code: 'unclassified-data-type', params: { dataType } },
      });
      continue;
    }
    const gaps: string[] = [];
    for (const includesNames of FLAG_COMBOS) {
      for (const includesCoordinates of FLAG_COMBOS) {
        for (const consentObtained of FLAG_COMBOS) {
          const missing = AGGREGATION_LEVELS.ids.filter(
            (aggregation) =>
              !rules.some((r) =>
                ruleMatches(r, {
                  dataType,
                  aggregation,
                  includesNames,
                  includesCoordinates,
                  consentObtained,
                }),
              ),
          );
          if (missing.length === 0) continue;
          gaps.push(
            `${missing.join(', ')} ${includesNames ? 'with' : 'without'} names, ${includesCoordinates ? 'with' : 'without'} coordinates, consent ${consentObtained ? 'obtained' : 'not obtained'}`,
          );
        }
      }
    }
    if (gaps.length > 0) {
      warn({
        code: 'coverage-gap',
        dataType,
        message: `Data type "${dataType}" is not classified for: ${gaps.join('; ')}. Shares of such data are denied as unclassified.`,
        detail: { code: 'coverage-gap', params: { dataType, count: gaps.length } },
      });
    }
  }

  const errorCount = issues.filter((i) => i.severity === 'error').length;
  return { issues, errorCount, warningCount: issues.length - errorCount, endorsable: errorCount === 0 };
}
