import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * The service directory (service mapping, issue 9; domain notes §10.3). Column names follow Open
 * Referral HSDS 3.0 (`organization_id`, `eligibility_description`, `assured_date`, …) so the
 * export is a rename-free mapping; the referral attributes of §10.3 are Steward's additions.
 *
 * Visibility: every column of `services` and `service_locations` is a public field (what a person in
 * need may see); partner-only details (a focal point's phone, a referral e-mail) live in
 * `service_contacts` rows with `visibility = 'partner'`. Row-level security: signed-in members read
 * every row; without a session only services with `is_public` (and their public contacts and
 * locations); each organisation writes its own rows.
 */

/** How a service takes referrals (§10.3), including "referrals not accepted". */
export const REFERRAL_METHODS = ['steward', 'email', 'phone', 'in-person', 'referrals-not-accepted'] as const;
export type ReferralMethod = (typeof REFERRAL_METHODS)[number];

/** HSDS 3.0 service.status values. */
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const CONTACT_VISIBILITIES = ['public', 'partner'] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITIES)[number];

/** One weekly opening rule (HSDS 3.0 schedule: freq WEEKLY, byday, opens_at, closes_at). */
export interface ServiceScheduleRule {
  /** Comma-separated RFC 5545 days: `MO,TU,WE`. */
  byday: string;
  /** `HH:MM`, local time of the response (the installation's time zone). */
  opens_at: string;
  closes_at: string;
  description?: string;
}

/**
 * The service taxonomy (HSDS taxonomy_term). The default is the services checklist of domain
 * notes §10.2, seeded by the migration; cluster roles edit it. `code` is the stable key that
 * services and referral counts use.
 */
export const serviceTaxonomyTerms = pgTable('service_taxonomy_terms', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A service of an organisation (HSDS service + the referral attributes of §10.3). */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    description: text('description').notNull().default(''),
    url: text('url'),
    /** The service's public e-mail (a referral e-mail goes in a partner-only contact). */
    email: text('email'),
    status: text('status', { enum: SERVICE_STATUSES }).notNull().default('active'),
    /** Taxonomy term code (service_taxonomy_terms.code). */
    serviceType: text('service_type')
      .notNull()
      .references(() => serviceTaxonomyTerms.code, { onUpdate: 'cascade', onDelete: 'restrict' }),
    interpretationServices: text('interpretation_services'),
    applicationProcess: text('application_process'),
    feesDescription: text('fees_description'),
    waitTime: text('wait_time'),
    /** Intake criteria (§10.3). */
    eligibilityDescription: text('eligibility_description'),
    minimumAge: integer('minimum_age'),
    maximumAge: integer('maximum_age'),
    alert: text('alert'),
    /** ISO 639-1 codes of the languages the service is offered in. */
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    /** Who the service is for (codes: women, girls, children, persons-with-disabilities, …). */
    populationServed: jsonb('population_served').$type<string[]>().notNull().default([]),
    /** Coverage: the admin-area p-codes served (HSDS service_area). Empty = where its locations are. */
    coveragePcodes: jsonb('coverage_pcodes').$type<string[]>().notNull().default([]),
    schedules: jsonb('schedules').$type<ServiceScheduleRule[]>().notNull().default([]),
    referralMethod: text('referral_method', { enum: REFERRAL_METHODS }).notNull(),
    /** Immediate next step after a referral (§10.3). */
    referralNextStep: text('referral_next_step'),
    /** Response delay after a referral, e.g. "within 24 hours". */
    referralResponseDelay: text('referral_response_delay'),
    feedbackMechanism: text('feedback_mechanism'),
    feedbackDelay: text('feedback_delay'),
    /** Listed in the public directory (still subject to the ISP's "service mapping" rule). */
    isPublic: boolean('is_public').notNull().default(true),
    /** Last review by the owner (HSDS assured_date, YYYY-MM-DD). Stale after 90 days. */
    assuredDate: text('assured_date').notNull(),
    /** Set by a cluster role (steward_flag_stale_service); cleared when the owner reviews. */
    staleFlaggedAt: timestamp('stale_flagged_at', { withTimezone: true }),
    staleFlaggedBy: uuid('stale_flagged_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('services_organization_idx').on(t.organizationId),
    index('services_service_type_idx').on(t.serviceType),
  ],
);

/** A place where services are delivered (HSDS location + address). */
export const serviceLocations = pgTable(
  'service_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    locationType: text('location_type', { enum: ['physical', 'postal', 'virtual'] })
      .notNull()
      .default('physical'),
    name: text('name').notNull(),
    description: text('description'),
    transportation: text('transportation'),
    address1: text('address_1'),
    city: text('city'),
    stateProvince: text('state_province'),
    country: text('country'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Lowest admin-area p-code of the location (filters include its parent areas). */
    adminPcode: text('admin_pcode'),
    /** Accessibility features (codes: wheelchair, sign-language, women-only-space, …). */
    accessibility: jsonb('accessibility').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('service_locations_organization_idx').on(t.organizationId)],
);

/** A service delivered at a location (HSDS service_at_location). */
export const serviceAtLocations = pgTable(
  'service_at_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => serviceLocations.id, { onDelete: 'cascade' }),
    description: text('description'),
  },
  (t) => [
    uniqueIndex('service_at_locations_pair_idx').on(t.serviceId, t.locationId),
    index('service_at_locations_location_idx').on(t.locationId),
  ],
);

/**
 * A contact of a service (HSDS contact + its phone). `is_referral_focal_point` marks who receives
 * referrals; `visibility = 'partner'` keeps the row from the public directory and feed.
 */
export const serviceContacts = pgTable(
  'service_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    name: text('name'),
    title: text('title'),
    department: text('department'),
    email: text('email'),
    phone: text('phone'),
    isReferralFocalPoint: boolean('is_referral_focal_point').notNull().default(false),
    visibility: text('visibility', { enum: CONTACT_VISIBILITIES }).notNull().default('partner'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('service_contacts_service_idx').on(t.serviceId)],
);
