/**
 * Publication (issue 10): publish a table as a frozen, checked snapshot (ISP decision + disclosure
 * control, refused with the cells and rule otherwise), republish (re-checked), unpublish
 * (immediate), read and export (CSV, XLSX, HXL CSV for HDX), and the public link: the snapshot of
 * a public publication by its unguessable token, with no sign-in and nothing else reachable.
 */
import { z } from '@hono/zod-openapi';
import { snapshotFile } from '@steward/services';
import type { Context } from 'hono';
import type { Router } from '../routing';
import type { AppEnv } from '../types';
import { AnyObject, IdParams, body, dataRoute, fileResponse, json } from './isp';
import {
  DiaRequiredSchema,
  PublicSnapshotSchema,
  PublicationListSchema,
  PublicationRefusedSchema,
  PublicationSchema,
  PublishResultSchema,
} from './publication-schemas';
import { requireActor } from './session';

const FormatQuery = z.object({ format: z.enum(['csv', 'hxl', 'xlsx']).default('csv') });
const TokenParams = z.object({ token: z.string().min(1).max(200) });

function sendSnapshot(
  c: Context<AppEnv>,
  title: string,
  snapshot: Parameters<typeof snapshotFile>[0],
  format: 'csv' | 'hxl' | 'xlsx',
): Response {
  const file = snapshotFile(snapshot, format);
  const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
  const name = `${title.slice(0, 80) || 'publication'}.${file.extension}`;
  return fileResponse(c, { name, contentType: file.contentType, bytes }, { 'cache-control': 'no-store' });
}

export function registerPublicationRoutes(router: Router): void {
  dataRoute(
    router,
    'isp-decision',
    'Publishing releases aggregate figures to an audience: every call asks the ISP (recorded) and runs disclosure control.',
    'signed-in',
    {
      method: 'post',
      path: '/api/publications',
      tags: ['publication'],
      summary: 'Publish a table as a frozen, checked snapshot (cluster roles)',
      request: { body: body(AnyObject) },
      responses: {
        201: json(PublishResultSchema, 'Published (the public token is shown once)'),
        403: json(PublicationRefusedSchema, 'Refused by the ISP or disclosure control: cells and rule named'),
        409: json(DiaRequiredSchema, 'A signed-off impact assessment is required (name it as assessmentId)'),
      },
    },
    async (c) =>
      c.json(await c.get('services').publication.publish(requireActor(c), c.req.valid('json')), 201) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    "The actor's organisation's publications and snapshots published to it: checked by the ISP and disclosure control when published; RLS decides.",
    'signed-in',
    {
      method: 'get',
      path: '/api/publications',
      tags: ['publication'],
      summary: 'Publications the actor may see',
      responses: { 200: json(PublicationListSchema, 'Publications') },
    },
    async (c) => c.json({ items: await c.get('services').publication.list(requireActor(c)) }, 200) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    'One checked snapshot the actor may see (RLS).',
    'signed-in',
    {
      method: 'get',
      path: '/api/publications/{id}',
      tags: ['publication'],
      summary: 'One publication',
      request: { params: IdParams },
      responses: { 200: json(PublicationSchema, 'Publication') },
    },
    async (c) =>
      c.json(await c.get('services').publication.get(requireActor(c), c.req.valid('param').id), 200) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    'The checked snapshot as a file (CSV, XLSX, or HXL-tagged CSV for HDX), suppressed cells as suppressed.',
    'signed-in',
    {
      method: 'get',
      path: '/api/publications/{id}/export',
      tags: ['publication'],
      summary: 'Download a publication (csv, xlsx, hxl = HDX export)',
      request: { params: IdParams, query: FormatQuery },
      responses: { 200: { description: 'The file' } },
    },
    async (c) => {
      const p = await c.get('services').publication.get(requireActor(c), c.req.valid('param').id);
      return sendSnapshot(c, p.title, p.snapshot, c.req.valid('query').format) as never;
    },
  );

  dataRoute(
    router,
    'isp-decision',
    'Republishing re-checks the source under the ISP in force (recorded) and withdraws the snapshot if refused.',
    'signed-in',
    {
      method: 'post',
      path: '/api/publications/{id}/republish',
      tags: ['publication'],
      summary: 'Republish (re-checked, its DIA too; optional body { assessmentId })',
      request: {
        params: IdParams,
        body: { required: false, content: { 'application/json': { schema: AnyObject } } },
      },
      responses: {
        200: json(PublishResultSchema, 'Republished'),
        403: json(PublicationRefusedSchema, 'Refused on re-check: the publication is withdrawn'),
        409: json(DiaRequiredSchema, 'The DIA no longer covers it: the publication is withdrawn'),
      },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .publication.republish(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'owner-only',
    "Withdraws the actor's organisation's publication; releases nothing.",
    'signed-in',
    {
      method: 'post',
      path: '/api/publications/{id}/unpublish',
      tags: ['publication'],
      summary: 'Unpublish (immediate)',
      request: { params: IdParams },
      responses: { 200: json(PublicationSchema, 'Unpublished') },
    },
    async (c) =>
      c.json(
        await c.get('services').publication.unpublish(requireActor(c), c.req.valid('param').id),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Public link: only the checked snapshot of a published public publication, by its token.',
    'public',
    {
      method: 'get',
      path: '/api/public/publications/{token}',
      tags: ['publication'],
      summary: 'A public snapshot by its link (no sign-in)',
      request: { params: TokenParams },
      responses: { 200: json(PublicSnapshotSchema, 'The snapshot') },
    },
    async (c) => {
      const snap = await c.get('services').publication.publicSnapshot(c.req.valid('param').token);
      return c.json(snap, 200, { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' }) as never;
    },
  );

  dataRoute(
    router,
    'no-organisation-data',
    "Public link's own download: the same checked snapshot as CSV, XLSX or HXL CSV.",
    'public',
    {
      method: 'get',
      path: '/api/public/publications/{token}/export',
      tags: ['publication'],
      summary: 'Download a public snapshot (csv, xlsx, hxl)',
      request: { params: TokenParams, query: FormatQuery },
      responses: { 200: { description: 'The file' } },
    },
    async (c) => {
      const snap = await c.get('services').publication.publicSnapshot(c.req.valid('param').token);
      return sendSnapshot(c, snap.title, snap.snapshot, c.req.valid('query').format) as never;
    },
  );
}
