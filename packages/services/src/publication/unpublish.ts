/** Unpublishing: immediate (the public link stops answering), audited. */
import { findPublication } from '@steward/db/repositories/publication';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { PublicationDeps } from './deps';
import { PUBLICATION_AUDIT, type PublicationView } from './types';
import { publicationView } from './views';

export interface PublicationUnpublishing {
  /** Withdraws a publication at once: its public link stops answering. */
  unpublish(actor: Actor, id: string): Promise<PublicationView>;
}

export function createPublicationUnpublishing(deps: PublicationDeps): PublicationUnpublishing {
  const { ctx, asActor, withdraw } = deps;
  return {
    async unpublish(actor: Actor, id: string): Promise<PublicationView> {
      const org = requireRole(actor, CLUSTER_ROLES, 'unpublish');
      return asActor(actor, async (tx) => {
        const row = await findPublication(tx, id);
        if (!row || row.organisationId !== org)
          throw new ServiceError('not-found', 'No publication of your organisation has this id.');
        const updated = await withdraw(tx, actor, id);
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: PUBLICATION_AUDIT.unpublished,
          targetType: 'publication',
          targetId: id,
          organisationId: org,
          outcome: 'success',
          details: { title: row.title, audience: row.audience, version: row.version },
        });
        return publicationView(updated!);
      });
    },
  };
}
