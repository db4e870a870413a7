import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { impactAssessments } from './assessments';
import { organisations } from './organisations';
import { users } from './users';

export const PUBLICATION_KINDS = ['table', 'dashboard'] as const;
export const PUBLICATION_AUDIENCES = ['public', 'cluster', 'organisation'] as const;
export const PUBLICATION_STATUSES = ['published', 'unpublished'] as const;

/**
 * A published table or dashboard: a FROZEN, CHECKED snapshot (issue 10). The snapshot holds only
 * what the ISP and the disclosure engine let the audience see (suppressed cells as null with their
 * status). A public publication is reached by an unguessable token whose SHA-256 is stored here;
 * anonymous readers go through `steward_public_snapshot(hash)` only (RLS hides the table).
 */
export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The publishing organisation (the cluster's coordinating organisation). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: PUBLICATION_KINDS }).notNull(),
    title: text('title').notNull(),
    dataType: text('data_type').notNull(),
    aggregation: text('aggregation').notNull(),
    audience: text('audience', { enum: PUBLICATION_AUDIENCES }).notNull(),
    audienceOrganisationId: uuid('audience_organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    status: text('status', { enum: PUBLICATION_STATUSES }).notNull(),
    /** Incremented at each republication (each one re-checked). */
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    /** What was checked: ISP decision, rule, threshold, suppression counts, audit. */
    checks: jsonb('checks').$type<Record<string, unknown>>().notNull(),
    publicTokenHash: text('public_token_hash').unique(),
    /** The publisher declared (or the table shows) point coordinates: a DIA trigger (§9.2). */
    includesCoordinates: boolean('includes_coordinates').notNull().default(false),
    /** The signed-off DIA that covered it; republishing checks it again. */
    assessmentId: uuid('assessment_id').references(() => impactAssessments.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    unpublishedAt: timestamp('unpublished_at', { withTimezone: true }),
    unpublishedBy: uuid('unpublished_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('publications_organisation_idx').on(t.organisationId)],
);

/**
 * The unprotected table a publication was made from, kept to republish (re-checked). Only the
 * publishing organisation reads it (RLS): the audience never sees more than the snapshot.
 */
export const publicationSources = pgTable('publication_sources', {
  publicationId: uuid('publication_id')
    .primaryKey()
    .references(() => publications.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  source: jsonb('source').$type<Record<string, unknown>>().notNull(),
});
