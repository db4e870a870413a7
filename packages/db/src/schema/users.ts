import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/** Membership roles; must equal MEMBERSHIP_ROLES in @steward/core/auth/permissions (tested). */
export const MEMBERSHIP_ROLE_VALUES = [
  'cluster-coordinator',
  'cluster-imo',
  'partner-focal-point',
  'partner-im-officer',
  'caseworker',
  'viewer',
] as const;

export const membershipRole = pgEnum('membership_role', MEMBERSHIP_ROLE_VALUES);

/** A person who signs in. `is_admin` is the system role. Email is unique ignoring case. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    isAdmin: boolean('is_admin').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    /** Set by an administrator's password reset: the user must choose a new password at next sign-in. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /**
     * The language the user last chose in the web app (en, fr, es, pt, ar; null: never chosen):
     * notification e-mails are written in it (issue 8). CHECK in migration 0050.
     */
    preferredLanguage: text('preferred_language'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

/** A user's role in one organisation. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: membershipRole('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('memberships_user_organisation_key').on(t.userId, t.organisationId),
    index('memberships_organisation_idx').on(t.organisationId),
  ],
);
