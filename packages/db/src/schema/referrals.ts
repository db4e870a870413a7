import { sql } from 'drizzle-orm';
import {
  check,
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
import { services } from './directory';
import { organisations } from './organisations';
import { users } from './users';

/**
 * End-to-end encrypted referrals (issue 9; docs/decisions/0017). The server stores public keys,
 * wrapped/sealed private keys and ciphertext; the only plaintext about a referral is the workflow
 * and counting metadata: organisations, service, priority, state, timestamps, due-by, adm1/adm2.
 */

export const REFERRAL_PRIORITY_VALUES = ['emergency', 'urgent', 'normal'] as const;
export const REFERRAL_STATE_VALUES = [
  'draft',
  'sent',
  'accepted',
  'in_service',
  'closed',
  'declined',
  'withdrawn',
] as const;
export const REFERRAL_OUTCOME_VALUES = ['service_provided', 'service_not_provided'] as const;
export const REFERRAL_KEY_COPY_KINDS = ['member', 'recovery', 'history'] as const;
/** Legal bases a consent override may rest on (domain.md §10.4): every basis but consent. */
export const REFERRAL_OVERRIDE_LEGAL_BASES = [
  'vital_interest',
  'public_interest',
  'legitimate_interest',
  'contract',
  'legal_obligation',
] as const;
/** `cancelled`: the requester withdrew their own pending override (it never leaves). */
export const REFERRAL_OVERRIDE_DECISIONS = ['approved', 'refused', 'cancelled'] as const;

/** A user's referral key pair: public key and the passphrase-wrapped private key. */
export const referralUserKeys = pgTable('referral_user_keys', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  publicKey: text('public_key').notNull(),
  /** PBKDF2-SHA256 + AES-256-GCM wrapped private key (opaque to the server). */
  wrappedPrivateKey: jsonb('wrapped_private_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** An organisation's referral key pair (public part). `retiredAt` null = the current key. */
export const referralOrgKeys = pgTable(
  'referral_org_keys',
  {
    /** Chosen by the client (bound into every sealed copy's context). */
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    publicKey: text('public_key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    /**
     * Set (by the triggers of migration 0048) when a member holding a copy of this key leaves the
     * organisation, loses their referral role, is disabled or has their copy revoked: until a
     * remaining holder rotates the key, no referral is sent from or to the organisation.
     */
    rotationRequiredAt: timestamp('rotation_required_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('referral_org_keys_current_idx')
      .on(t.organisationId)
      .where(sql`${t.retiredAt} IS NULL`),
  ],
);

/**
 * Copies of an organisation private key: sealed to a member's public key (`member`), wrapped with
 * the recovery code (`recovery`), or an older key sealed to a newer one (`history`).
 */
export const referralOrgKeyCopies = pgTable(
  'referral_org_key_copies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgKeyId: uuid('org_key_id')
      .notNull()
      .references(() => referralOrgKeys.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REFERRAL_KEY_COPY_KINDS }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** For `history`: the older key this copy opens. */
    oldKeyId: uuid('old_key_id').references(() => referralOrgKeys.id, { onDelete: 'cascade' }),
    box: jsonb('box').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('referral_org_key_copies_key_idx').on(t.orgKeyId),
    uniqueIndex('referral_org_key_copies_member_idx')
      .on(t.orgKeyId, t.userId)
      .where(sql`${t.kind} = 'member'`),
  ],
);

/**
 * A recovery challenge (issue 9, decision 0030): a random answer sealed by the server to the
 * organisation's current public key; a partner focal point who recovered the private key with the
 * printed code opens it and sends the answer back to grant the key to themselves. Only the SHA-256
 * of the answer is kept; one use, short expiry.
 */
export const referralRecoveryChallenges = pgTable(
  'referral_recovery_challenges',
  {
    id: uuid('id').primaryKey(),
    orgKeyId: uuid('org_key_id')
      .notNull()
      .references(() => referralOrgKeys.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    answerHash: text('answer_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('referral_recovery_challenges_user_idx').on(t.userId)],
);

/** A referral: plaintext workflow metadata + the encrypted content envelope. */
export const referrals = pgTable(
  'referrals',
  {
    /** Chosen by the sending client (bound into the content's associated data). */
    id: uuid('id').primaryKey(),
    /** Short human reference for notifications (no personal data), e.g. R-2026-000123. */
    reference: text('reference').notNull().unique(),
    senderOrganisationId: uuid('sender_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    receiverOrganisationId: uuid('receiver_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    serviceType: text('service_type').notNull(),
    priority: text('priority', { enum: REFERRAL_PRIORITY_VALUES }).notNull(),
    state: text('state', { enum: REFERRAL_STATE_VALUES }).notNull(),
    outcome: text('outcome', { enum: REFERRAL_OUTCOME_VALUES }),
    adm1: text('adm1').notNull(),
    adm2: text('adm2').notNull(),
    /** Encrypted payload + consent (Envelope, version 1). */
    content: jsonb('content').notNull(),
    /** The sender's organisation key and the receiver's key the content was sealed to. */
    senderKeyId: uuid('sender_key_id')
      .notNull()
      .references(() => referralOrgKeys.id),
    receiverKeyId: uuid('receiver_key_id')
      .notNull()
      .references(() => referralOrgKeys.id),
    /** Consent withdrawn after sending: flagged to both sides (no content). */
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    /**
     * Opaque consent reference: a random id chosen on the sending device for the consent record
     * (never derived from personal data), so the server can refuse a referral sent with a consent
     * that was withdrawn and flag the open referrals that rest on it. Null for older referrals.
     */
    consentRef: text('consent_ref'),
    /**
     * Consent override (issue 9): the device's consent check failed and a person holding
     * `referral.consent-override` sends on another legal basis; a second such person of the sending
     * organisation approves before the referral leaves `draft`. Plaintext: the flag (legal basis
     * not null), the basis code, who and when. The justification is inside the encrypted content.
     * The trigger of migration 0041 checks roles, organisation and the two different people.
     */
    overrideLegalBasis: text('override_legal_basis', { enum: REFERRAL_OVERRIDE_LEGAL_BASES }),
    overrideRequestedBy: uuid('override_requested_by').references(() => users.id, { onDelete: 'set null' }),
    overrideRequestedAt: timestamp('override_requested_at', { withTimezone: true }),
    overrideDecision: text('override_decision', { enum: REFERRAL_OVERRIDE_DECISIONS }),
    overrideDecidedBy: uuid('override_decided_by').references(() => users.id, { onDelete: 'set null' }),
    overrideDecidedAt: timestamp('override_decided_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    dueBy: timestamp('due_by', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('referrals_sender_idx').on(t.senderOrganisationId),
    index('referrals_receiver_idx').on(t.receiverOrganisationId),
    index('referrals_consent_ref_idx').on(t.senderOrganisationId, t.consentRef),
    check(
      'referrals_override_legal_basis_check',
      sql`${t.overrideLegalBasis} IS NULL OR ${t.overrideLegalBasis} IN ('vital_interest', 'public_interest', 'legitimate_interest', 'contract', 'legal_obligation')`,
    ),
    check(
      'referrals_override_complete_check',
      sql`${t.overrideLegalBasis} IS NULL OR ${t.overrideRequestedAt} IS NOT NULL`,
    ),
    check(
      'referrals_override_decision_check',
      sql`${t.overrideDecision} IS NULL OR (${t.overrideDecision} IN ('approved', 'refused', 'cancelled') AND ${t.overrideLegalBasis} IS NOT NULL AND ${t.overrideDecidedAt} IS NOT NULL)`,
    ),
    check(
      'referrals_override_two_people_check',
      sql`${t.overrideDecidedBy} IS NULL OR ${t.overrideRequestedBy} IS NULL OR ${t.overrideDecidedBy} <> ${t.overrideRequestedBy} OR ${t.overrideDecision} = 'cancelled'`,
    ),
    check(
      'referrals_override_approved_to_leave_draft_check',
      sql`${t.overrideLegalBasis} IS NULL OR ${t.state} = 'draft' OR ${t.overrideDecision} IS NOT DISTINCT FROM 'approved'`,
    ),
  ],
);

/**
 * A consent withdrawn, known to the server by its opaque reference only (issue 9): no referral of
 * the organisation is sent with it any more, and its open referrals are flagged to both sides.
 */
export const referralConsentWithdrawals = pgTable(
  'referral_consent_withdrawals',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    consentRef: text('consent_ref').notNull(),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.consentRef] })],
);

/** State changes; free text (reasons, notes) only as an encrypted envelope. */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    senderOrganisationId: uuid('sender_organisation_id').notNull(),
    receiverOrganisationId: uuid('receiver_organisation_id').notNull(),
    /** 1 for the send; each change adds one (the content version of its envelope). */
    version: integer('version').notNull(),
    fromState: text('from_state', { enum: REFERRAL_STATE_VALUES }),
    toState: text('to_state', { enum: REFERRAL_STATE_VALUES }).notNull(),
    outcome: text('outcome', { enum: REFERRAL_OUTCOME_VALUES }),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorOrganisationId: uuid('actor_organisation_id').notNull(),
    /** Encrypted reason / note (Envelope) or null. */
    content: jsonb('content'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('referral_events_version_idx').on(t.referralId, t.version)],
);
