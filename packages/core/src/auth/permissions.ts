/**
 * Roles and the permissions table (role → actions). Pure data and lookups; the services check
 * these before acting, and the database's row-level security keeps every actor inside their own
 * organisations whatever the role says.
 *
 * `admin` is a system role (a flag on the user, not a membership); the other six are roles a user
 * holds in one organisation through a membership.
 */

export const MEMBERSHIP_ROLES = [
  'cluster-coordinator',
  'cluster-imo',
  'partner-focal-point',
  'partner-im-officer',
  'caseworker',
  'viewer',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const ROLES = ['admin', ...MEMBERSHIP_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  /** See the cluster's directory of organisations (names, acronyms, types). */
  'organisation.list',
  /** Add organisations to the cluster's directory (acting for a cluster lead organisation). */
  'organisation.create',
  /** Edit, deactivate and reactivate organisations of the directory. */
  'organisation.update',
  'user.create',
  'user.list',
  /** Add, change or remove memberships of the actor's own organisation. */
  'membership.manage',
  /** Create, list and revoke one's own personal API tokens. */
  'token.manage-own',
  'audit.read',
  'audit.verify',
  'demo.load',
  /** See what members share with the cluster: registry metadata, the cluster view of agreements. */
  'cluster.view',
  /** Create, edit and change the status of ISP versions (for the cluster). */
  'isp.edit',
  /** Endorse an ISP version for one's own organisation. */
  'isp.endorse',
  /**
   * Manage one's organisation's registry (entries, files, quarantine, import) and its data
   * sharing: decide requests for its assets, revoke its agreements.
   */
  'registry.manage',
  /**
   * Send a referral whose consent check failed on the device (issue 9, domain.md §10.5), on a legal
   * basis other than consent, and approve a colleague's such request (two people of the sending
   * organisation, both holding this permission). The database enforces the same list (migration 0041).
   */
  'referral.consent-override',
  /**
   * Rotate the organisation's referral key (issue 9, decisions 0017 §3, 0025, 0030 and 0017's
   * addendum): make a new key pair, grant it to the remaining holders, print a new recovery code.
   * Also needs a copy of the current key (to seal the old keys into the new one). Partner focal
   * points only: they revoke members, keep the printed recovery code and are the only ones who can
   * use it, so the person who rotates is the person who must keep the new code. The services, the
   * API (and so the CLI) and the web page ask this table; the database enforces the same list
   * (migration 0058: retiring the current key).
   */
  'referral.key-rotate',
] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: readonly Action[] = ['organisation.list', 'token.manage-own'];

/** The permissions table. Every role listed; every action granted explicitly. */
export const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  admin: [...ACTIONS],
  'cluster-coordinator': [
    ...everyone,
    'organisation.create',
    'organisation.update',
    'user.list',
    'membership.manage',
    'audit.read',
    'cluster.view',
    'isp.edit',
    'isp.endorse',
    'registry.manage',
  ],
  'cluster-imo': [...everyone, 'user.list', 'cluster.view', 'isp.edit', 'registry.manage'],
  'partner-focal-point': [
    ...everyone,
    'user.list',
    'membership.manage',
    'audit.read',
    'isp.endorse',
    'registry.manage',
    'referral.consent-override',
    'referral.key-rotate',
  ],
  'partner-im-officer': [...everyone, 'user.list', 'registry.manage'],
  caseworker: [...everyone],
  viewer: [...everyone],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isMembershipRole(value: unknown): value is MembershipRole {
  return typeof value === 'string' && (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}

/** Whether `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/** The roles that may perform `action`, in table order. */
export function rolesAllowed(action: Action): Role[] {
  return ROLES.filter((role) => can(role, action));
}

/** The membership roles that may perform `action` (the system role left out), in table order. */
export function membershipRolesAllowed(action: Action): MembershipRole[] {
  return MEMBERSHIP_ROLES.filter((role) => can(role, action));
}

/**
 * The membership a user acts in when they sign in: the one with the most capable role
 * (`MEMBERSHIP_ROLES` order, cluster coordinator first, viewer last); between equal roles, the
 * first in the order given (organisation name). A focal point of one organisation who is also a
 * viewer of another lands where they can act. The demo prints the same membership.
 */
export function landingMembership<M extends { readonly role: MembershipRole }>(
  memberships: readonly M[],
): M | undefined {
  let best: M | undefined;
  for (const m of memberships) {
    if (!best || MEMBERSHIP_ROLES.indexOf(m.role) < MEMBERSHIP_ROLES.indexOf(best.role)) best = m;
  }
  return best;
}
