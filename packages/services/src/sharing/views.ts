/** Request and agreement rows → the views the sharing service returns. */
import { diaGate } from '@steward/core/assessments/index';
import { agreementStatus } from '@steward/core/sharing/access';
import type { Tx } from '@steward/db';
import { listAssessmentsForEntry } from '@steward/db/repositories/assessments';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import type { AgreementRow, DataRequestRow } from '@steward/db/repositories/sharing';
import { evaluateEntry, loadActiveIsp } from '../isp/decision-point';
import { decisionBody } from '../registry/views';
import type { Actor } from '../types';
import type { SharingDeps } from './deps';
import { newFlowTypes } from './flow-gate';
import type { AgreementView, RequestView } from './types';

/**
 * A request as the actor sees it. The provider also sees the ISP decision for a bilateral share
 * and, while a member's request is pending, the new partner flow it would open.
 */
export async function requestView(
  deps: SharingDeps,
  tx: Tx,
  actor: Actor,
  r: DataRequestRow,
  acr: Map<string, string>,
): Promise<RequestView> {
  let decision: RequestView['decision'] = null;
  let flow: RequestView['flow'] = null;
  if (r.providerOrganisationId === actor.activeOrganisationId) {
    const entry = await findRegistryEntry(tx, r.registryEntryId);
    if (entry)
      decision = decisionBody(
        evaluateEntry(await loadActiveIsp(tx), entry, { recipient: 'bilateral', activeAgreement: true }),
      );
    if (entry && r.status === 'pending' && r.requesterOrganisationId) {
      const newDataTypes = await newFlowTypes(tx, r, entry);
      const linked = (await listAssessmentsForEntry(tx, entry.id)).filter(
        (d) => d.organisationId === r.providerOrganisationId,
      );
      const gate = diaGate({ kind: 'partner_flow', newFlow: newDataTypes.length > 0 }, linked, deps.today());
      flow = { newDataTypes, coveredBy: gate.satisfiedBy };
    }
  }
  return {
    id: r.id,
    registryEntryId: r.registryEntryId,
    entryTitle: r.entryTitle,
    requester: r.requesterOrganisationId
      ? (acr.get(r.requesterOrganisationId) ?? '?')
      : `${r.requesterName ?? '?'} (${r.requesterOrganisationName ?? 'outside requester'})`,
    requesterOrganisationId: r.requesterOrganisationId,
    providerOrganisationId: r.providerOrganisationId,
    provider: acr.get(r.providerOrganisationId) ?? '?',
    purpose: r.purpose,
    intendedUse: r.intendedUse,
    recipients: r.recipients,
    requestedDurationDays: r.requestedDurationDays,
    contactEmail: r.contactEmail,
    status: r.status,
    rejectReason: r.rejectReason,
    decision,
    flow,
    createdAt: r.createdAt.toISOString(),
    agreementId: r.agreementId,
  };
}

/** An agreement with its status on the injected clock's date. */
export async function agreementView(
  deps: SharingDeps,
  tx: Tx,
  a: AgreementRow,
  acr: Map<string, string>,
): Promise<AgreementView> {
  const entry = await findRegistryEntry(tx, a.registryEntryId);
  return {
    id: a.id,
    reference: a.reference,
    registryEntryId: a.registryEntryId,
    entryTitle: entry?.title ?? '(not visible to you)',
    entryVersion: a.entryVersion,
    providerOrganisation: acr.get(a.providerOrganisationId) ?? '?',
    providerOrganisationId: a.providerOrganisationId,
    recipientOrganisation: a.recipientOrganisationId
      ? (acr.get(a.recipientOrganisationId) ?? '?')
      : (a.recipientName ?? '?'),
    recipientOrganisationId: a.recipientOrganisationId,
    purpose: a.purpose,
    conditions: a.conditions,
    startsOn: a.startsOn,
    expiresOn: a.expiresOn,
    status: agreementStatus(a, deps.today()),
    signatories: a.signatories,
    revokedAt: a.revokedAt?.toISOString() ?? null,
    revokedReason: a.revokedReason,
    dataTypes: a.dataTypes,
    sensitivity: a.sensitivity,
    fileId: a.fileId,
    includesLaterVersions: a.includesLaterVersions,
  };
}
