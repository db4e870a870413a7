/**
 * THE ISP decision point. Every share, export, download and publication of organisation data
 * goes through `decideAndRecord`: it evaluates the active endorsed ISP with core `decide` and
 * appends the decision (rule, reason, ISP version) to the audit log in the caller's transaction.
 * Nothing is released when no ISP is endorsed (deny, reason `no-active-isp`).
 */
import {
  decide,
  decideVerdict,
  mergeConditions,
  type AssetFacts,
  type Isp,
  type IspDecision,
  type IspVerdict,
} from '@steward/core/isp/index';
import type { PurposeId, RecipientClass, ShareForm } from '@steward/core/vocabulary/index';
import type { Tx } from '@steward/db';
import { findEndorsedIspCached } from '@steward/db/repositories/isp';
import { appendAuditAs } from '../audit';
import type { Caller } from '../types';

/** What is being released, for the audit log (ids only). */
export interface DecisionTarget {
  readonly targetType: string;
  readonly targetId: string | null;
  /** The organisation whose data it is. */
  readonly organisationId: string | null;
}

/** To whom, why and in which form data would be released (`form` defaults to `share`). */
export interface ReleaseTerms {
  readonly recipient: RecipientClass;
  readonly purpose?: PurposeId | undefined;
  readonly form?: ShareForm;
}

export interface DecisionRequest extends ReleaseTerms {
  readonly facts: AssetFacts;
  readonly target: DecisionTarget;
}

/** The release of a registry entry (every data type of it), through an active agreement or not. */
export interface EntryRequest extends ReleaseTerms {
  readonly activeAgreement?: boolean;
}

/** Audit action of every recorded decision (the enforcement test looks for it). */
export const DECISION_AUDIT_ACTION = 'isp.decision';

/**
 * The active endorsed ISP, with its row id as `isp.id`, or null. Its document is parsed once per
 * row version (findEndorsedIspCached checks the version in force in this transaction's snapshot):
 * deeply frozen, never to be changed by a caller.
 */
export async function loadActiveIsp(tx: Tx): Promise<Isp | null> {
  const row = await findEndorsedIspCached(tx);
  return row ? { ...row.document, id: row.id, version: row.version, status: row.status } : null;
}

/** The verdict when no ISP is endorsed: nothing leaves the owner (deny, unclassified). */
function noIspVerdict(terms: ReleaseTerms): IspVerdict {
  return {
    decision: 'deny',
    sensitivity: 'high',
    rule: null,
    sharing: null,
    conditions: [],
    reason: 'unclassified',
    ispVersion: 'none',
    recipient: terms.recipient,
    purpose: terms.purpose,
    form: terms.form ?? 'share',
  };
}

/** `noIspVerdict` explained (the keys in the order the decision has always had). */
export function noIspDecision(facts: AssetFacts, terms: ReleaseTerms): IspDecision {
  const { decision, sensitivity, rule, sharing, conditions, reason, ...release } = noIspVerdict(terms);
  return {
    decision,
    sensitivity,
    rule,
    sharing,
    matchedRules: [],
    conditions,
    reason,
    explanation: `No Information Sharing Protocol is endorsed yet, so ${facts.dataType} data cannot be shared with anyone. Unclassified data are treated as High sensitivity.`,
    why: [{ code: 'no-isp', params: { dataType: facts.dataType } }],
    ...release,
  };
}

/** The verdict `evaluate` would give (same fields), without building the explanation. */
export function evaluateVerdict(isp: Isp | null, request: Omit<DecisionRequest, 'target'>): IspVerdict {
  return isp
    ? decideVerdict(isp, request.facts, request.recipient, request.purpose, request.form ?? 'share')
    : noIspVerdict(request);
}

/** Evaluates without recording (for display only: sensitivity columns, previews). */
export function evaluate(isp: Isp | null, request: Omit<DecisionRequest, 'target'>): IspDecision {
  return isp
    ? decide(isp, request.facts, request.recipient, request.purpose, request.form ?? 'share')
    : noIspDecision(request.facts, request);
}

/** Decides and records the decision in the audit log (same transaction). */
export async function decideAndRecord(
  tx: Tx,
  at: Date,
  caller: Caller,
  request: DecisionRequest,
  isp?: Isp | null,
): Promise<IspDecision> {
  const active = isp === undefined ? await loadActiveIsp(tx) : isp;
  const decision = evaluate(active, request);
  await recordDecision(
    tx,
    at,
    caller,
    request.target,
    decision,
    active,
    request.facts.dataType,
    request.facts.aggregation,
  );
  return decision;
}

/** The registry facts an entry gives the ISP, one per data type. */
export interface EntryFactsSource {
  dataTypes: readonly string[];
  aggregationLevel: string;
  includesNames: boolean;
  includesCoordinates: boolean;
  consentObtained: boolean;
}

export function entryFacts(entry: EntryFactsSource, activeAgreement = false): AssetFacts[] {
  return entry.dataTypes.map((dataType) => ({
    dataType,
    aggregation: entry.aggregationLevel as AssetFacts['aggregation'],
    includesNames: entry.includesNames,
    includesCoordinates: entry.includesCoordinates,
    consentObtained: entry.consentObtained,
    activeAgreement,
  }));
}

const OUTCOME_RANK = { allow: 0, 'allow-with-conditions': 1, deny: 2 } as const;
const LEVEL_RANK = { low: 0, moderate: 1, high: 2, severe: 3 } as const;

/** What `combineDecisions` and `combineVerdicts` find in their list, in one pass. */
interface Combination<V extends IspVerdict> {
  /** The most restrictive: deny, then conditions, then the higher level (the first of equals). */
  readonly worst: V;
  /** The most sensitive (the first of equals). */
  readonly top: V;
  /** The combined verdict: `worst` itself when there is one item, or a deny at the highest level. */
  readonly verdict: IspVerdict;
}

function combine<V extends IspVerdict>(items: readonly V[]): Combination<V> {
  const first = items[0];
  if (first === undefined) throw new Error('combineDecisions needs at least one decision');
  let worst = first;
  let top = first;
  for (const d of items) {
    const rank =
      OUTCOME_RANK[d.decision] - OUTCOME_RANK[worst.decision] ||
      LEVEL_RANK[d.sensitivity] - LEVEL_RANK[worst.sensitivity];
    if (rank > 0) worst = d;
    if (LEVEL_RANK[d.sensitivity] > LEVEL_RANK[top.sensitivity]) top = d;
  }
  const { sensitivity } = top;
  if (worst.decision === 'deny')
    return { worst, top, verdict: sensitivity === worst.sensitivity ? worst : { ...worst, sensitivity } };
  if (items.length === 1) return { worst, top, verdict: worst };
  const conditions = mergeConditions(items.flatMap((d) => d.conditions));
  const decision = conditions.length > 0 ? 'allow-with-conditions' : 'allow';
  return { worst, top, verdict: { ...worst, sensitivity, conditions, decision } };
}

/**
 * An entry with several data types is released only if every data type may be: the most
 * restrictive decision wins (deny, then conditions, then the higher level), and the
 * conditions of every allowed data type apply. The entry's sensitivity is the highest of its data
 * types' whatever the outcome ("rather be cautious"): taken from the winning decision, a deny of a
 * less sensitive type hid a more sensitive one, and the level then changed with the recipient (the
 * registry list through an agreement showed "high" where the entry showed "severe").
 */
export function combineDecisions(decisions: readonly IspDecision[]): IspDecision {
  const { worst, top, verdict } = combine(decisions);
  // One decision, or a deny that is also the most sensitive: it explains itself.
  if (verdict === worst) return worst;
  if (worst.decision === 'deny')
    // The deny explains the outcome; the most sensitive type's decision explains the level.
    return {
      ...worst,
      ...verdict,
      explanation: `${worst.explanation} ${top.explanation}`,
      why: [...worst.why, ...top.why],
    };
  return {
    ...worst,
    ...verdict,
    explanation: decisions.map((d) => d.explanation).join(' '),
    why: decisions.flatMap((d) => d.why),
  };
}

/**
 * `combineDecisions` for verdicts: the same fields (it is what combineDecisions uses), without
 * the explanation. Gives one of `verdicts` itself when it is the only one, or a deny at the
 * highest level.
 */
export function combineVerdicts(verdicts: readonly IspVerdict[]): IspVerdict {
  return combine(verdicts).verdict;
}

/** Evaluates an entry (all its data types) without recording: for display. */
export function evaluateEntry(isp: Isp | null, entry: EntryFactsSource, request: EntryRequest): IspDecision {
  return combineDecisions(
    entryFacts(entry, request.activeAgreement).map((facts) => evaluate(isp, { ...request, facts })),
  );
}

/**
 * The verdict of `evaluateEntry` (same fields), without building any explanation: for views
 * that show the sensitivity or the outcome only (the registry list, the DIA trigger).
 */
export function evaluateEntryVerdict(
  isp: Isp | null,
  entry: EntryFactsSource,
  request: EntryRequest,
): IspVerdict {
  return combineVerdicts(
    entryFacts(entry, request.activeAgreement).map((facts) => evaluateVerdict(isp, { ...request, facts })),
  );
}

/**
 * Decides the release of an entry's data to a non-owner and records ONE audit entry with the
 * combined decision.
 */
export async function decideEntryAndRecord(
  tx: Tx,
  at: Date,
  caller: Caller,
  entry: EntryFactsSource,
  request: EntryRequest & { readonly target: DecisionTarget },
  isp?: Isp | null,
): Promise<IspDecision> {
  const active = isp === undefined ? await loadActiveIsp(tx) : isp;
  const decision = evaluateEntry(active, entry, request);
  await recordDecision(
    tx,
    at,
    caller,
    request.target,
    decision,
    active,
    entry.dataTypes.join(','),
    entry.aggregationLevel,
  );
  return decision;
}

/** The owner organisation reading or downloading its own data: allowed, and recorded as such. */
export async function recordOwnerRelease(
  tx: Tx,
  at: Date,
  caller: Caller,
  target: DecisionTarget,
  form: ShareForm,
): Promise<void> {
  await appendAuditAs(tx, at, caller, {
    action: DECISION_AUDIT_ACTION,
    targetType: target.targetType,
    targetId: target.targetId,
    organisationId: target.organisationId,
    outcome: 'success',
    details: { decision: 'allow', reason: 'owner', rule: null, form },
  });
}

async function recordDecision(
  tx: Tx,
  at: Date,
  caller: Caller,
  target: DecisionTarget,
  decision: IspDecision,
  active: Isp | null,
  dataType: string,
  aggregation: string,
): Promise<void> {
  await appendAuditAs(tx, at, caller, {
    action: DECISION_AUDIT_ACTION,
    targetType: target.targetType,
    targetId: target.targetId,
    organisationId: target.organisationId,
    outcome: decision.decision === 'deny' ? 'denied' : 'success',
    details: {
      decision: decision.decision,
      rule: decision.rule,
      reason: active ? decision.reason : 'no-active-isp',
      sensitivity: decision.sensitivity,
      ispVersion: decision.ispVersion,
      ispId: active?.id ?? null,
      recipient: decision.recipient,
      form: decision.form,
      purpose: decision.purpose ?? null,
      dataType,
      aggregation,
    },
  });
}

/** Records a batch of display decisions (a list view showing other organisations' entries). */
export async function recordDecisionBatch(
  tx: Tx,
  at: Date,
  caller: Caller,
  targetType: string,
  items: readonly { id: string; organisationId: string; decision: IspVerdict }[],
  active: Isp | null,
): Promise<void> {
  if (items.length === 0) return;
  // At commit: the append lock is then held for no round trip (these entries are on every list).
  await appendAuditAs(
    tx,
    at,
    caller,
    {
      action: DECISION_AUDIT_ACTION,
      targetType,
      targetId: null,
      organisationId: null,
      outcome: 'success',
      details: {
        ispVersion: active?.version ?? 'none',
        ispId: active?.id ?? null,
        form: 'share',
        decisions: items.map((i) => ({
          id: i.id,
          organisationId: i.organisationId,
          decision: i.decision.decision,
          rule: i.decision.rule,
          sensitivity: i.decision.sensitivity,
        })),
      },
    },
    { atCommit: true },
  );
}
