/** The organisation's in-app notifications (only those its role can act on) and marking one read. */
import { listNotifications, markNotificationRead } from '@steward/db/repositories/sharing';
import { activeRole, requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import type { SharingDeps } from './deps';
import type { NotificationView } from './types';

export interface SharingNotifications {
  notifications(actor: Actor): Promise<NotificationView[]>;
  markNotificationRead(actor: Actor, id: string): Promise<void>;
}

export function createSharingNotifications(deps: SharingDeps): SharingNotifications {
  const { ctx, asActor } = deps;
  return {
    async notifications(actor: Actor) {
      const org = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) =>
        (await listNotifications(tx, [org], activeRole(actor))).map((n) => ({
          id: n.id,
          kind: n.kind,
          text: n.text,
          params: n.params,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      );
    },

    async markNotificationRead(actor: Actor, id: string): Promise<void> {
      requireActiveOrganisation(actor);
      await asActor(actor, (tx) => markNotificationRead(tx, id, ctx.clock()));
    },
  };
}
