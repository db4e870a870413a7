/**
 * Consent withdrawal on a referral (issue 9, domain.md §10.5): the consent record itself is part
 * of the encrypted content, so the server cannot read it; the sending organisation records that
 * the person withdrew their consent, and the referral is flagged to both sides (a plaintext flag
 * and its time, no content). The sending device also blocks new referrals for the same case (see
 * the web's new-referral form). Audited; the receiver is notified with the reference only.
 * When the referral carries an opaque consent reference (chosen on the device), the withdrawal is
 * recorded against it: the server then refuses any new referral with that reference, and flags
 * every open referral the organisation sent with it.
 */
import { isOpen } from '@steward/core/referrals/index';
import {
  insertConsentWithdrawal,
  listReferralsByConsentRef,
  updateReferralState,
} from '@steward/db/repositories/referrals';
import { insertNotice } from '../notifications/notices';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import { findOwnReferral, referralMembership, UUID, type ReferralDeps } from './deps';

export function createReferralConsent(deps: ReferralDeps) {
  return {
    /** The sender records that consent was withdrawn: the open referral is flagged to both sides. */
    async withdrawConsent(
      caller: Caller,
      id: string,
    ): Promise<{ id: string; consentWithdrawnAt: string; flagged: string[] }> {
      const { organisationId, actor } = referralMembership(caller);
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
        if (row.consentWithdrawnAt && !row.consentRef)
          return { id, consentWithdrawnAt: row.consentWithdrawnAt.toISOString(), flagged: [] };
        if (!row.consentWithdrawnAt && !isOpen(row.state) && !row.consentRef)
          throw new ServiceError('conflict', `The referral is ${row.state}: it is no longer open.`, {
            code: 'referral.not_open',
          });
        // With a consent reference, the withdrawal is the consent's: recorded once (no new referral
        // is sent with it, by the service and the database trigger), and every open referral the
        // organisation sent with it is flagged to both sides.
        if (row.consentRef)
          await insertConsentWithdrawal(tx, {
            organisationId,
            consentRef: row.consentRef,
            withdrawnBy: actor.userId,
            withdrawnAt: at,
          });
        const targets = row.consentRef
          ? await listReferralsByConsentRef(tx, organisationId, row.consentRef)
          : [row];
        const flagged: string[] = [];
        for (const target of targets) {
          if (target.consentWithdrawnAt || !isOpen(target.state)) continue;
          const updated = await updateReferralState(tx, target.id, target.state, {
            consentWithdrawnAt: at,
            updatedAt: at,
          });
          if (!updated)
            throw new ServiceError('conflict', 'The referral changed meanwhile; reload.', {
              code: 'referral.version',
            });
          flagged.push(target.id);
          await insertNotice(
            tx,
            {
              organisationId: target.receiverOrganisationId,
              kind: 'referral.consent_withdrawn',
              params: { reference: target.reference },
              link: `/referrals/${target.id}`,
            },
            at,
          );
          await appendAuditAs(tx, at, caller, {
            action: 'referral.consent_withdrawn',
            targetType: 'referral',
            targetId: target.id,
            organisationId,
            details: { state: target.state, byConsentRef: row.consentRef !== null },
          });
        }
        const own = targets.find((t) => t.id === id);
        return {
          id,
          consentWithdrawnAt: (flagged.includes(id) ? at : (own?.consentWithdrawnAt ?? at)).toISOString(),
          flagged,
        };
      });
    },
  };
}
