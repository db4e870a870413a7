/**
 * THE DIA gate other services call before an activity that triggers a DIA (domain notes §9.2;
 * core `diaGate`): the activity goes ahead only when one of the assessments named for it is the
 * organisation's own, signed off, with its review date not passed. A refusal is audited and comes
 * back as a `dia-required` error naming the reasons and where to start one.
 */
import { diaGate, type DiaReason, type DiaTrigger } from '@steward/core/assessments/index';
import type { Tx } from '@steward/db';
import { findAssessment, type AssessmentRow } from '@steward/db/repositories/assessments';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor } from '../types';

/** Where the web app starts an assessment (`?entry=ID` links an entry). */
export const START_ASSESSMENT_PATH = '/assessments';

export interface DiaCheck {
  /** The activity may go ahead. */
  readonly ok: boolean;
  readonly reasons: readonly DiaReason[];
  /** The assessment that satisfied the gate, or null. */
  readonly assessmentId: string | null;
  /** The error to throw (after the transaction, so the audit entry stays) when not ok. */
  readonly error: ServiceError | null;
}

export async function checkDia(
  tx: Tx,
  now: Date,
  actor: Actor,
  organisationId: string,
  trigger: DiaTrigger,
  assessmentIds: readonly string[],
  target: { targetType: string; targetId: string | null },
  options: {
    /** Assessments already linked to the activity (for example a registry entry's), of any organisation. */
    readonly linked?: readonly AssessmentRow[];
    /** Where the web app starts the DIA for this activity (default START_ASSESSMENT_PATH). */
    readonly start?: string;
  } = {},
): Promise<DiaCheck> {
  const linked: AssessmentRow[] = (options.linked ?? []).filter((d) => d.organisationId === organisationId);
  for (const id of assessmentIds) {
    if (linked.some((d) => d.id === id)) continue;
    const row = await findAssessment(tx, id);
    if (row && row.organisationId === organisationId) linked.push(row);
  }
  const start = options.start ?? START_ASSESSMENT_PATH;
  const gate = diaGate(trigger, linked, now.toISOString().slice(0, 10));
  if (!gate.blocked) return { ok: true, reasons: gate.reasons, assessmentId: gate.satisfiedBy, error: null };
  await appendAuditAs(tx, now, actor, {
    action: 'assessment.required',
    targetType: target.targetType,
    targetId: target.targetId,
    organisationId,
    outcome: 'denied',
    details: { trigger: trigger.kind, reasons: gate.reasons, named: assessmentIds },
  });
  const named = linked[0];
  const error = new ServiceError(
    'dia-required',
    named
      ? `A data impact assessment is required (${gate.reasons.join(', ')}): assessment ${named.id} is not signed off or its review date has passed.`
      : `A data impact assessment is required first (${gate.reasons.join(', ')}). Start one at ${start} and name it as assessmentId.`,
    {
      reason: gate.reasons[0],
      reasons: gate.reasons,
      assessmentId: named?.id ?? null,
      start,
    },
  );
  return { ok: false, reasons: gate.reasons, assessmentId: null, error };
}
