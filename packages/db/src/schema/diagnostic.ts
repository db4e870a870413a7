import type { Answer, DiagnosticItem } from '@steward/core/diagnostic/index';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * One version of the cluster's diagnostic question set (issue 11 §1). Each edit inserts a new
 * version; rounds pin the version they were opened with. Readable by every signed-in user,
 * written by cluster roles (RLS).
 */
export const diagnosticQuestionSets = pgTable(
  'diagnostic_question_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull(),
    items: jsonb('items').$type<DiagnosticItem[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [unique('diagnostic_question_sets_version_key').on(t.version)],
);

export const DIAGNOSTIC_ROUND_STATUSES = ['open', 'closed'] as const;

/** A diagnostic round: a dated snapshot every member and the cluster answer. */
export const diagnosticRounds = pgTable('diagnostic_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  questionSetId: uuid('question_set_id')
    .notNull()
    .references(() => diagnosticQuestionSets.id, { onDelete: 'restrict' }),
  /** ISO date the round opened. */
  openedOn: text('opened_on').notNull(),
  status: text('status', { enum: DIAGNOSTIC_ROUND_STATUSES }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
});

export const DIAGNOSTIC_PARTIES = ['member', 'cluster'] as const;

/**
 * One party's answers in a round: a member organisation for itself (`member`), or the cluster
 * (`cluster`, answered by a cluster role of the lead organisation). `shareNamed`: the member
 * consents to the cluster seeing its scores under its name (otherwise only in the aggregate).
 */
export const diagnosticResponses = pgTable(
  'diagnostic_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => diagnosticRounds.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    party: text('party', { enum: DIAGNOSTIC_PARTIES }).notNull(),
    answers: jsonb('answers').$type<Answer[]>().notNull(),
    shareNamed: boolean('share_named').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [unique('diagnostic_responses_round_org_party_key').on(t.roundId, t.organisationId, t.party)],
);

export const ACTION_PLAN_STATUSES = ['open', 'in_progress', 'done'] as const;

/** An action-plan item made from a gap: owner, due date, status. Owned by one organisation. */
export const diagnosticActions = pgTable(
  'diagnostic_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => diagnosticRounds.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    party: text('party', { enum: DIAGNOSTIC_PARTIES }).notNull(),
    itemId: text('item_id').notNull(),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: ACTION_PLAN_STATUSES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('diagnostic_actions_round_org_idx').on(t.roundId, t.organisationId),
    check('diagnostic_actions_due_on_date', sql`${t.dueOn} ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
  ],
);
