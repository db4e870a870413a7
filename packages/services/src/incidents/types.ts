/**
 * Incident types (issue 11 §2): the six built-in codes of the CLI contract, and the types the
 * cluster roles add for their context (code + labels in en, fr, es, pt, ar; labels editable, the
 * code never changes). The short form,
 * `steward incident report --type` and the summary accept and count them like the built-in ones.
 */
import { INCIDENT_TYPES } from '@steward/core/incidents/index';
import type { Tx } from '@steward/db';
import {
  insertIncidentType,
  listIncidentTypes,
  updateIncidentTypeLabels,
} from '@steward/db/repositories/incidents';
import type { IncidentTypeLabels } from '@steward/db/schema/incidents';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, hasRole, requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import type { IncidentDeps } from './deps';
import { fieldError, incidentTypeInput, LABEL_LANGUAGES } from './validation';

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

    /** Cluster roles add a type (audited); an existing code is a conflict. */
    async addType(actor: Actor, input: unknown): Promise<IncidentTypeView> {
      requireActiveOrganisation(actor);
      if (!hasRole(actor, CLUSTER_ROLES))
        throw new ServiceError('forbidden', 'Only cluster roles add incident types.');
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

    /**
     * Cluster roles change the labels of a type the cluster added (audited, old and new labels);
     * the languages not given keep their label. Built-in types are labelled by the app's texts.
     */
    async editTypeLabels(actor: Actor, code: string, input: unknown): Promise<IncidentTypeView> {
      requireActiveOrganisation(actor);
      if (!hasRole(actor, CLUSTER_ROLES))
        throw new ServiceError('forbidden', 'Only cluster roles change incident types.');
      if ((INCIDENT_TYPES as readonly string[]).includes(code))
        throw new ServiceError('conflict', `"${code}" is a built-in type; its labels are the app's texts.`, {
          reason: 'type-built-in',
        });
      const raw =
        typeof input === 'object' && input !== null && !Array.isArray(input)
          ? (input as Record<string, unknown>).labels
          : undefined;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw fieldError('labels', 'an object with some of en, fr, es, pt and ar');
      const given: Partial<IncidentTypeLabels> = {};
      for (const [lang, v] of Object.entries(raw as Record<string, unknown>)) {
        const path = `labels.${lang}`;
        if (!(LABEL_LANGUAGES as readonly string[]).includes(lang))
          throw fieldError(path, 'one of en, fr, es, pt, ar');
        if (typeof v !== 'string' || !v.trim()) throw fieldError(path, 'Required');
        if (v.trim().length > 80) throw fieldError(path, 'at most 80 characters');
        given[lang as keyof IncidentTypeLabels] = v.trim();
      }
      if (Object.keys(given).length === 0) throw fieldError('labels', 'at least one label');
      return deps.asActor(actor, async (tx) => {
        const before = (await listIncidentTypes(tx)).find((t) => t.code === code);
        if (!before) throw new ServiceError('not-found', `There is no incident type ${code}.`);
        const labels = { ...before.labels, ...given };
        const row = await updateIncidentTypeLabels(tx, code, labels);
        if (!row) throw new ServiceError('forbidden', 'Only cluster roles change incident types.');
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'incident.type-labels-changed',
          targetType: 'incident-type',
          details: { code, before: before.labels, after: row.labels },
        });
        return { code: row.code, builtIn: false, labels: row.labels };
      });
    },
  };
}
