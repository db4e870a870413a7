/**
 * Consent withdrawal on a referral (issue 9, domain.md §10.5): the consent record itself is part
 * of the encrypted content, so the server cannot read it; the sending organisation records that
 * the person withdrew their consent, and the referral is flagged to both sides (a plaintext flag
 * and its time, no content). The sending device also blocks new referrals for the same case (see
 * the web's new-referral form). Audited; the receiver is notified with the reference only.
 */
import { isOpen } from '@steward/core/referrals/index';
import { updateReferralState } from '@steward/db/repositories/referrals';
import { insertNotice } from '../notifications/notices';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import { findOwnReferral, referralMembership, UUID, type ReferralDeps } from './deps';

export function createReferralConsent(deps: ReferralDeps) {
  return {
    /** The sender records that consent was withdrawn: the open referral is flagged to both sides. */
    async withdrawConsent(caller: Caller, id: string): Promise<{ id: string; consentWithdrawnAt: string }> {
      const { organisationId } = referralMembership(caller);
      if (!UUID.test(id)) throw new ServiceError('not-found', 'No such referral.');
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const row = await findOwnReferral(tx, id, organisationId);
        if (row.senderOrganisationId !== organisationId)
          throw new ServiceError(
            'forbidden',
            'Only the sending organisation, which holds the consent record, records its withdrawal.',
            { code: 'referral.consent_sender_only' },
          );
        if (row.consentWithdrawnAt) return { id, consentWithdrawnAt: row.consentWithdrawnAt.toISOString() };
        if (!isOpen(row.state))
          throw new ServiceError('conflict', `The referral is ${row.state}: it is no longer open.`, {
            code: 'referral.not_open',
          });
        const updated = await updateReferralState(tx, id, row.state, {
          consentWithdrawnAt: at,
          updatedAt: at,
        });
        if (!updated)
          throw new ServiceError('conflict', 'The referral changed meanwhile; reload.', {
            code: 'referral.version',
          });
        await insertNotice(
          tx,
          {
            organisationId: row.receiverOrganisationId,
            kind: 'referral.consent_withdrawn',
            params: { reference: row.reference },
            link: `/referrals/${id}`,
          },
          at,
        );
        await appendAuditAs(tx, at, caller, {
          action: 'referral.consent_withdrawn',
          targetType: 'referral',
          targetId: id,
          organisationId,
          details: { state: row.state },
        });
        return { id, consentWithdrawnAt: at.toISOString() };
      });
    },
  };
}
