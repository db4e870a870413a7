/**
 * Data-sharing requests (members and the public form), agreements (approve, revoke, download
 * while active), the cluster view and in-app notifications. Classified for the ISP enforcement
 * test (see ./isp.ts).
 */
import { z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import type { Router } from '../routing';
import { AnyObject, IdParams, body, dataRoute, fileResponse, json } from './isp';
import { clientIp, requireActor } from './session';
import { DiaRequiredSchema } from './publication-schemas';
import {
  AgreementSchema,
  ApproveRequestBodySchema,
  ClusterAgreementsSchema,
  NotificationSchema,
  ReasonBodySchema,
  SharingRequestSchema,
} from './sharing-schemas';

/** Public form: at most this many requests per client address per hour (in memory). */
export const PUBLIC_REQUESTS_PER_HOUR = 10;

export function registerSharingRoutes(router: Router): void {
  const recent = new Map<string, number[]>();

  dataRoute(
    router,
    'owner-only',
    "Files a request for the actor's organisation; returns it to the requester.",
    'signed-in',
    {
      method: 'post',
      path: '/api/requests',
      tags: ['sharing'],
      summary: 'Request a registry entry shared with the cluster',
      request: { body: body(AnyObject) },
      responses: { 201: json(SharingRequestSchema, 'Request') },
    },
    async (c) =>
      c.json(await c.get('services').sharing.createRequest(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Public form: accepts a request and returns only its id.',
    'public',
    {
      method: 'post',
      path: '/api/public/requests',
      tags: ['sharing'],
      summary: 'Public request form (no sign-in, rate limited)',
      request: { body: body(AnyObject) },
      responses: {
        201: json(z.object({ id: z.string() }), 'Request received'),
        429: json(z.any(), 'Too many requests'),
      },
    },
    async (c) => {
      const key = clientIp(c) ?? 'unknown';
      const now = Date.now();
      const times = (recent.get(key) ?? []).filter((t) => now - t < 3_600_000);
      if (times.length >= PUBLIC_REQUESTS_PER_HOUR) {
        throw new ApiError(
          'rate-limited',
          'Too many requests from your address; try again later.',
          undefined,
          { retryAfterSeconds: Math.ceil((times[0]! + 3_600_000 - now) / 1000) },
        );
      }
      times.push(now);
      recent.set(key, times);
      return c.json(await c.get('services').sharing.submitPublicRequest(c.req.valid('json')), 201);
    },
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Request records between the two parties (no asset data); the ISP decision shown to the provider is computed, not a release.',
    'signed-in',
    {
      method: 'get',
      path: '/api/requests',
      tags: ['sharing'],
      summary: 'Incoming or outgoing requests of the active organisation',
      request: { query: z.object({ direction: z.enum(['incoming', 'outgoing']).default('incoming') }) },
      responses: { 200: json(z.object({ items: z.array(SharingRequestSchema) }), 'Requests') },
    },
    async (c) =>
      c.json(
        {
          items: await c
            .get('services')
            .sharing.listRequests(requireActor(c), c.req.valid('query').direction),
        },
        200,
      ),
  );

  dataRoute(
    router,
    'isp-decision',
    'Approval shares the entry under an agreement: decided (bilateral) and recorded; denied → 403.',
    'signed-in',
    {
      method: 'post',
      path: '/api/requests/{id}/approve',
      tags: ['sharing'],
      summary: 'Approve with conditions → agreement',
      request: { params: IdParams, body: body(ApproveRequestBodySchema) },
      responses: {
        201: json(AgreementSchema, 'Agreement'),
        409: json(
          DiaRequiredSchema,
          'A new partner-to-partner flow needs a signed-off impact assessment linking the entry (or named as assessmentId)',
        ),
      },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .sharing.approve(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Rejection releases nothing.',
    'signed-in',
    {
      method: 'post',
      path: '/api/requests/{id}/reject',
      tags: ['sharing'],
      summary: 'Reject with a reason',
      request: { params: IdParams, body: body(ReasonBodySchema) },
      responses: { 200: json(SharingRequestSchema, 'Request') },
    },
    async (c) =>
      c.json(
        await c.get('services').sharing.reject(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Agreement records of the parties (no asset contents).',
    'signed-in',
    {
      method: 'get',
      path: '/api/agreements',
      tags: ['sharing'],
      summary: 'Agreements of the active organisation (status from the clock)',
      responses: { 200: json(z.object({ items: z.array(AgreementSchema) }), 'Agreements') },
    },
    async (c) => c.json({ items: await c.get('services').sharing.listAgreements(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Revocation releases nothing; it stops releases at once.',
    'signed-in',
    {
      method: 'post',
      path: '/api/agreements/{id}/revoke',
      tags: ['sharing'],
      summary: 'Revoke an agreement (provider), immediately',
      request: { params: IdParams, body: body(ReasonBodySchema) },
      responses: { 200: json(AgreementSchema, 'Agreement') },
    },
    async (c) =>
      c.json(
        await c.get('services').sharing.revoke(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  dataRoute(
    router,
    'isp-decision',
    'The recipient downloads the asset: decided (bilateral, download) and recorded, only while the agreement is active.',
    'signed-in',
    {
      method: 'get',
      path: '/api/agreements/{id}/download',
      tags: ['sharing'],
      summary: "Download the asset's latest file under an active agreement",
      request: { params: IdParams },
      responses: { 200: { description: 'The file, with the agreement reference embedded' } },
    },
    async (c) => {
      const out = await c.get('services').sharing.download(requireActor(c), c.req.valid('param').id);
      return fileResponse(c, out, {
        'x-steward-agreement': out.reference,
        'x-steward-decision': out.decision.decision,
      }) as never;
    },
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Cluster view: agreement metadata only (types, sensitivity, parties, dates), no asset contents.',
    'signed-in',
    {
      method: 'get',
      path: '/api/cluster/agreements',
      tags: ['sharing'],
      summary: 'All agreements, expiring soon (cluster roles)',
      responses: { 200: json(ClusterAgreementsSchema, 'Agreements') },
    },
    async (c) => c.json(await c.get('services').sharing.clusterAgreements(requireActor(c)), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    "The actor's organisation's own notifications.",
    'signed-in',
    {
      method: 'get',
      path: '/api/notifications',
      tags: ['sharing'],
      summary: 'In-app notifications of the active organisation',
      responses: { 200: json(z.object({ items: z.array(NotificationSchema) }), 'Notifications') },
    },
    async (c) => c.json({ items: await c.get('services').sharing.notifications(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Marks a notification read.',
    'signed-in',
    {
      method: 'post',
      path: '/api/notifications/{id}/read',
      tags: ['sharing'],
      summary: 'Mark a notification read',
      request: { params: IdParams },
      responses: { 204: { description: 'Done' } },
    },
    async (c) => {
      await c.get('services').sharing.markNotificationRead(requireActor(c), c.req.valid('param').id);
      return c.body(null, 204) as never;
    },
  );
}
