/**
 * Incident types (issue 11 §2): the six built-in codes of the CLI contract, and the types the
 * cluster coordinator adds for its context (code + labels in en, fr, es, pt, ar). The short form,
 * `steward incident report --type` and the summary accept and count them like the built-in ones.
 */
import { INCIDENT_TYPES } from '@steward/core/incidents/index';
import type { Tx } from '@steward/db';
import { insertIncidentType, listIncidentTypes } from '@steward/db/repositories/incidents';
import type { IncidentTypeLabels } from '@steward/db/schema/incidents';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { activeRole, requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import type { IncidentDeps } from './deps';
import { incidentTypeInput } from './validation';

export interface IncidentTypeView {
  code: string;
  /** Built-in types are labelled by the web app's own texts; added types carry their labels. */
  builtIn: boolean;
  labels: IncidentTypeLabels | null;
}

/** The codes added by the cluster (what report validation accepts beyond the built-in ones). */
export async function addedTypeCodes(tx: Tx): Promise<string[]> {
  return (await listIncidentTypes(tx)).map((t) => t.code);
}

export function createIncidentTypes(deps: IncidentDeps) {
  const { ctx } = deps;
  return {
    /** Every type an incident may have: built-in first, then the cluster's, by code. */
    async types(actor: Actor): Promise<IncidentTypeView[]> {
      requireActiveOrganisation(actor);
      return deps.asActor(actor, async (tx) => [
        ...INCIDENT_TYPES.map((code) => ({ code, builtIn: true, labels: null })),
        ...(await listIncidentTypes(tx)).map((t) => ({ code: t.code, builtIn: false, labels: t.labels })),
      ]);
    },

    /** The cluster coordinator adds a type (audited); an existing code is a conflict. */
    async addType(actor: Actor, input: unknown): Promise<IncidentTypeView> {
      requireActiveOrganisation(actor);
      if (activeRole(actor) !== 'cluster-coordinator')
        throw new ServiceError('forbidden', 'Only the cluster coordinator adds incident types.');
      const body = incidentTypeInput(input);
      return deps.asActor(actor, async (tx) => {
        const now = ctx.clock();
        const row = await insertIncidentType(tx, {
          code: body.code,
          labels: body.labels,
          createdAt: now,
          createdBy: actor.userId,
        });
        if (!row)
          throw new ServiceError('conflict', `The incident type ${body.code} exists already.`, {
            reason: 'type-exists',
          });
        await appendAuditAs(tx, now, actor, {
          action: 'incident.type-added',
          targetType: 'incident-type',
          details: { code: row.code },
        });
        return { code: row.code, builtIn: false, labels: row.labels };
      });
    },
  };
}
