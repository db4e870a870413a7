/**
 * The service directory (issue 9): members list and filter every partner's services; each
 * organisation maintains its own; cluster roles flag stale entries and edit the taxonomy; HSDS
 * 3.0 export (ISP-decided) and all-or-nothing import; the public directory and HSDS feed (no
 * sign-in, ISP-decided for the public). Classified for the ISP enforcement test (see ./isp.ts).
 */
import { z } from '@hono/zod-openapi';
import type { Services } from '@steward/services';
import type { Router } from '../routing';
import { ErrorSchema } from '../schemas';
import { AnyObject, IdParams, body, dataRoute, json, uploadedFile } from './isp';
import { requireActor } from './session';
import {
  DirectoryCoverageSchema,
  DirectoryImportResultSchema,
  DirectoryListSchema,
  DirectoryServiceSchema,
  PublicDirectorySchema,
} from './directory-schemas';

const DIRECTORY_WHY =
  "The service directory: what each partner publishes to the cluster about its own services (not a data asset); partner-only fields stay inside the cluster, writes are the owner's (RLS).";

const DIRECTORY_POINTS_WHY = `${DIRECTORY_WHY} Location points of other organisations go only where the ISP allows service-mapping coordinates for cluster members (decided and recorded).`;

const PUBLIC_WHY =
  'Public fields of services their owners list publicly, no partner-only contact; the ISP decision for service mapping to the public is evaluated on every request and returned (not recorded: a request without a session cannot write the audit log, migration 0005).';

const Filters = z.object({
  serviceType: z.string().max(40).optional(),
  pcode: z
    .string()
    .regex(/^[A-Z]{2}[0-9]{0,12}$/)
    .optional(),
  population: z.string().max(40).optional(),
  language: z.string().max(3).optional(),
  accessibility: z.string().max(40).optional(),
  openNow: z.enum(['true', 'false']).optional(),
  organisation: z.string().max(20).optional(),
  stale: z.enum(['true', 'false']).optional(),
  q: z.string().max(200).optional(),
});

type FilterQuery = z.infer<typeof Filters>;
const filters = (q: FilterQuery) => ({
  ...q,
  openNow: q.openNow === undefined ? undefined : q.openNow === 'true',
  stale: q.stale === undefined ? undefined : q.stale === 'true',
});

export function registerDirectoryRoutes(router: Router): void {
  const services = (c: { get(k: 'services'): Services }) => c.get('services').directory;

  // Fixed paths before /{id}.
  dataRoute(
    router,
    'no-organisation-data',
    'The receiving organisation’s services that take referrals: id, name, type and referral method only.',
    'signed-in',
    {
      method: 'get',
      path: '/api/directory/referral-services',
      tags: ['directory'],
      summary: 'Services of an organisation that accept referrals',
      request: { query: z.object({ to: z.string().min(1).max(20) }) },
      responses: { 200: json(z.any(), 'Services: id, name, serviceType, referralMethod') },
    },
    async (c) =>
      c.json(await services(c).listServicesAcceptingReferrals(requireActor(c), c.req.valid('query').to), 200),
  );

  dataRoute(
    router,
    'isp-decision',
    'Exports the directory as HSDS 3.0: service mapping to cluster members, decided and recorded; denied → own services only.',
    'signed-in',
    {
      method: 'get',
      path: '/api/directory/export',
      tags: ['directory'],
      summary: 'Export the directory as HSDS 3.0 JSON (the /services page)',
      responses: { 200: json(z.any(), 'HSDS 3.0 services page') },
    },
    async (c) => c.json(await services(c).exportHsds(requireActor(c)), 200),
  );

  dataRoute(
    router,
    'isp-decision',
    'Exports the directory as the HSDS 3.0 tabular data package: the same decision, audit and visibility as the JSON export.',
    'signed-in',
    {
      method: 'get',
      path: '/api/directory/export.zip',
      tags: ['directory'],
      summary:
        'Export the directory as the HSDS 3.0 tabular data package (ZIP of datapackage.json and CSV files)',
      responses: {
        200: {
          description: 'ZIP file',
          content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
    },
    async (c) => {
      const zip = await services(c).exportHsdsCsvPackage(requireActor(c));
      return c.body(new Uint8Array(zip), 200, {
        'content-type': 'application/zip',
        'content-disposition': 'attachment; filename="steward-directory-hsds.zip"',
      }) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    "Imports services into the actor's own organisation (all or nothing).",
    'signed-in',
    {
      method: 'post',
      path: '/api/directory/import',
      tags: ['directory'],
      summary: 'Import HSDS 3.0 JSON into your organisation (all or nothing)',
      request: { body: body(z.any()) },
      responses: {
        201: json(DirectoryImportResultSchema, 'Imported'),
      },
    },
    async (c) => c.json(await services(c).importHsds(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'owner-only',
    "Imports services into the actor's own organisation (all or nothing).",
    'signed-in',
    {
      method: 'post',
      path: '/api/directory/import.zip',
      tags: ['directory'],
      summary:
        'Import the HSDS 3.0 tabular data package (ZIP of datapackage.json and CSVs, multipart field "file"); all or nothing',
      responses: {
        201: json(DirectoryImportResultSchema, 'Imported'),
        400: json(ErrorSchema, 'Errors by file, row and column (error.fields); nothing imported'),
      },
    },
    async (c) => {
      const file = await uploadedFile(c);
      return c.json(await services(c).importHsdsPackage(requireActor(c), file), 201);
    },
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Counts of active services per district and service type (the directory’s gaps): no organisation named, no location point.',
    'signed-in',
    {
      method: 'get',
      path: '/api/directory/coverage',
      tags: ['directory'],
      summary: 'Active services per district and service type; 0 is a gap of the directory',
      request: { query: z.object({ serviceType: z.string().max(40).optional() }) },
      responses: { 200: json(DirectoryCoverageSchema, 'Coverage') },
    },
    async (c) => c.json(await services(c).coverage(requireActor(c), c.req.valid('query')), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'The service taxonomy (cluster reference data).',
    'signed-in',
    {
      method: 'get',
      path: '/api/directory/taxonomy',
      tags: ['directory'],
      summary: 'The service taxonomy',
      responses: { 200: json(z.any(), 'Terms') },
    },
    async (c) => c.json({ items: await services(c).taxonomy(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Cluster roles edit the taxonomy (reference data).',
    'signed-in',
    {
      method: 'put',
      path: '/api/directory/taxonomy',
      tags: ['directory'],
      summary: 'Add or change a taxonomy term (cluster roles)',
      request: { body: body(AnyObject) },
      responses: { 200: json(z.any(), 'Term') },
    },
    async (c) => c.json(await services(c).setTaxonomyTerm(requireActor(c), c.req.valid('json')), 200),
  );

  dataRoute(
    router,
    'isp-decision',
    DIRECTORY_POINTS_WHY,
    'signed-in',
    {
      method: 'get',
      path: '/api/directory/services',
      tags: ['directory'],
      summary: 'The directory, with the caseworker’s filters',
      request: { query: Filters },
      responses: { 200: json(DirectoryListSchema, 'Services') },
    },
    async (c) =>
      c.json({ items: await services(c).list(requireActor(c), filters(c.req.valid('query'))) }, 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Adds a service to the actor's own organisation.",
    'signed-in',
    {
      method: 'post',
      path: '/api/directory/services',
      tags: ['directory'],
      summary: 'Add a service of your organisation',
      request: { body: body(AnyObject) },
      responses: { 201: json(z.any(), 'Service') },
    },
    async (c) => c.json(await services(c).create(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'isp-decision',
    DIRECTORY_POINTS_WHY,
    'signed-in',
    {
      method: 'get',
      path: '/api/directory/services/{id}',
      tags: ['directory'],
      summary: 'One service',
      request: { params: IdParams },
      responses: { 200: json(DirectoryServiceSchema, 'Service') },
    },
    async (c) => c.json(await services(c).get(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Changes a service of the actor's own organisation.",
    'signed-in',
    {
      method: 'put',
      path: '/api/directory/services/{id}',
      tags: ['directory'],
      summary: 'Change a service of your organisation (counts as a review)',
      request: { params: IdParams, body: body(AnyObject) },
      responses: { 200: json(z.any(), 'Service') },
    },
    async (c) =>
      c.json(await services(c).update(requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Deletes a service of the actor's own organisation.",
    'signed-in',
    {
      method: 'delete',
      path: '/api/directory/services/{id}',
      tags: ['directory'],
      summary: 'Delete a service of your organisation',
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' } },
    },
    async (c) => {
      await services(c).remove(requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  dataRoute(
    router,
    'owner-only',
    'The owner confirms its service is current.',
    'signed-in',
    {
      method: 'post',
      path: '/api/directory/services/{id}/review',
      tags: ['directory'],
      summary: 'Mark a service of your organisation as reviewed today',
      request: { params: IdParams },
      responses: { 200: json(DirectoryServiceSchema, 'Service') },
    },
    async (c) => c.json(await services(c).review(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    'A cluster role flags an entry as stale (two columns).',
    'signed-in',
    {
      method: 'post',
      path: '/api/directory/services/{id}/flag-stale',
      tags: ['directory'],
      summary: 'Flag a service not reviewed in 90 days (cluster roles)',
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Service') },
    },
    async (c) => c.json(await services(c).flagStale(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    PUBLIC_WHY,
    'public',
    {
      method: 'get',
      path: '/api/public/directory',
      tags: ['directory'],
      summary: 'The public service directory (no sign-in)',
      request: { query: Filters.omit({ stale: true }) },
      responses: { 200: json(PublicDirectorySchema, 'Public directory') },
    },
    async (c) =>
      c.json(await c.get('services').directory.publicDirectory(filters(c.req.valid('query'))), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    PUBLIC_WHY,
    'public',
    {
      method: 'get',
      path: '/api/public/directory/hsds',
      tags: ['directory'],
      summary: 'The public directory as an HSDS 3.0 /services page (no sign-in)',
      responses: { 200: json(z.any(), 'HSDS 3.0 services page') },
    },
    async (c) => c.json(await c.get('services').directory.publicFeed(), 200),
  );
}
