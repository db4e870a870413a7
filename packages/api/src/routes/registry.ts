/**
 * The data management registry: entries, history, files (encrypted, scanned, quarantined),
 * export (through the ISP decision point) and all-or-nothing import. Classified for the ISP
 * enforcement test (see ./isp.ts).
 */
import { z } from '@hono/zod-openapi';
import type { Router } from '../routing';
import { ErrorSchema, UuidSchema } from '../schemas';
import { FileInfoSchema, RegistryEntrySchema, RegistryListSchema } from './registry-schemas';
import { AnyObject, IdParams, body, dataRoute, fileResponse, json, uploadedFile } from './isp';
import { requireActor } from './session';

const FileParams = z.object({ id: UuidSchema, fileId: UuidSchema });
const ListQuery = z.object({
  dataType: z.string().optional(),
  sensitivity: z.enum(['low', 'moderate', 'high', 'severe']).optional(),
  owner: z.string().optional(),
  reviewDue: z.enum(['overdue', 'soon']).optional(),
  dia: z.enum(['missing']).optional().describe('Own entries that lack a required DIA'),
  status: z.enum(['draft', 'active']).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['title', 'updatedAt', 'nextReviewOn', 'sensitivity']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

const OWN =
  "Writes and returns the actor's own organisation's entry only (RLS and an owner check in the service).";

export function registerRegistryRoutes(router: Router): void {
  // Fixed paths first: /api/registry/export and /import must not be taken for an id.
  dataRoute(
    router,
    'isp-decision',
    "A file leaving Steward: each other organisation's row is decided (form export) and denied rows are left out.",
    'signed-in',
    {
      method: 'get',
      path: '/api/registry/export',
      tags: ['registry'],
      summary: 'Export the registry as CSV or XLSX (through the ISP; audited)',
      request: { query: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }) },
      responses: { 200: { description: 'The file' } },
    },
    async (c) => {
      const out = await c
        .get('services')
        .registry.exportRegistry(requireActor(c), c.req.valid('query').format);
      return fileResponse(c, out, { 'x-steward-excluded-by-isp': String(out.excluded) }) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'post',
      path: '/api/registry/import',
      tags: ['registry'],
      summary: 'Import entries from CSV/XLSX (multipart field "file"); all or nothing',
      responses: {
        201: json(z.object({ created: z.number() }), 'Imported'),
        400: json(ErrorSchema, 'Errors by row and column (error.fields); nothing imported'),
      },
    },
    async (c) => {
      const file = await uploadedFile(c);
      return c.json(await c.get('services').registry.importRegistry(requireActor(c), file), 201);
    },
  );

  dataRoute(
    router,
    'isp-decision',
    "Lists own entries and, for cluster roles, other organisations' entries shared with the cluster: one recorded decision batch per call.",
    'signed-in',
    {
      method: 'get',
      path: '/api/registry',
      tags: ['registry'],
      summary: 'Registry entries the actor may see, filtered and sorted',
      request: { query: ListQuery },
      responses: { 200: json(RegistryListSchema, 'Entries') },
    },
    async (c) =>
      c.json({ items: await c.get('services').registry.list(requireActor(c), c.req.valid('query')) }, 200),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'post',
      path: '/api/registry',
      tags: ['registry'],
      summary: 'Create an entry (field errors name the field)',
      request: { body: body(AnyObject) },
      responses: { 201: json(RegistryEntrySchema, 'Created') },
    },
    async (c) => c.json(await c.get('services').registry.create(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'isp-decision',
    "Another organisation's entry (cluster view or agreement) is decided and recorded; the owner's own reads are not a share.",
    'signed-in',
    {
      method: 'get',
      path: '/api/registry/{id}',
      tags: ['registry'],
      summary: 'An entry with its history and files',
      request: { params: IdParams },
      responses: {
        200: json(RegistryEntrySchema, 'Entry'),
        404: json(ErrorSchema, 'Not found or not visible'),
      },
    },
    async (c) => c.json(await c.get('services').registry.get(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'patch',
      path: '/api/registry/{id}',
      tags: ['registry'],
      summary: 'Change fields of an entry (owner)',
      request: { params: IdParams, body: body(AnyObject) },
      responses: { 200: json(RegistryEntrySchema, 'Updated') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .registry.update(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'post',
      path: '/api/registry/{id}/activate',
      tags: ['registry'],
      summary: 'Activate a draft entry (owner); 409 dia-required until a linked DIA is signed off',
      request: { params: IdParams },
      responses: {
        200: json(RegistryEntrySchema, 'Active'),
        409: json(
          ErrorSchema,
          'dia-required: the reasons (details.reasons) and where to start one (details.start)',
        ),
      },
    },
    async (c) =>
      c.json(await c.get('services').registry.activate(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'delete',
      path: '/api/registry/{id}',
      tags: ['registry'],
      summary: 'Delete an entry (owner)',
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' } },
    },
    async (c) => {
      await c.get('services').registry.remove(requireActor(c), c.req.valid('param').id);
      return c.body(null, 204) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'post',
      path: '/api/registry/{id}/files',
      tags: ['registry'],
      summary: 'Attach a file (multipart field "file", ≤ 25 MB): encrypted, scanned, maybe quarantined',
      request: { params: IdParams },
      responses: { 201: json(FileInfoSchema, 'The file as stored, with what the scan found') },
    },
    async (c) => {
      const file = await uploadedFile(c);
      return c.json(
        await c.get('services').registry.uploadFile(requireActor(c), c.req.valid('param').id, file),
        201,
      );
    },
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'post',
      path: '/api/registry/{id}/files/{fileId}/confirm',
      tags: ['registry'],
      summary: 'Release a quarantined file: declare the findings, or accept with a justification',
      request: {
        params: FileParams,
        body: body(z.object({ action: z.enum(['declare', 'accept']), justification: z.string().optional() })),
      },
      responses: { 200: json(FileInfoSchema, 'The file, released') },
    },
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await c.get('services').registry.confirmFile(requireActor(c), p.id, p.fileId, c.req.valid('json')),
        200,
      );
    },
  );

  dataRoute(
    router,
    'isp-decision',
    "A download: the owner's is recorded as an owner release; anyone else's is decided by the ISP (denied → 403).",
    'signed-in',
    {
      method: 'get',
      path: '/api/registry/{id}/files/{fileId}/download',
      tags: ['registry'],
      summary: 'Download a file (ISP-decided, audited)',
      request: { params: FileParams },
      responses: { 200: { description: 'The file' } },
    },
    async (c) => {
      const p = c.req.valid('param');
      const out = await c.get('services').registry.downloadFile(requireActor(c), p.id, p.fileId);
      return fileResponse(c, out, { 'x-steward-decision': out.decision.decision }) as never;
    },
  );
}
