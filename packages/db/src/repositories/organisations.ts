import { asc, eq, isNull, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';
import { organisations, type OrganisationStatus, type OrganisationType } from '../schema/organisations';
import { referralOrgKeys } from '../schema/referrals';

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

export interface OrganisationChanges {
  name?: string;
  acronym?: string;
  type?: OrganisationType;
  isClusterMember?: boolean;
  status?: OrganisationStatus;
}

/** Updates an organisation's directory entry; null when row-level security or absence hid it. */
export async function updateOrganisation(
  tx: Tx,
  id: string,
  changes: OrganisationChanges,
  at: Date,
): Promise<OrganisationRow | null> {
  const [row] = await tx
    .update(organisations)
    .set({ ...changes, updatedAt: at })
    .where(eq(organisations.id, id))
    .returning(columns);
  return row ?? null;
}

/** A focal point of an organisation (partner focal point or cluster coordinator): name and e-mail. */
export interface FocalPointRow {
  organisationId: string;
  displayName: string;
  email: string;
  role: 'partner-focal-point' | 'cluster-coordinator';
}

/**
 * The focal points of every organisation, the cluster's contact list (SECURITY DEFINER
 * `steward_organisation_focal_points`: enabled users only, name and e-mail only, for any
 * signed-in actor; empty without one).
 */
export async function listFocalPoints(tx: Tx): Promise<FocalPointRow[]> {
  const rows = await queryRows<{
    organisation_id: string;
    display_name: string;
    email: string;
    role: string;
  }>(tx, sql`select organisation_id, display_name, email, role from steward_organisation_focal_points()`);
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    displayName: r.display_name,
    email: r.email,
    role: r.role === 'cluster-coordinator' ? 'cluster-coordinator' : 'partner-focal-point',
  }));
}

/** Current (not retired) referral key fingerprint of every organisation that has one. */
export async function listCurrentReferralKeyFingerprints(
  tx: Tx,
): Promise<{ organisationId: string; fingerprint: string; createdAt: Date }[]> {
  return tx
    .select({
      organisationId: referralOrgKeys.organisationId,
      fingerprint: referralOrgKeys.fingerprint,
      createdAt: referralOrgKeys.createdAt,
    })
    .from(referralOrgKeys)
    .where(isNull(referralOrgKeys.retiredAt));
}
