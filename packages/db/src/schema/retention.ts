import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { registryEntries } from './registry';
import { agreements } from './sharing';
import { users } from './users';

export const RETENTION_TRIGGERS = ['collection', 'case-closure', 'agreement-end'] as const;

/**
 * The retention schedule of one registry entry or one agreement (domain notes §13, principle 11):
 * period, trigger and destruction method; `due_on` = the trigger's date + the period. The owner
 * approves destruction; `steward retention run` performs approved, due destruction. Row-level
 * security: the owning organisation's members.
 */
export const retentionSchedules = pgTable(
  'retention_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    registryEntryId: uuid('registry_entry_id').references(() => registryEntries.id, { onDelete: 'cascade' }),
    agreementId: uuid('agreement_id').references(() => agreements.id, { onDelete: 'cascade' }),
    periodMonths: integer('period_months').notNull(),
    trigger: text('trigger', { enum: RETENTION_TRIGGERS }).notNull(),
    /** When the trigger happened (collection date, case closure, agreement end), YYYY-MM-DD. */
    triggerOn: text('trigger_on').notNull(),
    dueOn: text('due_on').notNull(),
    destructionMethod: text('destruction_method').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    destroyedAt: timestamp('destroyed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('retention_schedules_organisation_idx').on(t.organisationId),
    index('retention_schedules_entry_idx').on(t.registryEntryId),
  ],
);

/**
 * A recipient's confirmation that it destroyed its copy of shared data (domain notes §13): when an
 * owner's data are destroyed, each organisation that received them under an agreement is asked to
 * destroy its copy and confirm here; the owner sees the confirmations. Row-level security: the
 * owner and the recipient organisation see the row; only the recipient confirms.
 */
export const retentionCopyConfirmations = pgTable(
  'retention_copy_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => retentionSchedules.id, { onDelete: 'cascade' }),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    recipientOrganisationId: uuid('recipient_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    /** How the recipient destroyed its copy (free text, e.g. "Deleted from the shared drive and backups"). */
    method: text('method'),
  },
  (t) => [
    index('retention_copy_confirmations_owner_idx').on(t.ownerOrganisationId),
    index('retention_copy_confirmations_recipient_idx').on(t.recipientOrganisationId),
    index('retention_copy_confirmations_schedule_idx').on(t.scheduleId),
  ],
);
