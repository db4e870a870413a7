import { desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';
import { incidentAgreementDuties, incidentTypes, incidents } from '../schema/incidents';

export type IncidentRow = typeof incidents.$inferSelect;
export type NewIncident = typeof incidents.$inferInsert;
export type IncidentDutyRow = typeof incidentAgreementDuties.$inferSelect;
export type IncidentTypeRow = typeof incidentTypes.$inferSelect;

export async function insertIncident(tx: Tx, input: NewIncident): Promise<IncidentRow> {
  const [row] = await tx.insert(incidents).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findIncident(tx: Tx, id: string): Promise<IncidentRow | null> {
  const [row] = await tx.select().from(incidents).where(eq(incidents.id, id));
  return row ?? null;
}

/** Incidents the actor can see (RLS), newest first. */
export function listIncidents(tx: Tx): Promise<IncidentRow[]> {
  return tx.select().from(incidents).orderBy(desc(incidents.reportedAt)).limit(1000);
}

export async function updateIncident(
  tx: Tx,
  id: string,
  patch: Partial<NewIncident>,
): Promise<IncidentRow | null> {
  const [row] = await tx.update(incidents).set(patch).where(eq(incidents.id, id)).returning();
  return row ?? null;
}

export async function insertIncidentDuty(
  tx: Tx,
  input: typeof incidentAgreementDuties.$inferInsert,
): Promise<IncidentDutyRow> {
  const [row] = await tx.insert(incidentAgreementDuties).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export function listIncidentDuties(tx: Tx, incidentId: string): Promise<IncidentDutyRow[]> {
  return tx
    .select()
    .from(incidentAgreementDuties)
    .where(eq(incidentAgreementDuties.incidentId, incidentId))
    .orderBy(incidentAgreementDuties.agreementReference);
}

/** Duties towards the given partner organisation (what a partner sees). */
export function listDutiesTowards(tx: Tx, partnerOrganisationId: string): Promise<IncidentDutyRow[]> {
  return tx
    .select()
    .from(incidentAgreementDuties)
    .where(eq(incidentAgreementDuties.partnerOrganisationId, partnerOrganisationId));
}

export async function updateIncidentDuty(
  tx: Tx,
  id: string,
  patch: Partial<typeof incidentAgreementDuties.$inferInsert>,
): Promise<IncidentDutyRow | null> {
  const [row] = await tx
    .update(incidentAgreementDuties)
    .set(patch)
    .where(eq(incidentAgreementDuties.id, id))
    .returning();
  return row ?? null;
}

/** Month, type, severity and state of every incident: cluster roles only (SECURITY DEFINER). */
export function incidentSummaryRecords(
  tx: Tx,
): Promise<{ month: string; type: string; severity: string; state: string }[]> {
  return queryRows(tx, sql`select month, type, severity, state from steward_incident_summary_records()`);
}

/** Open incidents (not closed) of one organisation visible to the actor. */
export async function countOpenIncidents(tx: Tx, organisationId: string): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(
    tx,
    sql`select count(*) as n from incidents where organisation_id = ${organisationId}
          and state in ('notified', 'classified', 'in_treatment')`,
  );
  return Number(row?.n ?? 0);
}

/** The incident types the cluster added (every signed-in member reads them), by code. */
export function listIncidentTypes(tx: Tx): Promise<IncidentTypeRow[]> {
  return tx.select().from(incidentTypes).orderBy(incidentTypes.code);
}

/** Adds a type (RLS: the cluster coordinator); null when the code exists already. */
export async function insertIncidentType(
  tx: Tx,
  input: typeof incidentTypes.$inferInsert,
): Promise<IncidentTypeRow | null> {
  const [row] = await tx.insert(incidentTypes).values(input).onConflictDoNothing().returning();
  return row ?? null;
}

/** Changes the labels of a cluster-added type (RLS: cluster roles); null when there is no such type. */
export async function updateIncidentTypeLabels(
  tx: Tx,
  code: string,
  labels: IncidentTypeRow['labels'],
): Promise<IncidentTypeRow | null> {
  const [row] = await tx
    .update(incidentTypes)
    .set({ labels })
    .where(eq(incidentTypes.code, code))
    .returning();
  return row ?? null;
}
