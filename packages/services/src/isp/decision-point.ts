/**
 * THE ISP decision point. Every share, export, download and publication of organisation data
 * goes through `decideAndRecord`: it evaluates the active endorsed ISP with core `decide` and
 * appends the decision (rule, reason, ISP version) to the audit log in the caller's transaction.
 * Nothing is released when no ISP is endorsed (deny, reason `no-active-isp`).
 */
import { decide, type AssetFacts, type Isp, type IspDecision } from '@steward/core/isp/index';
import type { PurposeId, RecipientClass, ShareForm } from '@steward/core/vocabulary/index';
import type { Tx } from '@steward/db';
import { findEndorsedIsp } from '@steward/db/repositories/isp';
import { appendAuditAs } from '../audit';
import type { Caller } from '../types';

/** What is being released, for the audit log (ids only). */
export interface DecisionTarget {
  readonly targetType: string;
  readonly targetId: string | null;
  /** The organisation whose data it is. */
  readonly organisationId: string | null;
}

export interface DecisionRequest {
  readonly facts: AssetFacts;
  readonly recipient: RecipientClass;
  readonly purpose?: PurposeId | undefined;
  readonly form?: ShareForm;
  readonly target: DecisionTarget;
}

/** Audit action of every recorded decision (the enforcement test looks for it). */
export const DECISION_AUDIT_ACTION = 'isp.decision';

/** The active endorsed ISP, with its row id as `isp.id`, or null. */
export async function loadActiveIsp(tx: Tx): Promise<Isp | null> {
  const row = await findEndorsedIsp(tx);
  return row ? { ...row.document, id: row.id, version: row.version, status: row.status } : null;
}

/** The decision when no ISP is endorsed: nothing leaves the owner. */
export function noIspDecision(
  facts: AssetFacts,
  request: Omit<DecisionRequest, 'target' | 'facts'>,
): IspDecision {
  return {
    decision: 'deny',
    sensitivity: 'high',
    rule: null,
    sharing: null,
    matchedRules: [],
    conditions: [],
    reason: 'unclassified',
    explanation: `No Information Sharing Protocol is endorsed yet, so ${facts.dataType} data cannot be shared with anyone. Unclassified data are treated as High sensitivity.`,
    ispVersion: 'none',
    recipient: request.recipient,
    purpose: request.purpose,
    form: request.form ?? 'share',
  };
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
  await appendAuditAs(tx, at, caller, {
    action: DECISION_AUDIT_ACTION,
    targetType: request.target.targetType,
    targetId: request.target.targetId,
    organisationId: request.target.organisationId,
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
      dataType: request.facts.dataType,
      aggregation: request.facts.aggregation,
    },
  });
  return decision;
}
