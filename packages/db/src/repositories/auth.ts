import { and, desc, eq, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { type Database, type HeldTransaction, queryRows, type Tx } from '../database';
import { apiTokens, loginAttempts, recoveryCodes, sessions, userTotp } from '../schema/auth';
import { users } from '../schema/users';
import type { OrganisationStatus } from '../schema/organisations';
import type { MembershipRow, UserRow } from './users';

// ---- sessions ----

export interface NewSession {
  userId: string;
  tokenHash: string;
  csrfToken: string;
  activeOrganisationId: string | null;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  /** A step to finish before the session may do anything else; null = fully signed in. */
  pending?: SessionPending | null;
}

export type SessionPending = 'totp' | 'enrol-totp' | 'new-password';

export async function insertSession(tx: Tx, input: NewSession): Promise<string> {
  const [row] = await tx
    .insert(sessions)
    .values({ ...input, lastSeenAt: input.createdAt })
    .returning({ id: sessions.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export interface SessionLookup {
  sessionId: string;
  userId: string;
  csrfToken: string;
  activeOrganisationId: string | null;
  expiresAt: Date;
  lastSeenAt: Date;
  createdAt: Date;
  pending: SessionPending | null;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

function sessionFromRow(row: Record<string, unknown>): SessionLookup {
  return {
    sessionId: row.session_id as string,
    userId: row.user_id as string,
    csrfToken: row.csrf_token as string,
    activeOrganisationId: (row.active_organisation_id as string | null) ?? null,
    expiresAt: new Date(row.expires_at as string | Date),
    lastSeenAt: new Date(row.last_seen_at as string | Date),
    createdAt: new Date(row.created_at as string | Date),
    pending: (row.pending as SessionPending | null) ?? null,
  };
}

/** The acting user and their memberships, read under row-level security as that user (one statement). */
const ACTOR_USER_WITH_MEMBERSHIPS = `select u.id, u.email, u.display_name, u.is_admin, u.disabled, u.preferred_language, m.id as membership_id, o.id as organisation_id, o.name as organisation_name, o.acronym, o.type as organisation_type, o.status as organisation_status, m.role from users u left join memberships m on m.user_id = u.id left join organisations o on o.id = m.organisation_id where u.id = steward_actor_user_id() order by o.name asc`;

/** The rows of ACTOR_USER_WITH_MEMBERSHIPS as findUserWithMemberships gives them; user null when not `userId`'s. */
function userWithMemberships(
  userRows: Record<string, unknown>[],
  userId: string,
): { user: UserRow | null; memberships: (MembershipRow & { organisationStatus: OrganisationStatus })[] } {
  const first = userRows?.[0];
  if (!first || first.id !== userId) return { user: null, memberships: [] };
  const user: UserRow = {
    id: first.id as string,
    email: first.email as string,
    displayName: first.display_name as string,
    isAdmin: first.is_admin as boolean,
    disabled: first.disabled as boolean,
    preferredLanguage: (first.preferred_language as string | null) ?? null,
  };
  const memberships: (MembershipRow & { organisationStatus: OrganisationStatus })[] = [];
  for (const r of userRows) {
    // A membership whose organisation is not visible is left out, as in findUserWithMemberships.
    if (!r.membership_id || !r.organisation_id || !r.role) continue;
    memberships.push({
      id: r.membership_id as string,
      userId: user.id,
      organisationId: r.organisation_id as string,
      organisationName: r.organisation_name as string,
      acronym: r.acronym as string,
      organisationType: r.organisation_type as MembershipRow['organisationType'],
      organisationStatus: r.organisation_status as OrganisationStatus,
      role: r.role as MembershipRow['role'],
    });
  }
  return { user, memberships };
}

/**
 * A session by token hash, with its user and the user's memberships as that user sees them, in
 * ONE round trip to the database (`Database.batch`): the SECURITY DEFINER lookup
 * (steward_auth_session_as_actor) sets the transaction's actor, signed by the database (decision
 * 0033), to the session's user, then the user and
 * memberships are read under row-level security as that user, exactly as
 * `lookupSessionByTokenHash` + `actAs` + `findUserWithMemberships` did in three. Null when no such
 * session (or the hash is not a SHA-256 hex digest); `user` null when the user row is not visible.
 * The transaction is left open (`held`, `Database.batchHeld`) for the request's own work, which
 * continues in it (`DbActor.continues`); it ends by itself when nothing takes it over at once.
 */
export async function authenticateSessionByTokenHash(
  db: Database,
  tokenHash: string,
): Promise<{
  session: SessionLookup;
  user: UserRow | null;
  memberships: (MembershipRow & { organisationStatus: OrganisationStatus })[];
  held: HeldTransaction;
} | null> {
  if (!SHA256_HEX.test(tokenHash)) return null;
  const {
    rows: [sessionRows, userRows],
    held,
  } = await db.batchHeld([
    {
      text: `select s.session_id, s.user_id, s.csrf_token, s.active_organisation_id, s.expires_at, s.last_seen_at, s.created_at, s.pending, s.actor from steward_auth_session_as_actor($1) s`,
      values: [tokenHash],
    },
    { text: ACTOR_USER_WITH_MEMBERSHIPS, values: [] },
  ]);
  const row = sessionRows?.[0];
  if (!row) {
    held.release();
    return null;
  }
  const session = sessionFromRow(row);
  return { session, ...userWithMemberships(userRows ?? [], session.userId), held };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * An API token by hash, with its user and the user's memberships as that user sees them and the
 * token's last use, in ONE round trip to the database (`Database.batch`), as
 * authenticateSessionByTokenHash does for sessions: the SECURITY DEFINER lookup
 * (steward_auth_api_token_as_actor, signing as decision 0033 says) makes the token's user and
 * organisation the transaction's actor only
 * when the token is neither revoked nor expired at `now` (the application's clock), then the user,
 * memberships and the token's last use are read under row-level security as that user (nothing
 * is visible for a token that did not set the actor). Same answers as `lookupApiTokenByHash` +
 * `actAs` + `findUserWithMemberships`. Null when no such token (or the hash is not a SHA-256 hex
 * digest); `user` null when the user row is not visible. The transaction is left open (`held`), as
 * authenticateSessionByTokenHash leaves it.
 */
export async function authenticateApiTokenByHash(
  db: Database,
  tokenHash: string,
  now: Date,
): Promise<{
  token: ApiTokenLookup;
  lastUsedAt: Date | null;
  user: UserRow | null;
  memberships: (MembershipRow & { organisationStatus: OrganisationStatus })[];
  held: HeldTransaction;
} | null> {
  if (!SHA256_HEX.test(tokenHash)) return null;
  const at = now.toISOString();
  if (!ISO_INSTANT.test(at)) throw new RangeError(`authenticateApiTokenByHash: unusable time ${at}`);
  const {
    rows: [tokenRows, userRows, useRows],
    held,
  } = await db.batchHeld([
    {
      text: `select t.token_id, t.user_id, t.organisation_id, t.expires_at, t.revoked_at, t.actor from steward_auth_api_token_as_actor($1, $2::timestamptz) t`,
      values: [tokenHash, at],
    },
    { text: ACTOR_USER_WITH_MEMBERSHIPS, values: [] },
    { text: `select last_used_at from api_tokens where token_hash = $1`, values: [tokenHash] },
  ]);
  const row = tokenRows?.[0];
  if (!row) {
    held.release();
    return null;
  }
  const token: ApiTokenLookup = {
    tokenId: row.token_id as string,
    userId: row.user_id as string,
    organisationId: row.organisation_id as string,
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at as string | Date),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at as string | Date),
  };
  const used = useRows?.[0]?.last_used_at as string | Date | null | undefined;
  return {
    token,
    lastUsedAt: used ? new Date(used) : null,
    ...userWithMemberships(userRows ?? [], token.userId),
    held,
  };
}

/** Session by token hash, before the actor is known (SECURITY DEFINER function). */
export async function lookupSessionByTokenHash(tx: Tx, tokenHash: string): Promise<SessionLookup | null> {
  const [row] = await queryRows<{
    session_id: string;
    user_id: string;
    csrf_token: string;
    active_organisation_id: string | null;
    expires_at: string | Date;
    last_seen_at: string | Date;
    created_at: string | Date;
    pending: string | null;
  }>(
    tx,
    sql`select session_id, user_id, csrf_token, active_organisation_id, expires_at, last_seen_at, created_at, pending from steward_auth_session(${tokenHash})`,
  );
  if (!row) return null;
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    activeOrganisationId: row.active_organisation_id,
    expiresAt: new Date(row.expires_at),
    lastSeenAt: new Date(row.last_seen_at),
    createdAt: new Date(row.created_at),
    pending: row.pending as SessionPending | null,
  };
}

export async function setSessionPending(
  tx: Tx,
  sessionId: string,
  pending: SessionPending | null,
): Promise<void> {
  await tx.update(sessions).set({ pending }).where(eq(sessions.id, sessionId));
}

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  pending: SessionPending | null;
}

/** The actor's own sessions (RLS: own rows), newest first. */
export async function listSessionsOfUser(tx: Tx, userId: string): Promise<SessionRow[]> {
  const rows = await tx
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      pending: sessions.pending,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((r) => ({ ...r, pending: r.pending as SessionPending | null }));
}

/** Deletes a user's sessions, all or all but one; returns how many. */
export async function deleteSessionsOfUser(
  tx: Tx,
  userId: string,
  exceptSessionId: string | null,
): Promise<number> {
  const rows = await tx
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export async function touchSession(
  tx: Tx,
  sessionId: string,
  lastSeenAt: Date,
  expiresAt: Date,
): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, sessionId));
}

export async function setSessionActiveOrganisation(
  tx: Tx,
  sessionId: string,
  organisationId: string,
): Promise<number> {
  const rows = await tx
    .update(sessions)
    .set({ activeOrganisationId: organisationId })
    .where(eq(sessions.id, sessionId))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function deleteSession(tx: Tx, sessionId: string): Promise<number> {
  const rows = await tx.delete(sessions).where(eq(sessions.id, sessionId)).returning({ id: sessions.id });
  return rows.length;
}

// ---- API tokens ----

export interface NewApiToken {
  userId: string;
  organisationId: string;
  name: string;
  tokenHash: string;
  tokenPrefix: string;
  createdAt: Date;
  expiresAt: Date | null;
}

export async function insertApiToken(tx: Tx, input: NewApiToken): Promise<string> {
  const [row] = await tx.insert(apiTokens).values(input).returning({ id: apiTokens.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export interface ApiTokenLookup {
  tokenId: string;
  userId: string;
  organisationId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** Token by hash, before the actor is known (SECURITY DEFINER function). */
export async function lookupApiTokenByHash(tx: Tx, tokenHash: string): Promise<ApiTokenLookup | null> {
  const [row] = await queryRows<{
    token_id: string;
    user_id: string;
    organisation_id: string;
    expires_at: string | Date | null;
    revoked_at: string | Date | null;
  }>(
    tx,
    sql`select token_id, user_id, organisation_id, expires_at, revoked_at from steward_auth_api_token(${tokenHash})`,
  );
  if (!row) return null;
  return {
    tokenId: row.token_id,
    userId: row.user_id,
    organisationId: row.organisation_id,
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  };
}

export interface ApiTokenRow {
  id: string;
  userId: string;
  organisationId: string;
  name: string;
  tokenPrefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const tokenColumns = {
  id: apiTokens.id,
  userId: apiTokens.userId,
  organisationId: apiTokens.organisationId,
  name: apiTokens.name,
  tokenPrefix: apiTokens.tokenPrefix,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  revokedAt: apiTokens.revokedAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

export function listApiTokensOfUser(tx: Tx, userId: string): Promise<ApiTokenRow[]> {
  return tx
    .select(tokenColumns)
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function findApiToken(tx: Tx, id: string): Promise<ApiTokenRow | null> {
  const [row] = await tx.select(tokenColumns).from(apiTokens).where(eq(apiTokens.id, id));
  return row ?? null;
}

export async function revokeApiToken(tx: Tx, id: string, at: Date): Promise<number> {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), sql`${apiTokens.revokedAt} is null`))
    .returning({ id: apiTokens.id });
  return rows.length;
}

/**
 * Records that the token was used at `at`, unless that was already recorded less than
 * `everyMs` before: a read then writes nothing (no row version, no WAL flush at commit).
 */
export async function touchApiToken(tx: Tx, id: string, at: Date, everyMs = 0): Promise<void> {
  const before = new Date(at.getTime() - everyMs);
  await tx
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lte(apiTokens.lastUsedAt, before))));
}

// ---- login attempts ----

export interface LoginAttemptRow {
  key: string;
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
  /** When the row was last written (the last failure). Read only. */
  updatedAt?: Date;
}

export async function getLoginAttempt(tx: Tx, key: string): Promise<LoginAttemptRow | null> {
  const [row] = await tx
    .select({
      key: loginAttempts.key,
      failures: loginAttempts.failures,
      windowStartedAt: loginAttempts.windowStartedAt,
      lockedUntil: loginAttempts.lockedUntil,
      updatedAt: loginAttempts.updatedAt,
    })
    .from(loginAttempts)
    .where(eq(loginAttempts.key, key));
  return row ?? null;
}

export async function saveLoginAttempt(tx: Tx, row: LoginAttemptRow, at: Date): Promise<void> {
  await tx
    .insert(loginAttempts)
    .values({
      key: row.key,
      failures: row.failures,
      windowStartedAt: row.windowStartedAt,
      lockedUntil: row.lockedUntil,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: row.failures,
        windowStartedAt: row.windowStartedAt,
        lockedUntil: row.lockedUntil,
        updatedAt: at,
      },
    });
}

export async function clearLoginAttempt(tx: Tx, key: string): Promise<void> {
  await tx.delete(loginAttempts).where(eq(loginAttempts.key, key));
}

// ---- passwords ----

/** The actor sets their own password (SECURITY DEFINER function: only hash and must-change flag). */
export async function setOwnPassword(tx: Tx, passwordHash: string, at: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select steward_set_own_password(${passwordHash}, ${at.toISOString()}::timestamptz) as n`,
  );
  return Number(row?.n ?? 0);
}

/** An administrator sets a user's password and makes them choose a new one at next sign-in. */
export async function resetUserPassword(
  tx: Tx,
  userId: string,
  passwordHash: string,
  at: Date,
): Promise<number> {
  const rows = await tx
    .update(users)
    .set({ passwordHash, mustChangePassword: true, updatedAt: at })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length;
}

export interface SignInState {
  passwordHash: string;
  mustChangePassword: boolean;
  totpConfirmed: boolean;
  /** An administrator reset two-factor sign-in and the user has not enrolled again yet. */
  totpResetPending: boolean;
}

/** What sign-in needs to know about the actor's own account. */
export async function getSignInState(tx: Tx, userId: string): Promise<SignInState | null> {
  const [row] = await tx
    .select({
      passwordHash: users.passwordHash,
      mustChangePassword: users.mustChangePassword,
      confirmedAt: userTotp.confirmedAt,
      resetAt: userTotp.resetAt,
    })
    .from(users)
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(eq(users.id, userId));
  if (!row) return null;
  return {
    passwordHash: row.passwordHash,
    mustChangePassword: row.mustChangePassword,
    totpConfirmed: row.confirmedAt !== null,
    totpResetPending: row.resetAt !== null && row.confirmedAt === null,
  };
}

// ---- two-factor (TOTP) ----

export interface UserTotpRow {
  userId: string;
  secretEncrypted: string;
  confirmedAt: Date | null;
  lastStep: number | null;
}

export async function getUserTotp(tx: Tx, userId: string): Promise<UserTotpRow | null> {
  const [row] = await tx
    .select({
      userId: userTotp.userId,
      secretEncrypted: userTotp.secretEncrypted,
      confirmedAt: userTotp.confirmedAt,
      lastStep: userTotp.lastStep,
    })
    .from(userTotp)
    .where(eq(userTotp.userId, userId));
  return row ?? null;
}

/** Starts (or restarts) an unconfirmed enrolment; a confirmed authenticator is left alone (returns false). */
export async function startUserTotp(
  tx: Tx,
  userId: string,
  secretEncrypted: string,
  at: Date,
): Promise<boolean> {
  const rows = await tx
    .insert(userTotp)
    .values({ userId, secretEncrypted, createdAt: at })
    .onConflictDoUpdate({
      target: userTotp.userId,
      set: { secretEncrypted, createdAt: at, lastStep: null },
      setWhere: isNull(userTotp.confirmedAt),
    })
    .returning({ userId: userTotp.userId });
  return rows.length > 0;
}

export async function confirmUserTotp(tx: Tx, userId: string, step: number, at: Date): Promise<number> {
  const rows = await tx
    .update(userTotp)
    .set({ confirmedAt: at, lastStep: step })
    .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt)))
    .returning({ userId: userTotp.userId });
  return rows.length;
}

/** Records an accepted code's time step; 0 when that step (or a later one) was used already (replay). */
export async function useTotpStep(tx: Tx, userId: string, step: number): Promise<number> {
  const rows = await tx
    .update(userTotp)
    .set({ lastStep: step })
    .where(
      and(eq(userTotp.userId, userId), sql`(${userTotp.lastStep} is null or ${userTotp.lastStep} < ${step})`),
    )
    .returning({ userId: userTotp.userId });
  return rows.length;
}

export async function deleteUserTotp(tx: Tx, userId: string): Promise<number> {
  const rows = await tx
    .delete(userTotp)
    .where(eq(userTotp.userId, userId))
    .returning({ userId: userTotp.userId });
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return rows.length;
}

/**
 * An administrator ends every session of another user (SECURITY DEFINER `steward_end_user_sessions`,
 * which checks the actor is an administrator: RLS gives administrators no SELECT on other users'
 * sessions, so a plain DELETE would remove nothing). Null when the actor is not an administrator.
 */
export async function endSessionsOfUserAsAdmin(tx: Tx, userId: string): Promise<number | null> {
  const [row] = await queryRows<{ ended: number | null }>(
    tx,
    sql`select steward_end_user_sessions(${userId}::uuid) as ended`,
  );
  return row?.ended == null ? null : Number(row.ended);
}

/** What an administrator's reset of two-factor sign-in did. */
export interface TotpResetResult {
  hadTwoFactor: boolean;
  endedSessions: number;
}

/**
 * An administrator resets another user's two-factor sign-in (SECURITY DEFINER
 * `steward_reset_user_totp`, which checks the actor is an administrator): the authenticator and
 * recovery codes are removed, a marker row makes the user enrol again, the user's sessions end.
 * Null when the user does not exist or the actor is not an administrator.
 */
export async function resetUserTotp(tx: Tx, userId: string, at: Date): Promise<TotpResetResult | null> {
  const [row] = await queryRows<{ had_two_factor: boolean; ended_sessions: number }>(
    tx,
    sql`select had_two_factor, ended_sessions from steward_reset_user_totp(${userId}::uuid, ${at.toISOString()}::timestamptz)`,
  );
  return row ? { hadTwoFactor: row.had_two_factor, endedSessions: Number(row.ended_sessions) } : null;
}

/** The same reset for the operations CLI (the system, as the database owner). */
export async function resetUserTotpAsOwner(tx: Tx, userId: string, at: Date): Promise<TotpResetResult> {
  const [before] = await tx
    .select({ confirmedAt: userTotp.confirmedAt })
    .from(userTotp)
    .where(eq(userTotp.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.delete(userTotp).where(eq(userTotp.userId, userId));
  await tx.insert(userTotp).values({ userId, secretEncrypted: '', createdAt: at, resetAt: at });
  const endedSessions = await deleteSessionsOfUser(tx, userId, null);
  return { hadTwoFactor: !!before?.confirmedAt, endedSessions };
}

export async function replaceRecoveryCodes(
  tx: Tx,
  userId: string,
  codeHashes: string[],
  at: Date,
): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (codeHashes.length > 0)
    await tx
      .insert(recoveryCodes)
      .values(codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: at })));
}

/** Marks an unused recovery code used; 1 when it was valid. */
export async function useRecoveryCode(tx: Tx, userId: string, codeHash: string, at: Date): Promise<number> {
  const rows = await tx
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length;
}

export async function countUnusedRecoveryCodes(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}

/** The actor sets their own preferred language (SECURITY DEFINER function: only that column). */
export async function setOwnLanguage(tx: Tx, language: string, at: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select steward_set_own_language(${language}, ${at.toISOString()}::timestamptz) as n`,
  );
  return Number(row?.n ?? 0);
}
