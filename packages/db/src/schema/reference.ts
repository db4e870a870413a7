import { index, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';

/** Administrative areas (OCHA COD p-codes): shared reference data, no organisation. */
export const adminAreas = pgTable(
  'admin_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryIso3: text('country_iso3').notNull(),
    pcode: text('pcode').notNull().unique(),
    name: text('name').notNull(),
    level: smallint('level').notNull(),
    parentPcode: text('parent_pcode'),
    validFrom: text('valid_from'),
  },
  (t) => [index('admin_areas_country_level_idx').on(t.countryIso3, t.level)],
);

/** Installation facts (`demo-loaded`, …). Keyed by name; the one table without a uuid key. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
