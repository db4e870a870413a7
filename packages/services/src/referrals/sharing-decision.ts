/**
 * The ISP decides every referral ("referral data", individual level, bilateral): at sending, and
 * again when the second person approves a consent override (override.ts).
 */
import type { Tx } from '@steward/db';
import { ServiceError } from '../errors';
import { decideAndRecord } from '../isp/decision-point';
import type { Caller } from '../types';

/**
 * The ISP decides every referral ("referral data", individual level, bilateral). The ISP's consent
 * fact is the lawful basis of the individual's data: consent checked on the sending device, or a
 * consent override on another legal basis, which is decided again when the second person approves
 * it (nothing leaves the sending organisation before). Denial → `referral.isp_denied`.
 */
export async function decideReferralSharing(
  tx: Tx,
  at: Date,
  caller: Caller,
  referralId: string,
  organisationId: string,
  referralMethod: string,
): Promise<void> {
  const decision = await decideAndRecord(tx, at, caller, {
    facts: {
      dataType: 'referral-data',
      aggregation: 'individual',
      includesNames: false,
      includesCoordinates: false,
      consentObtained: true,
      // A service that accepts referrals through Steward is the receiver's standing referral agreement.
      activeAgreement: referralMethod === 'steward',
    },
    recipient: 'bilateral',
    purpose: 'service-delivery',
    target: { targetType: 'referral', targetId: referralId, organisationId },
  });
  if (decision.decision === 'deny')
    throw new ServiceError(
      'forbidden',
      `The Information Sharing Protocol does not allow this referral: ${decision.explanation}`,
      { code: 'referral.isp_denied', rule: decision.rule },
    );
}
