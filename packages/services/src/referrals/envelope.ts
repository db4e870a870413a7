/** The encrypted content's checks before anything is stored: a well-formed envelope, not too large. */
import { isEnvelope, type Envelope } from '@steward/core/referrals/index';
import { ServiceError } from '../errors';

const MAX_ENVELOPE_BYTES = 256 * 1024;

/** Throws `validation` (malformed) or `payload-too-large`, naming `field`. */
export function checkEnvelopeSize(envelope: unknown, field: string): asserts envelope is Envelope {
  if (!isEnvelope(envelope))
    throw new ServiceError('validation', 'The encrypted content is not a well-formed envelope.', {
      field,
      code: 'referral.ciphertext_malformed',
    });
  if (JSON.stringify(envelope).length > MAX_ENVELOPE_BYTES)
    throw new ServiceError('payload-too-large', 'The encrypted content is too large.', { field });
}
