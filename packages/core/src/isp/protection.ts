/**
 * Whether replacing the ISP in force by a successor lowers protection, and the rules of ISP status
 * changes (issue 7 §1). Pure.
 *
 * Lowering protection is judged on what `decide()` answers, not on the text of the rules: every
 * combination of facts that either ISP can tell apart (data type × aggregation level × names ×
 * coordinates × consent × active agreement × recipient class × purpose) is decided by both, and a
 * combination where the successor denies less, drops or weakens a condition, or classifies lower,
 * is a relaxation. Lower small-cell thresholds, a weaker dominance rule for magnitudes and data
 * types taken off the protection list are relaxations too.
 */
import {
  AGGREGATION_LEVELS,
  PURPOSES,
  RECIPIENT_CLASSES,
  aggregationRank,
  sensitivityRank,
  type AggregationLevel,
  type PurposeId,
  type RecipientClass,
  type SensitivityLevel,
} from '../vocabulary/index';
import { decide, matchingRules, type IspDecision } from './decide';
import { dominanceLabel, dominanceRuleOf, dominanceWeakened } from './dominance';
import type { AssetFacts, Condition, Isp, IspStatus } from './model';

export type RelaxationKind =
  | 'now-allowed'
  | 'condition-dropped'
  | 'condition-weakened'
  | 'sensitivity-lowered'
  | 'threshold-lowered'
  | 'dominance-weakened'
  | 'protection-data-type-removed';

/** One way the successor protects less than the ISP in force. */
export interface Relaxation {
  readonly kind: RelaxationKind;
  readonly dataType?: string;
  readonly aggregation?: AggregationLevel;
  readonly recipient?: RecipientClass;
  readonly purpose?: PurposeId;
  /** The condition kind, the setting or the level concerned. */
  readonly subject?: string;
  readonly from?: string | number;
  readonly to?: string | number;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** The values a boolean fact takes in the enumeration: both when some rule looks at it. */
function booleanValues(
  isps: readonly Isp[],
  key: 'includesNames' | 'includesCoordinates' | 'consentObtained',
) {
  return isps.some((isp) => isp.rules.some((r) => r[key] !== undefined)) ? [false, true] : [false];
}

function purposeValues(isps: readonly Isp[]): (PurposeId | undefined)[] {
  const listed = unique(isps.flatMap((isp) => isp.rules.flatMap((r) => r.allowedPurposes ?? [])));
  if (listed.length === 0) return [undefined];
  const other = PURPOSES.ids.find((p) => !listed.includes(p));
  return [undefined, ...listed, ...(other ? [other] : [])];
}

function conditionStrength(c: Condition): number {
  if (c.kind === 'aggregate-to-level') return -aggregationRank(c.level); // coarser = stronger
  if (c.kind === 'suppress-below-n') return c.n;
  return 0;
}

function compareDecisions(
  before: IspDecision,
  after: IspDecision,
  where: Pick<Relaxation, 'dataType' | 'aggregation' | 'recipient' | 'purpose'>,
): Relaxation[] {
  const out: Relaxation[] = [];
  const sens = (l: SensitivityLevel) => sensitivityRank(l);
  if (sens(after.sensitivity) < sens(before.sensitivity))
    out.push({ kind: 'sensitivity-lowered', ...where, from: before.sensitivity, to: after.sensitivity });
  if (before.decision === 'deny') {
    if (after.decision !== 'deny')
      out.push({ kind: 'now-allowed', ...where, from: before.reason, to: after.decision });
    return out;
  }
  if (after.decision === 'deny') return out;
  for (const c of before.conditions) {
    const kept = after.conditions.find((x) => x.kind === c.kind);
    if (!kept) out.push({ kind: 'condition-dropped', ...where, subject: c.kind });
    else if (conditionStrength(kept) < conditionStrength(c))
      out.push({
        kind: 'condition-weakened',
        ...where,
        subject: c.kind,
        from: c.kind === 'aggregate-to-level' ? c.level : c.kind === 'suppress-below-n' ? c.n : '',
        to: kept.kind === 'aggregate-to-level' ? kept.level : kept.kind === 'suppress-below-n' ? kept.n : '',
      });
  }
  return out;
}

/**
 * The ways `successor` protects less than `inForce` (at most `limit`, the settings first, then in
 * the order of the enumeration). Empty when the successor protects at least as much everywhere.
 */
export function protectionRelaxations(inForce: Isp, successor: Isp, limit = 50): Relaxation[] {
  const out: Relaxation[] = [];
  for (const key of ['smallCellThreshold', 'protectionSmallCellThreshold'] as const) {
    if (successor.settings[key] < inForce.settings[key])
      out.push({
        kind: 'threshold-lowered',
        subject: key,
        from: inForce.settings[key],
        to: successor.settings[key],
      });
  }
  // Magnitudes: the dominance rule in force (stated, or the default) against the successor's.
  const dominanceBefore = dominanceRuleOf(inForce.settings);
  const dominanceAfter = dominanceRuleOf(successor.settings);
  if (dominanceWeakened(dominanceBefore, dominanceAfter))
    out.push({
      kind: 'dominance-weakened',
      subject: 'dominanceRule',
      from: dominanceLabel(dominanceBefore),
      to: dominanceLabel(dominanceAfter),
    });
  for (const t of inForce.settings.protectionDataTypes) {
    if (!successor.settings.protectionDataTypes.includes(t))
      out.push({ kind: 'protection-data-type-removed', dataType: t });
  }
  const both = [inForce, successor];
  const dataTypes = unique(both.flatMap((isp) => [...isp.dataTypes, ...isp.rules.map((r) => r.dataType)]));
  const names = booleanValues(both, 'includesNames');
  const coordinates = booleanValues(both, 'includesCoordinates');
  const consent = booleanValues(both, 'consentObtained');
  const purposes = purposeValues(both);
  // decide() depends on the facts only through the rules they match and the agreement flag, so
  // each distinct pair of matched rule sets is decided once.
  const seen = new Set<string>();
  for (const dataType of dataTypes) {
    for (const aggregation of AGGREGATION_LEVELS.ids) {
      for (const includesNames of names) {
        for (const includesCoordinates of coordinates) {
          for (const consentObtained of consent) {
            for (const activeAgreement of [false, true]) {
              const facts: AssetFacts = {
                dataType,
                aggregation,
                includesNames,
                includesCoordinates,
                consentObtained,
                activeAgreement,
              };
              const key = [
                dataType,
                activeAgreement,
                matchingRules(inForce, facts)
                  .map((r) => r.id)
                  .join(','),
                matchingRules(successor, facts)
                  .map((r) => r.id)
                  .join(','),
              ].join('|');
              if (seen.has(key)) continue;
              seen.add(key);
              for (const recipient of RECIPIENT_CLASSES.ids) {
                for (const purpose of purposes) {
                  const where = { dataType, aggregation, recipient, ...(purpose ? { purpose } : {}) };
                  for (const r of compareDecisions(
                    decide(inForce, facts, recipient, purpose),
                    decide(successor, facts, recipient, purpose),
                    where,
                  )) {
                    if (!out.some((x) => sameRelaxation(x, r))) out.push(r);
                    if (out.length >= limit) return out;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return out;
}

/** Relaxations that differ only in facts the summary does not show count once. */
function sameRelaxation(a: Relaxation, b: Relaxation): boolean {
  return (
    a.kind === b.kind &&
    a.dataType === b.dataType &&
    a.aggregation === b.aggregation &&
    a.recipient === b.recipient &&
    a.purpose === b.purpose &&
    a.subject === b.subject
  );
}

/** Why an ISP status change is refused (stable codes). */
export type IspStatusRefusal =
  /** The version in force is never withdrawn: it is replaced by endorsing a successor. */
  | 'in-force-withdrawal'
  /** Not a step of draft → in-consultation → endorsed → superseded. */
  | 'not-a-transition';

/**
 * Whether a version may go from `from` to `to` by a direct status change. The endorsed version
 * (in force) changes only when a successor is endorsed, which supersedes it; nobody sets it to
 * superseded (or anything else) directly. Superseded versions stay superseded.
 */
export function ispStatusTransition(
  from: IspStatus,
  to: IspStatus,
): { allowed: true } | { allowed: false; reason: IspStatusRefusal } {
  if (from === 'endorsed') return { allowed: false, reason: 'in-force-withdrawal' };
  const steps: Record<IspStatus, readonly IspStatus[]> = {
    draft: ['in-consultation', 'endorsed'],
    'in-consultation': ['draft', 'endorsed'],
    endorsed: [],
    superseded: [],
  };
  return steps[from].includes(to) ? { allowed: true } : { allowed: false, reason: 'not-a-transition' };
}
