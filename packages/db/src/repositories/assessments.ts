import { asc, desc, eq, sql } from 'drizzle-orm';
import { builtOnce } from '../built-once';
import type { Tx } from '../database';
import { impactAssessmentRisks, impactAssessments } from '../schema/assessments';

export type AssessmentRow = typeof impactAssessments.$inferSelect;
export type NewAssessment = typeof impactAssessments.$inferInsert;
export type AssessmentRiskRow = typeof impactAssessmentRisks.$inferSelect;
export type NewAssessmentRisk = typeof impactAssessmentRisks.$inferInsert;

export async function insertAssessment(tx: Tx, input: NewAssessment): Promise<AssessmentRow> {
  const [row] = await tx.insert(impactAssessments).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findAssessment(tx: Tx, id: string): Promise<AssessmentRow | null> {
  const [row] = await tx.select().from(impactAssessments).where(eq(impactAssessments.id, id));
  return row ?? null;
}

const assessmentsQuery = builtOnce((tx) =>
  tx.select().from(impactAssessments).orderBy(desc(impactAssessments.updatedAt)).limit(1000),
);

/** Assessments the actor can see (RLS), most recently changed first. */
export function listAssessments(tx: Tx): Promise<AssessmentRow[]> {
  return assessmentsQuery(tx, {});
}

/** Visible assessments that link the registry entry. */
export function listAssessmentsForEntry(tx: Tx, entryId: string): Promise<AssessmentRow[]> {
  return tx
    .select()
    .from(impactAssessments)
    .where(sql`${impactAssessments.entryIds} @> ${JSON.stringify([entryId])}::jsonb`);
}

/** Visible assessments that link the agreement. */
export function listAssessmentsForAgreement(tx: Tx, agreementId: string): Promise<AssessmentRow[]> {
  return tx
    .select()
    .from(impactAssessments)
    .where(sql`${impactAssessments.agreementIds} @> ${JSON.stringify([agreementId])}::jsonb`);
}

export async function updateAssessment(
  tx: Tx,
  id: string,
  patch: Partial<NewAssessment>,
): Promise<AssessmentRow | null> {
  const [row] = await tx.update(impactAssessments).set(patch).where(eq(impactAssessments.id, id)).returning();
  return row ?? null;
}

export function listAssessmentRisks(tx: Tx, assessmentId: string): Promise<AssessmentRiskRow[]> {
  return tx
    .select()
    .from(impactAssessmentRisks)
    .where(eq(impactAssessmentRisks.assessmentId, assessmentId))
    .orderBy(asc(impactAssessmentRisks.position));
}

/** Risks of every visible assessment (the list's ratings), in one query. */
export function listAllAssessmentRisks(tx: Tx): Promise<AssessmentRiskRow[]> {
  return tx.select().from(impactAssessmentRisks).orderBy(asc(impactAssessmentRisks.position));
}

export async function insertAssessmentRisk(tx: Tx, input: NewAssessmentRisk): Promise<AssessmentRiskRow> {
  const [row] = await tx.insert(impactAssessmentRisks).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateAssessmentRisk(
  tx: Tx,
  id: string,
  patch: Partial<NewAssessmentRisk>,
): Promise<AssessmentRiskRow | null> {
  const [row] = await tx
    .update(impactAssessmentRisks)
    .set(patch)
    .where(eq(impactAssessmentRisks.id, id))
    .returning();
  return row ?? null;
}

export async function deleteAssessmentRisk(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx
    .delete(impactAssessmentRisks)
    .where(eq(impactAssessmentRisks.id, id))
    .returning({ id: impactAssessmentRisks.id });
  return rows.length > 0;
}
