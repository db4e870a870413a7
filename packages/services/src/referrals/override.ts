/**
 * The second person of a consent override (issue 9, domain.md §10.5): a referral sent without
 * covering consent waits as a `draft` that only the sending organisation sees, until another
 * member of that organisation holding `referral.consent-override` approves it (it is then sent:
 * the ISP decides again, the receiver is notified, the due-by starts) or refuses it (it stays a
 * draft that never leaves). The approver reads the justification on their device (it is in the
 * encrypted content); the server records who decided and when, and audits it without content.
 * The database enforces the same rules (migration 0041 trigger).
 */
import { dueBy as dueByOf } from '@steward/core/referrals/index';
import { findService } from '@steward/db/repositories/directory';
import {
  decideReferralOverride,
  findReferralOrgKeysByIds,
  insertReferralEvent,
  isConsentWithdrawn,
} from '@steward/db/repositories/referrals';
import { insertNotice } from '../notifications/notices';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import { findOwnReferral, overrideMembership, referralMembership, UUID, type ReferralDeps } from './deps';
import { decideReferralSharing } from './sharing-decision';

export type OverrideDecision = 'approved' | 'refused';

export function createReferralOverride(deps: ReferralDeps) {
  async function decide(
    caller: Caller,
    id: string,
    decision: OverrideDecision,
  ): Promise<{ id: string; state: 'sent' | 'draft'; override: OverrideDecision; dueBy: string | null }> {
    const { organisationId, actor } = overrideMembership(caller);
    if (!UUID.test(id)) throw new ServiceError('not-found', 'No such referral.');
    const at = deps.now();
    return deps.as(caller, async (tx) => {
      const row = await findOwnReferral(tx, id, organisationId);
      if (row.senderOrganisationId !== organisationId)
        throw new ServiceError('not-found', 'No such referral.');
      if (!row.overrideLegalBasis)
        throw new ServiceError('conflict', 'This referral has no consent override to decide.', {
          code: 'referral.override_none',
        });
      if (row.overrideDecision !== null || row.state !== 'draft')
        throw new ServiceError(
          'conflict',
          `The consent override was ${row.overrideDecision ?? 'decided'} already.`,
          {
            code: 'referral.override_decided',
          },
        );
      if (row.overrideRequestedBy === actor.userId)
        throw new ServiceError(
          'forbidden',
          'A consent override needs a second person: you asked for it, so another colleague holding the permission approves or refuses it.',
          { code: 'referral.override_same_person' },
        );
      let due: Date | null = null;
      if (decision === 'approved') {
        const service = await findService(tx, row.serviceId);
        if (!service || service.referralMethod === 'referrals-not-accepted' || service.status !== 'active')
          throw new ServiceError('conflict', `${service?.name ?? 'The service'} does not accept referrals.`, {
            code: 'referral.not_accepted',
          });
        const keys = await findReferralOrgKeysByIds(tx, [row.senderKeyId, row.receiverKeyId]);
        const sender = keys.find((k) => k.id === row.senderKeyId);
        const receiver = keys.find((k) => k.id === row.receiverKeyId);
        if (sender?.rotationRequiredAt)
          throw new ServiceError(
            'conflict',
            'Your organisation must rotate its referral key before sending: a member who held it left or lost access.',
            { code: 'referral.rotation_required' },
          );
        if (receiver?.rotationRequiredAt)
          throw new ServiceError(
            'conflict',
            'The receiving organisation must rotate its referral key before it receives referrals.',
            { code: 'referral.receiver_rotation_required' },
          );
        if (!sender || !receiver || sender.retiredAt || receiver.retiredAt)
          throw new ServiceError(
            'conflict',
            'An organisation key this referral was encrypted to was rotated since: send it again.',
            { code: 'referral.stale_key' },
          );
        if (row.consentRef && (await isConsentWithdrawn(tx, organisationId, row.consentRef)))
          throw new ServiceError(
            'conflict',
            'The person withdrew this consent: the referral cannot be sent.',
            { code: 'referral.consent_withdrawn' },
          );
        await decideReferralSharing(tx, at, caller, id, organisationId, service.referralMethod);
        due = dueByOf(row.priority, at);
      }
      const updated = await decideReferralOverride(tx, id, {
        overrideDecision: decision,
        overrideDecidedBy: actor.userId,
        overrideDecidedAt: at,
        updatedAt: at,
        ...(decision === 'approved' && due ? { state: 'sent' as const, sentAt: at, dueBy: due } : {}),
      });
      if (!updated)
        throw new ServiceError('conflict', 'The consent override was decided meanwhile; reload.', {
          code: 'referral.override_decided',
        });
      await appendAuditAs(tx, at, caller, {
        action: decision === 'approved' ? 'referral.override-approved' : 'referral.override-refused',
        targetType: 'referral',
        targetId: id,
        organisationId,
        details: {
          legalBasis: row.overrideLegalBasis,
          requestedBy: row.overrideRequestedBy,
          serviceType: row.serviceType,
          priority: row.priority,
        },
      });
      if (decision === 'approved') {
        await insertReferralEvent(tx, {
          referralId: id,
          senderOrganisationId: organisationId,
          receiverOrganisationId: row.receiverOrganisationId,
          version: 1,
          fromState: 'draft',
          toState: 'sent',
          actorUserId: actor.userId,
          actorOrganisationId: organisationId,
          at,
        });
        await insertNotice(
          tx,
          {
            organisationId: row.receiverOrganisationId,
            kind: 'referral.received',
            params: { reference: row.reference, priority: row.priority },
            link: `/referrals/${id}`,
          },
          at,
        );
        await appendAuditAs(tx, at, caller, {
          action: 'referral.sent',
          targetType: 'referral',
          targetId: id,
          organisationId,
          details: {
            to: row.receiverOrganisationId,
            serviceType: row.serviceType,
            priority: row.priority,
            receiverKey: row.receiverKeyId,
            override: row.overrideLegalBasis,
          },
        });
      }
      await insertNotice(
        tx,
        {
          organisationId,
          kind: `referral.override_${decision}`,
          params: { reference: row.reference },
          link: `/referrals/${id}`,
        },
        at,
      );
      return {
        id,
        state: updated.state === 'sent' ? ('sent' as const) : ('draft' as const),
        override: decision,
        dueBy: decision === 'approved' ? updated.dueBy.toISOString() : null,
      };
    });
  }

  /**
   * The requester withdraws their own pending override: it is marked `cancelled`, stays a draft
   * that never leaves, and no one can approve it any more. Audited; the organisation is notified.
   */
  async function cancel(
    caller: Caller,
    id: string,
  ): Promise<{ id: string; state: 'draft'; override: 'cancelled' }> {
    const { organisationId, actor } = referralMembership(caller);
    if (!UUID.test(id)) throw new ServiceError('not-found', 'No such referral.');
    const at = deps.now();
    return deps.as(caller, async (tx) => {
      const row = await findOwnReferral(tx, id, organisationId);
      if (row.senderOrganisationId !== organisationId)
        throw new ServiceError('not-found', 'No such referral.');
      if (!row.overrideLegalBasis)
        throw new ServiceError('conflict', 'This referral has no consent override to cancel.', {
          code: 'referral.override_none',
        });
      if (row.overrideRequestedBy !== actor.userId)
        throw new ServiceError(
          'forbidden',
          'Only the person who asked for a consent override can cancel it.',
          { code: 'referral.override_not_requester' },
        );
      if (row.overrideDecision !== null || row.state !== 'draft')
        throw new ServiceError(
          'conflict',
          `The consent override was ${row.overrideDecision ?? 'decided'} already.`,
          {
            code: 'referral.override_decided',
          },
        );
      const updated = await decideReferralOverride(tx, id, {
        overrideDecision: 'cancelled',
        overrideDecidedBy: actor.userId,
        overrideDecidedAt: at,
        updatedAt: at,
      });
      if (!updated)
        throw new ServiceError('conflict', 'The consent override was decided meanwhile; reload.', {
          code: 'referral.override_decided',
        });
      await appendAuditAs(tx, at, caller, {
        action: 'referral.override-cancelled',
        targetType: 'referral',
        targetId: id,
        organisationId,
        details: { legalBasis: row.overrideLegalBasis, serviceType: row.serviceType, priority: row.priority },
      });
      await insertNotice(
        tx,
        {
          organisationId,
          kind: 'referral.override_cancelled',
          params: { reference: row.reference },
          link: `/referrals/${id}`,
        },
        at,
      );
      return { id, state: 'draft' as const, override: 'cancelled' as const };
    });
  }

  return {
    /** The requester cancels their own pending consent override: it never leaves. */
    cancelOverride: cancel,
    /** A second person of the sending organisation approves a pending consent override: it is sent. */
    approveOverride: (caller: Caller, id: string) => decide(caller, id, 'approved'),
    /** A second person refuses a pending consent override: the referral never leaves. */
    refuseOverride: (caller: Caller, id: string) => decide(caller, id, 'refused'),
  };
}
