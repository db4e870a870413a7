/**
 * Applies the core role-grant policy (@steward/core/auth/role-grants) to a caller: works out who
 * grants (administrator, or the caller's role in the organisation), turns a refusal into
 * `ServiceError('role-grant-refused' | 'forbidden', …, { reason })`, and recognises the database's own refusals
 * (migration 0004) when something got past the services.
 */
import { type Role } from '@steward/core/auth/permissions';
import {
  decideRoleGrant,
  organisationKindOf,
  type RoleGrantChange,
  type RoleGrantRefusal,
} from '@steward/core/auth/role-grants';
import { countOtherClusterCoordinators, findOrganisationById, type Tx } from '@steward/db';
import { ServiceError } from '../errors';
import type { Caller } from '../types';

export interface Granter {
  granterRole: Role;
  target: 'own' | 'other';
}

/** Who grants in `organisationId`: the system and session administrators as `admin`. */
export function granterOf(caller: Caller, organisationId: string): Granter {
  if (caller.via === 'system' || (caller.isAdmin && caller.via === 'session'))
    return { granterRole: 'admin', target: 'own' };
  const own = caller.memberships.find((m) => m.organisationId === organisationId);
  if (own) return { granterRole: own.role, target: 'own' };
  const active = caller.memberships.find((m) => m.organisationId === caller.activeOrganisationId);
  return { granterRole: active?.role ?? 'viewer', target: 'other' };
}

const MESSAGES: Record<RoleGrantRefusal, string> = {
  'cannot-manage-members': 'Your role does not manage the members of an organisation.',
  'not-own-organisation': 'You can manage members only of your own organisation.',
  'cluster-role-outside-lead':
    'Cluster roles (cluster coordinator, cluster IMO) exist only in the cluster lead or co-lead organisations.',
  'role-above-own': 'Nobody can give a role above their own.',
  'member-above-own': 'Nobody can change or remove the membership of someone whose role is above their own.',
  'last-coordinator': 'The cluster’s last coordinator cannot be removed or demoted; appoint another first.',
};

/**
 * The error for a refusal: `forbidden` when the caller may not manage this organisation's members
 * at all (as the permissions table says), `role-grant-refused` for the role rules proper.
 */
export function roleGrantRefused(reason: RoleGrantRefusal): ServiceError {
  const code =
    reason === 'cannot-manage-members' || reason === 'not-own-organisation'
      ? 'forbidden'
      : 'role-grant-refused';
  return new ServiceError(code, MESSAGES[reason], { reason });
}

/** The refusal a caller meets before any data is read (role and organisation only), or null. */
export function precheckGrant(caller: Caller, organisationId: string): RoleGrantRefusal | null {
  const granter = granterOf(caller, organisationId);
  const decision = decideRoleGrant({
    ...granter,
    targetKind: 'cluster-lead',
    change: { kind: 'add', role: 'viewer' },
    otherCoordinators: 1,
  });
  return decision.allowed ? null : decision.reason;
}

/**
 * Decides `change` to the membership of `userId` in `organisationId`, reading the organisation's
 * kind and (for a coordinator) the coordinators left. Throws `not-found` for an unknown
 * organisation; returns the refusal or null.
 */
export async function decideGrant(
  tx: Tx,
  caller: Caller,
  target: { userId: string; organisationId: string },
  change: RoleGrantChange,
): Promise<RoleGrantRefusal | null> {
  const organisation = await findOrganisationById(tx, target.organisationId);
  if (!organisation) throw new ServiceError('not-found', 'No such organisation.');
  const losesCoordinator = change.kind !== 'add' && change.from === 'cluster-coordinator';
  const decision = decideRoleGrant({
    ...granterOf(caller, target.organisationId),
    targetKind: organisationKindOf(organisation.type),
    change,
    otherCoordinators: losesCoordinator
      ? await countOtherClusterCoordinators(tx, target.userId, target.organisationId)
      : 0,
  });
  return decision.allowed ? null : decision.reason;
}

const DATABASE_REFUSALS: Record<string, RoleGrantRefusal> = {
  memberships_cluster_role_in_lead: 'cluster-role-outside-lead',
  memberships_role_above_own: 'role-above-own',
  memberships_last_coordinator: 'last-coordinator',
};

/** The policy refusal behind a database error raised by migration 0004's triggers, or null. */
export function databaseRefusal(error: unknown): RoleGrantRefusal | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const constraint = (current as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string' && Object.hasOwn(DATABASE_REFUSALS, constraint))
      return DATABASE_REFUSALS[constraint] ?? null;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
