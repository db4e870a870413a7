/**
 * Reading the register: the actor's organisation's incidents, the ones partners shared with the
 * cluster (cluster roles) and the cluster's own records (everyone); the notices partners receive;
 * the cluster's anonymised summary; and the counts other modules ask for (diagnostic).
 */
import {
  isOpen,
  summariseIncidents,
  type IncidentState,
  type IncidentSummary,
} from '@steward/core/incidents/index';
import {
  countOpenIncidents,
  incidentSummaryRecords,
  listDutiesTowards,
  listIncidentDuties,
  listIncidents,
} from '@steward/db/repositories/incidents';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import type { IncidentDeps } from './deps';
import { isUuid } from './validation';
import { incidentView, type IncidentView } from './views';

export interface IncidentListItem {
  id: string;
  organisation: string;
  title: string;
  type: string;
  personalData: boolean;
  severity: string;
  state: string;
  reportedAt: string;
  sharedWithCluster: boolean;
  clusterRecord: boolean;
  own: boolean;
}

export interface IncidentNotice {
  dutyId: string;
  reporter: string;
  agreementReference: string;
  done: boolean;
}

export interface IncidentCounts {
  /** Open (not closed) incidents of the active organisation. */
  open: number;
  /** Open personal-data incidents of the active organisation. */
  openPersonalData: number;
}

export function createIncidentRead(deps: IncidentDeps) {
  const { ctx } = deps;
  return {
    async list(actor: Actor): Promise<IncidentListItem[]> {
      requireActiveOrganisation(actor);
      return deps.asActor(actor, async (tx) => {
        const acr = await deps.acronyms(tx);
        return (await listIncidents(tx)).map((r) => ({
          id: r.id,
          organisation: acr.get(r.organisationId) ?? '?',
          title: r.title,
          type: r.type,
          personalData: r.personalData,
          severity: r.severity,
          state: r.state,
          reportedAt: r.reportedAt.toISOString(),
          sharedWithCluster: r.sharedWithCluster,
          clusterRecord: r.clusterRecord,
          own: r.organisationId === actor.activeOrganisationId,
        }));
      });
    },

    /** One incident; a read by another organisation (shared or cluster record) is audited. */
    async get(actor: Actor, id: string): Promise<IncidentView> {
      requireActiveOrganisation(actor);
      if (!isUuid(id)) throw new ServiceError('not-found', `There is no incident ${id} that you can see.`);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        const own = row.organisationId === actor.activeOrganisationId;
        if (!own) {
          await appendAuditAs(tx, ctx.clock(), actor, {
            action: 'incident.viewed',
            targetType: 'incident',
            targetId: row.id,
            organisationId: row.organisationId,
          });
        }
        // Duties name partners: only the reporting organisation sees them.
        const duties = own ? await listIncidentDuties(tx, row.id) : [];
        return incidentView(row, await deps.acronyms(tx), duties, actor.activeOrganisationId);
      });
    },

    /** What partners of linked agreements see: who reported, under which agreement — no detail. */
    async notices(actor: Actor): Promise<IncidentNotice[]> {
      const organisationId = requireActiveOrganisation(actor);
      return deps.asActor(actor, async (tx) => {
        const acr = await deps.acronyms(tx);
        return (await listDutiesTowards(tx, organisationId)).map((d) => ({
          dutyId: d.id,
          reporter: acr.get(d.organisationId) ?? '?',
          agreementReference: d.agreementReference,
          done: d.doneAt !== null,
        }));
      });
    },

    /** The cluster's anonymised summary (cluster roles): counts, small numbers suppressed. */
    async summary(actor: Actor): Promise<IncidentSummary> {
      requireActiveOrganisation(actor);
      if (!deps.isClusterRole(actor))
        throw new ServiceError('forbidden', 'Only cluster roles see the incident summary.');
      return deps.asActor(actor, async (tx) => {
        const records = await incidentSummaryRecords(tx);
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'incident.summary-viewed',
          targetType: 'incident-summary',
          details: { incidents: records.length },
        });
        return summariseIncidents(records);
      });
    },

    /** Counts for the diagnostic (issue 11 §1): the active organisation's open incidents. */
    async counts(actor: Actor): Promise<IncidentCounts> {
      const organisationId = requireActiveOrganisation(actor);
      return deps.asActor(actor, async (tx) => {
        const rows = (await listIncidents(tx)).filter((r) => r.organisationId === organisationId);
        const open = rows.filter((r) => isOpen(r.state as IncidentState));
        const n = await countOpenIncidents(tx, organisationId);
        return { open: n, openPersonalData: open.filter((r) => r.personalData).length };
      });
    },
  };
}
