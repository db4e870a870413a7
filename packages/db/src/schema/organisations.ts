import { sql } from 'drizzle-orm';
import { boolean, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const ORGANISATION_TYPES = [
  'cluster-lead',
  'cluster-co-lead',
  'un-agency',
  'international-ngo',
  'national-ngo',
  'government',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_STATUSES = ['active', 'inactive'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const organisationType = pgEnum('organisation_type', ORGANISATION_TYPES);
export const organisationStatus = pgEnum('organisation_status', ORGANISATION_STATUSES);

/** An organisation of the cluster. Its directory entry is readable by every signed-in user. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    acronym: text('acronym').notNull(),
    type: organisationType('type').notNull(),
    isClusterMember: boolean('is_cluster_member').notNull().default(true),
    status: organisationStatus('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisations_acronym_lower_idx').on(sql`lower(${t.acronym})`)],
);
