/**
 * The owner approves a request with conditions: the ISP decides (a denial is recorded, then
 * thrown), a new partner flow needs a covering DIA (flow-gate.ts), then the agreement
 * DSA-<year>-<nnnn> is made for the file version the provider sees now. Both parties are notified.
 */
import { conditionKey } from '@steward/core/isp/index';
import { updateAssessment } from '@steward/db/repositories/assessments';
import { findLatestReleasedFile, findRegistryEntry } from '@steward/db/repositories/registry';
import { insertAgreement, nextAgreementReference, updateDataRequest } from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { decideEntryAndRecord } from '../isp/decision-point';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import { decisionBody } from '../registry/views';
import type { Actor } from '../types';
import { approvalInput } from './approve-input';
import type { SharingDeps } from './deps';
import { flowGate } from './flow-gate';
import type { AgreementView } from './types';
import { agreementView } from './views';

export interface SharingApproval {
  /** The owner approves with conditions: the ISP decides, then the agreement is made. */
  approve(actor: Actor, id: string, input: unknown): Promise<AgreementView>;
}

export function createSharingApproval(deps: SharingDeps): SharingApproval {
  const { ctx, asActor, notify, acronyms, mustFindRequest } = deps;
  return {
    async approve(actor, id, input) {
      const org = requireRole(actor, DATA_MANAGER_ROLES, 'approve data-sharing requests');
      const { conditions, startsOn, expiresOn, includesLaterVersions, assessmentId, signatories } =
        approvalInput(input, deps.today());
      // A denial is committed with its recorded decision, then thrown.
      const out = await asActor(actor, async (tx): Promise<AgreementView | ServiceError> => {
        const req = await mustFindRequest(tx, id);
        if (req.providerOrganisationId !== org)
          throw new ServiceError('forbidden', 'Only the owning organisation decides this request.');
        if (req.status !== 'pending')
          throw new ServiceError('conflict', `This request is already ${req.status}.`);
        const entry = await findRegistryEntry(tx, req.registryEntryId);
        if (!entry)
          throw new ServiceError('not-found', 'The registry entry of this request no longer exists.');
        const now = ctx.clock();
        const decision = await decideEntryAndRecord(tx, now, actor, entry, {
          recipient: 'bilateral',
          form: 'share',
          activeAgreement: true,
          target: { targetType: 'data-request', targetId: req.id, organisationId: org },
        });
        if (decision.decision === 'deny') {
          return new ServiceError(
            'forbidden',
            `The ISP does not allow sharing this entry, even under an agreement. ${decision.explanation}`,
            { decision: decisionBody(decision) },
          );
        }
        // A new partner-to-partner flow waits for a signed-off DIA (domain notes §9.2; decision 0024).
        const flow = await flowGate(tx, now, actor, req, entry, assessmentId);
        if (flow.error) return flow.error;
        // The ISP's conditions as their stable keys (`suppress-below-n:5`), like the provider's own:
        // each reader sees them in their language, the agreement's file in English.
        const all = [...decision.conditions.map(conditionKey), ...conditions.map((c) => c.trim())];
        const reference = await nextAgreementReference(tx, Number(startsOn.slice(0, 4)));
        // The agreement approves the file version the provider sees now.
        const approvedFile = await findLatestReleasedFile(tx, entry.id);
        const agreement = await insertAgreement(tx, {
          reference,
          requestId: req.id,
          registryEntryId: entry.id,
          entryVersion: entry.version,
          providerOrganisationId: org,
          recipientOrganisationId: req.requesterOrganisationId,
          recipientName: req.requesterOrganisationId
            ? null
            : (req.requesterOrganisationName ?? req.requesterName),
          purpose: req.purpose,
          conditions: [...new Set(all)],
          dataTypes: entry.dataTypes,
          sensitivity: decision.sensitivity,
          startsOn,
          expiresOn,
          signatories,
          fileId: approvedFile?.id ?? null,
          includesLaterVersions,
          createdAt: now,
          createdBy: actor.userId,
        });
        await updateDataRequest(tx, req.id, {
          status: 'approved',
          decidedAt: now,
          decidedBy: actor.userId,
          agreementId: agreement.id,
        });
        await notify(tx, {
          organisationId: org,
          kind: 'agreement-created',
          params: { reference, title: entry.title },
          link: `/agreements#agreement-${agreement.id}`,
        });
        if (req.requesterOrganisationId) {
          await notify(tx, {
            organisationId: req.requesterOrganisationId,
            kind: 'request-approved',
            params: { title: entry.title, reference },
            link: `/agreements#agreement-${agreement.id}`,
          });
        }
        // The DIA that covered the new flow links the agreement (its data-flow map shows it).
        if (flow.assessment && !flow.assessment.agreementIds.includes(agreement.id))
          await updateAssessment(tx, flow.assessment.id, {
            agreementIds: [...flow.assessment.agreementIds, agreement.id],
          });
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.agreement-created',
          targetType: 'agreement',
          targetId: agreement.id,
          organisationId: org,
          details: {
            reference,
            requestId: req.id,
            ispVersion: decision.ispVersion,
            rule: decision.rule,
            ...(flow.newDataTypes.length > 0
              ? { newFlow: flow.newDataTypes, assessmentId: flow.assessment?.id ?? null }
              : {}),
          },
        });
        return agreementView(deps, tx, agreement, await acronyms(tx));
      });
      if (out instanceof ServiceError) throw out;
      return out;
    },
  };
}
