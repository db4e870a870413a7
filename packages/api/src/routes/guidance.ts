/**
 * Guidance adapted by the cluster (issue 11 §5): the adapted texts every signed-in user reads
 * (the web app loads them once per session), and the cluster roles' edit and revert of one
 * entry or checklist item in one language (audited). Guidance texts are the cluster's advice,
 * not organisation data: classified `no-organisation-data` for the ISP enforcement test (./isp.ts).
 */
import { z } from '@hono/zod-openapi';
import { LANGUAGES } from '@steward/core/i18n/languages';
import type { Router } from '../routing';
import { body, dataRoute, json } from './isp';
import { requireActor } from './session';

const GuidanceOverrideSchema = z
  .object({
    guidanceId: z.string().openapi({ example: 'registry.sensitivity' }),
    language: z.enum(LANGUAGES),
    title: z.string().nullable(),
    why: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('GuidanceOverride');

const OverrideParams = z.object({
  id: z.string().min(1).max(100).openapi({
    example: 'registry.sensitivity',
    description:
      'A guidance entry (`registry.sensitivity`) or a checklist item before a risky action (`checklist.publish.2`; its wording is `why`, no title)',
  }),
  language: z.string().min(1).max(10).openapi({ example: 'fr' }),
});

const OverrideBody = z
  .strictObject({
    title: z.string().nullable().optional(),
    why: z.string().nullable().optional(),
  })
  .openapi('GuidanceOverrideInput');

const WHY = "The cluster's advice shown beside the forms; no organisation data.";

export function registerGuidanceRoutes(router: Router): void {
  dataRoute(
    router,
    'no-organisation-data',
    WHY,
    'signed-in',
    {
      method: 'get',
      path: '/api/guidance/overrides',
      tags: ['guidance'],
      summary: "The cluster's adapted guidance texts, every entry and language (a few dozen at most)",
      responses: { 200: json(z.object({ items: z.array(GuidanceOverrideSchema) }), 'Adapted texts') },
    },
    async (c) => c.json({ items: await c.get('services').guidance.overrides(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    WHY,
    { action: 'cluster.view' },
    {
      method: 'put',
      path: '/api/guidance/overrides/{id}/{language}',
      tags: ['guidance'],
      summary:
        'Adapt one guidance entry in one language (cluster coordinator, IMO): title and/or text; audited',
      request: { params: OverrideParams, body: body(OverrideBody) },
      responses: { 200: json(GuidanceOverrideSchema, 'Adapted text') },
    },
    async (c) => {
      const { id, language } = c.req.valid('param');
      return c.json(
        await c.get('services').guidance.setOverride(requireActor(c), id, language, c.req.valid('json')),
        200,
      );
    },
  );

  dataRoute(
    router,
    'no-organisation-data',
    WHY,
    { action: 'cluster.view' },
    {
      method: 'delete',
      path: '/api/guidance/overrides/{id}/{language}',
      tags: ['guidance'],
      summary:
        "Return one guidance entry in one language to Steward's default (cluster coordinator, IMO); audited",
      request: { params: OverrideParams },
      responses: { 204: { description: 'Default restored' }, 404: json(z.any(), 'No adapted text') },
    },
    async (c) => {
      const { id, language } = c.req.valid('param');
      await c.get('services').guidance.revertOverride(requireActor(c), id, language);
      return c.body(null, 204);
    },
  );
}
