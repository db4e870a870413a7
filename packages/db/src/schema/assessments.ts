import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/** One of the 11 ICRC steps of a DIA: its completion state and the team's answer. */
export interface AssessmentStepRecord {
  /** not_started | in_progress | complete | not_applicable */
  state: string;
  answer: string;
}

/** A planned measure of a risk: what, who answers for it, by when. */
export interface AssessmentMeasure {
  text: string;
  owner: string;
  due: string | null;
}

/**
 * A data impact assessment (issue 11 §3; domain notes §9): the 11 ICRC steps as sections, links to
 * registry entries and agreements (ids), a review date and the sign-off by a second person.
 * Row-level security: the owning organisation's members; cluster roles when the organisation
 * shares it with the cluster (`shared_with_cluster`).
 */
export const impactAssessments = pgTable(
  'impact_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    scope: text('scope').notNull().default(''),
    /** draft | signed_off */
    status: text('status').notNull(),
    steps: jsonb('steps').$type<Record<string, AssessmentStepRecord>>().notNull(),
    entryIds: jsonb('entry_ids').$type<string[]>().notNull(),
    agreementIds: jsonb('agreement_ids').$type<string[]>().notNull(),
    reviewDue: text('review_due'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    signedOffBy: uuid('signed_off_by').references(() => users.id, { onDelete: 'set null' }),
    signedOffName: text('signed_off_name'),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    sharedWithCluster: boolean('shared_with_cluster').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('impact_assessments_organisation_idx').on(t.organisationId)],
);

/**
 * A risk of a DIA (domain notes §9.2): principles, threat, vulnerability, likelihood × severity,
 * existing controls, planned measures with owners and dates, residual likelihood and severity.
 * The rating is computed by core (`rateRisk`, precautionary rule), never stored.
 */
export const impactAssessmentRisks = pgTable(
  'impact_assessment_risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => impactAssessments.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    principles: jsonb('principles').$type<string[]>().notNull(),
    threat: text('threat').notNull(),
    vulnerability: text('vulnerability').notNull(),
    likelihood: text('likelihood').notNull(),
    severity: text('severity').notNull(),
    existingControls: text('existing_controls').notNull().default(''),
    measures: jsonb('measures').$type<AssessmentMeasure[]>().notNull(),
    residualLikelihood: text('residual_likelihood'),
    residualSeverity: text('residual_severity'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('impact_assessment_risks_assessment_idx').on(t.assessmentId)],
);
