/**
 * The bodies of the referral routes, described for the OpenAPI document and so for the web app's
 * generated client. They follow the referral service's views (`KeyStatus`, `OrgPublicKey`,
 * `ReferralView`, `ReferralEventView`, `StatsCell` in @steward/services): ciphertext (envelopes,
 * sealed boxes, passphrase-wrapped keys) and workflow metadata only, never content.
 */
import { z } from '@hono/zod-openapi';
import {
  OVERRIDE_LEGAL_BASES,
  REFERRAL_OUTCOMES,
  REFERRAL_PRIORITIES,
  REFERRAL_STATES,
  SUITE_NAME,
} from '@steward/core/referrals/index';

const PassphraseWrappedSchema = z
  .object({
    kdf: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int(),
    salt: z.string(),
    iv: z.string(),
    ct: z.string(),
  })
  .openapi('PassphraseWrapped', { description: 'A private key wrapped with a passphrase-derived key' });

export const EnvelopeSchema = z
  .object({
    v: z.literal(1),
    suite: z.literal(SUITE_NAME),
    iv: z.string(),
    ct: z.string(),
    recipients: z.array(z.object({ keyId: z.string(), enc: z.string(), ct: z.string() })),
  })
  .openapi('ReferralEnvelope', {
    description: 'Encrypted referral content: AES-256-GCM, content key sealed to each organisation key',
  });

export const KeyStatusSchema = z
  .object({
    userKey: z
      .object({ publicKey: z.string(), wrappedPrivateKey: PassphraseWrappedSchema, fingerprint: z.string() })
      .nullable(),
    organisationKey: z
      .object({
        keyId: z.string(),
        publicKey: z.string(),
        fingerprint: z.string(),
        rotationRequired: z.boolean().openapi({
          description:
            'A member who held this key left, lost their referral role, was disabled or was revoked: no referral is sent from or to the organisation until a holder rotates it',
        }),
      })
      .nullable(),
    copies: z.array(
      z.object({
        orgKeyId: z.string(),
        kind: z.enum(['member', 'history']),
        oldKeyId: z.string().nullable(),
        box: z.unknown().openapi({
          description:
            'A SealedBox. Never the recovery copy: partner focal points get it from POST /api/referrals/keys/recovery',
        }),
      }),
    ),
    pendingMembers: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        publicKey: z.string(),
        fingerprint: z.string(),
      }),
    ),
    members: z
      .array(
        z.object({
          userId: z.string(),
          displayName: z.string(),
          role: z.enum(['caseworker', 'partner-focal-point']),
          publicKey: z.string().nullable(),
          fingerprint: z.string().nullable(),
          holdsCurrentKey: z.boolean(),
        }),
      )
      .openapi({
        description:
          "The organisation's caseworkers and focal points with their key status (no sealed copies)",
      }),
  })
  .openapi('ReferralKeyStatus');

const SealedBoxSchema = z
  .object({ enc: z.string(), ct: z.string() })
  .openapi('SealedBox', { description: 'HPKE (RFC 9180) single-shot ciphertext sealed to a public key' });

export const RecoveryStartSchema = z
  .object({
    keyId: z.string(),
    publicKey: z.string(),
    fingerprint: z.string(),
    rotationRequired: z.boolean(),
    recovery: PassphraseWrappedSchema.openapi({
      description: "The organisation's current private key wrapped with the printed recovery code",
    }),
    challenge: z
      .object({ id: z.string(), box: SealedBoxSchema })
      .openapi({ description: 'A random answer sealed to the current public key (proof of possession)' }),
    expiresAt: z.string(),
  })
  .openapi('ReferralRecoveryStart');

export const RecoveryCompleteSchema = z
  .object({
    keyId: z.string().uuid(),
    challengeId: z.string().uuid(),
    answer: z.string().min(16).max(128),
    box: SealedBoxSchema,
  })
  .openapi('ReferralRecoveryComplete');

export const RecoveredSchema = z
  .object({ keyId: z.string(), fingerprint: z.string(), rotationRequired: z.boolean() })
  .openapi('ReferralRecovered');

export const OrgPublicKeySchema = z
  .object({
    organisationId: z.string(),
    acronym: z.string(),
    keyId: z.string(),
    publicKey: z.string(),
    fingerprint: z.string(),
  })
  .openapi('ReferralOrganisationKey');

export const ReferralViewSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    direction: z.enum(['sent', 'received']),
    from: z.string(),
    to: z.string(),
    serviceId: z.string(),
    serviceName: z.string(),
    serviceType: z.string(),
    priority: z.enum(REFERRAL_PRIORITIES),
    state: z.enum(REFERRAL_STATES),
    outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
    adm1: z.string(),
    adm2: z.string(),
    sentAt: z.string(),
    dueBy: z.string(),
    overdue: z.boolean(),
    consentWithdrawn: z.boolean(),
    consentRef: z.string().nullable().openapi({
      description: 'Opaque consent reference chosen on the sending device (sending organisation only)',
    }),
    override: z
      .object({
        legalBasis: z.enum(OVERRIDE_LEGAL_BASES),
        status: z.enum(['pending', 'approved', 'refused', 'cancelled']),
        requestedBy: z.string().nullable(),
        requestedByName: z.string().nullable(),
        requestedAt: z.string(),
        decidedBy: z.string().nullable(),
        decidedByName: z.string().nullable(),
        decidedAt: z.string().nullable(),
      })
      .nullable()
      .openapi('ReferralOverride', {
        description:
          'Consent override: legal basis, who asked and who decided (names for the sending organisation only); the justification is in the encrypted content',
      }),
    updatedAt: z.string(),
    content: EnvelopeSchema,
  })
  .openapi('Referral');

export const ReferralDetailSchema = ReferralViewSchema.extend({
  history: z.array(
    z.object({
      version: z.number().int(),
      fromState: z.enum(REFERRAL_STATES).nullable(),
      toState: z.enum(REFERRAL_STATES),
      outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
      by: z.string(),
      at: z.string(),
      content: EnvelopeSchema.nullable(),
    }),
  ),
}).openapi('ReferralDetail');

export const SentSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    state: z
      .enum(['sent', 'draft'])
      .openapi({ description: 'draft: a consent override waiting for a second person' }),
    dueBy: z.string(),
  })
  .openapi('ReferralSent');

export const UpdatedSchema = z
  .object({ id: z.string(), state: z.enum(REFERRAL_STATES), outcome: z.enum(REFERRAL_OUTCOMES).nullable() })
  .openapi('ReferralUpdated');

export const StatsSchema = z
  .object({
    dimensions: z.array(z.string()),
    threshold: z.number().int(),
    cells: z.array(
      z
        .object({
          count: z.number().int().nullable(),
          status: z.enum(['published', 'suppressed-primary', 'suppressed-secondary']),
        })
        .catchall(z.union([z.string(), z.number(), z.null()]))
        .openapi({
          description: 'One code per dimension (by name), the count (null when suppressed), status',
        }),
    ),
  })
  .openapi('ReferralStats');
