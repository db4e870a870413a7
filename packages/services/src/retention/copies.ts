/** Copies of shared data a recipient must destroy, and its confirmation (the owner is notified). */
import {
  confirmRetentionCopy,
  findRetentionCopy,
  listRetentionCopies,
} from '@steward/db/repositories/retention';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireActiveOrganisation, requireRole } from '../isp/roles';
import { insertNotice } from '../notifications/notices';
import type { Actor } from '../types';
import type { RetentionDeps } from './deps';
import { copyMethodInput } from './input';
import type { RetentionCopyView } from './types';
import { copyView } from './views';

export interface RetentionCopies {
  /** Copies of other organisations' data the active organisation must destroy (and has confirmed). */
  copies(actor: Actor): Promise<RetentionCopyView[]>;
  /** The recipient confirms it destroyed its copy, saying how; the owner sees the confirmation. */
  confirmCopy(actor: Actor, id: string, input: unknown): Promise<RetentionCopyView>;
}

export function createRetentionCopies(deps: RetentionDeps): RetentionCopies {
  const { ctx, asActor } = deps;
  return {
    async copies(actor: Actor): Promise<RetentionCopyView[]> {
      const organisationId = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const rows = (await listRetentionCopies(tx)).filter(
          (c) => c.recipientOrganisationId === organisationId,
        );
        return Promise.all(rows.map((c) => copyView(tx, c)));
      });
    },

    async confirmCopy(actor: Actor, id: string, input: unknown): Promise<RetentionCopyView> {
      const organisationId = requireActiveOrganisation(actor);
      requireRole(actor, DATA_MANAGER_ROLES, 'confirm the destruction of a copy');
      const method = copyMethodInput(input);
      return asActor(actor, async (tx) => {
        const c = await findRetentionCopy(tx, id);
        if (!c || c.recipientOrganisationId !== organisationId)
          throw new ServiceError('not-found', `There is no copy ${id} for your organisation to destroy.`);
        if (c.confirmedAt) throw new ServiceError('conflict', 'Already confirmed.');
        const now = ctx.clock();
        const row = await confirmRetentionCopy(tx, id, {
          confirmedAt: now,
          confirmedBy: actor.userId,
          method,
        });
        if (!row) throw new ServiceError('conflict', 'Already confirmed.');
        await appendAuditAs(tx, now, actor, {
          action: 'retention.copy-destroyed',
          targetType: 'agreement',
          targetId: c.agreementId,
          organisationId,
          details: { scheduleId: c.scheduleId, ownerOrganisationId: c.ownerOrganisationId, method },
        });
        await insertNotice(
          tx,
          {
            organisationId: c.ownerOrganisationId,
            kind: 'retention-copy-destroyed',
            params: { method },
            link: '/retention',
          },
          now,
        );
        return copyView(tx, row);
      });
    },
  };
}
