import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agreements } from './sharing';
import { organisations } from './organisations';
import { users } from './users';

export interface IncidentTreatment {
  id: string;
  action: string;
  owner: string;
  dueOn: string | null;
  doneOn: string | null;
}

export interface IncidentNotificationMade {
  /** data-subjects | partner | dpo | cluster | other */
  recipient: string;
  on: string;
  channel: string;
}

/**
 * A data incident (domain notes §8). Row-level security: the reporting organisation's members;
 * cluster roles when the organisation shares it with the cluster; every signed-in member for an
 * incident the cluster records for itself (`cluster_record`).
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    type: text('type').notNull(),
    personalData: boolean('personal_data').notNull(),
    description: text('description').notNull().default(''),
    threatSource: text('threat_source').notNull().default(''),
    threatEvent: text('threat_event').notNull().default(''),
    vulnerability: text('vulnerability').notNull().default(''),
    adverseImpact: text('adverse_impact').notNull().default(''),
    /** actual | potential */
    impactKind: text('impact_kind').notNull().default('potential'),
    /** Counts or estimates, never identities. */
    affectedGroups: text('affected_groups').notNull().default(''),
    /** Linked registry entries (ids). */
    assetIds: jsonb('asset_ids').$type<string[]>().notNull(),
    severity: text('severity').notNull(),
    state: text('state').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    reportedBy: uuid('reported_by').references(() => users.id, { onDelete: 'set null' }),
    reportedRole: text('reported_role').notNull(),
    detectedAt: text('detected_on'),
    occurredAt: text('occurred_on'),
    classifiedAt: timestamp('classified_at', { withTimezone: true }),
    classifiedBy: uuid('classified_by').references(() => users.id, { onDelete: 'set null' }),
    treatment: jsonb('treatment').$type<IncidentTreatment[]>().notNull(),
    notificationsMade: jsonb('notifications_made').$type<IncidentNotificationMade[]>().notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closureRationale: text('closure_rationale'),
    lessons: text('lessons'),
    learningRecordedAt: timestamp('learning_recorded_at', { withTimezone: true }),
    /** The organisation chose to share the full record with the cluster. */
    sharedWithCluster: boolean('shared_with_cluster').notNull().default(false),
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    /** Recorded by a cluster role for the cluster itself: every member reads it. */
    clusterRecord: boolean('cluster_record').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('incidents_organisation_idx').on(t.organisationId)],
);

/**
 * The notification duty towards the partner of a linked agreement. Visible to the reporting
 * organisation and to that partner (who learns only the agreement and who to contact).
 */
export const incidentAgreementDuties = pgTable(
  'incident_agreement_duties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    agreementReference: text('agreement_reference').notNull(),
    /** The other party of the agreement (null for an outside recipient). */
    partnerOrganisationId: uuid('partner_organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    partnerName: text('partner_name').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
    channel: text('channel'),
  },
  (t) => [
    index('incident_duties_incident_idx').on(t.incidentId),
    index('incident_duties_partner_idx').on(t.partnerOrganisationId),
  ],
);

/** An incident type's label in the five interface languages. */
export type IncidentTypeLabels = Record<'en' | 'fr' | 'es' | 'pt' | 'ar', string>;

/**
 * Incident types the cluster adds to the six built-in ones (issue 11 §2: "extendable by the
 * cluster"). Row-level security: every signed-in member reads them; the cluster coordinator adds
 * them; nobody changes or deletes one (incidents keep their type).
 */
export const incidentTypes = pgTable('incident_types', {
  code: text('code').primaryKey(),
  labels: jsonb('labels').$type<IncidentTypeLabels>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
});
