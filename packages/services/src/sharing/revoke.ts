/** Revocation of an agreement by its provider: immediate, downloads stop at once; both parties notified. */
import { updateAgreement } from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { SharingDeps } from './deps';
import { text } from './input';
import type { AgreementView } from './types';
import { agreementView } from './views';

export interface SharingRevocation {
  /** Revocation is immediate: downloads stop at once. */
  revoke(actor: Actor, id: string, input: unknown): Promise<AgreementView>;
}

export function createSharingRevocation(deps: SharingDeps): SharingRevocation {
  const { ctx, asActor, notify, acronyms, mustFindAgreement } = deps;
  return {
    async revoke(actor: Actor, id: string, input: unknown): Promise<AgreementView> {
      const org = requireRole(actor, DATA_MANAGER_ROLES, 'revoke agreements');
      const reason = text((input ?? {}) as Record<string, unknown>, 'reason', 2000, 5);
      return asActor(actor, async (tx) => {
        const a = await mustFindAgreement(tx, id);
        if (a.providerOrganisationId !== org)
          throw new ServiceError('forbidden', 'Only the providing organisation may revoke this agreement.');
        if (a.revokedAt) throw new ServiceError('conflict', `Agreement ${a.reference} is already revoked.`);
        const now = ctx.clock();
        const updated = (await updateAgreement(tx, id, {
          revokedAt: now,
          revokedBy: actor.userId,
          revokedReason: reason,
        }))!;
        if (a.recipientOrganisationId)
          await notify(tx, {
            organisationId: a.recipientOrganisationId,
            kind: 'agreement-revoked',
            params: { reference: a.reference },
            link: `/agreements#agreement-${id}`,
          });
        await notify(tx, {
          organisationId: org,
          kind: 'agreement-revoked',
          params: { reference: a.reference },
          link: `/agreements#agreement-${id}`,
        });
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.agreement-revoked',
          targetType: 'agreement',
          targetId: id,
          organisationId: org,
          details: { reference: a.reference },
        });
        return agreementView(deps, tx, updated, await acronyms(tx));
      });
    },
  };
}
