/**
 * Agreements as each side sees them: the ones the actor's organisation is party to, and for
 * cluster roles every agreement's metadata (no asset contents) with how many expire soon.
 */
import { agreementStatus } from '@steward/core/sharing/access';
import { listAgreements } from '@steward/db/repositories/sharing';
import { CLUSTER_ROLES, requireActiveOrganisation, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { SharingDeps } from './deps';
import { EXPIRING_SOON_DAYS, type AgreementView, type ClusterAgreements } from './types';
import { agreementView } from './views';

export interface SharingAgreements {
  /** Agreements the actor's organisation is party to. */
  listAgreements(actor: Actor): Promise<AgreementView[]>;
  /** Cluster roles: every agreement's metadata (no asset contents). */
  clusterAgreements(actor: Actor): Promise<ClusterAgreements>;
}

export function createSharingAgreements(deps: SharingDeps): SharingAgreements {
  const { asActor, acronyms, today } = deps;
  return {
    async listAgreements(actor: Actor): Promise<AgreementView[]> {
      const org = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const acr = await acronyms(tx);
        const rows = (await listAgreements(tx)).filter(
          (a) => a.providerOrganisationId === org || a.recipientOrganisationId === org,
        );
        return Promise.all(rows.map((a) => agreementView(deps, tx, a, acr)));
      });
    },

    async clusterAgreements(actor: Actor) {
      requireRole(actor, CLUSTER_ROLES, 'see the cluster view of agreements');
      return asActor(actor, async (tx) => {
        const acr = await acronyms(tx);
        const t = today();
        const soon = new Date(Date.parse(`${t}T00:00:00Z`) + EXPIRING_SOON_DAYS * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const items = (await listAgreements(tx)).map((a) => ({
          id: a.id,
          reference: a.reference,
          dataTypes: a.dataTypes,
          sensitivity: a.sensitivity,
          provider: acr.get(a.providerOrganisationId) ?? '?',
          recipient: a.recipientOrganisationId
            ? (acr.get(a.recipientOrganisationId) ?? '?')
            : (a.recipientName ?? '?'),
          status: agreementStatus(a, t),
          startsOn: a.startsOn,
          expiresOn: a.expiresOn,
        }));
        return {
          items,
          expiringSoon: items.filter((i) => i.status === 'active' && i.expiresOn <= soon).length,
        };
      });
    },
  };
}
