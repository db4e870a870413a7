import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations } from './organisations';
import { users } from './users';

/** bytea as a Uint8Array (both drivers return Buffer/Uint8Array). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * A data management registry entry (domain notes §6): one data asset or data activity of one
 * organisation. Dates are ISO `YYYY-MM-DD` text. Row-level security: the owner's members; cluster
 * roles when `shared_with_cluster`; the recipient of an agreement on it.
 */
export const registryEntries = pgTable(
  'registry_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['asset', 'activity'] }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    purpose: text('purpose').notNull(),
    dataTypes: jsonb('data_types').$type<string[]>().notNull(),
    containsPersonalData: boolean('contains_personal_data').notNull(),
    containsDemographicData: boolean('contains_demographic_data').notNull(),
    dataSubjects: text('data_subjects').notNull(),
    collectionMethod: text('collection_method').notNull(),
    legalBasis: text('legal_basis'),
    storageLocation: text('storage_location').notNull(),
    accessDescription: text('access_description').notNull(),
    aggregationLevel: text('aggregation_level').notNull(),
    includesNames: boolean('includes_names').notNull(),
    includesCoordinates: boolean('includes_coordinates').notNull(),
    consentObtained: boolean('consent_obtained').notNull().default(false),
    retentionPeriod: text('retention_period').notNull(),
    destructionMethod: text('destruction_method').notNull(),
    impactAssessmentRef: text('impact_assessment_ref'),
    focalPoint: text('focal_point').notNull(),
    lastReviewedOn: text('last_reviewed_on'),
    nextReviewOn: text('next_review_on').notNull(),
    sharedWithCluster: boolean('shared_with_cluster').notNull().default(false),
    /**
     * draft | active. An entry that triggers a DIA (personal data, High/Severe ISP level) is created
     * as a draft and activated only when a linked DIA is signed off (domain notes §9.2).
     */
    status: text('status', { enum: ['draft', 'active'] })
      .notNull()
      .default('active'),
    /** Bumped on every change (agreements record the version they cover). */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('registry_entries_organisation_idx').on(t.organisationId),
    // The cluster catalogue (steward_catalogue_entries, migration 0037): entries whose owner shares
    // the description with the cluster, in title order.
    index('registry_entries_catalogue_idx')
      .on(t.title)
      .where(sql`${t.sharedWithCluster}`),
  ],
);

/** Field-level history of a registry entry. `changes` = [{ field, from, to }]. */
export const registryEntryChanges = pgTable(
  'registry_entry_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => registryEntries.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<{ field: string; from: unknown; to: unknown }[]>().notNull(),
  },
  (t) => [index('registry_entry_changes_entry_idx').on(t.entryId)],
);

export interface FileFinding {
  column: string;
  kind: string;
  confidence: number;
  reason: string;
}

/**
 * Why the scanner could not read a file (which quarantines it until its owner accepts it): the
 * reader's error code ('not-tabular' for a type the scanner does not read) and, for an exceeded
 * limit, its name and value. Never cell values.
 */
export interface ScanProblem {
  code: string;
  message: string;
  limit?: string;
  max?: number;
}

/**
 * A file attached to a registry entry, stored encrypted (AES-256-GCM; `iv`, `auth_tag`,
 * `ciphertext`). `quarantined` files are visible to the owner organisation only (RLS).
 */
export const registryFiles = pgTable(
  'registry_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => registryEntries.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    version: integer('version').notNull(),
    sha256: text('sha256').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    quarantined: boolean('quarantined').notNull(),
    findings: jsonb('findings').$type<FileFinding[]>().notNull(),
    undeclared: jsonb('undeclared').$type<string[]>().notNull(),
    /** Set when the scanner could not read the file (issue 7 §8); null when it was scanned. */
    scanProblem: jsonb('scan_problem').$type<ScanProblem>(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    justification: text('justification'),
    keyId: text('key_id').notNull(),
    iv: bytea('iv').notNull(),
    authTag: bytea('auth_tag').notNull(),
    ciphertext: bytea('ciphertext').notNull(),
    /** The per-file data key wrapped by the installation key; null once destroyed (or older files). */
    dataKey: bytea('data_key'),
    /** Retention: the content and its key were destroyed; the row stays as the tombstone. */
    destroyedAt: timestamp('destroyed_at', { withTimezone: true }),
    destroyedBy: uuid('destroyed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('registry_files_entry_idx').on(t.entryId)],
);

/**
 * The file-encryption key used when STEWARD_FILE_KEY is not configured (generated once). No
 * grant to the application role: read by the owner only. See docs/decisions (file encryption).
 */
export const fileEncryptionKeys = pgTable('file_encryption_keys', {
  id: text('id').primaryKey(),
  key: bytea('key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
