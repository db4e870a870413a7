/**
 * The checks of a referral before it is sent, in order: the caller's referral role (the override
 * permission for an override), the fields, consent checked on the device (and covered, or an
 * override on a legal basis other than consent), then in the database the organisation keys, the
 * consent reference, and the receiver's service. Anything refused: nothing is written.
 */
import {
  OVERRIDE_LEGAL_BASES,
  REFERRAL_PRIORITIES,
  type Envelope,
  type ReferralPriority,
} from '@steward/core/referrals/index';
import type { Tx } from '@steward/db';
import { findService, type ServiceRow } from '@steward/db/repositories/directory';
import {
  findCurrentReferralOrgKey,
  isConsentWithdrawn,
  type ReferralOrgKeyRow,
} from '@steward/db/repositories/referrals';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import { overrideMembership, referralMembership, UUID } from './deps';
import { checkEnvelopeSize } from './envelope';
import type { createReferralKeys, OrgPublicKey } from './keys';
import type { SendReferralInput } from './types';

/** An opaque consent reference: a random id chosen on the device (UUID, base64url…). */
export const CONSENT_REF = /^[A-Za-z0-9_-]{16,64}$/;

/** A send request whose fields passed. */
export interface CheckedSend {
  /** The sending organisation. */
  organisationId: string;
  override: { legalBasis: string } | null;
  consentRef: string | null;
  envelope: Envelope;
  priority: ReferralPriority;
}

/** What the referral goes to: the receiver's current key, the sender's, and the receiver's service. */
export interface SendTargets {
  receiver: OrgPublicKey;
  senderKey: ReferralOrgKeyRow;
  service: ServiceRow;
}

/** The caller and the fields (no database). */
export function checkSendInput(caller: Caller, input: SendReferralInput): CheckedSend {
  const override = input.override ?? null;
  const { organisationId } = override ? overrideMembership(caller) : referralMembership(caller);
  if (!UUID.test(input.id))
    throw new ServiceError('validation', 'id must be a UUID chosen by the sending device.', {
      field: 'id',
    });
  if (!(REFERRAL_PRIORITIES as readonly string[]).includes(input.priority))
    throw new ServiceError('validation', 'priority must be emergency, urgent or normal.', {
      field: 'priority',
    });
  if (typeof input.adm2 !== 'string' || !/^[A-Z]{2,3}[0-9A-Z]{1,12}$/.test(input.adm2))
    throw new ServiceError('validation', 'adm2 must be a p-code.', { field: 'adm2' });
  if (input.consentChecked !== true)
    throw new ServiceError(
      'validation',
      'The consent record must be checked on the sending device before sending.',
      {
        field: 'consentChecked',
        code: 'referral.consent_not_checked',
      },
    );
  if (override && input.consentCovered !== false)
    throw new ServiceError(
      'validation',
      'The consent record covers this referral: no override is needed; send it without one.',
      { field: 'override', code: 'referral.override_not_needed' },
    );
  if (!override && input.consentCovered === false)
    throw new ServiceError(
      'validation',
      'The consent record does not cover this referral: sending needs a consent override (legal basis, justification, a second person).',
      { field: 'override', code: 'referral.override_required' },
    );
  if (override && !(OVERRIDE_LEGAL_BASES as readonly string[]).includes(override.legalBasis))
    throw new ServiceError(
      'validation',
      `The legal basis of an override is one of ${OVERRIDE_LEGAL_BASES.join(', ')}; consent itself cannot be.`,
      { field: 'override.legalBasis', code: 'referral.override_legal_basis' },
    );
  const consentRef = input.consentRef ?? null;
  if (consentRef !== null && (typeof consentRef !== 'string' || !CONSENT_REF.test(consentRef)))
    throw new ServiceError(
      'validation',
      'consentRef must be an opaque random reference of 16 to 64 letters, digits, - or _ (never personal data).',
      { field: 'consentRef', code: 'referral.consent_ref_invalid' },
    );
  checkEnvelopeSize(input.content, 'content');
  const envelope = input.content;
  const priority = input.priority as ReferralPriority;
  return { organisationId, override, consentRef, envelope, priority };
}

/**
 * In the transaction: the content is encrypted to exactly the receiver's and the sender's current
 * organisation keys, the consent was not withdrawn, the receiver's service accepts referrals.
 */
export async function sendTargets(
  tx: Tx,
  keys: ReturnType<typeof createReferralKeys>,
  input: SendReferralInput,
  checked: CheckedSend,
): Promise<SendTargets> {
  const { organisationId, consentRef, envelope } = checked;
  const receiver = await keys.currentKeyOf(tx, input.to.trim());
  if (receiver.organisationId === organisationId)
    throw new ServiceError('validation', 'A referral goes to another organisation.', { field: 'to' });
  const senderKey = await findCurrentReferralOrgKey(tx, organisationId);
  if (!senderKey)
    throw new ServiceError('conflict', 'Your organisation has no referral key yet: set it up first.', {
      code: 'referral.no_sender_key',
    });
  if (senderKey.rotationRequiredAt)
    throw new ServiceError(
      'conflict',
      'Your organisation must rotate its referral key before sending: a member who held it left or lost access.',
      { code: 'referral.rotation_required' },
    );
  const ids = envelope.recipients.map((r) => r.keyId).sort();
  if (ids.length !== 2 || ids.join() !== [receiver.keyId, senderKey.id].sort().join())
    throw new ServiceError(
      'conflict',
      `The referral is not encrypted to ${receiver.acronym}'s current key (fingerprint ${receiver.fingerprint}) and your organisation's current key; fetch the keys again.`,
      { code: 'referral.stale_key', fingerprint: receiver.fingerprint },
    );
  if (consentRef !== null && (await isConsentWithdrawn(tx, organisationId, consentRef)))
    throw new ServiceError(
      'conflict',
      'The person withdrew this consent: no referral can be sent with it. Nothing was sent.',
      { field: 'consentRef', code: 'referral.consent_withdrawn' },
    );
  const service = await findService(tx, input.serviceId);
  if (!service || service.organizationId !== receiver.organisationId)
    throw new ServiceError('not-found', `${receiver.acronym} has no service ${input.serviceId}.`, {
      field: 'serviceId',
    });
  if (service.referralMethod === 'referrals-not-accepted' || service.status !== 'active')
    throw new ServiceError('conflict', `${service.name} does not accept referrals.`, {
      code: 'referral.not_accepted',
    });
  return { receiver, senderKey, service };
}
