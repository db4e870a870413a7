import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';

/** One entry of the cluster catalogue: metadata only (see steward_catalogue_entries, migration 0037). */
export interface CatalogueRow {
  id: string;
  organisationId: string;
  organisationAcronym: string;
  organisationName: string;
  title: string;
  kind: string;
  dataTypes: string[];
  aggregationLevel: string;
  containsPersonalData: boolean;
  includesNames: boolean;
  includesCoordinates: boolean;
  consentObtained: boolean;
  updatedAt: Date;
}

/** What the database filters the catalogue by (each absent = any). */
export interface CatalogueQuery {
  /** Text the title contains, any case. */
  q?: string | undefined;
  owner?: string | undefined;
  dataType?: string | undefined;
  aggregationLevel?: string | undefined;
}

interface RawRow {
  id: string;
  organisation_id: string;
  organisation_acronym: string;
  organisation_name: string;
  title: string;
  kind: string;
  data_types: string[] | string;
  aggregation_level: string;
  contains_personal_data: boolean;
  includes_names: boolean;
  includes_coordinates: boolean;
  consent_obtained: boolean;
  updated_at: Date | string;
}

/**
 * The catalogue's entries for the transaction's actor, by title, in one statement (a SECURITY
 * DEFINER function: members cannot read other organisations' entries, only this metadata of the
 * entries their owners share with the cluster; active organisations, data not destroyed).
 */
export async function listCatalogueEntries(tx: Tx, query: CatalogueQuery): Promise<CatalogueRow[]> {
  const rows = await queryRows<RawRow>(
    tx,
    sql`select * from steward_catalogue_entries(${query.q ?? null}::text, ${query.owner ?? null}::uuid, ${query.dataType ?? null}::text, ${query.aggregationLevel ?? null}::text)`,
  );
  return rows.map(fromRaw);
}

/**
 * One entry as the catalogue gives it to the transaction's actor, or null when the catalogue leaves
 * it out (not shared with the cluster, draft, inactive owner, destroyed, no actor). Creating a
 * request applies the same rule as the listing (the services then ask the ISP, as the listing does).
 */
export async function findCatalogueEntry(tx: Tx, id: string): Promise<CatalogueRow | null> {
  const [row] = await queryRows<RawRow>(
    tx,
    sql`select * from steward_catalogue_entries(null::text, null::uuid, null::text, null::text) where id = ${id}::uuid`,
  );
  return row ? fromRaw(row) : null;
}

function fromRaw(r: RawRow): CatalogueRow {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationAcronym: r.organisation_acronym,
    organisationName: r.organisation_name,
    title: r.title,
    kind: r.kind,
    dataTypes: typeof r.data_types === 'string' ? (JSON.parse(r.data_types) as string[]) : r.data_types,
    aggregationLevel: r.aggregation_level,
    containsPersonalData: r.contains_personal_data,
    includesNames: r.includes_names,
    includesCoordinates: r.includes_coordinates,
    consentObtained: r.consent_obtained,
    updatedAt: r.updated_at instanceof Date ? r.updated_at : new Date(r.updated_at),
  };
}
