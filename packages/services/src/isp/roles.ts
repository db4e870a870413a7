/**
 * Role checks of the registry, ISP and sharing services, read from the core permissions table
 * (@steward/core/auth/permissions): the role the actor holds in their *active* organisation decides.
 */
import { membershipRolesAllowed, type MembershipRole } from '@steward/core/auth/permissions';
import { ServiceError } from '../errors';
import type { Actor } from '../types';

/**
 * Roles that act for the cluster (the cluster views). The database's
 * steward_actor_has_cluster_role() lists the same roles (roles.test.ts checks it).
 */
export const CLUSTER_ROLES: readonly MembershipRole[] = membershipRolesAllowed('cluster.view');
/** Roles that edit the ISP and change its status. */
export const ISP_EDITOR_ROLES: readonly MembershipRole[] = membershipRolesAllowed('isp.edit');
/** Roles that may endorse the ISP for their organisation. */
export const ENDORSING_ROLES: readonly MembershipRole[] = membershipRolesAllowed('isp.endorse');
/** Roles that may edit their organisation's registry and decide its requests. */
export const DATA_MANAGER_ROLES: readonly MembershipRole[] = membershipRolesAllowed('registry.manage');

/** The actor's role in their active organisation (null without one). */
export function activeRole(actor: Actor): MembershipRole | null {
  const m = actor.memberships.find((x) => x.organisationId === actor.activeOrganisationId);
  return m?.role ?? null;
}

/** The active organisation, or a clear error. */
export function requireActiveOrganisation(actor: Actor): string {
  if (!actor.activeOrganisationId || !activeRole(actor)) {
    throw new ServiceError('forbidden', 'Choose the organisation you are acting for first.');
  }
  return actor.activeOrganisationId;
}

export function hasRole(actor: Actor, roles: readonly MembershipRole[]): boolean {
  const role = activeRole(actor);
  return role !== null && roles.includes(role);
}

export function requireRole(actor: Actor, roles: readonly MembershipRole[], what: string): string {
  const org = requireActiveOrganisation(actor);
  if (!hasRole(actor, roles)) {
    throw new ServiceError('forbidden', `Only ${roles.join(', ')} may ${what}.`);
  }
  return org;
}

export const isClusterActor = (actor: Actor): boolean => hasRole(actor, CLUSTER_ROLES);
