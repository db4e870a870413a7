/**
 * The role-grant policy: who may give which membership role, in which kind of organisation, and
 * who may change or remove a membership. Pure: the services pass in what the database knows (the
 * granter's role, the kinds of organisation, the member's current role, how many other cluster
 * coordinators there are) and get back `allowed` or a stable reason code.
 *
 * The rules, in the order they are checked:
 * 1. Cluster roles (cluster-coordinator, cluster-imo) exist only in an organisation of kind
 *    cluster lead or co-lead — for everybody, administrators included (the database refuses it too).
 * 2. A system administrator may otherwise grant, change and remove any role anywhere.
 * 3. Anyone else needs a role that manages memberships (`membership.manage`), and only in an
 *    organisation they are a member of ("own"); never in another organisation.
 * 4. Nobody grants a role above their own (ranks below), nor changes or removes the membership of
 *    someone whose current role is above their own.
 * 5. The cluster's last coordinator cannot be removed or demoted (for everybody).
 */
import { can, type MembershipRole, type Role } from './permissions';

/** The kinds of organisation that matter for roles. */
export const ORGANISATION_KINDS = ['cluster-lead', 'partner'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Organisation types (the directory's `type`) that lead the cluster: they may hold cluster roles. */
export const CLUSTER_LEAD_TYPES = ['cluster-lead', 'cluster-co-lead'] as const;

/** The kind of an organisation from its directory type. */
export function organisationKindOf(type: string): OrganisationKind {
  return (CLUSTER_LEAD_TYPES as readonly string[]).includes(type) ? 'cluster-lead' : 'partner';
}

/** Roles that act for the cluster; they exist only in cluster lead / co-lead organisations. */
export const CLUSTER_ONLY_ROLES: readonly MembershipRole[] = ['cluster-coordinator', 'cluster-imo'];

export function isClusterOnlyRole(role: MembershipRole): boolean {
  return CLUSTER_ONLY_ROLES.includes(role);
}

/**
 * Rank of each role: a granter may give roles of rank ≤ their own. The system administrator is
 * above every membership role.
 */
export const ROLE_RANK: Readonly<Record<Role, number>> = {
  admin: 7,
  'cluster-coordinator': 6,
  'cluster-imo': 5,
  'partner-focal-point': 4,
  'partner-im-officer': 3,
  caseworker: 2,
  viewer: 1,
};

/** What is being done to a membership. */
export type RoleGrantChange =
  /** A new membership with `role`. */
  | { readonly kind: 'add'; readonly role: MembershipRole }
  /** The member's role goes from `from` to `role`. */
  | { readonly kind: 'change'; readonly from: MembershipRole; readonly role: MembershipRole }
  /** The membership (currently `from`) is removed. */
  | { readonly kind: 'remove'; readonly from: MembershipRole };

export interface RoleGrantRequest {
  /**
   * Who grants: `admin` for a system administrator, otherwise the granter's membership role in
   * the target organisation when it is their own, or their role in their active organisation
   * when it is not (the answer is then `not-own-organisation` whatever the role).
   */
  readonly granterRole: Role;
  /** Whether the target organisation is one the granter is a member of. */
  readonly target: 'own' | 'other';
  /** The kind of the organisation where the membership is. */
  readonly targetKind: OrganisationKind;
  readonly change: RoleGrantChange;
  /**
   * Enabled cluster coordinators in the whole cluster other than this membership. Only read when
   * a coordinator is removed or demoted.
   */
  readonly otherCoordinators: number;
}

/** Why a grant is refused (stable codes: the API returns them, the web app translates them). */
export const ROLE_GRANT_REFUSALS = [
  'cannot-manage-members',
  'not-own-organisation',
  'cluster-role-outside-lead',
  'role-above-own',
  'member-above-own',
  'last-coordinator',
] as const;
export type RoleGrantRefusal = (typeof ROLE_GRANT_REFUSALS)[number];

export type RoleGrantDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: RoleGrantRefusal };

const ALLOWED: RoleGrantDecision = { allowed: true };
const refuse = (reason: RoleGrantRefusal): RoleGrantDecision => ({ allowed: false, reason });

/** Decides one grant, change or removal of a membership role. */
export function decideRoleGrant(request: RoleGrantRequest): RoleGrantDecision {
  const { granterRole, target, targetKind, change } = request;
  const admin = granterRole === 'admin';
  const newRole = change.kind === 'remove' ? null : change.role;
  const currentRole = change.kind === 'add' ? null : change.from;

  if (!admin) {
    if (!can(granterRole, 'membership.manage')) return refuse('cannot-manage-members');
    if (target !== 'own') return refuse('not-own-organisation');
  }
  if (newRole !== null && isClusterOnlyRole(newRole) && targetKind !== 'cluster-lead')
    return refuse('cluster-role-outside-lead');
  if (!admin) {
    if (newRole !== null && ROLE_RANK[newRole] > ROLE_RANK[granterRole]) return refuse('role-above-own');
    if (currentRole !== null && ROLE_RANK[currentRole] > ROLE_RANK[granterRole])
      return refuse('member-above-own');
  }
  if (
    currentRole === 'cluster-coordinator' &&
    newRole !== 'cluster-coordinator' &&
    request.otherCoordinators < 1
  )
    return refuse('last-coordinator');
  return ALLOWED;
}

/**
 * The membership roles `granterRole` may give in an organisation of `targetKind` that is their
 * own (what a form offers). Admin: every role the organisation's kind admits.
 */
export function grantableRoles(
  granterRole: Role,
  targetKind: OrganisationKind,
  roles: readonly MembershipRole[],
): MembershipRole[] {
  return roles.filter(
    (role) =>
      decideRoleGrant({
        granterRole,
        target: 'own',
        targetKind,
        change: { kind: 'add', role },
        otherCoordinators: 1,
      }).allowed,
  );
}
