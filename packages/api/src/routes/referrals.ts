/**
 * End-to-end encrypted referrals (issue 9). The server receives and returns ciphertext and
 * workflow metadata only; encryption and decryption happen on the caller's device (browser or
 * CLI). Classified for the ISP enforcement test (see ./isp.ts).
 */
import { z } from '@hono/zod-openapi';
import type { Router } from '../routing';
import { AnyObject, IdParams, body, dataRoute, json } from './isp';
import {
  KeyStatusSchema,
  OrgPublicKeySchema,
  RecoveredSchema,
  RecoveryCompleteSchema,
  RecoveryStartSchema,
  ReferralDetailSchema,
  ReferralViewSchema,
  SentSchema,
  StatsSchema,
  UpdatedSchema,
} from './referral-schemas';
import { requireActor } from './session';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function registerReferralRoutes(router: Router): void {
  const own = (why: string) => ['owner-only', why] as const;

  dataRoute(
    router,
    ...own("The caller's own key material (public key, wrapped private key, sealed copies)."),
    'signed-in',
    {
      method: 'get',
      path: '/api/referrals/keys',
      tags: ['referrals'],
      summary: "The caller's referral keys and their organisation's current key",
      responses: { 200: json(KeyStatusSchema, 'Key status') },
    },
    async (c) => c.json(await c.get('services').referrals.status(requireActor(c)), 200),
  );

  dataRoute(
    router,
    ...own("Stores the caller's own public key and wrapped private key."),
    'signed-in',
    {
      method: 'put',
      path: '/api/referrals/keys/user',
      tags: ['referrals'],
      summary: "Set the caller's referral key pair (generated on the device)",
      request: { body: body(AnyObject) },
      responses: { 200: json(z.any(), 'Fingerprint') },
    },
    async (c) => {
      const b = c.req.valid('json');
      return c.json(
        await c.get('services').referrals.setUserKey(requireActor(c), {
          publicKey: str(b.publicKey),
          wrappedPrivateKey: b.wrappedPrivateKey,
        }),
      );
    },
  );

  dataRoute(
    router,
    ...own("Creates or rotates the caller's organisation key (sealed copies only)."),
    'signed-in',
    {
      method: 'post',
      path: '/api/referrals/keys/organisation',
      tags: ['referrals'],
      summary: "Create or rotate the organisation's referral key",
      request: { body: body(AnyObject) },
      responses: { 201: json(z.any(), 'Key') },
    },
    async (c) => {
      const b = c.req.valid('json');
      return c.json(
        await c.get('services').referrals.createOrgKey(requireActor(c), {
          keyId: str(b.keyId),
          publicKey: str(b.publicKey),
          grants: Array.isArray(b.grants) ? (b.grants as { userId: string; box: unknown }[]) : [],
          recovery: b.recovery,
          ...(Array.isArray(b.history) ? { history: b.history as { keyId: string; box: unknown }[] } : {}),
        }),
        201,
      );
    },
  );

  dataRoute(
    router,
    ...own("Grants the caller's organisation key to a colleague (a sealed copy)."),
    'signed-in',
    {
      method: 'post',
      path: '/api/referrals/keys/grants',
      tags: ['referrals'],
      summary: 'Grant the organisation key to a member',
      request: { body: body(AnyObject) },
      responses: { 204: { description: 'Granted' } },
    },
    async (c) => {
      const b = c.req.valid('json');
      await c
        .get('services')
        .referrals.grant(requireActor(c), { keyId: str(b.keyId), userId: str(b.userId), box: b.box });
      return c.body(null, 204);
    },
  );

  dataRoute(
    router,
    ...own("Removes a member's copies of the caller's organisation key."),
    'signed-in',
    {
      method: 'delete',
      path: '/api/referrals/keys/grants/{id}',
      tags: ['referrals'],
      summary: "Revoke a member's copies of the organisation key",
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Removed') },
    },
    async (c) => c.json(await c.get('services').referrals.revoke(requireActor(c), c.req.valid('param').id)),
  );

  dataRoute(
    router,
    ...own(
      "The recovery copy of the caller's own organisation key, for its partner focal points only (decision 0030).",
    ),
    'signed-in',
    {
      method: 'post',
      path: '/api/referrals/keys/recovery',
      tags: ['referrals'],
      summary: 'Start recovering the organisation key with the printed recovery code (partner focal points)',
      description:
        "Returns the organisation's current key wrapped with the recovery code (unwrapped on the device; the code is never sent) and a challenge sealed to its public key. Audited.",
      responses: { 201: json(RecoveryStartSchema, 'Recovery copy and challenge') },
    },
    async (c) => c.json(await c.get('services').referrals.recoveryStart(requireActor(c)), 201),
  );

  dataRoute(
    router,
    ...own("Adds the caller's own copy of their organisation key after proving possession."),
    'signed-in',
    {
      method: 'post',
      path: '/api/referrals/keys/recovery/complete',
      tags: ['referrals'],
      summary: 'Finish recovery: answer the challenge and store your own copy of the organisation key',
      request: { body: body(RecoveryCompleteSchema) },
      responses: { 200: json(RecoveredSchema, 'Recovered') },
    },
    async (c) => {
      const b = c.req.valid('json');
      return c.json(await c.get('services').referrals.recoveryComplete(requireActor(c), b), 200);
    },
  );

  dataRoute(
    router,
    'no-organisation-data',
    'A public key and its fingerprint (not data).',
    'signed-in',
    {
      method: 'get',
      path: '/api/referrals/keys/organisations/{acronym}',
      tags: ['referrals'],
      summary: "An organisation's current referral public key",
      request: { params: z.object({ acronym: z.string().min(1).max(40) }) },
      responses: { 200: json(OrgPublicKeySchema, 'Public key') },
    },
    async (c) =>
      c.json(
        await c.get('services').referrals.organisationKey(requireActor(c), c.req.valid('param').acronym),
        200,
      ),
  );

  dataRoute(
    router,
    'isp-decision',
    'Sends referral data to another partner: decided by the ISP (referral data, individual, bilateral).',
    'signed-in',
    {
      method: 'post',
      path: '/api/referrals',
      tags: ['referrals'],
      summary: 'Send an encrypted referral',
      description:
        'Body: id, to, serviceId, priority, adm2, content (envelope), consentChecked: true, consentRef (the opaque random reference of the consent record, chosen on the device; refused once that consent was withdrawn). When the consent check on the device failed: consentCovered: false and override: { legalBasis } (not consent; the justification is in the encrypted content); the referral is then a draft until a second person approves it (POST /api/referrals/{id}/override-decision).',
      request: { body: body(AnyObject) },
      responses: { 201: json(SentSchema, 'Sent') },
    },
    async (c) => {
      const b = c.req.valid('json');
      return c.json(
        await c.get('services').referrals.send(requireActor(c), {
          id: str(b.id),
          to: str(b.to),
          serviceId: str(b.serviceId),
          priority: str(b.priority),
          adm2: str(b.adm2),
          content: b.content,
          consentChecked: b.consentChecked === true,
          ...(b.consentCovered === false ? { consentCovered: false } : {}),
          ...(b.consentRef !== undefined && b.consentRef !== null
            ? { consentRef: typeof b.consentRef === 'string' ? b.consentRef : '' }
            : {}),
          ...(typeof b.override === 'object' && b.override !== null
            ? { override: { legalBasis: str((b.override as Record<string, unknown>).legalBasis) } }
            : {}),
        }),
        201,
      );
    },
  );

  dataRoute(
    router,
    ...own("Referrals sent or received by the caller's organisation (ciphertext)."),
    'signed-in',
    {
      method: 'get',
      path: '/api/referrals',
      tags: ['referrals'],
      summary: 'Referrals received (inbox) or sent',
      request: { query: z.object({ direction: z.enum(['received', 'sent', 'all']).default('received') }) },
      responses: { 200: json(z.array(ReferralViewSchema), 'Referrals') },
    },
    async (c) =>
      c.json(await c.get('services').referrals.list(requireActor(c), c.req.valid('query').direction), 200),
  );

  dataRoute(
    router,
    'isp-decision',
    'Counts for cluster roles, protected by the disclosure engine with the ISP threshold.',
    'signed-in',
    {
      method: 'get',
      path: '/api/referrals/stats',
      tags: ['referrals'],
      summary: 'Referral counts for the cluster (suppressed small cells)',
      request: { query: z.object({ by: z.string().max(200).default('service,state') }) },
      responses: { 200: json(StatsSchema, 'Cells') },
    },
    async (c) =>
      c.json(
        await c.get('services').referrals.stats(requireActor(c), c.req.valid('query').by.split(',')),
        200,
      ),
  );

  dataRoute(
    router,
    'no-organisation-data',
    "The gazetteer's admin-2 areas (public reference data) for the referral form's p-code picker.",
    'signed-in',
    {
      method: 'get',
      path: '/api/referrals/areas',
      tags: ['referrals'],
      summary: 'Admin-2 areas (p-code, name, admin-1) for the referral form',
      responses: {
        200: json(
          z
            .array(
              z.object({
                pcode: z.string(),
                name: z.string(),
                adm1: z.string().nullable(),
                adm1Name: z.string().nullable(),
              }),
            )
            .openapi('ReferralAreaList'),
          'Areas',
        ),
      },
    },
    async (c) => c.json(await c.get('services').referrals.areas(requireActor(c)), 200),
  );

  dataRoute(
    router,
    ...own("One referral of the caller's organisation with its history (ciphertext)."),
    'signed-in',
    {
      method: 'get',
      path: '/api/referrals/{id}',
      tags: ['referrals'],
      summary: 'One referral with its history',
      request: { params: IdParams },
      responses: { 200: json(ReferralDetailSchema, 'Referral') },
    },
    async (c) =>
      c.json(await c.get('services').referrals.show(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    ...own("A state change on a referral of the caller's organisation (encrypted reason)."),
    'signed-in',
    {
      method: 'patch',
      path: '/api/referrals/{id}',
      tags: ['referrals'],
      summary: 'Change the state of a referral',
      request: { params: IdParams, body: body(AnyObject) },
      responses: { 200: json(UpdatedSchema, 'Updated') },
    },
    async (c) => {
      const b = c.req.valid('json');
      return c.json(
        await c.get('services').referrals.update(requireActor(c), c.req.valid('param').id, {
          state: str(b.state),
          ...(typeof b.outcome === 'string' ? { outcome: b.outcome } : {}),
          ...(b.content !== undefined && b.content !== null ? { content: b.content } : {}),
          ...(typeof b.version === 'number' ? { version: b.version } : {}),
        }),
        200,
      );
    },
  );

  dataRoute(
    router,
    ...own("Flags a referral the caller's organisation sent: the person withdrew their consent."),
    'signed-in',
    {
      method: 'post',
      path: '/api/referrals/{id}/consent-withdrawal',
      tags: ['referrals'],
      summary: 'Record that the person withdrew their consent (flags the referral to both sides)',
      request: { params: IdParams },
      responses: {
        200: json(
          z
            .object({
              id: z.string(),
              consentWithdrawnAt: z.string(),
              flagged: z.array(z.string()).openapi({
                description:
                  'Open referrals flagged now: every open referral your organisation sent with the same consent reference',
              }),
            })
            .openapi('ReferralConsentWithdrawn'),
          'Flagged',
        ),
      },
    },
    async (c) =>
      c.json(
        await c.get('services').referrals.withdrawConsent(requireActor(c), c.req.valid('param').id),
        200,
      ),
  );

  dataRoute(
    router,
    'isp-decision',
    'A second person of the sending organisation approves (the referral is sent, decided by the ISP) or refuses a consent override.',
    'signed-in',
    {
      method: 'post',
      path: '/api/referrals/{id}/override-decision',
      tags: ['referrals'],
      summary: 'Approve or refuse a pending consent override (a second person holding the permission)',
      request: {
        params: IdParams,
        body: body(
          z.object({ decision: z.enum(['approved', 'refused']) }).openapi('ReferralOverrideDecision'),
        ),
      },
      responses: {
        200: json(
          z
            .object({
              id: z.string(),
              state: z.enum(['sent', 'draft']),
              override: z.enum(['approved', 'refused']),
              dueBy: z.string().nullable(),
            })
            .openapi('ReferralOverrideDecided'),
          'Decided',
        ),
      },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      const referrals = c.get('services').referrals;
      const actor = requireActor(c);
      return c.json(
        c.req.valid('json').decision === 'approved'
          ? await referrals.approveOverride(actor, id)
          : await referrals.refuseOverride(actor, id),
        200,
      );
    },
  );

  dataRoute(
    router,
    ...own('The requester cancels their own pending consent override (the referral never leaves).'),
    'signed-in',
    {
      method: 'post',
      path: '/api/referrals/{id}/override-cancel',
      tags: ['referrals'],
      summary: 'Cancel your own pending consent override (it stays a draft and is never sent)',
      request: { params: IdParams },
      responses: {
        200: json(
          z
            .object({ id: z.string(), state: z.enum(['draft']), override: z.enum(['cancelled']) })
            .openapi('ReferralOverrideCancelled'),
          'Cancelled',
        ),
      },
    },
    async (c) =>
      c.json(await c.get('services').referrals.cancelOverride(requireActor(c), c.req.valid('param').id), 200),
  );
}
