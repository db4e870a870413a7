import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../database';
import {
  referralConsentWithdrawals,
  referralEvents,
  referralOrgKeyCopies,
  referralOrgKeys,
  referralRecoveryChallenges,
  referrals,
  referralUserKeys,
} from '../schema/referrals';

export type ReferralUserKeyRow = typeof referralUserKeys.$inferSelect;
export type ReferralOrgKeyRow = typeof referralOrgKeys.$inferSelect;
export type ReferralOrgKeyCopyRow = typeof referralOrgKeyCopies.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralEventRow = typeof referralEvents.$inferSelect;
export type ReferralRecoveryChallengeRow = typeof referralRecoveryChallenges.$inferSelect;

// ---- keys ----------------------------------------------------------------------------------
export async function upsertReferralUserKey(
  tx: Tx,
  input: typeof referralUserKeys.$inferInsert,
): Promise<ReferralUserKeyRow> {
  const [row] = await tx
    .insert(referralUserKeys)
    .values(input)
    .onConflictDoUpdate({
      target: referralUserKeys.userId,
      set: {
        publicKey: input.publicKey,
        wrappedPrivateKey: input.wrappedPrivateKey,
        fingerprint: input.fingerprint,
        createdAt: input.createdAt,
      },
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findReferralUserKeys(tx: Tx, userIds: string[]): Promise<ReferralUserKeyRow[]> {
  if (userIds.length === 0) return [];
  return tx.select().from(referralUserKeys).where(inArray(referralUserKeys.userId, userIds));
}

export async function insertReferralOrgKey(
  tx: Tx,
  input: typeof referralOrgKeys.$inferInsert,
): Promise<ReferralOrgKeyRow> {
  const [row] = await tx.insert(referralOrgKeys).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findCurrentReferralOrgKey(
  tx: Tx,
  organisationId: string,
): Promise<ReferralOrgKeyRow | null> {
  const [row] = await tx
    .select()
    .from(referralOrgKeys)
    .where(and(eq(referralOrgKeys.organisationId, organisationId), isNull(referralOrgKeys.retiredAt)));
  return row ?? null;
}

/** Organisation keys by id (public parts; any organisation's — RLS lets signed-in users read them). */
export async function findReferralOrgKeysByIds(tx: Tx, ids: string[]): Promise<ReferralOrgKeyRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(referralOrgKeys).where(inArray(referralOrgKeys.id, ids));
}

export async function listReferralOrgKeys(tx: Tx, organisationId: string): Promise<ReferralOrgKeyRow[]> {
  return tx
    .select()
    .from(referralOrgKeys)
    .where(eq(referralOrgKeys.organisationId, organisationId))
    .orderBy(asc(referralOrgKeys.createdAt));
}

export async function retireReferralOrgKey(tx: Tx, keyId: string, at: Date): Promise<void> {
  await tx
    .update(referralOrgKeys)
    .set({ retiredAt: at })
    .where(and(eq(referralOrgKeys.id, keyId), isNull(referralOrgKeys.retiredAt)));
}

export async function insertReferralOrgKeyCopies(
  tx: Tx,
  rows: (typeof referralOrgKeyCopies.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(referralOrgKeyCopies).values(rows);
}

/**
 * The copies RLS lets the actor read in one organisation: their own member copies and history, and
 * the recovery copy for a partner focal point of it (migration 0053).
 */
export async function listReferralOrgKeyCopies(
  tx: Tx,
  organisationId: string,
): Promise<ReferralOrgKeyCopyRow[]> {
  return tx
    .select()
    .from(referralOrgKeyCopies)
    .where(eq(referralOrgKeyCopies.organisationId, organisationId))
    .orderBy(asc(referralOrgKeyCopies.createdAt));
}

export async function deleteMemberKeyCopies(tx: Tx, organisationId: string, userId: string): Promise<number> {
  const rows = await tx
    .delete(referralOrgKeyCopies)
    .where(
      and(
        eq(referralOrgKeyCopies.organisationId, organisationId),
        eq(referralOrgKeyCopies.userId, userId),
        eq(referralOrgKeyCopies.kind, 'member'),
      ),
    )
    .returning({ id: referralOrgKeyCopies.id });
  return rows.length;
}

/**
 * A partner focal point removes a colleague's member copies (migration 0039): RLS shows a member only
 * their own copy, so the definer helper does it, and refuses (42501) anyone but a focal point of the
 * organisation, or revoking oneself.
 */
export async function revokeMemberKeyCopies(tx: Tx, organisationId: string, userId: string): Promise<number> {
  const [row] = await queryRows<{ removed: number }>(
    tx,
    sql`select steward_referral_revoke_member(${organisationId}::uuid, ${userId}::uuid) as removed`,
  );
  return Number(row?.removed ?? 0);
}

/** How many users hold a member copy of this key (of the actor's own referral organisations). */
export async function countMemberCopies(tx: Tx, orgKeyId: string): Promise<number> {
  return (await listKeyHolders(tx, orgKeyId)).length;
}

/**
 * The recovery copy of one organisation key (migration 0053: RLS shows it to the organisation's
 * partner focal points only; for anyone else this returns null).
 */
export async function findRecoveryCopy(tx: Tx, orgKeyId: string): Promise<ReferralOrgKeyCopyRow | null> {
  const [row] = await tx
    .select()
    .from(referralOrgKeyCopies)
    .where(and(eq(referralOrgKeyCopies.orgKeyId, orgKeyId), eq(referralOrgKeyCopies.kind, 'recovery')))
    .orderBy(desc(referralOrgKeyCopies.createdAt))
    .limit(1);
  return row ?? null;
}

export async function insertRecoveryChallenge(
  tx: Tx,
  input: typeof referralRecoveryChallenges.$inferInsert,
): Promise<void> {
  await tx.insert(referralRecoveryChallenges).values(input);
}

/** The actor's own recovery challenge (RLS: own rows, partner focal points only). */
export async function findRecoveryChallenge(
  tx: Tx,
  id: string,
): Promise<ReferralRecoveryChallengeRow | null> {
  const [row] = await tx
    .select()
    .from(referralRecoveryChallenges)
    .where(eq(referralRecoveryChallenges.id, id));
  return row ?? null;
}

/**
 * Deletes the actor's own recovery challenges that expired by `at` or were used (RLS: own rows,
 * partner focal points only; migration 0054 grants the DELETE). Returns how many went.
 */
export async function deleteStaleRecoveryChallenges(tx: Tx, userId: string, at: Date): Promise<number> {
  const rows = await tx
    .delete(referralRecoveryChallenges)
    .where(
      and(
        eq(referralRecoveryChallenges.userId, userId),
        or(lte(referralRecoveryChallenges.expiresAt, at), isNotNull(referralRecoveryChallenges.usedAt)),
      ),
    )
    .returning({ id: referralRecoveryChallenges.id });
  return rows.length;
}

/** Deletes one of the actor's own recovery challenges (RLS: own rows). */
export async function deleteRecoveryChallenge(tx: Tx, id: string): Promise<void> {
  await tx.delete(referralRecoveryChallenges).where(eq(referralRecoveryChallenges.id, id));
}

/** Marks a challenge used; false when it was already used (a concurrent completion). */
export async function useRecoveryChallenge(tx: Tx, id: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(referralRecoveryChallenges)
    .set({ usedAt: at })
    .where(and(eq(referralRecoveryChallenges.id, id), isNull(referralRecoveryChallenges.usedAt)))
    .returning({ id: referralRecoveryChallenges.id });
  return rows.length === 1;
}

// ---- referrals -----------------------------------------------------------------------------
export async function insertReferral(tx: Tx, input: typeof referrals.$inferInsert): Promise<ReferralRow> {
  const [row] = await tx.insert(referrals).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findReferral(tx: Tx, id: string): Promise<ReferralRow | null> {
  const [row] = await tx.select().from(referrals).where(eq(referrals.id, id));
  return row ?? null;
}

export async function listReferralsOf(
  tx: Tx,
  organisationId: string,
  direction: 'received' | 'sent' | 'all',
): Promise<ReferralRow[]> {
  // A draft (a consent override awaiting its second person) is the sender's only (RLS agrees).
  const received = and(eq(referrals.receiverOrganisationId, organisationId), ne(referrals.state, 'draft'));
  const where =
    direction === 'received'
      ? received
      : direction === 'sent'
        ? eq(referrals.senderOrganisationId, organisationId)
        : or(received, eq(referrals.senderOrganisationId, organisationId));
  return tx.select().from(referrals).where(where).orderBy(desc(referrals.sentAt)).limit(1000);
}

/** Updates a referral only if it is still in `expectedState` (no lost update). Returns the row or null. */
export async function updateReferralState(
  tx: Tx,
  id: string,
  expectedState: ReferralRow['state'],
  set: Partial<Pick<ReferralRow, 'state' | 'outcome' | 'updatedAt' | 'consentWithdrawnAt'>>,
): Promise<ReferralRow | null> {
  const [row] = await tx
    .update(referrals)
    .set(set)
    .where(and(eq(referrals.id, id), eq(referrals.state, expectedState)))
    .returning();
  return row ?? null;
}

/**
 * Records the second person's decision on a pending consent override (still a draft, undecided):
 * approval sends it (state, sent time and due-by set here); refusal leaves a dead draft.
 * Returns the row, or null when it was decided or changed meanwhile.
 */
export async function decideReferralOverride(
  tx: Tx,
  id: string,
  set: Pick<ReferralRow, 'overrideDecision' | 'overrideDecidedBy' | 'overrideDecidedAt' | 'updatedAt'> &
    Partial<Pick<ReferralRow, 'state' | 'sentAt' | 'dueBy'>>,
): Promise<ReferralRow | null> {
  const [row] = await tx
    .update(referrals)
    .set(set)
    .where(
      and(
        eq(referrals.id, id),
        eq(referrals.state, 'draft'),
        isNotNull(referrals.overrideLegalBasis),
        isNull(referrals.overrideDecision),
      ),
    )
    .returning();
  return row ?? null;
}

export async function insertReferralEvent(
  tx: Tx,
  input: typeof referralEvents.$inferInsert,
): Promise<ReferralEventRow> {
  const [row] = await tx.insert(referralEvents).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function listReferralEvents(tx: Tx, referralId: string): Promise<ReferralEventRow[]> {
  return tx
    .select()
    .from(referralEvents)
    .where(eq(referralEvents.referralId, referralId))
    .orderBy(asc(referralEvents.version));
}

export interface ReferralCountRow {
  serviceType: string;
  state: string;
  priority: string;
  month: string;
  adm1: string;
  adm2: string;
  receiverType: string;
  count: number;
}

/** Counts at the finest grouping, for cluster roles only (the function raises for anyone else). */
export async function referralCounts(tx: Tx): Promise<ReferralCountRow[]> {
  const rows = await queryRows<{
    r_service_type: string;
    r_state: string;
    r_priority: string;
    r_month: string;
    r_adm1: string;
    r_adm2: string;
    r_receiver_type: string;
    r_count: string | number;
  }>(tx, sql`select * from steward_referral_counts()`);
  return rows.map((r) => ({
    serviceType: r.r_service_type,
    state: r.r_state,
    priority: r.r_priority,
    month: r.r_month,
    adm1: r.r_adm1,
    adm2: r.r_adm2,
    receiverType: r.r_receiver_type,
    count: Number(r.r_count),
  }));
}

/** Caseworkers and focal points (enabled) of an organisation: the people who may hold its referral key. */
export async function listReferralMembers(
  tx: Tx,
  organisationId: string,
): Promise<{ userId: string; displayName: string; role: 'caseworker' | 'partner-focal-point' }[]> {
  const rows = await queryRows<{
    user_id: string;
    display_name: string;
    role: 'caseworker' | 'partner-focal-point';
  }>(
    tx,
    sql`select m.user_id, u.display_name, m.role from memberships m join users u on u.id = m.user_id
         where m.organisation_id = ${organisationId} and m.role in ('caseworker', 'partner-focal-point') and not u.disabled
         order by u.display_name, m.user_id`,
  );
  return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, role: r.role }));
}

/** Users holding a member copy of a key of one of the actor's referral organisations. */
export async function listKeyHolders(tx: Tx, orgKeyId: string): Promise<string[]> {
  // RLS shows a member only their own member copy; the definer helper (migration 0037) returns the
  // holder ids (no sealed boxes) of a key of the actor's own referral organisations, nothing else.
  const rows = await queryRows<{ user_id: string }>(
    tx,
    sql`select steward_referral_key_holder_ids(${orgKeyId}::uuid) as user_id`,
  );
  return rows.map((r) => r.user_id);
}

/** A service of the organisation of this type that takes referrals through Steward (demo). */
export async function findStewardReferralService(
  tx: Tx,
  organisationId: string,
  serviceType: string,
): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select id from services where organization_id = ${organisationId} and service_type = ${serviceType} and referral_method = 'steward' order by name limit 1`,
  );
  return row?.id ?? null;
}

// ---- consent withdrawals (opaque references) -----------------------------------------------
/** Records that the consent with this reference was withdrawn (idempotent). */
export async function insertConsentWithdrawal(
  tx: Tx,
  input: typeof referralConsentWithdrawals.$inferInsert,
): Promise<void> {
  await tx.insert(referralConsentWithdrawals).values(input).onConflictDoNothing();
}

export async function isConsentWithdrawn(
  tx: Tx,
  organisationId: string,
  consentRef: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ at: referralConsentWithdrawals.withdrawnAt })
    .from(referralConsentWithdrawals)
    .where(
      and(
        eq(referralConsentWithdrawals.organisationId, organisationId),
        eq(referralConsentWithdrawals.consentRef, consentRef),
      ),
    );
  return row !== undefined;
}

/** Referrals the organisation sent with this consent reference (any state). */
export async function listReferralsByConsentRef(
  tx: Tx,
  organisationId: string,
  consentRef: string,
): Promise<ReferralRow[]> {
  return tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.senderOrganisationId, organisationId), eq(referrals.consentRef, consentRef)));
}
