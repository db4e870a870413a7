import {
  APPROACH_NEEDED_BY,
  PURPOSES,
  RECIPIENT_CLASSES,
  SENSITIVITY_LEVELS,
  SHARING_APPROACHES,
  labelOf,
  sensitivityRank,
  sharingRank,
  type PurposeId,
  type RecipientClass,
  type SensitivityLevel,
  type ShareForm,
  type SharingApproach,
} from '../vocabulary/index';
import { coded, type CodedMessage } from './coded';
import { conditionKey, describeCondition, mergeConditions } from './conditions';
import { aggregationBounds, describeMatch, ruleMatches, specificity } from './match';
import type { AssetFacts, Condition, Isp, IspRule } from './model';

export type DecisionOutcome = 'allow' | 'allow-with-conditions' | 'deny';

/** Why the decision came out as it did (stable codes for services and the audit log). */
export type DecisionReason =
  | 'allowed'
  | 'unclassified'
  | 'not-shared'
  | 'approach-too-restrictive'
  | 'no-active-agreement'
  | 'purpose-not-allowed';

export interface MatchedRule {
  readonly id: string;
  readonly sensitivity: SensitivityLevel;
  readonly sharing: SharingApproach;
  /** Plain-English summary of what the rule matches. */
  readonly matches: string;
  readonly source?: string;
  readonly note?: string;
}

export interface IspDecision {
  readonly decision: DecisionOutcome;
  /** The winning level; `high` when no rule matched (domain notes §4.3, Steward's default). */
  readonly sensitivity: SensitivityLevel;
  /** The winning rule's id; null when no rule matched. */
  readonly rule: string | null;
  /** The winning rule's sharing approach; null when no rule matched. */
  readonly sharing: SharingApproach | null;
  /** Every matching rule, the winner first, then by the same precedence. */
  readonly matchedRules: readonly MatchedRule[];
  /** Conditions the share must meet (empty on a deny). */
  readonly conditions: readonly Condition[];
  readonly reason: DecisionReason;
  /** Plain English: which rule, why, and what the recipient class may receive. */
  readonly explanation: string;
  /** The same explanation as codes with parameters, sentence by sentence, for translated display. */
  readonly why: readonly CodedMessage[];
  readonly ispVersion: string;
  readonly recipient: RecipientClass;
  readonly purpose: PurposeId | undefined;
  readonly form: ShareForm;
}

/**
 * Precedence among matching rules (negative: `a` wins):
 * 1. the highest sensitivity (OCHA practice: "rather be cautious"; domain notes §4.3);
 * 2. then the most restrictive sharing approach;
 * 3. then the most specific rule (more attributes specified, narrower aggregation range);
 * 4. then the smaller rule id, so the result never depends on the order of the rules.
 */
export function comparePrecedence(a: IspRule, b: IspRule): number {
  return (
    sensitivityRank(b.sensitivity) - sensitivityRank(a.sensitivity) ||
    sharingRank(b.sharing) - sharingRank(a.sharing) ||
    specificity(b) - specificity(a) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The rules that match the facts, winner first. */
export function matchingRules(isp: Isp, facts: AssetFacts): IspRule[] {
  return isp.rules.filter((r) => ruleMatches(r, facts)).sort(comparePrecedence);
}

/** Conditions a form of release adds to an allowed share. */
export function formConditions(
  isp: Isp,
  facts: AssetFacts,
  recipient: RecipientClass,
  form: ShareForm,
): Condition[] {
  switch (form) {
    case 'aggregate-publication': {
      const protection = isp.settings.protectionDataTypes.includes(facts.dataType);
      const n = protection ? isp.settings.protectionSmallCellThreshold : isp.settings.smallCellThreshold;
      return [{ kind: 'suppress-below-n', n }];
    }
    case 'publication':
      return [{ kind: 'disclosure-control-required' }];
    case 'export':
    case 'download':
      return recipient === 'bilateral' ? [{ kind: 'embed-agreement-reference' }] : [];
    case 'share':
      return [];
  }
}

function describeFacts(f: AssetFacts): string {
  return describeMatch({
    id: '',
    dataType: f.dataType,
    aggregation: { level: f.aggregation },
    includesNames: f.includesNames,
    includesCoordinates: f.includesCoordinates,
    sensitivity: 'low',
    sharing: 'public',
    conditions: [],
  });
}

/** A rule's match as parameters: data type, level or range (`adm0..adm2`), and its flags. */
export function matchParams(
  r: Pick<IspRule, 'dataType' | 'aggregation' | 'includesNames' | 'includesCoordinates' | 'consentObtained'>,
): Record<string, string> {
  const { from, to } = aggregationBounds(r.aggregation);
  const flag = (name: string, v: boolean | undefined) =>
    v === undefined ? [] : [`${name}-${v ? 'yes' : 'no'}`];
  return {
    dataType: r.dataType,
    level: from === to ? from : `${from}..${to}`,
    flags: [
      ...flag('names', r.includesNames),
      ...flag('coordinates', r.includesCoordinates),
      ...flag('consent', r.consentObtained),
    ].join(','),
  };
}

const sens = (l: SensitivityLevel) => labelOf(SENSITIVITY_LEVELS, l);
const appr = (a: SharingApproach) => labelOf(SHARING_APPROACHES, a);
const recip = (r: RecipientClass) => labelOf(RECIPIENT_CLASSES, r).toLowerCase();

/**
 * The outcome of a decision without its explanation: what a list needs (the sensitivity column,
 * the audit record of a display decision). `decide` gives the same fields, computed by the same
 * `judge`, plus the matched rules and the explanation in English and as codes; building those is
 * most of a decision's cost (decision 0013, eighth round), so views that show no explanation ask
 * for the verdict only.
 */
export type IspVerdict = Pick<
  IspDecision,
  | 'decision'
  | 'sensitivity'
  | 'rule'
  | 'sharing'
  | 'conditions'
  | 'reason'
  | 'ispVersion'
  | 'recipient'
  | 'purpose'
  | 'form'
>;

/** What `judge` found: the verdict, and what the explanation is built from. */
interface Judgement {
  readonly verdict: IspVerdict;
  /** The matching rules, winner first. */
  readonly rules: readonly IspRule[];
  /** The rule whose purpose restriction denied (reason `purpose-not-allowed`). */
  readonly badPurpose?: IspRule;
}

/** The one place the rules of `decide` are applied (see its comment). */
function judge(
  isp: Isp,
  facts: AssetFacts,
  recipient: RecipientClass,
  purpose: PurposeId | undefined,
  form: ShareForm,
): Judgement {
  const rules = matchingRules(isp, facts);
  const base = { ispVersion: isp.version, recipient, purpose, form };
  const winner = rules[0];
  if (!winner) {
    return {
      rules,
      verdict: {
        ...base,
        decision: 'deny',
        sensitivity: 'high',
        rule: null,
        sharing: null,
        conditions: [],
        reason: 'unclassified',
      },
    };
  }
  const deny = (reason: DecisionReason, badPurpose?: IspRule): Judgement => ({
    rules,
    ...(badPurpose ? { badPurpose } : {}),
    verdict: {
      ...base,
      decision: 'deny',
      sensitivity: winner.sensitivity,
      rule: winner.id,
      sharing: winner.sharing,
      conditions: [],
      reason,
    },
  });
  if (winner.sharing === 'no-share') return deny('not-shared');
  if (sharingRank(winner.sharing) > sharingRank(APPROACH_NEEDED_BY[recipient]))
    return deny('approach-too-restrictive');
  if (winner.sharing === 'agreement' && !(facts.activeAgreement ?? false)) return deny('no-active-agreement');
  const badPurpose = rules.find(
    (r) => r.allowedPurposes !== undefined && (purpose === undefined || !r.allowedPurposes.includes(purpose)),
  );
  if (badPurpose) return deny('purpose-not-allowed', badPurpose);
  const conditions = mergeConditions([
    ...rules.flatMap((r) => r.conditions),
    ...formConditions(isp, facts, recipient, form),
  ]);
  return {
    rules,
    verdict: {
      ...base,
      decision: conditions.length === 0 ? 'allow' : 'allow-with-conditions',
      sensitivity: winner.sensitivity,
      rule: winner.id,
      sharing: winner.sharing,
      conditions,
      reason: 'allowed',
    },
  };
}

/** The verdict of `decide` (same arguments, same fields), without building the explanation. */
export function decideVerdict(
  isp: Isp,
  facts: AssetFacts,
  recipient: RecipientClass,
  purpose: PurposeId | undefined,
  form: ShareForm = 'share',
): IspVerdict {
  return judge(isp, facts, recipient, purpose, form).verdict;
}

/**
 * Decides one share, export, download or publication against an ISP.
 *
 * - Rules match on data type × aggregation level × names × coordinates (× consent). No match →
 *   deny ("unclassified"), sensitivity `high`.
 * - Several matches: see `comparePrecedence`; the winner gives the level and the sharing approach.
 *   The conditions and purpose restrictions of EVERY matched rule apply (strictest parameter per
 *   condition kind), so an extra matching rule can only add protection.
 * - The recipient class is allowed when the winner's approach is at least as open as the approach
 *   it needs (public ⊂ cluster ⊂ organisation ⊂ bilateral); `no-share` denies everyone; the
 *   `agreement` approach allows a bilateral recipient only when `facts.activeAgreement` is true.
 * - The form adds conditions (`formConditions`): a publication of aggregates always carries
 *   suppress-below-n from the ISP's thresholds.
 * - `allow` when no condition applies, `allow-with-conditions` otherwise.
 *
 * Pure: the ISP's status is not checked here (services pick the active endorsed ISP). The verdict
 * is `judge`'s; this function only explains it.
 */
export function decide(
  isp: Isp,
  facts: AssetFacts,
  recipient: RecipientClass,
  purpose: PurposeId | undefined,
  form: ShareForm = 'share',
): IspDecision {
  const { verdict, rules, badPurpose } = judge(isp, facts, recipient, purpose, form);
  const matchedRules: MatchedRule[] = rules.map((r) => ({
    id: r.id,
    sensitivity: r.sensitivity,
    sharing: r.sharing,
    matches: describeMatch(r),
    ...(r.source !== undefined ? { source: r.source } : {}),
    ...(r.note !== undefined ? { note: r.note } : {}),
  }));

  // Same fields in the same order as before the verdict was split out (JSON output stays the same).
  const v = verdict;
  const head = {
    ispVersion: v.ispVersion,
    recipient: v.recipient,
    purpose: v.purpose,
    form: v.form,
    decision: v.decision,
    sensitivity: v.sensitivity,
    rule: v.rule,
    sharing: v.sharing,
    matchedRules,
    conditions: v.conditions,
    reason: v.reason,
  };
  const winner = rules[0];
  if (!winner) {
    return {
      ...head,
      why: [
        coded('unclassified', {
          context: isp.context,
          version: isp.version,
          ...matchParams({ ...facts, aggregation: { level: facts.aggregation } }),
        }),
      ],
      explanation:
        `Unclassified: no rule of the ISP (${isp.context}, version ${isp.version}) matches ${describeFacts(facts)}. ` +
        `Unclassified data are treated as High sensitivity and are not shared with anyone until the ISP classifies them.`,
    };
  }

  const parts: string[] = [];
  const why: CodedMessage[] = [
    coded('rule', {
      rule: winner.id,
      ...matchParams(winner),
      sensitivity: winner.sensitivity,
      sharing: winner.sharing,
    }),
  ];
  parts.push(
    `Rule "${winner.id}" (${describeMatch(winner)}) classifies this as ${sens(winner.sensitivity)}; ` +
      `its sharing approach is "${appr(winner.sharing)}".`,
  );
  if (rules.length > 1) {
    const others = rules
      .slice(1)
      .map((r) => `"${r.id}" (${r.sensitivity}, ${r.sharing})`)
      .join(', ');
    parts.push(
      `${rules.length} rules matched; the highest sensitivity wins, ties going to the most restrictive ` +
        `sharing approach, then the most specific rule. Also matched: ${others}.`,
    );
    why.push(
      coded('precedence', {
        count: rules.length,
        others: rules
          .slice(1)
          .map((r) => r.id)
          .join(','),
      }),
    );
  }
  if (winner.source) {
    parts.push(`Source: ${winner.source}.`);
    why.push(coded('source', { source: winner.source }));
  }

  const explained = (because: string, code: CodedMessage): IspDecision => ({
    ...head,
    explanation: [...parts, because].join(' '),
    why: [...why, code],
  });

  const needed = APPROACH_NEEDED_BY[recipient];
  switch (verdict.reason) {
    case 'not-shared':
      return explained(
        `Data classified "${appr('no-share')}" stay with the owning organisation: denied for ${recip(recipient)}.`,
        coded('not-shared', { recipient }),
      );
    case 'approach-too-restrictive':
      return explained(
        `Sharing with ${recip(recipient)} needs the approach "${appr(needed)}" or a more open one; ` +
          `this rule allows at most "${appr(winner.sharing)}": denied.`,
        coded('approach-too-restrictive', { recipient, needed, sharing: winner.sharing }),
      );
    case 'no-active-agreement':
      return explained(
        `Data under "${appr('agreement')}" go only to a party of an active data-sharing agreement, ` +
          `and no active agreement covers this share: denied.`,
        coded('no-active-agreement'),
      );
    case 'purpose-not-allowed': {
      const bad = badPurpose!;
      const allowed = bad.allowedPurposes!.map((p) => labelOf(PURPOSES, p).toLowerCase()).join(', ');
      return explained(
        purpose === undefined
          ? `Rule "${bad.id}" allows only these purposes: ${allowed}; no purpose was stated: denied.`
          : `Rule "${bad.id}" allows only these purposes: ${allowed}; "${labelOf(PURPOSES, purpose).toLowerCase()}" is not one of them: denied.`,
        purpose === undefined
          ? coded('purpose-missing', { rule: bad.id, purposes: bad.allowedPurposes!.join(',') })
          : coded('purpose-not-allowed', {
              rule: bad.id,
              purposes: bad.allowedPurposes!.join(','),
              purpose,
            }),
      );
    }
    default: {
      const { conditions } = verdict;
      return explained(
        conditions.length === 0
          ? `Allowed for ${recip(recipient)}.`
          : `Allowed for ${recip(recipient)} on these conditions: ${conditions.map(describeCondition).join('; ')}.`,
        conditions.length === 0
          ? coded('allowed', { recipient })
          : coded('allowed-with-conditions', {
              recipient,
              conditions: conditions.map(conditionKey).join(','),
            }),
      );
    }
  }
}

/** A condition as printed by `steward isp decide --json`: the kind, its parameter, English text. */
export type ConditionJson =
  | { readonly kind: string; readonly text: string }
  | { readonly kind: 'aggregate-to-level'; readonly level: string; readonly text: string }
  | { readonly kind: 'suppress-below-n'; readonly n: number; readonly text: string };

/** The exact object `steward isp decide --json` prints (issue 4 CLI contract). */
export interface DecisionJson {
  readonly sensitivity: SensitivityLevel;
  readonly decision: DecisionOutcome;
  readonly conditions: readonly ConditionJson[];
  readonly rule: string | null;
  readonly explanation: string;
  /**
   * The explanation as codes with parameters: present in API responses (services' decision
   * body) for translated display; `steward isp decide --json` prints the object without it.
   */
  readonly why?: readonly CodedMessage[];
}

export function decisionToJson(d: IspDecision): DecisionJson {
  return {
    sensitivity: d.sensitivity,
    decision: d.decision,
    conditions: d.conditions.map((c) => ({ ...c, text: describeCondition(c) })),
    rule: d.rule,
    explanation: d.explanation,
  };
}
