import { and, arrayContains, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { builtOnce } from '../built-once';
import { queryRows, type Tx } from '../database';
import { agreements, dataRequests, notifications } from '../schema/sharing';

export type DataRequestRow = typeof dataRequests.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;

export async function insertDataRequest(
  tx: Tx,
  input: typeof dataRequests.$inferInsert,
): Promise<DataRequestRow> {
  const [row] = await tx.insert(dataRequests).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Submits an outside requester's request through the narrow SECURITY DEFINER function (no actor
 * is signed in). Returns the new id, or null when the entry does not exist.
 */
export async function submitPublicDataRequest(
  tx: Tx,
  input: {
    registryEntryId: string;
    requesterName: string;
    requesterOrganisationName: string;
    contactEmail: string;
    purpose: string;
    intendedUse: string;
    recipients: string;
    requestedDurationDays: number;
    at: Date;
  },
): Promise<string | null> {
  const [row] = await queryRows<{ id: string | null }>(
    tx,
    sql`select steward_submit_public_request(${input.registryEntryId}::uuid, ${input.requesterName}, ${input.requesterOrganisationName}, ${input.contactEmail}, ${input.purpose}, ${input.intendedUse}, ${input.recipients}, ${input.requestedDurationDays}::int, ${input.at.toISOString()}::timestamptz) as id`,
  );
  return row?.id ?? null;
}

export function listDataRequests(
  tx: Tx,
  filter: { providerIn?: string; requesterIn?: string } = {},
): Promise<DataRequestRow[]> {
  const where = filter.providerIn
    ? eq(dataRequests.providerOrganisationId, filter.providerIn)
    : filter.requesterIn
      ? eq(dataRequests.requesterOrganisationId, filter.requesterIn)
      : undefined;
  const q = tx.select().from(dataRequests);
  return (where ? q.where(where) : q).orderBy(desc(dataRequests.createdAt));
}

export async function findDataRequest(tx: Tx, id: string): Promise<DataRequestRow | null> {
  const [row] = await tx.select().from(dataRequests).where(eq(dataRequests.id, id));
  return row ?? null;
}

export async function updateDataRequest(
  tx: Tx,
  id: string,
  patch: Partial<typeof dataRequests.$inferInsert>,
): Promise<DataRequestRow | null> {
  const [row] = await tx.update(dataRequests).set(patch).where(eq(dataRequests.id, id)).returning();
  return row ?? null;
}

/**
 * The owner and title of an entry shared with the cluster, for filing a request (SECURITY DEFINER:
 * the requester cannot read the entry itself). Null when there is no such entry.
 */
export async function requestableEntry(
  tx: Tx,
  entryId: string,
): Promise<{ organisationId: string; title: string } | null> {
  const [row] = await queryRows<{ organisation_id: string; title: string }>(
    tx,
    sql`select organisation_id, title from steward_requestable_entry(${entryId}::uuid)`,
  );
  return row ? { organisationId: row.organisation_id, title: row.title } : null;
}

/** The next reference `DSA-<year>-<nnnn>`, unique across organisations (SECURITY DEFINER function). */
export async function nextAgreementReference(tx: Tx, year: number): Promise<string> {
  const [row] = await queryRows<{ reference: string }>(
    tx,
    sql`select steward_next_agreement_reference(${year}::int) as reference`,
  );
  if (!row) throw new Error('no reference returned');
  return row.reference;
}

export async function insertAgreement(tx: Tx, input: typeof agreements.$inferInsert): Promise<AgreementRow> {
  const [row] = await tx.insert(agreements).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export function listAgreements(tx: Tx): Promise<AgreementRow[]> {
  return tx.select().from(agreements).orderBy(desc(agreements.createdAt));
}

export async function findAgreement(tx: Tx, id: string): Promise<AgreementRow | null> {
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, id));
  return row ?? null;
}

export async function updateAgreement(
  tx: Tx,
  id: string,
  patch: Partial<typeof agreements.$inferInsert>,
): Promise<AgreementRow | null> {
  const [row] = await tx.update(agreements).set(patch).where(eq(agreements.id, id)).returning();
  return row ?? null;
}

/**
 * Agreements naming `organisationId` as recipient (of one entry, or of every entry), revoked ones
 * included: the access path (services/src/access) decides from their status and terms.
 */
export function listRecipientAgreementsOf(
  tx: Tx,
  organisationId: string,
  entryId?: string,
): Promise<AgreementRow[]> {
  if (entryId === undefined) return recipientAgreementsQuery(tx, { organisationId });
  return tx
    .select()
    .from(agreements)
    .where(
      and(eq(agreements.recipientOrganisationId, organisationId), eq(agreements.registryEntryId, entryId)),
    )
    .orderBy(desc(agreements.createdAt));
}

/** Every agreement naming the organisation as recipient (every registry list reads it). */
const recipientAgreementsQuery = builtOnce<AgreementRow[], { organisationId: string }>((tx) =>
  tx
    .select()
    .from(agreements)
    .where(eq(agreements.recipientOrganisationId, sql.placeholder('organisationId')))
    .orderBy(desc(agreements.createdAt)),
);

export async function insertNotification(tx: Tx, input: typeof notifications.$inferInsert): Promise<void> {
  await tx.insert(notifications).values(input);
}

/**
 * Notifications of the organisations, for one role when given (those whose audience includes it;
 * row-level security applies the same rule to the actor's role in each organisation).
 */
export function listNotifications(
  tx: Tx,
  organisationIds: readonly string[],
  role?: string | null,
): Promise<NotificationRow[]> {
  if (organisationIds.length === 0 || role === null) return Promise.resolve([]);
  return tx
    .select()
    .from(notifications)
    .where(
      and(
        or(...organisationIds.map((id) => eq(notifications.organisationId, id))),
        role === undefined ? undefined : arrayContains(notifications.audience, [role]),
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(200);
}

export async function markNotificationRead(tx: Tx, id: string, at: Date): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
