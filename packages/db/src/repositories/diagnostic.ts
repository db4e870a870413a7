import type { Answer, DiagnosticItem } from '@steward/core/diagnostic/index';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';
import {
  diagnosticActions,
  diagnosticQuestionSets,
  diagnosticResponses,
  diagnosticRounds,
} from '../schema/diagnostic';

export type QuestionSetRow = typeof diagnosticQuestionSets.$inferSelect;
export type DiagnosticRoundRow = typeof diagnosticRounds.$inferSelect;
export type DiagnosticResponseRow = typeof diagnosticResponses.$inferSelect;
export type DiagnosticActionRow = typeof diagnosticActions.$inferSelect;
export type DiagnosticParty = DiagnosticResponseRow['party'];

export async function latestQuestionSet(tx: Tx): Promise<QuestionSetRow | null> {
  const [row] = await tx
    .select()
    .from(diagnosticQuestionSets)
    .orderBy(desc(diagnosticQuestionSets.version))
    .limit(1);
  return row ?? null;
}

export async function findQuestionSet(tx: Tx, id: string): Promise<QuestionSetRow | null> {
  const [row] = await tx.select().from(diagnosticQuestionSets).where(eq(diagnosticQuestionSets.id, id));
  return row ?? null;
}

export async function insertQuestionSet(
  tx: Tx,
  input: { version: number; items: DiagnosticItem[]; createdAt: Date; createdBy: string | null },
): Promise<QuestionSetRow> {
  const [row] = await tx.insert(diagnosticQuestionSets).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export function listRounds(tx: Tx): Promise<DiagnosticRoundRow[]> {
  return tx
    .select()
    .from(diagnosticRounds)
    .orderBy(asc(diagnosticRounds.openedOn), asc(diagnosticRounds.createdAt));
}

export async function findRound(tx: Tx, id: string): Promise<DiagnosticRoundRow | null> {
  const [row] = await tx.select().from(diagnosticRounds).where(eq(diagnosticRounds.id, id));
  return row ?? null;
}

export async function insertRound(
  tx: Tx,
  input: Omit<DiagnosticRoundRow, 'id'>,
): Promise<DiagnosticRoundRow> {
  const [row] = await tx.insert(diagnosticRounds).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function setRoundStatus(
  tx: Tx,
  id: string,
  status: DiagnosticRoundRow['status'],
): Promise<DiagnosticRoundRow | null> {
  const [row] = await tx
    .update(diagnosticRounds)
    .set({ status })
    .where(eq(diagnosticRounds.id, id))
    .returning();
  return row ?? null;
}

/** Responses of a round visible to the actor (RLS decides which). */
export function listResponses(tx: Tx, roundId: string): Promise<DiagnosticResponseRow[]> {
  return tx.select().from(diagnosticResponses).where(eq(diagnosticResponses.roundId, roundId));
}

export async function findResponse(
  tx: Tx,
  roundId: string,
  organisationId: string,
  party: DiagnosticParty,
): Promise<DiagnosticResponseRow | null> {
  const [row] = await tx
    .select()
    .from(diagnosticResponses)
    .where(
      and(
        eq(diagnosticResponses.roundId, roundId),
        eq(diagnosticResponses.organisationId, organisationId),
        eq(diagnosticResponses.party, party),
      ),
    );
  return row ?? null;
}

export async function upsertResponse(
  tx: Tx,
  input: {
    roundId: string;
    organisationId: string;
    party: DiagnosticParty;
    answers: Answer[];
    shareNamed: boolean;
    updatedAt: Date;
    updatedBy: string | null;
  },
): Promise<DiagnosticResponseRow> {
  const [row] = await tx
    .insert(diagnosticResponses)
    .values(input)
    .onConflictDoUpdate({
      target: [diagnosticResponses.roundId, diagnosticResponses.organisationId, diagnosticResponses.party],
      set: {
        answers: input.answers,
        shareNamed: input.shareNamed,
        updatedAt: input.updatedAt,
        updatedBy: input.updatedBy,
      },
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

/** Members' answers of a round without their organisation (cluster roles only; else none). */
export async function memberAnswersForAggregate(tx: Tx, roundId: string): Promise<Answer[][]> {
  const rows = await queryRows<{ answers: Answer[] }>(
    tx,
    sql`SELECT steward_diagnostic_member_answers(${roundId}::uuid) AS answers`,
  );
  return rows.map((r) => r.answers);
}

export function listActions(tx: Tx, roundId: string): Promise<DiagnosticActionRow[]> {
  return tx
    .select()
    .from(diagnosticActions)
    .where(eq(diagnosticActions.roundId, roundId))
    .orderBy(asc(diagnosticActions.dueOn), asc(diagnosticActions.createdAt));
}

export async function insertAction(
  tx: Tx,
  input: Omit<DiagnosticActionRow, 'id'>,
): Promise<DiagnosticActionRow> {
  const [row] = await tx.insert(diagnosticActions).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateAction(
  tx: Tx,
  id: string,
  patch: Partial<Pick<DiagnosticActionRow, 'owner' | 'dueOn' | 'status' | 'title' | 'updatedAt'>>,
): Promise<DiagnosticActionRow | null> {
  const [row] = await tx.update(diagnosticActions).set(patch).where(eq(diagnosticActions.id, id)).returning();
  return row ?? null;
}
