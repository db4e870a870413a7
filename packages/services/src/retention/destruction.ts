/** The owner approves destruction, and may destroy at once what is approved and due. */
import { retentionStatus } from '@steward/core/retention/index';
import {
  findRetentionSchedule,
  listRetentionCopies,
  updateRetentionSchedule,
} from '@steward/db/repositories/retention';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireActiveOrganisation, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { RetentionDeps } from './deps';
import { destroySchedule } from './destroy';
import type { RetentionView } from './types';
import { scheduleView } from './views';

export interface RetentionDestruction {
  /** The owner approves destruction (the run performs it once the schedule is due). */
  approve(actor: Actor, id: string): Promise<RetentionView>;
  /**
   * The owner destroys now what it approved once the period has ended (what `steward retention
   * run` would do at its next pass): files and keys, tombstone, audit, copy requests.
   */
  destroyNow(actor: Actor, id: string): Promise<RetentionView>;
}

export function createRetentionDestruction(deps: RetentionDeps): RetentionDestruction {
  const { ctx, asActor, today } = deps;
  return {
    async approve(actor: Actor, id: string): Promise<RetentionView> {
      const organisationId = requireActiveOrganisation(actor);
      requireRole(actor, DATA_MANAGER_ROLES, 'approve destruction');
      return asActor(actor, async (tx) => {
        const s = await findRetentionSchedule(tx, id);
        if (!s || s.organisationId !== organisationId)
          throw new ServiceError('not-found', `There is no retention schedule ${id} of your organisation.`);
        if (s.destroyedAt) throw new ServiceError('conflict', 'Already destroyed.');
        const now = ctx.clock();
        const row = (await updateRetentionSchedule(tx, s.id, {
          approvedAt: now,
          approvedBy: actor.userId,
          updatedAt: now,
        }))!;
        await appendAuditAs(tx, now, actor, {
          action: 'retention.destruction-approved',
          targetType: 'retention-schedule',
          targetId: s.id,
          organisationId,
          details: { entryId: s.registryEntryId, agreementId: s.agreementId, dueOn: s.dueOn },
        });
        return scheduleView(tx, today, row);
      });
    },

    async destroyNow(actor: Actor, id: string): Promise<RetentionView> {
      const organisationId = requireActiveOrganisation(actor);
      requireRole(actor, DATA_MANAGER_ROLES, 'destroy data whose retention ended');
      return asActor(actor, async (tx) => {
        const s = await findRetentionSchedule(tx, id);
        if (!s || s.organisationId !== organisationId)
          throw new ServiceError('not-found', `There is no retention schedule ${id} of your organisation.`);
        if (s.destroyedAt) throw new ServiceError('conflict', 'Already destroyed.');
        if (!s.approvedAt)
          throw new ServiceError('conflict', 'Approve the destruction first.', { reason: 'not-approved' });
        if (retentionStatus(s, today()) === 'scheduled')
          throw new ServiceError('conflict', `The retention period runs until ${s.dueOn}.`, {
            reason: 'not-due',
            dueOn: s.dueOn,
          });
        const now = ctx.clock();
        await destroySchedule(tx, s, now, actor);
        const row = (await findRetentionSchedule(tx, id))!;
        const copies = (await listRetentionCopies(tx)).filter((c) => c.scheduleId === id);
        return scheduleView(tx, today, row, copies);
      });
    },
  };
}
