/** The owner rejects a pending request with a reason; the requesting member is notified. */
import { updateDataRequest } from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { SharingDeps } from './deps';
import { text } from './input';
import type { RequestView } from './types';
import { requestView } from './views';

export interface SharingRejection {
  reject(actor: Actor, id: string, input: unknown): Promise<RequestView>;
}

export function createSharingRejection(deps: SharingDeps): SharingRejection {
  const { ctx, asActor, notify, acronyms, mustFindRequest } = deps;
  return {
    async reject(actor: Actor, id: string, input: unknown): Promise<RequestView> {
      const org = requireRole(actor, DATA_MANAGER_ROLES, 'reject data-sharing requests');
      const reason = text((input ?? {}) as Record<string, unknown>, 'reason', 2000, 5);
      return asActor(actor, async (tx) => {
        const req = await mustFindRequest(tx, id);
        if (req.providerOrganisationId !== org)
          throw new ServiceError('forbidden', 'Only the owning organisation decides this request.');
        if (req.status !== 'pending')
          throw new ServiceError('conflict', `This request is already ${req.status}.`);
        const now = ctx.clock();
        const updated = (await updateDataRequest(tx, id, {
          status: 'rejected',
          decidedAt: now,
          decidedBy: actor.userId,
          rejectReason: reason,
        }))!;
        if (req.requesterOrganisationId) {
          await notify(tx, {
            organisationId: req.requesterOrganisationId,
            kind: 'request-rejected',
            params: { title: req.entryTitle },
            link: `/agreements#request-${id}`,
          });
        }
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.request-rejected',
          targetType: 'data-request',
          targetId: id,
          organisationId: org,
        });
        return requestView(deps, tx, actor, updated, await acronyms(tx));
      });
    },
  };
}
