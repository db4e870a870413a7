/** A referral row → the view its sending or receiving organisation gets (no content in plaintext). */
import { isOverdue, type Envelope } from '@steward/core/referrals/index';
import type { Tx } from '@steward/db';
import { findService } from '@steward/db/repositories/directory';
import { findOrganisationById } from '@steward/db/repositories/organisations';
import { listReferralMembers, type ReferralRow } from '@steward/db/repositories/referrals';
import type { ReferralDeps } from './deps';
import type { ReferralView } from './types';

async function memberNames(tx: Tx, organisationId: string): Promise<Map<string, string>> {
  return new Map((await listReferralMembers(tx, organisationId)).map((m) => [m.userId, m.displayName]));
}

/**
 * The view for `myOrg`. `names` caches organisation acronyms by id across calls. The override's
 * people are named to the sending organisation only.
 */
export async function referralView(
  deps: ReferralDeps,
  tx: Tx,
  row: ReferralRow,
  myOrg: string,
  names: Map<string, string>,
): Promise<ReferralView> {
  const name = async (id: string) => {
    if (!names.has(id)) names.set(id, (await findOrganisationById(tx, id))?.acronym ?? '?');
    return names.get(id)!;
  };
  const service = await findService(tx, row.serviceId);
  const sent = row.senderOrganisationId === myOrg;
  const people = sent && row.overrideLegalBasis ? await memberNames(tx, myOrg) : new Map<string, string>();
  return {
    id: row.id,
    reference: row.reference,
    direction: row.senderOrganisationId === myOrg ? 'sent' : 'received',
    from: await name(row.senderOrganisationId),
    to: await name(row.receiverOrganisationId),
    serviceId: row.serviceId,
    serviceName: service?.name ?? '',
    serviceType: row.serviceType,
    priority: row.priority,
    state: row.state,
    outcome: row.outcome,
    adm1: row.adm1,
    adm2: row.adm2,
    sentAt: row.sentAt.toISOString(),
    dueBy: row.dueBy.toISOString(),
    overdue: isOverdue(row.state, row.dueBy, deps.now()),
    consentWithdrawn: row.consentWithdrawnAt !== null,
    consentRef: sent ? row.consentRef : null,
    override: row.overrideLegalBasis
      ? {
          legalBasis: row.overrideLegalBasis,
          status: row.overrideDecision ?? 'pending',
          requestedBy: sent ? row.overrideRequestedBy : null,
          requestedByName: sent ? (people.get(row.overrideRequestedBy ?? '') ?? null) : null,
          requestedAt: (row.overrideRequestedAt ?? row.sentAt).toISOString(),
          decidedBy: sent ? row.overrideDecidedBy : null,
          decidedByName: sent ? (people.get(row.overrideDecidedBy ?? '') ?? null) : null,
          decidedAt: row.overrideDecidedAt?.toISOString() ?? null,
        }
      : null,
    updatedAt: row.updatedAt.toISOString(),
    content: row.content as Envelope,
  };
}
