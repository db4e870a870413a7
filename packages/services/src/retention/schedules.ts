/** The owner's schedules: set (or replace) one, list them, and the due/overdue counts. */
import { addMonths, retentionStatus } from '@steward/core/retention/index';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import {
  insertRetentionSchedule,
  listRetentionCopies,
  listRetentionSchedules,
  updateRetentionSchedule,
} from '@steward/db/repositories/retention';
import { findAgreement } from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireActiveOrganisation, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { RetentionDeps } from './deps';
import { fieldError, scheduleInput } from './input';
import type { RetentionCounts, RetentionView } from './types';
import { scheduleView } from './views';

export interface RetentionSchedules {
  /** Sets (or replaces) the retention schedule of an entry or agreement of the actor's organisation. */
  setSchedule(actor: Actor, input: unknown): Promise<RetentionView>;
  list(actor: Actor): Promise<RetentionView[]>;
  /** Due and overdue schedules of the active organisation (for the diagnostic). */
  counts(actor: Actor): Promise<RetentionCounts>;
}

export function createRetentionSchedules(deps: RetentionDeps): RetentionSchedules {
  const { ctx, asActor, today } = deps;
  return {
    async setSchedule(actor: Actor, input: unknown): Promise<RetentionView> {
      const organisationId = requireActiveOrganisation(actor);
      requireRole(actor, DATA_MANAGER_ROLES, 'set retention schedules');
      const body = scheduleInput(input);
      return asActor(actor, async (tx) => {
        if (body.registryEntryId) {
          const e = await findRegistryEntry(tx, body.registryEntryId);
          if (!e || e.organisationId !== organisationId)
            throw fieldError('registryEntryId', 'not a registry entry of your organisation');
        } else {
          const a = await findAgreement(tx, body.agreementId!);
          if (!a || a.providerOrganisationId !== organisationId)
            throw fieldError('agreementId', 'not an agreement your organisation provides');
        }
        const now = ctx.clock();
        const dueOn = addMonths(body.triggerOn, body.periodMonths);
        const existing = (await listRetentionSchedules(tx)).find(
          (s) =>
            s.destroyedAt === null &&
            ((body.registryEntryId && s.registryEntryId === body.registryEntryId) ||
              (body.agreementId && s.agreementId === body.agreementId)),
        );
        const row = existing
          ? await updateRetentionSchedule(tx, existing.id, {
              ...body,
              dueOn,
              approvedAt: null,
              approvedBy: null,
              remindedAt: null,
              escalatedAt: null,
              updatedAt: now,
            })
          : await insertRetentionSchedule(tx, {
              ...body,
              organisationId,
              dueOn,
              createdAt: now,
              updatedAt: now,
            });
        if (!row) throw new ServiceError('not-found', 'The schedule disappeared.');
        await appendAuditAs(tx, now, actor, {
          action: 'retention.schedule-set',
          targetType: 'retention-schedule',
          targetId: row.id,
          organisationId,
          details: {
            entryId: row.registryEntryId,
            agreementId: row.agreementId,
            dueOn,
            trigger: row.trigger,
          },
        });
        return scheduleView(tx, today, row);
      });
    },

    async list(actor: Actor): Promise<RetentionView[]> {
      requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const rows = (await listRetentionSchedules(tx)).filter(
          (s) => s.organisationId === actor.activeOrganisationId,
        );
        const copies = (await listRetentionCopies(tx)).filter(
          (c) => c.ownerOrganisationId === actor.activeOrganisationId,
        );
        return Promise.all(rows.map((s) => scheduleView(tx, today, s, copies)));
      });
    },

    async counts(actor: Actor): Promise<RetentionCounts> {
      requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const statuses = (await listRetentionSchedules(tx))
          .filter((s) => s.organisationId === actor.activeOrganisationId)
          .map((s) => retentionStatus(s, today()));
        return {
          due: statuses.filter((s) => s === 'due').length,
          overdue: statuses.filter((s) => s === 'overdue').length,
        };
      });
    },
  };
}
