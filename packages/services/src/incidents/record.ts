/**
 * After the notification: new facts in any state (the reporting organisation's members), and the
 * focal point's steps — classification, severity (raised freely, lowered with a reason), the
 * state machine with the closing rule on agreements, duties marked done, sharing with the cluster.
 */
import { changeSeverity, checkTransition, type IncidentState } from '@steward/core/incidents/index';
import type { Tx } from '@steward/db';
import {
  listIncidentDuties,
  updateIncident,
  updateIncidentDuty,
  type IncidentRow,
} from '@steward/db/repositories/incidents';
import type { NewIncident } from '@steward/db/repositories/incidents';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor } from '../types';
import type { IncidentDeps } from './deps';
import { factsInput, fieldError, severityInput, stateInput } from './validation';
import { incidentView, type IncidentView } from './views';

const STATE_STAMP: Partial<Record<IncidentState, keyof NewIncident>> = {
  classified: 'classifiedAt',
  closed: 'closedAt',
  learning_recorded: 'learningRecordedAt',
};

export function createIncidentRecord(deps: IncidentDeps) {
  const { ctx } = deps;

  async function view(tx: Tx, actor: Actor, row: IncidentRow): Promise<IncidentView> {
    return incidentView(
      row,
      await deps.acronyms(tx),
      await listIncidentDuties(tx, row.id),
      actor.activeOrganisationId,
    );
  }

  async function save(tx: Tx, row: IncidentRow, patch: Partial<NewIncident>): Promise<IncidentRow> {
    const out = await updateIncident(tx, row.id, { ...patch, updatedAt: ctx.clock() });
    if (!out) throw new ServiceError('not-found', `There is no incident ${row.id} that you can see.`);
    return out;
  }

  return {
    /** Records new facts (only the fields given change), in any state. */
    async recordFacts(actor: Actor, id: string, input: unknown): Promise<IncidentView> {
      const facts = factsInput(input, deps.newId);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireOwner(actor, row, 'record facts of this incident');
        const out = await save(tx, row, facts);
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'incident.facts-recorded',
          targetType: 'incident',
          targetId: row.id,
          organisationId: row.organisationId,
          details: { fields: Object.keys(facts) },
        });
        return view(tx, actor, out);
      });
    },

    async setSeverity(actor: Actor, id: string, input: unknown): Promise<IncidentView> {
      const { severity, reason } = severityInput(input);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireManager(actor, row, 'change the severity');
        const change = changeSeverity(row.severity as never, severity, reason);
        if (!change.ok) throw fieldError('reason', change.message);
        const out = await save(tx, row, { severity });
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'incident.severity-changed',
          targetType: 'incident',
          targetId: row.id,
          organisationId: row.organisationId,
          details: {
            from: row.severity,
            to: severity,
            lowered: change.lowered,
            ...(reason ? { reason } : {}),
          },
        });
        return view(tx, actor, out);
      });
    },

    /** One step forward through the five states; closing checks the agreements' duties. */
    async moveTo(actor: Actor, id: string, input: unknown): Promise<IncidentView> {
      const to = stateInput(input);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireManager(actor, row, 'move this incident to another state');
        const duties = await listIncidentDuties(tx, row.id);
        const check = checkTransition(
          { ...row, state: row.state as IncidentState },
          to,
          duties.map((d) => ({
            agreementId: d.agreementId,
            reference: d.agreementReference,
            done: d.doneAt !== null,
          })),
        );
        if (!check.ok) {
          throw new ServiceError('conflict', check.message, {
            reason: check.code,
            ...(check.pending ? { pending: check.pending } : {}),
          });
        }
        const now = ctx.clock();
        const stamp = STATE_STAMP[to];
        const patch: Partial<NewIncident> = { state: to, ...(stamp ? { [stamp]: now } : {}) };
        if (to === 'classified') patch.classifiedBy = actor.userId;
        const out = await save(tx, row, patch);
        await appendAuditAs(tx, now, actor, {
          action: 'incident.state-changed',
          targetType: 'incident',
          targetId: row.id,
          organisationId: row.organisationId,
          details: { from: row.state, to },
        });
        return view(tx, actor, out);
      });
    },

    /** Marks the notification duty towards one agreement's partner done (with the channel used). */
    async markDutyDone(actor: Actor, id: string, dutyId: string, input: unknown): Promise<IncidentView> {
      const channel =
        typeof input === 'object' &&
        input !== null &&
        typeof (input as { channel?: unknown }).channel === 'string'
          ? (input as { channel: string }).channel.trim().slice(0, 200)
          : '';
      if (!channel) throw fieldError('channel', 'Required (how the partner was told)');
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireOwner(actor, row, 'mark notification duties');
        const duty = (await listIncidentDuties(tx, row.id)).find((d) => d.id === dutyId);
        if (!duty) throw new ServiceError('not-found', `This incident has no duty ${dutyId}.`);
        const now = ctx.clock();
        await updateIncidentDuty(tx, duty.id, { doneAt: now, doneBy: actor.userId, channel });
        await appendAuditAs(tx, now, actor, {
          action: 'incident.duty-done',
          targetType: 'incident',
          targetId: row.id,
          organisationId: row.organisationId,
          details: { agreement: duty.agreementReference },
        });
        return view(tx, actor, await save(tx, row, {}));
      });
    },

    /**
     * The organisation chooses to share the full record with the cluster; it may withdraw that
     * choice later (withdrawFromCluster). Row-level security reads the flag.
     */
    async shareWithCluster(actor: Actor, id: string): Promise<IncidentView> {
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireManager(actor, row, 'share this incident with the cluster');
        const now = ctx.clock();
        const out = row.sharedWithCluster
          ? row
          : await save(tx, row, { sharedWithCluster: true, sharedAt: now });
        await appendAuditAs(tx, now, actor, {
          action: 'incident.shared-with-cluster',
          targetType: 'incident',
          targetId: row.id,
          organisationId: row.organisationId,
        });
        return view(tx, actor, out);
      });
    },

    /**
     * The organisation withdraws the record it shared: from then on the cluster sees it only in
     * the anonymised summary (row-level security hides the row from cluster roles). Audited.
     */
    async withdrawFromCluster(actor: Actor, id: string): Promise<IncidentView> {
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireManager(actor, row, 'withdraw this incident from the cluster');
        if (!row.sharedWithCluster) {
          throw new ServiceError('conflict', 'This incident is not shared with the cluster.', {
            reason: 'not-shared',
          });
        }
        const now = ctx.clock();
        const out = await save(tx, row, { sharedWithCluster: false, sharedAt: null });
        await appendAuditAs(tx, now, actor, {
          action: 'incident.share-withdrawn',
          targetType: 'incident',
          targetId: row.id,
          organisationId: row.organisationId,
          details: { sharedAt: row.sharedAt?.toISOString() ?? null },
        });
        return view(tx, actor, out);
      });
    },
  };
}
