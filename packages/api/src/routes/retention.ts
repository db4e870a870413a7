/**
 * Retention schedules of the active organisation (issue 11 §4): list, set, approve destruction.
 * Destruction itself is the operations command `steward retention run`. Classified for the ISP
 * enforcement test (./isp.ts).
 */
import { z } from '@hono/zod-openapi';
import type { Router } from '../routing';
import { AnyObject, IdParams, body, dataRoute, json } from './isp';
import { requireActor } from './session';

export function registerRetentionRoutes(router: Router): void {
  dataRoute(
    router,
    'owner-only',
    "The actor's organisation's schedules only.",
    'signed-in',
    {
      method: 'get',
      path: '/api/retention',
      tags: ['retention'],
      summary: 'Retention schedules of the active organisation with their status',
      responses: { 200: json(z.any(), 'Schedules') },
    },
    async (c) => c.json({ items: await c.get('services').retention.list(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Sets a schedule on the actor's organisation's entry or agreement.",
    'signed-in',
    {
      method: 'post',
      path: '/api/retention',
      tags: ['retention'],
      summary: 'Set the retention schedule of an entry or agreement (period, trigger, method)',
      request: { body: body(AnyObject) },
      responses: { 201: json(z.any(), 'Schedule') },
    },
    async (c) =>
      c.json(await c.get('services').retention.setSchedule(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'owner-only',
    "Approves destruction of the actor's organisation's data.",
    'signed-in',
    {
      method: 'post',
      path: '/api/retention/{id}/approve',
      tags: ['retention'],
      summary: 'Approve destruction once the period has ended (performed by steward retention run)',
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Schedule') },
    },
    async (c) =>
      c.json(await c.get('services').retention.approve(requireActor(c), c.req.valid('param').id), 200),
  );
}
