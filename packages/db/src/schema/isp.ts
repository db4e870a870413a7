import type { Isp } from '@steward/core/isp/index';
import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
