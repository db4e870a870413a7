/**
 * The data incident register (issue 11 §2): report, list, read, record facts, severity, state,
 * notification duties, sharing with the cluster and withdrawing it, types, partners' notices, the
 * cluster's anonymised summary and the counts the diagnostic reads. Classified for the ISP
 * enforcement test (./isp.ts). Static paths are registered before `/api/incidents/{id}`.
 */
import { z } from '@hono/zod-openapi';
import type { Router } from '../routing';
import { UuidSchema } from '../schemas';
import { AnyObject, IdParams, body, dataRoute, json } from './isp';
import { requireActor } from './session';

const OWN =
  "The actor's organisation's incidents, and records their owners chose to share (reads by others audited).";

export function registerIncidentRoutes(router: Router): void {
  dataRoute(
    router,
    'owner-only',
    "Records an incident of the actor's organisation; partners of linked agreements get a notice without detail.",
    'signed-in',
    {
      method: 'post',
      path: '/api/incidents',
      tags: ['incidents'],
      summary: 'Report an incident (short form; near misses too)',
      request: { body: body(AnyObject) },
      responses: { 201: json(z.any(), 'Incident') },
    },
    async (c) => c.json(await c.get('services').incidents.report(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'get',
      path: '/api/incidents',
      tags: ['incidents'],
      summary: 'Incidents the actor can see',
      responses: { 200: json(z.any(), 'Incidents') },
    },
    async (c) => c.json({ items: await c.get('services').incidents.list(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Counts by month, type, severity and state with small numbers suppressed; no title, description or organisation.',
    { action: 'cluster.view' },
    {
      method: 'get',
      path: '/api/incidents/summary',
      tags: ['incidents'],
      summary: "The cluster's anonymised summary of incidents (cluster roles)",
      responses: { 200: json(z.any(), 'Summary') },
    },
    async (c) => c.json(await c.get('services').incidents.summary(requireActor(c)), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'The vocabulary of incident types (codes and labels); no incident data.',
    'signed-in',
    {
      method: 'get',
      path: '/api/incidents/types',
      tags: ['incidents'],
      summary: 'Incident types: the built-in ones and those the cluster added',
      responses: { 200: json(z.any(), 'Types') },
    },
    async (c) => c.json({ items: await c.get('services').incidents.types(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'The cluster coordinator adds a type to the vocabulary (audited); no incident data.',
    'signed-in',
    {
      method: 'post',
      path: '/api/incidents/types',
      tags: ['incidents'],
      summary: 'Add an incident type (cluster coordinator): code and labels in en, fr, es, pt, ar',
      request: { body: body(AnyObject) },
      responses: { 201: json(z.any(), 'Type') },
    },
    async (c) => c.json(await c.get('services').incidents.addType(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Cluster roles change the labels of a type the cluster added (audited); no incident data.',
    'signed-in',
    {
      method: 'patch',
      path: '/api/incidents/types/{code}',
      tags: ['incidents'],
      summary: 'Change the labels of an added incident type (cluster roles); languages not given keep theirs',
      request: {
        params: z.object({ code: z.string().min(1).max(60) }),
        body: body(AnyObject),
      },
      responses: { 200: json(z.any(), 'Type') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .incidents.editTypeLabels(requireActor(c), c.req.valid('param').code, c.req.valid('json')),
        200,
      ),
  );

  dataRoute(
    router,
    'no-organisation-data',
    "Notices to the actor's organisation: who reported under which of its agreements; no incident detail.",
    'signed-in',
    {
      method: 'get',
      path: '/api/incidents/notices',
      tags: ['incidents'],
      summary: 'Incidents that concern agreements of the active organisation (partner notices)',
      responses: { 200: json(z.any(), 'Notices') },
    },
    async (c) => c.json({ items: await c.get('services').incidents.notices(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Counts of the actor's own organisation's open incidents.",
    'signed-in',
    {
      method: 'get',
      path: '/api/incidents/counts',
      tags: ['incidents'],
      summary: 'Open incidents of the active organisation (for the diagnostic)',
      responses: { 200: json(z.any(), 'Counts') },
    },
    async (c) => c.json(await c.get('services').incidents.counts(requireActor(c)), 200),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'get',
      path: '/api/incidents/{id}',
      tags: ['incidents'],
      summary: 'One incident',
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Incident') },
    },
    async (c) => c.json(await c.get('services').incidents.get(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Changes the actor's organisation's incident only.",
    'signed-in',
    {
      method: 'patch',
      path: '/api/incidents/{id}',
      tags: ['incidents'],
      summary: 'Record new facts (any state)',
      request: { params: IdParams, body: body(AnyObject) },
      responses: { 200: json(z.any(), 'Incident') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .incidents.recordFacts(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    "Changes the actor's organisation's incident only.",
    'signed-in',
    {
      method: 'post',
      path: '/api/incidents/{id}/severity',
      tags: ['incidents'],
      summary: 'Change the severity (lowering needs a reason)',
      request: { params: IdParams, body: body(AnyObject) },
      responses: { 200: json(z.any(), 'Incident') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .incidents.setSeverity(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    "Changes the actor's organisation's incident only.",
    'signed-in',
    {
      method: 'post',
      path: '/api/incidents/{id}/state',
      tags: ['incidents'],
      summary: 'Move to the next state (closing checks the agreements’ notification duties)',
      request: { params: IdParams, body: body(AnyObject) },
      responses: { 200: json(z.any(), 'Incident') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .incidents.moveTo(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    "Changes the actor's organisation's incident only.",
    'signed-in',
    {
      method: 'post',
      path: '/api/incidents/{id}/duties/{dutyId}/done',
      tags: ['incidents'],
      summary: "Mark the notification duty towards an agreement's partner done",
      request: { params: z.object({ id: UuidSchema, dutyId: UuidSchema }), body: body(AnyObject) },
      responses: { 200: json(z.any(), 'Incident') },
    },
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await c.get('services').incidents.markDutyDone(requireActor(c), p.id, p.dutyId, c.req.valid('json')),
        200,
      );
    },
  );

  dataRoute(
    router,
    'owner-only',
    'The owner itself chooses to share its incident record with the cluster (audited).',
    'signed-in',
    {
      method: 'post',
      path: '/api/incidents/{id}/share',
      tags: ['incidents'],
      summary: 'Share the full record with the cluster',
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Incident') },
    },
    async (c) =>
      c.json(
        await c.get('services').incidents.shareWithCluster(requireActor(c), c.req.valid('param').id),
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    'The owner withdraws what it shared: the cluster then sees the incident only in the anonymised summary (audited).',
    'signed-in',
    {
      method: 'delete',
      path: '/api/incidents/{id}/share',
      tags: ['incidents'],
      summary: 'Withdraw the record shared with the cluster',
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Incident') },
    },
    async (c) =>
      c.json(
        await c.get('services').incidents.withdrawFromCluster(requireActor(c), c.req.valid('param').id),
        200,
      ),
  );
}
