import {
  findUserWithMemberships,
  type MembershipRow,
  type OrganisationStatus,
  type Tx,
  type UserRow,
} from '@steward/db';
import { isLanguage } from '@steward/core/i18n/languages';
import type { LoadedActor } from './types';

/**
 * The actor of a user row and its memberships in active organisations (for a token: only the
 * token's organisation); null when disabled. A deactivated organisation is no longer one its
 * members act for (row-level security agrees: steward_actor_organisation_ids).
 */
export function actorFrom(
  found: { user: UserRow; memberships: (MembershipRow & { organisationStatus: OrganisationStatus })[] },
  via: 'session' | 'token',
  scopeOrganisationId: string | null,
): LoadedActor | null {
  if (found.user.disabled) return null;
  const { user } = found;
  const memberships = found.memberships
    .filter((m) => m.organisationStatus === 'active')
    .filter((m) => via === 'session' || m.organisationId === scopeOrganisationId)
    .map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      acronym: m.acronym,
      role: m.role,
    }));
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    isAdmin: user.isAdmin,
    preferredLanguage: isLanguage(user.preferredLanguage) ? user.preferredLanguage : null,
    memberships,
  };
}

/** The user and their memberships in active organisations (see actorFrom); null when disabled or gone. */
export async function loadActor(
  tx: Tx,
  userId: string,
  via: 'session' | 'token',
  scopeOrganisationId: string | null,
): Promise<LoadedActor | null> {
  const found = await findUserWithMemberships(tx, userId);
  return found ? actorFrom(found, via, scopeOrganisationId) : null;
}
