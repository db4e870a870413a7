/**
 * The check every publication passes: the ISP decision (recorded by the decision point) and core
 * `checkPublication` (threshold or dominance, secondary suppression, interval audit); and the
 * audited refusal when it fails.
 */
import type { IspDecision } from '@steward/core/isp/index';
import { checkPublication, type PublicationCheck } from '@steward/core/publication/index';
import { loadHighsSolver } from '@steward/core/sdc/tables/highs';
import type { Tx } from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { decideAndRecord, loadActiveIsp } from '../isp/decision-point';
import type { Actor, Context } from '../types';
import { withCoordinates } from './report-table';
import { PUBLICATION_AUDIT, type PublishInput, type ResolvedPublishInput } from './types';

/** What the check found: the disclosure control's result and the ISP decision it used. */
export interface PublicationOutcome {
  result: PublicationCheck;
  decision: IspDecision;
}

/** A failed check. */
export type PublicationRefusal = Extract<PublicationCheck, { ok: false }>;

/** ISP decision (recorded) + disclosure control; the caller refuses when `result.ok` is false. */
export async function checkTable(
  ctx: Context,
  tx: Tx,
  actor: Actor,
  org: string,
  input: ResolvedPublishInput,
  targetId: string | null,
): Promise<PublicationOutcome> {
  const isp = await loadActiveIsp(tx);
  const decision = await decideAndRecord(
    tx,
    ctx.clock(),
    actor,
    {
      facts: {
        dataType: input.dataType,
        aggregation: input.aggregation,
        includesNames: false,
        includesCoordinates: withCoordinates(input),
      },
      recipient: input.audience,
      form: 'aggregate-publication',
      target: { targetType: 'publication', targetId, organisationId: org },
    },
    isp,
  );
  const result: PublicationCheck = checkPublication({
    dataType: input.dataType,
    aggregation: input.aggregation,
    audience: input.audience,
    table: input.table,
    decision,
    settings: isp?.settings ?? null,
    // HiGHS: the interval audit proves every primary cell by LP, whatever the table's size.
    solver: await loadHighsSolver(),
  });
  return { result, decision };
}

/** Audits a refusal (cells, rule, checks) and returns the error to throw once the transaction commits. */
export async function refusal(
  ctx: Context,
  tx: Tx,
  actor: Actor,
  org: string,
  targetId: string | null,
  input: PublishInput,
  result: PublicationRefusal,
  decision: IspDecision,
): Promise<ServiceError> {
  await appendAuditAs(tx, ctx.clock(), actor, {
    action: PUBLICATION_AUDIT.refused,
    targetType: 'publication',
    targetId,
    organisationId: org,
    outcome: 'denied',
    details: {
      title: input.title,
      audience: input.audience,
      reason: result.refusal.reason,
      rule: result.refusal.rule,
      cells: result.refusal.cells.slice(0, 50),
      checks: result.checks,
    },
  });
  return new ServiceError('publication-refused', result.refusal.message, {
    reason: result.refusal.reason,
    cells: result.refusal.cells,
    rule: result.refusal.rule,
    checks: result.checks,
    decision: {
      decision: decision.decision,
      rule: decision.rule,
      reason: decision.reason,
      sensitivity: decision.sensitivity,
      ispVersion: decision.ispVersion,
      explanation: decision.explanation,
    },
  });
}
