/**
 * The retention run (`steward retention run`, operations, system caller): destroys what is
 * approved and due, reminds owners of due schedules and escalates overdue ones (30 days).
 */
import { retentionStatus } from '@steward/core/retention/index';
import { listRetentionSchedules, updateRetentionSchedule } from '@steward/db/repositories/retention';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { insertNotice } from '../notifications/notices';
import type { Caller } from '../types';
import type { RetentionDeps } from './deps';
import { destroyEntryFiles, destroySchedule } from './destroy';
import type { RetentionRunResult } from './types';

export interface RetentionRun {
  /** `dryRun` changes nothing: it says what would be destroyed, reminded and escalated. */
  run(caller: Caller, options: { dryRun: boolean }): Promise<RetentionRunResult>;
}

export function createRetentionRun(deps: RetentionDeps): RetentionRun {
  const { ctx, today } = deps;
  return {
    async run(caller: Caller, options: { dryRun: boolean }): Promise<RetentionRunResult> {
      if (caller.via !== 'system')
        throw new ServiceError('forbidden', 'The retention run is an operations command.');
      const day = today();
      return ctx.db.asSystem('bootstrap', async (tx) => {
        const now = ctx.clock();
        const result: RetentionRunResult = {
          dryRun: options.dryRun,
          today: day,
          destroyed: [],
          reminded: [],
          escalated: [],
        };
        for (const s of await listRetentionSchedules(tx)) {
          const status = retentionStatus(s, day);
          if (status === 'scheduled' || status === 'destroyed') continue;
          if (s.approvedAt) {
            if (options.dryRun)
              result.destroyed.push({
                scheduleId: s.id,
                organisationId: s.organisationId,
                registryEntryId: s.registryEntryId,
                agreementId: s.agreementId,
                method: s.destructionMethod,
                files: await destroyEntryFiles(tx, s, true, now, caller),
              });
            else result.destroyed.push(await destroySchedule(tx, s, now, caller));
            continue;
          }
          if (status === 'overdue' && !s.escalatedAt) {
            result.escalated.push(s.id);
            if (!options.dryRun) {
              await insertNotice(
                tx,
                {
                  organisationId: s.organisationId,
                  kind: 'retention-overdue',
                  params: { date: s.dueOn },
                  link: '/retention',
                },
                now,
              );
              await updateRetentionSchedule(tx, s.id, { escalatedAt: now, updatedAt: now });
              await appendAuditAs(tx, now, caller, {
                action: 'retention.escalated',
                targetType: 'retention-schedule',
                targetId: s.id,
                organisationId: s.organisationId,
              });
            }
          } else if (!s.remindedAt) {
            result.reminded.push(s.id);
            if (!options.dryRun) {
              await insertNotice(
                tx,
                {
                  organisationId: s.organisationId,
                  kind: 'retention-due',
                  params: { date: s.dueOn, method: s.destructionMethod },
                  link: '/retention',
                },
                now,
              );
              await updateRetentionSchedule(tx, s.id, { remindedAt: now, updatedAt: now });
            }
          }
        }
        return result;
      });
    },
  };
}
