/**
 * Members of one organisation with their roles (for the API's membership screens). Composed from
 * the existing repositories; runs as the caller acting for that organisation, so row-level
 * security decides what is visible.
 */
import {
  findOrganisationById,
  listMembershipsOfOrganisation,
  listUsers,
  type MembershipRoleValue,
} from '@steward/db';
import { ServiceError } from '../errors';
import type { Caller, Context } from '../types';
import { requireAllowed, runAs } from '../util';

export interface OrganisationMember {
  userId: string;
  email: string;
  displayName: string;
  organisationId: string;
  role: MembershipRoleValue;
}

/**
 * The members of `organisationId` (needs `user.list` there; an admin: any organisation), sorted
 * by e-mail. Throws `forbidden` without the permission, `not-found` for an unknown organisation.
 */
export async function listOrganisationMembers(
  ctx: Context,
  caller: Caller,
  organisationId: string,
): Promise<OrganisationMember[]> {
  requireAllowed(caller, 'user.list', organisationId);
  // Act for the organisation asked about (RLS narrows an actor to one organisation at a time).
  const scoped = caller.via === 'system' ? caller : { ...caller, activeOrganisationId: organisationId };
  return runAs(ctx, scoped, async (tx) => {
    if (!(await findOrganisationById(tx, organisationId)))
      throw new ServiceError('not-found', 'No such organisation.');
    const users = new Map((await listUsers(tx)).map((u) => [u.id, u]));
    const members: OrganisationMember[] = [];
    for (const m of await listMembershipsOfOrganisation(tx, organisationId)) {
      const user = users.get(m.userId);
      if (!user) continue;
      members.push({
        userId: user.id,
        email: user.email,
        displayName: user.displayName,
        organisationId: m.organisationId,
        role: m.role,
      });
    }
    return members.sort((a, b) => a.email.localeCompare(b.email));
  });
}
