/** Who may do what in the diagnostic (read from the core permissions table, like the ISP). */
import { MEMBERSHIP_ROLES, type MembershipRole } from '@steward/core/auth/permissions';
import { answersDiagnostic } from '@steward/core/diagnostic/model';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, hasRole, requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';

/** Roles that answer the diagnostic and keep the action plan for their organisation. */
export const ANSWERING_ROLES: readonly MembershipRole[] = MEMBERSHIP_ROLES.filter(answersDiagnostic);

export type Party = 'member' | 'cluster';

/** The organisation acting, after checking the actor may act for `party` (write = answer/plan). */
export function requireParty(actor: Actor, party: Party, write: boolean): string {
  const org = requireActiveOrganisation(actor);
  if (party === 'cluster' && !hasRole(actor, CLUSTER_ROLES))
    throw new ServiceError('forbidden', 'Only cluster roles act for the cluster in the diagnostic.');
  if (write && !hasRole(actor, ANSWERING_ROLES))
    throw new ServiceError(
      'forbidden',
      `Only ${ANSWERING_ROLES.join(', ')} answer the diagnostic for their organisation.`,
    );
  return org;
}

export function requireCluster(actor: Actor, what: string): string {
  const org = requireActiveOrganisation(actor);
  if (!hasRole(actor, CLUSTER_ROLES)) throw new ServiceError('forbidden', `Only cluster roles may ${what}.`);
  return org;
}
