import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/** A signed-in browser session. Only the SHA-256 of the token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    csrfToken: text('csrf_token').notNull(),
    activeOrganisationId: uuid('active_organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
    /**
     * A step the user must finish before the session may do anything else: `totp` (second factor),
     * `enrol-totp` (two-factor enrolment required for the role), `new-password` (after an
     * administrator's reset). Null: fully signed in.
     */
    pending: text('pending'),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    check('sessions_pending_check', sql`${t.pending} in ('totp', 'enrol-totp', 'new-password')`),
  ],
);

/**
 * A user's TOTP authenticator (RFC 6238). The secret is encrypted (AES-256-GCM with the
 * installation key, the user id as associated data). `confirmedAt` null: enrolment started, not
 * confirmed with a code yet. `lastStep`: the time step of the last accepted code (no replay).
 */
export const userTotp = pgTable('user_totp', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEncrypted: text('secret_encrypted').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  lastStep: bigint('last_step', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  /**
   * Set when an administrator reset the user's two-factor sign-in (the row then holds no secret):
   * the user must enrol again at next sign-in, whatever their role.
   */
  resetAt: timestamp('reset_at', { withTimezone: true }),
});

/** Single-use recovery codes for two-factor sign-in; only their SHA-256 is stored. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** A personal API token, scoped to one organisation. Only the SHA-256 of the token is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters of the token, to recognise it in a list. */
    tokenPrefix: text('token_prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    index('api_tokens_user_idx').on(t.userId),
    index('api_tokens_organisation_idx').on(t.organisationId),
  ],
);

/**
 * Failed sign-in counters and delays (`locked_until`: no attempt before). `key` is `id:<sha-256 of the
 * lower-cased e-mail typed>` or `ip:<sha-256 of the address>`:
 * no e-mail address or plain IP is stored.
 */
export const loginAttempts = pgTable('login_attempts', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
