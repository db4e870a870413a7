import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * A reporting framework (issue 10): what the cluster asks partners to report per period.
 * `definition` is the core FrameworkDefinition (indicators, disaggregation, admin level, rules).
 * Row-level security: readable by every signed-in user; written by cluster roles.
 */
export const reportingFrameworks = pgTable('reporting_frameworks', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  dataType: text('data_type').notNull(),
  definition: jsonb('definition').notNull(),
  status: text('status', { enum: ['active', 'archived'] })
    .notNull()
    .default('active'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const REPORT_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/**
 * One organisation's report for one framework and period (YYYY-MM). Row-level security: the
 * organisation's members; cluster roles once it has been submitted (never a draft).
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => reportingFrameworks.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    state: text('state', { enum: REPORT_STATES }).notNull().default('draft'),
    /** Bumped by every correction after approval. */
    version: integer('version').notNull().default(1),
    dueOn: text('due_on').notNull(),
    returnComment: text('return_comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('reports_framework_org_period_idx').on(t.frameworkId, t.organisationId, t.period),
    index('reports_framework_period_idx').on(t.frameworkId, t.period),
  ],
);

/**
 * Report values: ONE narrow row per indicator × area × disaggregation cell × measure. Keys not
 * asked by the framework hold `all`. Organisation, framework and period are copied from the report
 * so the dashboards' queries read this table alone. Row-level security as its report.
 */
export const reportValues = pgTable(
  'report_values',
  {
    // A sequential key (decision 0029): a random uuid per value cost a quarter of a bulk import.
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    // No foreign keys (decision 0029 and its second addendum): the report, its organisation,
    // framework and period are checked once per statement by trigger (migrations 0051, 0056),
    // which locks the reports as a foreign key would; a trigger on reports deletes the values
    // of deleted reports (as ON DELETE CASCADE did).
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    frameworkId: uuid('framework_id').notNull(),
    period: text('period').notNull(),
    indicator: text('indicator').notNull(),
    adm1: text('adm1').notNull(),
    adm2: text('adm2').notNull(),
    sex: text('sex').notNull().default('all'),
    age: text('age').notNull().default('all'),
    populationGroup: text('population_group').notNull().default('all'),
    disability: text('disability').notNull().default('all'),
    measure: text('measure', { enum: ['reached', 'targeted'] }).notNull(),
    value: integer('value').notNull(),
  },
  (t) => [
    // No index on (framework, period, measure, indicator) (migration 0062, decision 0029 seventh
    // addendum): maintaining it was about a third of storing a report's values on PGlite. The
    // readers by framework and period go through the reports (reports_framework_period_idx) and
    // the index below: a report's values are all of its framework and period.
    // A report's values by id (migration 0060): its lowest and highest id read at once, and a
    // month replaced on PGlite deleted range by range without revisiting the entries its earlier
    // statements deleted (decision 0029, fifth addendum). Also every lookup by report.
    index('report_values_report_id_idx').on(t.reportId, t.id),
  ],
);

/**
 * Sums of `report_values` per report with the admin-2 area folded into its admin-1 (issue 10,
 * "Scale"): what every dashboard aggregate that does not group by admin-2 reads, about 15 times
 * fewer rows than the values. Written ONLY by the statement triggers on `report_values`
 * (migration 0046, SECURITY DEFINER; the application role may only read it) and, when a month is
 * imported, by `steward_report_values_replace_begin` (migration 0060: the report's sums taken away
 * once, the commit refused unless all its old values are deleted) and `steward_report_value_sums_fill`
 * (migration 0064: the new values' sums added once, after them, by the database; the rest at
 * COMMIT); read under the same row-level security as the values: the viewer's rights.
 */
export const reportValueSums = pgTable(
  'report_value_sums',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => reportingFrameworks.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    measure: text('measure').notNull(),
    indicator: text('indicator').notNull(),
    adm1: text('adm1').notNull(),
    sex: text('sex').notNull(),
    age: text('age').notNull(),
    populationGroup: text('population_group').notNull(),
    disability: text('disability').notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    /** How many `report_values` rows the sum holds (the row goes when it reaches 0). */
    rows: integer('rows').notNull(),
  },
  (t) => [
    uniqueIndex('report_value_sums_key_idx').on(
      t.reportId,
      t.organisationId,
      t.frameworkId,
      t.period,
      t.measure,
      t.indicator,
      t.adm1,
      t.sex,
      t.age,
      t.populationGroup,
      t.disability,
    ),
    index('report_value_sums_framework_period_idx').on(t.frameworkId, t.period, t.measure),
  ],
);

/**
 * A month being replaced (or imported new) in the current transaction (issue 10, decision 0029
 * fifth and ninth addenda; migrations 0060, 0064): `steward_report_values_replace_begin` takes the
 * report's sums away once and records here which of its values are the old ones (`id <= below_id`,
 * `old_rows` of them); the sums' delete trigger then skips those values (already out of the sums)
 * and counts them in `deleted`. The insert trigger no longer adds the report's new values:
 * `steward_report_value_sums_fill` adds them by id up to `filled_to`, and a value written at or
 * below `filled_to` is refused. A deferred trigger at commit refuses the transaction unless every
 * old value was deleted, adds the values not yet added, then removes the row. Written only by those SECURITY DEFINER functions: the application
 * role has no right on it; a row never outlives its transaction.
 */
export const reportValueReplacements = pgTable('report_value_replacements', {
  reportId: uuid('report_id').primaryKey(),
  belowId: bigint('below_id', { mode: 'number' }).notNull(),
  oldRows: bigint('old_rows', { mode: 'number' }).notNull(),
  deleted: bigint('deleted', { mode: 'number' }).notNull().default(0),
  /** The highest id whose value's sums are added (migration 0064): later ones are added once, by the database. */
  filledTo: bigint('filled_to', { mode: 'number' }).notNull(),
});

/** The history of a report: state changes, corrections after approval (with the reason), comments. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    version: integer('version').notNull(),
    comment: text('comment'),
  },
  (t) => [index('report_events_report_idx').on(t.reportId)],
);

/**
 * How an organisation's KoboToolbox/ODK export maps to a framework's template (XLSForm field →
 * hashtag, select_one answer → framework value): remembered per organisation, framework and
 * source, proposed at the next import. Row-level security: the organisation's members only.
 */
export const reportImportMappings = pgTable(
  'report_import_mappings',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => reportingFrameworks.id, { onDelete: 'cascade' }),
    source: text('source', { enum: ['kobo'] }).notNull(),
    mapping: jsonb('mapping').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.frameworkId, t.source] })],
);
