/**
 * The DIA gate of a new partner-to-partner flow (decision 0024): approving a member's request
 * opens a new flow when a data type of the entry never went from the provider to that member
 * under an earlier agreement (expired ones count, revoked ones do not). Then a signed-off, in-date
 * DIA of the provider — named as `assessmentId`, or linking the entry — must cover it.
 */
import { newFlowDataTypes } from '@steward/core/assessments/index';
import type { Tx } from '@steward/db';
import {
  findAssessment,
  listAssessmentsForEntry,
  type AssessmentRow,
} from '@steward/db/repositories/assessments';
import { listAgreements, type DataRequestRow } from '@steward/db/repositories/sharing';
import { checkDia } from '../assessments/gate';
import type { ServiceError } from '../errors';
import { startFor } from '../registry/dia';
import type { Actor } from '../types';

export interface FlowGateResult {
  error: ServiceError | null;
  /** The data types that would go from the provider to the requester for the first time. */
  newDataTypes: string[];
  /** The DIA that covers the new flow (null when there is none, or no new flow). */
  assessment: AssessmentRow | null;
}

/** The entry's data types that would go from the provider to the requester for the first time. */
export async function newFlowTypes(
  tx: Tx,
  req: DataRequestRow,
  entry: { dataTypes: string[] },
): Promise<string[]> {
  const earlier = (await listAgreements(tx)).map((a) => ({
    providerOrganisationId: a.providerOrganisationId,
    recipientOrganisationId: a.recipientOrganisationId,
    dataTypes: a.dataTypes,
    revoked: a.revokedAt !== null,
  }));
  return newFlowDataTypes(
    {
      providerOrganisationId: req.providerOrganisationId,
      recipientOrganisationId: req.requesterOrganisationId,
      dataTypes: entry.dataTypes,
    },
    earlier,
  );
}

/** The gate itself: no new flow passes; a new flow needs a covering DIA (a refusal is audited). */
export async function flowGate(
  tx: Tx,
  now: Date,
  actor: Actor,
  req: DataRequestRow,
  entry: { id: string; dataTypes: string[] },
  assessmentId: string | null,
): Promise<FlowGateResult> {
  const newDataTypes = await newFlowTypes(tx, req, entry);
  if (newDataTypes.length === 0) return { error: null, newDataTypes, assessment: null };
  const linked = await listAssessmentsForEntry(tx, entry.id);
  const check = await checkDia(
    tx,
    now,
    actor,
    req.providerOrganisationId,
    { kind: 'partner_flow', newFlow: true },
    assessmentId ? [assessmentId] : [],
    { targetType: 'data-request', targetId: req.id },
    { linked, start: startFor(entry.id) },
  );
  if (check.error) return { error: check.error, newDataTypes, assessment: null };
  const assessment =
    linked.find((d) => d.id === check.assessmentId) ??
    (check.assessmentId ? await findAssessment(tx, check.assessmentId) : null);
  return { error: null, newDataTypes, assessment };
}
