import { and, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';
import { apiTokens, loginAttempts, sessions } from '../schema/auth';

// ---- sessions ----

export interface NewSession {
  userId: string;
  tokenHash: string;
  csrfToken: string;
  activeOrganisationId: string | null;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
}

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
  }>(
    tx,
    sql`select session_id, user_id, csrf_token, active_organisation_id, expires_at, last_seen_at from steward_auth_session(${tokenHash})`,
  );
  if (!row) return null;
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    activeOrganisationId: row.active_organisation_id,
    expiresAt: new Date(row.expires_at),
    lastSeenAt: new Date(row.last_seen_at),
  };
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
