import { findUserById, listMembershipsOfUser, type Tx } from '@steward/db';
import type { LoadedActor } from './types';

/** The user and their memberships (for a token: only the token's organisation); null when disabled or gone. */
export async function loadActor(
  tx: Tx,
  userId: string,
  via: 'session' | 'token',
  scopeOrganisationId: string | null,
): Promise<LoadedActor | null> {
  const user = await findUserById(tx, userId);
  if (!user || user.disabled) return null;
  const all = await listMembershipsOfUser(tx, userId);
  const memberships = all
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
    memberships,
  };
}
