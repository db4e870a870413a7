/**
 * Sending a referral: all or nothing. The content must be encrypted to exactly the receiver's and
 * the sender's current organisation keys; the service must accept referrals; the ISP must allow
 * referral data (individual, bilateral, consent checked on the device) — send-checks.ts and
 * sharing-decision.ts. A consent override waits as a draft for a second person (override.ts).
 * Audited without content; the notification carries the reference only.
 */
import { adm1Of, dueBy as dueByOf, type OverrideLegalBasis } from '@steward/core/referrals/index';
import { insertReferral, insertReferralEvent } from '@steward/db/repositories/referrals';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { insertNotice } from '../notifications/notices';
import type { Caller } from '../types';
import { isUniqueViolation } from '../util';
import type { ReferralDeps } from './deps';
import type { createReferralKeys } from './keys';
import { checkSendInput, sendTargets } from './send-checks';
import { decideReferralSharing } from './sharing-decision';
import type { SendReferralInput, SentReferral } from './types';

export interface ReferralSend {
  /**
   * Sends a referral: all or nothing. The content must be encrypted to exactly the receiver's and
   * the sender's current organisation keys; the service must accept referrals; the ISP must allow
   * referral data (individual, bilateral, consent checked on the device).
   */
  send(caller: Caller, input: SendReferralInput): Promise<SentReferral>;
}

export function createReferralSend(
  deps: ReferralDeps,
  keys: ReturnType<typeof createReferralKeys>,
): ReferralSend {
  return {
    async send(caller, input) {
      const checked = checkSendInput(caller, input);
      const { organisationId, override, consentRef, envelope, priority } = checked;
      const at = deps.now();
      const due = dueByOf(priority, at);
      return deps.as(caller, async (tx) => {
        const { receiver, senderKey, service } = await sendTargets(tx, keys, input, checked);

        await decideReferralSharing(tx, at, caller, input.id, organisationId, service.referralMethod);
        const reference = `R-${input.id.slice(0, 8).toUpperCase()}`;
        const actorId = caller.via === 'system' ? null : caller.userId;
        try {
          await insertReferral(tx, {
            id: input.id,
            reference,
            senderOrganisationId: organisationId,
            receiverOrganisationId: receiver.organisationId,
            serviceId: service.id,
            serviceType: service.serviceType,
            priority,
            // An override waits, as a draft only the sending organisation sees, for a second person.
            state: override ? 'draft' : 'sent',
            ...(override
              ? {
                  overrideLegalBasis: override.legalBasis as OverrideLegalBasis,
                  overrideRequestedBy: actorId,
                  overrideRequestedAt: at,
                }
              : {}),
            adm1: adm1Of(input.adm2),
            adm2: input.adm2,
            consentRef,
            content: envelope,
            senderKeyId: senderKey.id,
            receiverKeyId: receiver.keyId,
            createdBy: caller.via === 'system' ? null : caller.userId,
            sentAt: at,
            dueBy: due,
            updatedAt: at,
          });
        } catch (error) {
          if (isUniqueViolation(error))
            throw new ServiceError('conflict', 'A referral with this id exists already.', { field: 'id' });
          throw error;
        }
        if (override) {
          await insertNotice(
            tx,
            {
              organisationId,
              kind: 'referral.override_requested',
              params: { reference },
              link: `/referrals/${input.id}`,
            },
            at,
          );
          await appendAuditAs(tx, at, caller, {
            action: 'referral.override-requested',
            targetType: 'referral',
            targetId: input.id,
            organisationId,
            details: {
              to: receiver.organisationId,
              serviceType: service.serviceType,
              priority,
              legalBasis: override.legalBasis,
              receiverKey: receiver.keyId,
            },
          });
          return { id: input.id, reference, state: 'draft' as const, dueBy: due.toISOString() };
        }
        await insertReferralEvent(tx, {
          referralId: input.id,
          senderOrganisationId: organisationId,
          receiverOrganisationId: receiver.organisationId,
          version: 1,
          fromState: 'draft',
          toState: 'sent',
          actorUserId: caller.via === 'system' ? null : caller.userId,
          actorOrganisationId: organisationId,
          at,
        });
        await insertNotice(
          tx,
          {
            organisationId: receiver.organisationId,
            kind: 'referral.received',
            params: { reference, priority },
            link: `/referrals/${input.id}`,
          },
          at,
        );
        await appendAuditAs(tx, at, caller, {
          action: 'referral.sent',
          targetType: 'referral',
          targetId: input.id,
          organisationId,
          details: {
            to: receiver.organisationId,
            serviceType: service.serviceType,
            priority,
            receiverKey: receiver.keyId,
          },
        });
        return { id: input.id, reference, state: 'sent' as const, dueBy: due.toISOString() };
      });
    },
  };
}
