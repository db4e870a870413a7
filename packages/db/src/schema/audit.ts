import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit log. `hash` = SHA-256(previous hash + canonical JSON of the
 * entry). The application role may only INSERT and SELECT (grants + trigger, see the custom
 * migration). `details` holds ids and codes only, never personal data.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sequence: bigint('sequence', { mode: 'number' }).notNull().unique(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    /** The organisation whose data the entry is about (for row-level visibility). */
    organisationId: uuid('organisation_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    outcome: text('outcome').notNull(),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_organisation_idx').on(t.organisationId),
    index('audit_log_actor_idx').on(t.actorUserId),
  ],
);
