import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { registryEntries, registryFiles } from './registry';
import { users } from './users';

export const REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;

/**
 * A data-sharing request for one registry entry, from a member organisation or (public form)
 * an outside requester. Visible to the provider and the requesting organisation (RLS).
 */
export const dataRequests = pgTable(
  'data_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registryEntryId: uuid('registry_entry_id')
      .notNull()
      .references(() => registryEntries.id, { onDelete: 'cascade' }),
    providerOrganisationId: uuid('provider_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Null for an outside requester (public form). */
    requesterOrganisationId: uuid('requester_organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    /** The entry's title when the request was made (the requester may not see the entry). */
    entryTitle: text('entry_title').notNull(),
    requesterUserId: uuid('requester_user_id').references(() => users.id, { onDelete: 'set null' }),
    requesterName: text('requester_name'),
    requesterOrganisationName: text('requester_organisation_name'),
    contactEmail: text('contact_email').notNull(),
    purpose: text('purpose').notNull(),
    intendedUse: text('intended_use').notNull(),
    recipients: text('recipients').notNull(),
    requestedDurationDays: integer('requested_duration_days').notNull(),
    status: text('status', { enum: REQUEST_STATUSES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    rejectReason: text('reject_reason'),
    agreementId: uuid('agreement_id'),
  },
  (t) => [
    index('data_requests_provider_idx').on(t.providerOrganisationId),
    index('data_requests_requester_idx').on(t.requesterOrganisationId),
  ],
);

export interface Signatory {
  name: string;
  role: string;
  organisation: string;
  signedOn: string;
}

/**
 * A data-sharing agreement made from an approved request. Status is computed from the clock
 * (active between starts_on and expires_on unless revoked). Visible to both parties and, as
 * metadata, to cluster roles (RLS).
 */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    requestId: uuid('request_id').references(() => dataRequests.id, { onDelete: 'set null' }),
    registryEntryId: uuid('registry_entry_id')
      .notNull()
      .references(() => registryEntries.id, { onDelete: 'cascade' }),
    entryVersion: integer('entry_version').notNull(),
    providerOrganisationId: uuid('provider_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    recipientOrganisationId: uuid('recipient_organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    /** An outside recipient's organisation name (public requests). */
    recipientName: text('recipient_name'),
    purpose: text('purpose').notNull(),
    conditions: jsonb('conditions').$type<string[]>().notNull(),
    /** Metadata for the cluster view (no asset contents). */
    dataTypes: jsonb('data_types').$type<string[]>().notNull(),
    sensitivity: text('sensitivity').notNull(),
    startsOn: text('starts_on').notNull(),
    expiresOn: text('expires_on').notNull(),
    signatories: jsonb('signatories').$type<Signatory[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    revokedReason: text('revoked_reason'),
    /**
     * The file approved (the entry's newest released file when the agreement was made); null when
     * the entry had none. The recipient gets this file only, unless `includesLaterVersions`.
     */
    fileId: uuid('file_id').references(() => registryFiles.id, { onDelete: 'set null' }),
    /** The approver allowed newer uploads of the entry without a new approval. */
    includesLaterVersions: boolean('includes_later_versions').notNull().default(false),
  },
  (t) => [
    index('agreements_provider_idx').on(t.providerOrganisationId),
    index('agreements_recipient_idx').on(t.recipientOrganisationId),
  ],
);

/** An in-app notification for the members of one organisation. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The message's code: the web app renders `notice.<kind>` with `params` in the user's language. */
    kind: text('kind').notNull(),
    /** The English text (e-mail, and any client that cannot render the code). */
    text: text('text').notNull(),
    /** The message's parameters (titles, references, dates, codes), never personal data. */
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    /** The membership roles in the organisation that can act on it: only they see it (RLS). */
    audience: text('audience').array().notNull(),
    link: text('link').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_organisation_idx').on(t.organisationId)],
);
