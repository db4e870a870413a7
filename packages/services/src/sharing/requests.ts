/**
 * Data-sharing requests: a member asks for an entry shared with the cluster, an outside requester
 * uses the public form (no sign-in), and each side lists its incoming or outgoing requests.
 */
import {
  insertDataRequest,
  listDataRequests,
  requestableEntry,
  submitPublicDataRequest,
} from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { catalogueShowsEntry } from '../catalogue/visible';
import { requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import type { SharingDeps } from './deps';
import { fieldError, noSharedEntry, requestBody, text } from './input';
import type { RequestView } from './types';
import { requestView } from './views';

export interface SharingRequests {
  /** A member asks for an entry shared with the cluster. */
  createRequest(actor: Actor, input: unknown): Promise<RequestView>;
  /** The public form: no sign-in. Returns the new id. */
  submitPublicRequest(input: unknown): Promise<{ id: string }>;
  listRequests(actor: Actor, direction?: 'incoming' | 'outgoing'): Promise<RequestView[]>;
}

export function createSharingRequests(deps: SharingDeps): SharingRequests {
  const { ctx, asActor, notify, acronyms } = deps;
  return {
    async createRequest(actor: Actor, input: unknown): Promise<RequestView> {
      const organisationId = requireActiveOrganisation(actor);
      const body = requestBody(input);
      return asActor(actor, async (tx) => {
        const entry = await requestableEntry(tx, body.registryEntryId);
        if (!entry) throw noSharedEntry();
        if (entry.organisationId === organisationId)
          throw fieldError('registryEntryId', 'this entry belongs to your own organisation');
        // The catalogue's rule (issue 8): an entry it hides from this organisation (draft, inactive
        // owner, destroyed, or one the ISP never lets it have) is not found, as an unknown id.
        if (!(await catalogueShowsEntry(tx, body.registryEntryId, organisationId))) throw noSharedEntry();
        const now = ctx.clock();
        const row = await insertDataRequest(tx, {
          ...body,
          entryTitle: entry.title,
          providerOrganisationId: entry.organisationId,
          requesterOrganisationId: organisationId,
          requesterUserId: actor.userId,
          status: 'pending',
          createdAt: now,
        });
        await notify(tx, {
          organisationId: entry.organisationId,
          kind: 'request-received',
          params: { title: entry.title },
          link: `/agreements#request-${row.id}`,
        });
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.request-created',
          targetType: 'data-request',
          targetId: row.id,
          organisationId: entry.organisationId,
          details: { entryId: body.registryEntryId },
        });
        return requestView(deps, tx, actor, row, await acronyms(tx));
      });
    },

    /** The public form: no sign-in. Returns the new id. */
    async submitPublicRequest(input: unknown): Promise<{ id: string }> {
      const body = requestBody(input);
      const o = input as Record<string, unknown>;
      const requesterName = text(o, 'requesterName', 200);
      const requesterOrganisation = text(o, 'requesterOrganisation', 200);
      const id = await ctx.db.withAnonymous((tx) =>
        submitPublicDataRequest(tx, {
          ...body,
          requesterName,
          requesterOrganisationName: requesterOrganisation,
          at: ctx.clock(),
        }),
      );
      if (!id) throw noSharedEntry();
      return { id };
    },

    async listRequests(
      actor: Actor,
      direction: 'incoming' | 'outgoing' = 'incoming',
    ): Promise<RequestView[]> {
      const org = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const rows = await listDataRequests(
          tx,
          direction === 'incoming' ? { providerIn: org } : { requesterIn: org },
        );
        const acr = await acronyms(tx);
        return Promise.all(rows.map((r) => requestView(deps, tx, actor, r, acr)));
      });
    },
  };
}
