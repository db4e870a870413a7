import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';
import { organisations, type OrganisationStatus, type OrganisationType } from '../schema/organisations';
import { memberships, users, type MEMBERSHIP_ROLE_VALUES } from '../schema/users';

export type MembershipRoleValue = (typeof MEMBERSHIP_ROLE_VALUES)[number];

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  disabled: boolean;
  /** The language the user chose in the web app (en, fr, es, pt, ar), or null. */
  preferredLanguage: string | null;
}

const userColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  isAdmin: users.isAdmin,
  disabled: users.disabled,
  preferredLanguage: users.preferredLanguage,
};

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  isAdmin?: boolean;
}

export async function insertUser(tx: Tx, input: NewUser, at: Date): Promise<UserRow> {
  const [row] = await tx
    .insert(users)
    .values({ ...input, createdAt: at, updatedAt: at })
    .returning(userColumns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findUserById(tx: Tx, id: string): Promise<UserRow | null> {
  const [row] = await tx.select(userColumns).from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findUserByEmail(tx: Tx, email: string): Promise<UserRow | null> {
  const [row] = await tx
    .select(userColumns)
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row ?? null;
}

/** Users visible to the actor (themselves, people of their organisations; all for an admin). */
export function listUsers(tx: Tx): Promise<UserRow[]> {
  return tx.select(userColumns).from(users).orderBy(asc(users.email));
}

export async function setUserDisabled(tx: Tx, id: string, disabled: boolean, at: Date): Promise<number> {
  const rows = await tx
    .update(users)
    .set({ disabled, updatedAt: at })
    .where(eq(users.id, id))
    .returning({ id: users.id });
  return rows.length;
}

export interface LoginLookup {
  userId: string;
  passwordHash: string;
  disabled: boolean;
}

/** Sign-in lookup before any actor is known (SECURITY DEFINER function; exact e-mail, any case). */
export async function lookupUserForLogin(tx: Tx, email: string): Promise<LoginLookup | null> {
  const [row] = await queryRows<{ user_id: string; password_hash: string; disabled: boolean }>(
    tx,
    sql`select user_id, password_hash, disabled from steward_auth_user_by_email(${email})`,
  );
  return row ? { userId: row.user_id, passwordHash: row.password_hash, disabled: row.disabled } : null;
}

export interface MembershipRow {
  id: string;
  userId: string;
  organisationId: string;
  organisationName: string;
  acronym: string;
  organisationType: OrganisationType;
  role: MembershipRoleValue;
}

const membershipColumns = {
  id: memberships.id,
  userId: memberships.userId,
  organisationId: memberships.organisationId,
  organisationName: organisations.name,
  acronym: organisations.acronym,
  organisationType: organisations.type,
  role: memberships.role,
};

export function listMembershipsOfUser(tx: Tx, userId: string): Promise<MembershipRow[]> {
  return tx
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}

/**
 * A user and their memberships (organisation name order) in one query, as the actor sees them:
 * what authenticating a request needs. Null when the user is not visible or does not exist.
 */
export async function findUserWithMemberships(
  tx: Tx,
  userId: string,
): Promise<{
  user: UserRow;
  memberships: (MembershipRow & { organisationStatus: OrganisationStatus })[];
} | null> {
  const rows = await tx
    .select({
      user: userColumns,
      membershipId: memberships.id,
      organisationId: organisations.id,
      organisationName: organisations.name,
      acronym: organisations.acronym,
      organisationType: organisations.type,
      organisationStatus: organisations.status,
      role: memberships.role,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.id, userId))
    .orderBy(asc(organisations.name));
  const first = rows[0];
  if (!first) return null;
  const list: (MembershipRow & { organisationStatus: OrganisationStatus })[] = [];
  for (const r of rows) {
    // A membership whose organisation is not visible is left out, as the inner join would.
    if (!r.membershipId || !r.organisationId || !r.role) continue;
    list.push({
      id: r.membershipId,
      userId: first.user.id,
      organisationId: r.organisationId,
      organisationName: r.organisationName!,
      acronym: r.acronym!,
      organisationType: r.organisationType!,
      organisationStatus: r.organisationStatus!,
      role: r.role,
    });
  }
  return { user: first.user, memberships: list };
}

export function listMembershipsOfOrganisation(tx: Tx, organisationId: string): Promise<MembershipRow[]> {
  return tx
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.organisationId, organisationId));
}

export async function findMembership(
  tx: Tx,
  userId: string,
  organisationId: string,
): Promise<MembershipRow | null> {
  const [row] = await tx
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return row ?? null;
}

export async function insertMembership(
  tx: Tx,
  input: { userId: string; organisationId: string; role: MembershipRoleValue },
  at: Date,
): Promise<string> {
  const [row] = await tx
    .insert(memberships)
    .values({ ...input, createdAt: at })
    .returning({ id: memberships.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Returns the number of rows changed (0 when absent or not visible to the actor). */
export async function updateMembershipRole(
  tx: Tx,
  userId: string,
  organisationId: string,
  role: MembershipRoleValue,
): Promise<number> {
  const rows = await tx
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
    .returning({ id: memberships.id });
  return rows.length;
}

export async function deleteMembership(tx: Tx, userId: string, organisationId: string): Promise<number> {
  const rows = await tx
    .delete(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
    .returning({ id: memberships.id });
  return rows.length;
}

/**
 * Enabled cluster coordinators of the whole cluster other than the membership (userId,
 * organisationId). Counted by a SECURITY DEFINER function: row-level security hides other
 * organisations' memberships, the count is all it returns.
 */
export async function countOtherClusterCoordinators(
  tx: Tx,
  userId: string,
  organisationId: string,
): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(
    tx,
    sql`SELECT steward_other_cluster_coordinators(${userId}::uuid, ${organisationId}::uuid) AS n`,
  );
  return Number(row?.n ?? 0);
}
