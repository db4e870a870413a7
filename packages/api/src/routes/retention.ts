/**
 * Retention schedules of the active organisation (issue 11 §4): list, set, approve destruction,
 * destroy now (approved and due), and the recipients' side: copies of shared data to destroy and
 * the confirmation that they were. The cron path is the operations command `steward retention
 * run`. Classified for the ISP enforcement test (./isp.ts).
 */
import { z } from '@hono/zod-openapi';
import type { Router } from '../routing';
import { AnyObject, IdParams, body, dataRoute, json } from './isp';
import { requireActor } from './session';

const RetentionCopySchema = z
  .object({
    id: z.string(),
    scheduleId: z.string(),
    agreementId: z.string(),
    agreementReference: z.string(),
    owner: z.string().describe("The owner organisation's acronym"),
    recipient: z.string().describe("The recipient organisation's acronym"),
    requestedAt: z.string(),
    confirmedAt: z.string().nullable(),
    method: z.string().nullable().describe('How the recipient destroyed its copy'),
  })
  .openapi('RetentionCopy');

const RetentionScheduleSchema = z
  .object({
    id: z.string(),
    registryEntryId: z.string().nullable(),
    agreementId: z.string().nullable(),
    target: z.string().describe("The entry's title or the agreement's reference"),
    periodMonths: z.number().int(),
    trigger: z.enum(['collection', 'case-closure', 'agreement-end']),
    triggerOn: z.string(),
    dueOn: z.string(),
    destructionMethod: z.string(),
    status: z.enum(['scheduled', 'due', 'overdue', 'destroyed']),
    approved: z.boolean(),
    approvedAt: z.string().nullable(),
    destroyedAt: z.string().nullable(),
    destroyedFiles: z
      .array(z.object({ name: z.string(), version: z.number().int(), sha256: z.string(), size: z.number() }))
      .describe('Tombstones of the destroyed files'),
    copies: z
      .array(RetentionCopySchema)
      .describe('Recipients asked to destroy their copies, and their confirmations'),
  })
  .openapi('RetentionSchedule');

const RetentionListSchema = z
  .object({ items: z.array(RetentionScheduleSchema) })
  .openapi('RetentionSchedules');
const RetentionCopiesSchema = z.object({ items: z.array(RetentionCopySchema) }).openapi('RetentionCopies');
const ConfirmCopyBodySchema = z
  .object({ method: z.string().describe('How the copy was destroyed') })
  .openapi('ConfirmCopyBody');

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
      responses: { 200: json(RetentionListSchema, 'Schedules') },
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
      responses: { 201: json(RetentionScheduleSchema, 'Schedule') },
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
      responses: { 200: json(RetentionScheduleSchema, 'Schedule') },
    },
    async (c) =>
      c.json(await c.get('services').retention.approve(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Destroys the actor's organisation's own data (nothing is released).",
    'signed-in',
    {
      method: 'post',
      path: '/api/retention/{id}/destroy',
      tags: ['retention'],
      summary:
        'Destroy now what was approved and is due: stored files and their keys (crypto-shredding), tombstone, audit, copy requests to recipients',
      request: { params: IdParams },
      responses: { 200: json(RetentionScheduleSchema, 'Schedule with the tombstones') },
    },
    async (c) =>
      c.json(await c.get('services').retention.destroyNow(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Lists copies the actor's organisation must destroy (references only, no data).",
    'signed-in',
    {
      method: 'get',
      path: '/api/retention/copies',
      tags: ['retention'],
      summary: "Copies of other organisations' data to destroy, and the confirmations given",
      responses: { 200: json(RetentionCopiesSchema, 'Copies') },
    },
    async (c) => c.json({ items: await c.get('services').retention.copies(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Records the actor's organisation's confirmation (no data is released).",
    'signed-in',
    {
      method: 'post',
      path: '/api/retention/copies/{id}/confirm',
      tags: ['retention'],
      summary: 'Confirm that the copy received under an agreement was destroyed, and how',
      request: { params: IdParams, body: body(ConfirmCopyBodySchema) },
      responses: { 200: json(RetentionCopySchema, 'Copy') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .retention.confirmCopy(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
}
