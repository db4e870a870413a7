import type { Isp } from '@steward/core/isp/index';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/** ISP statuses (core `IspStatus`). */
export const ISP_VERSION_STATUSES = ['draft', 'in-consultation', 'endorsed', 'superseded'] as const;

/**
 * One version of the cluster's Information Sharing Protocol. `document` is the core `Isp` JSON
 * (rules, data types, settings); `version`, `status`, `context` and `review_due` are copied out
 * for listing. Readable by every signed-in user; written only by cluster roles (RLS).
 */
export const ispVersions = pgTable(
  'isp_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: text('version').notNull(),
    status: text('status', { enum: ISP_VERSION_STATUSES }).notNull(),
    context: text('context').notNull(),
    reviewDue: text('review_due').notNull(),
    document: jsonb('document').$type<Isp>().notNull(),
    basedOnId: uuid('based_on_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    endorsedAt: timestamp('endorsed_at', { withTimezone: true }),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [unique('isp_versions_version_key').on(t.version), index('isp_versions_status_idx').on(t.status)],
);

/** A member organisation's endorsement of one ISP version: who, when, which version. */
export const ispEndorsements = pgTable(
  'isp_endorsements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ispVersionId: uuid('isp_version_id')
      .notNull()
      .references(() => ispVersions.id, { onDelete: 'cascade' }),
    /** The version label endorsed (kept even if the label were edited later). */
    version: text('version').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    userName: text('user_name').notNull(),
    endorsedAt: timestamp('endorsed_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('isp_endorsements_version_org_key').on(t.ispVersionId, t.organisationId)],
);

/** Outcomes of a status-change request. */
export const ISP_STATUS_REQUEST_OUTCOMES = ['approved', 'rejected'] as const;

/**
 * A change of the ISP in force that lowers protection, waiting for a second person with a
 * cluster role (two-person rule, issue 7 §1). `relaxations` lists how the successor protects less
 * (core `protectionRelaxations`). The approver is never the requester (CHECK constraint).
 */
export const ispStatusRequests = pgTable(
  'isp_status_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ispVersionId: uuid('isp_version_id')
      .notNull()
      .references(() => ispVersions.id, { onDelete: 'cascade' }),
    toStatus: text('to_status', { enum: ISP_VERSION_STATUSES }).notNull(),
    /** The version in force when the request was made. */
    inForceId: uuid('in_force_id').references(() => ispVersions.id, { onDelete: 'set null' }),
    relaxations: jsonb('relaxations').$type<unknown[]>().notNull(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    outcome: text('outcome', { enum: ISP_STATUS_REQUEST_OUTCOMES }),
  },
  (t) => [
    index('isp_status_requests_version_idx').on(t.ispVersionId),
    check(
      'isp_status_requests_second_person',
      sql`${t.decidedBy} IS NULL OR ${t.decidedBy} <> ${t.requestedBy}`,
    ),
    check('isp_status_requests_decided', sql`(${t.outcome} IS NULL) = (${t.decidedAt} IS NULL)`),
  ],
);
