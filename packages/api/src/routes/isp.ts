/**
 * The ISP routes (versions, drafts, lint, endorsement, status, diff, ODRL export, decide) and
 * the data-release classification every issue-4 route declares.
 *
 * ENFORCEMENT. Every route of the registry, ISP and sharing modules is registered through
 * `dataRoute(router, release, …)`, which records how the route handles organisation data:
 * - `isp-decision`: it releases organisation data (share, export, download, cross-organisation
 *   view) and every call goes through the services' ISP decision point, which records an
 *   `isp.decision` audit entry;
 * - `owner-only`: it returns or changes the actor's own organisation's data only;
 * - `no-organisation-data`: it returns no organisation data (the cluster's ISP, metadata the
 *   cluster view is entitled to, the actor's notifications).
 * The enforcement test (isp-enforcement.db.test.ts) walks the app's route table: a route without
 * a classification fails it, and each `isp-decision` route is called and must append a decision.
 */
import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../errors';
import type { Router, RoutePermission } from '../routing';
import { invalidTextReason } from '../text-input';
import { ErrorSchema, UuidSchema } from '../schemas';
import { IspDiffSchema, IspOverviewSchema, IspVersionSchema } from './isp-schemas';
import type { AppEnv } from '../types';
import { requireActor } from './session';

export type DataRelease = 'isp-decision' | 'owner-only' | 'no-organisation-data';

export interface DataRouteEntry {
  readonly method: string;
  readonly path: string;
  readonly release: DataRelease;
  /** Why the route is classified so (shown when the enforcement test fails). */
  readonly why: string;
}

const classifications = new WeakMap<object, DataRouteEntry[]>();

/** The classification of every route registered through `dataRoute` on this app. */
export function dataRoutes(app: object): readonly DataRouteEntry[] {
  return classifications.get(app) ?? [];
}

/** Registers a route with its data-release classification (see the file comment). */
export function dataRoute<R extends RouteConfig>(
  router: Router,
  release: DataRelease,
  why: string,
  permission: RoutePermission,
  config: R,
  handler: RouteHandler<R, AppEnv>,
): void {
  router.route(permission, config, handler);
  const list = classifications.get(router.app) ?? [];
  list.push({
    method: config.method.toUpperCase(),
    path: config.path.replaceAll(/\{(.+?)\}/g, ':$1'),
    release,
    why,
  });
  classifications.set(router.app, list);
}

export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});
export const AnyObject = z.record(z.string(), z.unknown());
export const IdParams = z.object({ id: UuidSchema });

/** A file response (download or export). */
export function fileResponse(
  c: Context<AppEnv>,
  file: { name: string; contentType: string; bytes: Uint8Array },
  extra: Record<string, string> = {},
): Response {
  const safe = file.name.replace(/[^\w.\- ]+/g, '_');
  return c.body(file.bytes as unknown as ArrayBuffer, 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${safe}"`,
    ...extra,
  });
}

/** Reads the multipart field `file` (the API's body limit applies). */
export async function uploadedFile(
  c: Context<AppEnv>,
): Promise<{ name: string; contentType: string; bytes: Uint8Array }> {
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw new ApiError('validation', 'Send the file as multipart/form-data in the field "file".', [
      { path: 'file', message: 'Required' },
    ]);
  }
  const file = form.file;
  if (!(file instanceof File)) {
    throw new ApiError('validation', 'Send the file as multipart/form-data in the field "file".', [
      { path: 'file', message: 'Required' },
    ]);
  }
  const badName = invalidTextReason(file.name) ?? invalidTextReason(file.type);
  if (badName) {
    throw new ApiError('validation', "The uploaded file's name or type is not valid text.", [
      { path: 'file', message: badName },
    ]);
  }
  return { name: file.name, contentType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const NO_DATA =
  "The ISP is the cluster's shared protocol, readable by every signed-in member; it holds no organisation data.";

export function registerIspRoutes(router: Router): void {
  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'get',
      path: '/api/isp',
      tags: ['isp'],
      summary: 'The active endorsed ISP and every version',
      responses: { 200: json(IspOverviewSchema, 'ISP overview') },
    },
    async (c) => c.json(await c.get('services').isp.overview(requireActor(c)), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'get',
      path: '/api/isp/versions/{id}',
      tags: ['isp'],
      summary: 'One ISP version with lint and endorsement status',
      request: { params: IdParams },
      responses: { 200: json(IspVersionSchema, 'ISP version'), 404: json(ErrorSchema, 'No such version') },
    },
    async (c) =>
      c.json(await c.get('services').isp.getVersion(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'post',
      path: '/api/isp/versions',
      tags: ['isp'],
      summary: 'New draft from the template or a version (cluster roles)',
      request: { body: body(z.object({ from: z.string().min(1) })) },
      responses: { 201: json(IspVersionSchema, 'Draft created') },
    },
    async (c) => c.json(await c.get('services').isp.createDraft(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'put',
      path: '/api/isp/versions/{id}',
      tags: ['isp'],
      summary: "Replace a draft's document (returns lint)",
      request: { params: IdParams, body: body(z.object({ isp: z.unknown() })) },
      responses: { 200: json(IspVersionSchema, 'Updated draft') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .isp.updateDraft(requireActor(c), c.req.valid('param').id, c.req.valid('json').isp),
        200,
      ),
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'post',
      path: '/api/isp/versions/{id}/status',
      tags: ['isp'],
      summary:
        'Change status (endorsed only when lint is clean and every member endorsed; the version in force is never withdrawn; a successor that lowers protection waits for a second person)',
      request: {
        params: IdParams,
        body: body(z.object({ status: z.enum(['draft', 'in-consultation', 'endorsed', 'superseded']) })),
      },
      responses: {
        200: json(IspVersionSchema, 'Updated version'),
        202: json(
          IspVersionSchema,
          'Lowers protection: recorded as a request (requestedChange) for a second person',
        ),
        409: json(ErrorSchema, 'Transition not allowed (details.reason)'),
      },
    },
    async (c) => {
      const result = await c
        .get('services')
        .isp.setStatus(requireActor(c), c.req.valid('param').id, c.req.valid('json').status);
      return result.requestedChange ? c.json(result, 202) : c.json(result, 200);
    },
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'post',
      path: '/api/isp/status-requests/{id}/approve',
      tags: ['isp'],
      summary: 'Approve a status change that lowers protection (a cluster role, not the requester)',
      request: { params: IdParams },
      responses: {
        200: json(IspVersionSchema, 'The version now in force'),
        403: json(ErrorSchema, 'Same person or no cluster role'),
      },
    },
    async (c) =>
      c.json(await c.get('services').isp.approveStatusChange(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'post',
      path: '/api/isp/status-requests/{id}/reject',
      tags: ['isp'],
      summary: 'Reject a status change that lowers protection (a cluster role, not the requester)',
      request: { params: IdParams },
      responses: {
        200: json(IspVersionSchema, 'The version, unchanged'),
        403: json(ErrorSchema, 'No cluster role'),
      },
    },
    async (c) =>
      c.json(await c.get('services').isp.rejectStatusChange(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'post',
      path: '/api/isp/versions/{id}/endorse',
      tags: ['isp'],
      summary: 'Endorse this version for your organisation (focal point)',
      request: { params: IdParams },
      responses: { 200: json(IspVersionSchema, 'Endorsed'), 409: json(ErrorSchema, 'Cannot be endorsed') },
    },
    async (c) => c.json(await c.get('services').isp.endorse(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'get',
      path: '/api/isp/diff',
      tags: ['isp'],
      summary: 'Readable diff between two versions',
      request: { query: z.object({ from: UuidSchema, to: UuidSchema }) },
      responses: { 200: json(IspDiffSchema, 'Changes') },
    },
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await c.get('services').isp.diff(requireActor(c), q.from, q.to), 200);
    },
  );

  dataRoute(
    router,
    'no-organisation-data',
    NO_DATA,
    'signed-in',
    {
      method: 'get',
      path: '/api/isp/versions/{id}/odrl',
      tags: ['isp'],
      summary: 'ODRL 2.2 JSON-LD export (download)',
      request: { params: IdParams },
      responses: {
        200: {
          description: 'ODRL policy set (JSON-LD file)',
          content: { 'application/ld+json': { schema: AnyObject } },
        },
      },
    },
    async (c) => {
      const origin = new URL(c.req.url).origin;
      const out = await c.get('services').isp.odrl(requireActor(c), c.req.valid('param').id, origin);
      return fileResponse(c, {
        name: `isp-${out.version}.odrl.jsonld`,
        contentType: 'application/ld+json',
        bytes: new TextEncoder().encode(JSON.stringify(out.document, null, 2)),
      }) as never;
    },
  );

  dataRoute(
    router,
    'isp-decision',
    'Evaluates facts against the active ISP; every evaluation is recorded.',
    'signed-in',
    {
      method: 'post',
      path: '/api/isp/decide',
      tags: ['isp'],
      summary: 'Decide a share against the active endorsed ISP (recorded)',
      request: {
        body: body(
          z.object({
            facts: z.unknown(),
            recipient: z.unknown(),
            purpose: z.unknown().optional(),
            form: z.unknown().optional(),
          }),
        ),
      },
      responses: { 200: json(z.any(), 'Decision') },
    },
    async (c) => c.json(await c.get('services').isp.decide(requireActor(c), c.req.valid('json')), 200),
  );
}
