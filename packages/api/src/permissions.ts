/**
 * The API's first gate, on the permissions table of @steward/core (role → actions). The services
 * check again before acting, and the database's row-level security keeps every actor inside
 * their organisations whatever the role says.
 */
import { can, type Action } from '@steward/core/auth/permissions';
import type { Actor } from '@steward/services';

export type { Action };

/**
 * Whether `actor` may perform `action` in `organisationId`: a system administrator signed in
 * with a session may do what the admin role allows; otherwise the actor's role in that
 * organisation decides. A token actor acts only for the token's organisation.
 */
export function actorMay(actor: Actor, action: Action, organisationId: string | null): boolean {
  if (actor.isAdmin && actor.via === 'session' && can('admin', action)) return true;
  if (!organisationId) return false;
  if (actor.via === 'token' && organisationId !== actor.activeOrganisationId) return false;
  const membership = actor.memberships.find((m) => m.organisationId === organisationId);
  return membership !== undefined && can(membership.role, action);
}

/**
 * The actor acting for `organisationId` in this request (a route about one organisation names it
 * in its path). Unchanged when it is already the active organisation or the actor is a token.
 */
export function actingFor(actor: Actor, organisationId: string): Actor {
  if (actor.via === 'token' || actor.activeOrganisationId === organisationId) return actor;
  return { ...actor, activeOrganisationId: organisationId };
}
