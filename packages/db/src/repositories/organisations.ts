import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../database';
import { organisations, type OrganisationStatus, type OrganisationType } from '../schema/organisations';

export interface OrganisationRow {
  id: string;
  name: string;
  acronym: string;
  type: OrganisationType;
  isClusterMember: boolean;
  status: OrganisationStatus;
}

const columns = {
  id: organisations.id,
  name: organisations.name,
  acronym: organisations.acronym,
  type: organisations.type,
  isClusterMember: organisations.isClusterMember,
  status: organisations.status,
};

export interface NewOrganisation {
  name: string;
  acronym: string;
  type: OrganisationType;
  isClusterMember?: boolean;
  status?: OrganisationStatus;
}

export async function insertOrganisation(tx: Tx, input: NewOrganisation): Promise<OrganisationRow> {
  const [row] = await tx.insert(organisations).values(input).returning(columns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Every organisation visible to the transaction's actor, by name. */
export function listOrganisations(tx: Tx): Promise<OrganisationRow[]> {
  return tx.select(columns).from(organisations).orderBy(asc(organisations.name));
}

export async function findOrganisationById(tx: Tx, id: string): Promise<OrganisationRow | null> {
  const [row] = await tx.select(columns).from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export async function findOrganisationByAcronym(tx: Tx, acronym: string): Promise<OrganisationRow | null> {
  const [row] = await tx
    .select(columns)
    .from(organisations)
    .where(sql`lower(${organisations.acronym}) = lower(${acronym})`);
  return row ?? null;
}

export async function updateOrganisationStatus(
  tx: Tx,
  id: string,
  status: OrganisationStatus,
  at: Date,
): Promise<number> {
  const rows = await tx
    .update(organisations)
    .set({ status, updatedAt: at })
    .where(eq(organisations.id, id))
    .returning({ id: organisations.id });
  return rows.length;
}
