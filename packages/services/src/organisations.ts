import {
  findOrganisationById,
  insertOrganisation,
  listOrganisations,
  ORGANISATION_TYPES,
  type OrganisationRow,
  type OrganisationType,
} from '@steward/db';
import { appendAuditAs } from './audit';
import { ServiceError } from './errors';
import type { Caller, Context } from './types';
import { isUniqueViolation, requireAllowed, runAs } from './util';

export type { OrganisationRow };

export interface NewOrganisationInput {
  name: string;
  acronym: string;
  type: OrganisationType;
  isClusterMember?: boolean;
}

export function createOrganisationsService(ctx: Context) {
  return {
    /** The cluster's directory of organisations (every signed-in user; shared within the cluster). */
    list(caller: Caller): Promise<OrganisationRow[]> {
      requireAllowed(caller, 'organisation.list');
      return runAs(ctx, caller, (tx) => listOrganisations(tx));
    },

    async get(caller: Caller, id: string): Promise<OrganisationRow> {
      const row = await runAs(ctx, caller, (tx) => findOrganisationById(tx, id));
      if (!row) throw new ServiceError('not-found', 'No such organisation.');
      return row;
    },

    /** Creates an organisation (admin or system). Audited. Throws `conflict` on a duplicate acronym. */
    async create(caller: Caller, input: NewOrganisationInput): Promise<OrganisationRow> {
      requireAllowed(caller, 'organisation.create');
      const name = input.name?.trim() ?? '';
      const acronym = input.acronym?.trim() ?? '';
      if (!name || name.length > 200)
        throw new ServiceError('validation', 'name: required, at most 200 characters', { field: 'name' });
      if (!acronym || acronym.length > 30)
        throw new ServiceError('validation', 'acronym: required, at most 30 characters', {
          field: 'acronym',
        });
      if (!ORGANISATION_TYPES.includes(input.type))
        throw new ServiceError('validation', `type: one of ${ORGANISATION_TYPES.join(', ')}`, {
          field: 'type',
        });
      try {
        return await runAs(ctx, caller, async (tx) => {
          const row = await insertOrganisation(tx, {
            name,
            acronym,
            type: input.type,
            isClusterMember: input.isClusterMember ?? true,
          });
          await appendAuditAs(tx, ctx.clock(), caller, {
            action: 'organisation.create',
            targetType: 'organisation',
            targetId: row.id,
            organisationId: row.id,
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ServiceError('conflict', `An organisation with the acronym ${acronym} exists already.`);
        throw error;
      }
    },
  };
}
