import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../database';
import { queryRows } from '../database';
import { organisations } from '../schema/organisations';
import {
  serviceAtLocations,
  serviceContacts,
  serviceLocations,
  services,
  serviceTaxonomyTerms,
} from '../schema/directory';

export type ServiceRow = typeof services.$inferSelect;
export type NewService = typeof services.$inferInsert;
export type ServiceLocationRow = typeof serviceLocations.$inferSelect;
export type NewServiceLocation = typeof serviceLocations.$inferInsert;
export type ServiceAtLocationRow = typeof serviceAtLocations.$inferSelect;
export type NewServiceAtLocation = typeof serviceAtLocations.$inferInsert;
export type ServiceContactRow = typeof serviceContacts.$inferSelect;
export type NewServiceContact = typeof serviceContacts.$inferInsert;
export type TaxonomyTermRow = typeof serviceTaxonomyTerms.$inferSelect;
export type NewTaxonomyTerm = typeof serviceTaxonomyTerms.$inferInsert;

/** A service that takes referrals: what the referral form needs to offer it. */
export interface ReferralServiceRow {
  id: string;
  name: string;
  serviceType: string;
  referralMethod: string;
}

// --- taxonomy ---------------------------------------------------------------------------------

export function listTaxonomyTerms(tx: Tx): Promise<TaxonomyTermRow[]> {
  return tx
    .select()
    .from(serviceTaxonomyTerms)
    .orderBy(asc(serviceTaxonomyTerms.position), asc(serviceTaxonomyTerms.code));
}

export async function insertTaxonomyTerm(tx: Tx, value: NewTaxonomyTerm): Promise<TaxonomyTermRow> {
  const [row] = await tx.insert(serviceTaxonomyTerms).values(value).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateTaxonomyTerm(
  tx: Tx,
  code: string,
  value: Partial<Pick<NewTaxonomyTerm, 'name' | 'description' | 'position' | 'updatedAt'>>,
): Promise<TaxonomyTermRow | null> {
  const [row] = await tx
    .update(serviceTaxonomyTerms)
    .set(value)
    .where(eq(serviceTaxonomyTerms.code, code))
    .returning();
  return row ?? null;
}

/** Deletes a term no service uses (the foreign key refuses otherwise). True when deleted. */
export async function deleteTaxonomyTerm(tx: Tx, code: string): Promise<boolean> {
  const rows = await tx.delete(serviceTaxonomyTerms).where(eq(serviceTaxonomyTerms.code, code)).returning();
  return rows.length > 0;
}

// --- services ---------------------------------------------------------------------------------

/** Every service visible to the transaction's actor (RLS), with its organisation's acronym. */
export async function listServices(
  tx: Tx,
): Promise<{ service: ServiceRow; organisationAcronym: string | null; organisationName: string | null }[]> {
  const rows = await tx
    .select({
      service: services,
      organisationAcronym: organisations.acronym,
      organisationName: organisations.name,
    })
    .from(services)
    .leftJoin(organisations, eq(organisations.id, services.organizationId))
    .orderBy(asc(services.name), asc(services.id));
  return rows;
}

export async function findService(tx: Tx, id: string): Promise<ServiceRow | null> {
  const [row] = await tx.select().from(services).where(eq(services.id, id));
  return row ?? null;
}

export async function insertService(tx: Tx, value: NewService): Promise<ServiceRow> {
  const [row] = await tx.insert(services).values(value).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateService(
  tx: Tx,
  id: string,
  value: Partial<NewService>,
): Promise<ServiceRow | null> {
  const [row] = await tx.update(services).set(value).where(eq(services.id, id)).returning();
  return row ?? null;
}

export async function deleteService(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.delete(services).where(eq(services.id, id)).returning({ id: services.id });
  return rows.length > 0;
}

/**
 * The active services of the organisation with this acronym (case-insensitive) that take
 * referrals (`referral_method` other than `referrals-not-accepted`), by name.
 */
export function listServicesAcceptingReferrals(
  tx: Tx,
  organisationAcronym: string,
): Promise<ReferralServiceRow[]> {
  return tx
    .select({
      id: services.id,
      name: services.name,
      serviceType: services.serviceType,
      referralMethod: services.referralMethod,
    })
    .from(services)
    .innerJoin(organisations, eq(organisations.id, services.organizationId))
    .where(
      and(
        sql`lower(${organisations.acronym}) = lower(${organisationAcronym})`,
        eq(services.status, 'active'),
        ne(services.referralMethod, 'referrals-not-accepted'),
      ),
    )
    .orderBy(asc(services.name), asc(services.id));
}

/** Marks a service stale (cluster roles only, enforced by the database). True when flagged. */
export async function flagStaleService(tx: Tx, id: string, at: Date): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select steward_flag_stale_service(${id}::uuid, ${at.toISOString()}::timestamptz) as n`,
  );
  return Number(row?.n ?? 0) > 0;
}

// --- locations, service-at-location, contacts -------------------------------------------------

export function listServiceLocations(tx: Tx): Promise<ServiceLocationRow[]> {
  return tx.select().from(serviceLocations).orderBy(asc(serviceLocations.name), asc(serviceLocations.id));
}

export async function insertServiceLocation(tx: Tx, value: NewServiceLocation): Promise<ServiceLocationRow> {
  const [row] = await tx.insert(serviceLocations).values(value).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function deleteServiceLocation(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx
    .delete(serviceLocations)
    .where(eq(serviceLocations.id, id))
    .returning({ id: serviceLocations.id });
  return rows.length > 0;
}

export function listServiceAtLocations(tx: Tx, serviceIds?: string[]): Promise<ServiceAtLocationRow[]> {
  const q = tx.select().from(serviceAtLocations);
  return (serviceIds ? q.where(inArray(serviceAtLocations.serviceId, serviceIds)) : q).orderBy(
    asc(serviceAtLocations.serviceId),
    asc(serviceAtLocations.id),
  );
}

export async function insertServiceAtLocation(
  tx: Tx,
  value: NewServiceAtLocation,
): Promise<ServiceAtLocationRow> {
  const [row] = await tx.insert(serviceAtLocations).values(value).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function deleteServiceAtLocations(tx: Tx, serviceId: string): Promise<void> {
  await tx.delete(serviceAtLocations).where(eq(serviceAtLocations.serviceId, serviceId));
}

export function listServiceContacts(tx: Tx, serviceIds?: string[]): Promise<ServiceContactRow[]> {
  const q = tx.select().from(serviceContacts);
  return (serviceIds ? q.where(inArray(serviceContacts.serviceId, serviceIds)) : q).orderBy(
    asc(serviceContacts.serviceId),
    asc(serviceContacts.id),
  );
}

export async function insertServiceContact(tx: Tx, value: NewServiceContact): Promise<ServiceContactRow> {
  const [row] = await tx.insert(serviceContacts).values(value).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function deleteServiceContacts(tx: Tx, serviceId: string): Promise<void> {
  await tx.delete(serviceContacts).where(eq(serviceContacts.serviceId, serviceId));
}

/** The endorsed ISP for the public directory (no session): a SECURITY DEFINER lookup. */
export async function findPublicEndorsedIsp(
  tx: Tx,
): Promise<{ id: string; version: string; document: Record<string, unknown> } | null> {
  const [row] = await queryRows<{ id: string; version: string; document: Record<string, unknown> | string }>(
    tx,
    sql`select id, version, document from steward_public_endorsed_isp()`,
  );
  if (!row) return null;
  const document =
    typeof row.document === 'string' ? (JSON.parse(row.document) as Record<string, unknown>) : row.document;
  return { id: row.id, version: row.version, document };
}

// --- coverage of the directory (gaps) -------------------------------------------------------------

/** One district of the gazetteer and one service type: how many active services cover it. */
export interface DirectoryCoverageRow {
  pcode: string;
  parentPcode: string | null;
  serviceType: string;
  services: number;
}

/**
 * Coverage of the directory by district (admin-2 areas of the country's gazetteer) and service
 * type: the active services (those the caller may read, RLS) whose coverage p-codes or location
 * p-codes name the district or its province. A district with 0 for a type is a gap of the
 * directory. Every district × every type of the taxonomy, ordered by p-code then type.
 */
export function directoryCoverage(tx: Tx, countryIso3: string): Promise<DirectoryCoverageRow[]> {
  return queryRows<DirectoryCoverageRow>(
    tx,
    sql`with areas as (
          select pcode, parent_pcode from admin_areas where country_iso3 = ${countryIso3} and level = 2
        ),
        served as (
          select s.id, s.service_type, c.pcode
            from services s, jsonb_array_elements_text(s.coverage_pcodes) as c(pcode)
           where s.status = 'active'
          union
          select s.id, s.service_type, l.admin_pcode
            from services s
            join service_at_locations sal on sal.service_id = s.id
            join service_locations l on l.id = sal.location_id
           where s.status = 'active' and l.admin_pcode is not null
        )
        select a.pcode, a.parent_pcode as "parentPcode", t.code as "serviceType",
               count(distinct sv.id)::int as services
          from areas a
         cross join service_taxonomy_terms t
          left join served sv
            on sv.service_type = t.code and (sv.pcode = a.pcode or sv.pcode = a.parent_pcode)
         group by a.pcode, a.parent_pcode, t.code
         order by a.pcode, t.code`,
  );
}
