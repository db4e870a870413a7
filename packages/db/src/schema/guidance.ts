import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * The cluster's adapted guidance texts (issue 11 §5: "editable by the cluster for its context"):
 * one row per guidance id (`registry.sensitivity`, the ids of @steward/core/guidance/catalogue)
 * and interface language, replacing Steward's default title, reason, or both. Row-level security
 * (migrations 0057, 0059; also checklist items `checklist.<kind>.<n>`): every signed-in user
 * reads them; cluster roles (coordinator, IMO) write and delete them (a delete returns to
 * Steward's default). Guidance text is not personal data.
 */
export const guidanceOverrides = pgTable(
  'guidance_overrides',
  {
    guidanceId: text('guidance_id').notNull(),
    language: text('language').notNull(),
    title: text('title'),
    why: text('why'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.guidanceId, t.language] })],
);
