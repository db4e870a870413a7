/**
 * Notifying an incident: the short form (title, type, personal data yes/no; assets and
 * agreements optional), by anyone in a member organisation, near misses included. Severity
 * starts at the highest ISP level of the linked assets. The partner of every linked agreement is
 * notified in the app at once, with no incident detail: who reported, under which agreement.
 */
import { initialSeverity, type Severity } from '@steward/core/incidents/index';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import { findAgreement, listAgreements, type AgreementRow } from '@steward/db/repositories/sharing';
import { insertIncident, insertIncidentDuty, listIncidentDuties } from '@steward/db/repositories/incidents';
import { insertNotice } from '../notifications/notices';
import { appendAuditAs } from '../audit';
import { evaluateEntry, loadActiveIsp } from '../isp/decision-point';
import { activeRole, requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import type { IncidentDeps } from './deps';
import { addedTypeCodes } from './types';
import { fieldError, reportInput } from './validation';
import { incidentView, type IncidentView } from './views';

export function createIncidentReport(deps: IncidentDeps) {
  const { ctx } = deps;
  return {
    async report(actor: Actor, input: unknown): Promise<IncidentView> {
      const organisationId = requireActiveOrganisation(actor);
      const role = activeRole(actor)!;
      return deps.asActor(actor, async (tx) => {
        const body = reportInput(input, await addedTypeCodes(tx));
        const isp = await loadActiveIsp(tx);
        const levels: Severity[] = [];
        for (const [i, id] of body.assetIds.entries()) {
          const entry = await findRegistryEntry(tx, id);
          if (!entry) throw fieldError(`assetIds.${i}`, `there is no registry entry ${id} that you can see`);
          levels.push(evaluateEntry(isp, entry, { recipient: 'cluster' }).sensitivity);
        }
        // Agreements: those named, and those of the linked assets the organisation is party to.
        const linked = new Map<string, AgreementRow>();
        for (const [i, id] of body.agreementIds.entries()) {
          const a = await findAgreement(tx, id);
          if (
            !a ||
            (a.providerOrganisationId !== organisationId && a.recipientOrganisationId !== organisationId)
          )
            throw fieldError(`agreementIds.${i}`, `your organisation is not a party to agreement ${id}`);
          linked.set(a.id, a);
        }
        if (body.assetIds.length > 0) {
          for (const a of await listAgreements(tx)) {
            const party =
              a.providerOrganisationId === organisationId || a.recipientOrganisationId === organisationId;
            if (party && a.revokedAt === null && body.assetIds.includes(a.registryEntryId))
              linked.set(a.id, a);
          }
        }
        const now = ctx.clock();
        const row = await insertIncident(tx, {
          organisationId,
          title: body.title,
          type: body.type,
          personalData: body.personalData,
          description: body.description,
          assetIds: body.assetIds,
          severity: initialSeverity(levels),
          state: 'notified',
          reportedAt: now,
          reportedBy: actor.userId,
          reportedRole: role,
          detectedAt: body.detectedOn,
          occurredAt: body.occurredOn,
          treatment: [],
          notificationsMade: [],
          clusterRecord: deps.isClusterRole(actor),
          updatedAt: now,
        });
        const acronyms = await deps.acronyms(tx);
        const reporter = acronyms.get(organisationId) ?? '?';
        for (const a of linked.values()) {
          const partnerId =
            a.providerOrganisationId === organisationId
              ? a.recipientOrganisationId
              : a.providerOrganisationId;
          await insertIncidentDuty(tx, {
            incidentId: row.id,
            organisationId,
            agreementId: a.id,
            agreementReference: a.reference,
            partnerOrganisationId: partnerId,
            partnerName: partnerId ? (acronyms.get(partnerId) ?? '?') : (a.recipientName ?? '?'),
          });
          if (partnerId && partnerId !== organisationId) {
            await insertNotice(
              tx,
              {
                organisationId: partnerId,
                kind: 'incident-agreement',
                params: { reporter, reference: a.reference },
                link: `/incidents/notices`,
              },
              now,
            );
          }
        }
        await appendAuditAs(tx, now, actor, {
          action: 'incident.reported',
          targetType: 'incident',
          targetId: row.id,
          organisationId,
          details: {
            type: body.type,
            severity: row.severity,
            personalData: body.personalData,
            assets: body.assetIds,
            agreements: [...linked.keys()],
          },
        });
        return incidentView(row, acronyms, await listIncidentDuties(tx, row.id), organisationId);
      });
    },
  };
}
