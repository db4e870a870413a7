/**
 * Partner reporting (issue 10): frameworks, the upload template, all-or-nothing import, the
 * workflow (submit / return / approve), completeness, and the protected table (aggregate computed
 * with the viewer's rights, through the ISP decision point). Classified for the ISP enforcement
 * test (see ./isp.ts).
 */
import { z } from '@hono/zod-openapi';
import type { ImportSource } from '@steward/services/reporting/reporting-service';
import type { Router } from '../routing';
import { AnyObject, IdParams, body, dataRoute, fileResponse, json, uploadedFile } from './isp';
import {
  AggregateTableSchema,
  AreaSchema,
  CompletenessSchema,
  EntriesBodySchema,
  FrameworkSchema,
  ImportResultSchema,
  KoboInspectionSchema,
  KoboMappingAnswerSchema,
  ReportEventSchema,
  ReportSchema,
  ReportValuesSchema,
  UploadProblemsErrorSchema,
} from './reporting-schemas';
import { requireActor } from './session';
import { ApiError } from '../errors';
import { invalidTextReason } from '../text-input';

const CodeParams = z.object({ code: z.string().min(1).max(40) });
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A period is YYYY-MM');
const PeriodParams = z.object({ code: z.string().min(1).max(40), period: Period });
const list = (v: string | undefined) =>
  v === undefined
    ? []
    : v
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');

const FRAMEWORKS =
  "Frameworks are the cluster's reporting requests (indicators, disaggregation): no organisation data.";
const OWN = "The actor's own organisation's reports only (RLS and an organisation check in the service).";
const REVIEW =
  'Cluster roles review submitted reports (RLS: never a draft); the report stays inside Steward, nothing is released.';

export function registerReportingRoutes(router: Router): void {
  dataRoute(
    router,
    'no-organisation-data',
    FRAMEWORKS,
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/frameworks',
      tags: ['reporting'],
      summary: 'Reporting frameworks',
      responses: { 200: json(z.array(FrameworkSchema), 'Frameworks') },
    },
    async (c) => c.json(await c.get('services').reporting.listFrameworks(requireActor(c)), 200) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    FRAMEWORKS,
    'signed-in',
    {
      method: 'post',
      path: '/api/reporting/frameworks',
      tags: ['reporting'],
      summary: 'Define a reporting framework (cluster coordinator or IMO)',
      request: { body: body(AnyObject) },
      responses: { 201: json(FrameworkSchema, 'Created') },
    },
    async (c) =>
      c.json(
        await c.get('services').reporting.createFramework(requireActor(c), c.req.valid('json')),
        201,
      ) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    FRAMEWORKS,
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/frameworks/{code}',
      tags: ['reporting'],
      summary: 'One reporting framework',
      request: { params: CodeParams },
      responses: { 200: json(FrameworkSchema, 'The framework') },
    },
    async (c) =>
      c.json(
        await c.get('services').reporting.getFramework(requireActor(c), c.req.valid('param').code),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    'The empty template, or example rows invented for the caller: no stored organisation data.',
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/frameworks/{code}/template',
      tags: ['reporting'],
      summary: 'The HXL-tagged upload template (CSV or XLSX), optionally with example rows',
      request: {
        params: CodeParams,
        query: z.object({
          period: Period,
          example: z.enum(['true', 'false']).optional(),
          format: z.enum(['csv', 'xlsx']).default('csv'),
        }),
      },
      responses: { 200: { description: 'The file' } },
    },
    async (c) => {
      const q = c.req.valid('query');
      const file = await c.get('services').reporting.template(requireActor(c), {
        framework: c.req.valid('param').code,
        period: q.period,
        example: q.example === 'true',
        format: q.format,
      });
      return fileResponse(c, file) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'post',
      path: '/api/reporting/frameworks/{code}/reports/{period}/import',
      tags: ['reporting'],
      summary:
        'Import a month\'s report from CSV/XLSX (multipart field "file", optional field "reason" for a correction; "source"="kobo" reads a KoboToolbox/ODK export through the field "mapping" (JSON) or the remembered mapping); all or nothing',
      request: { params: PeriodParams },
      responses: {
        201: json(ImportResultSchema, 'Imported: the report, rows and values'),
        400: json(
          UploadProblemsErrorSchema,
          'Problems by row and column (details.problems, details.lines); nothing imported',
        ),
      },
    },
    async (c) => {
      const p = c.req.valid('param');
      const file = await uploadedFile(c);
      const form = await c.req.parseBody();
      const reason = typeof form.reason === 'string' ? form.reason : undefined;
      const source = importSource(form);
      return c.json(
        await c.get('services').reporting.importReport(requireActor(c), {
          framework: p.code,
          period: p.period,
          name: file.name,
          bytes: file.bytes,
          ...(reason !== undefined ? { reason } : {}),
          ...(source ? { source } : {}),
        }),
        201,
      ) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    "The actor's own organisation's export and remembered mapping only (RLS); nothing is stored.",
    'signed-in',
    {
      method: 'post',
      path: '/api/reporting/frameworks/{code}/kobo/inspect',
      tags: ['reporting'],
      summary:
        'Read a KoboToolbox/ODK export (multipart field "file") for the mapping step: its columns, the answers of select_one-like columns, and a proposed mapping (the remembered one first)',
      request: { params: CodeParams },
      responses: { 200: json(KoboInspectionSchema, 'Columns and the proposed mapping') },
    },
    async (c) => {
      const file = await uploadedFile(c);
      return c.json(
        await c.get('services').reporting.inspectKobo(requireActor(c), {
          framework: c.req.valid('param').code,
          name: file.name,
          bytes: file.bytes,
        }),
        200,
      ) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    "The actor's own organisation's remembered mapping only (RLS).",
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/frameworks/{code}/kobo/mapping',
      tags: ['reporting'],
      summary: "Your organisation's remembered KoboToolbox mapping for the framework (null when none)",
      request: { params: CodeParams },
      responses: { 200: json(KoboMappingAnswerSchema, 'The mapping or null') },
    },
    async (c) =>
      c.json(
        {
          mapping: await c.get('services').reporting.koboMapping(requireActor(c), c.req.valid('param').code),
        },
        200,
      ) as never,
  );

  dataRoute(
    router,
    'owner-only',
    `${OWN} ${REVIEW}`,
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/frameworks/{code}/reports',
      tags: ['reporting'],
      summary: 'Reports the actor can see (own; cluster roles: submitted ones)',
      request: { params: CodeParams, query: z.object({ period: Period.optional() }) },
      responses: { 200: json(z.array(ReportSchema), 'Reports') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .reporting.listReports(requireActor(c), c.req.valid('param').code, c.req.valid('query').period),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    'Which organisations reported which month and areas: reporting metadata the cluster is entitled to, no figures.',
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/frameworks/{code}/completeness',
      tags: ['reporting'],
      summary: 'Completeness: which partners reported which month and area (cluster roles)',
      request: { params: CodeParams, query: z.object({ periods: z.string().min(7).max(2000) }) },
      responses: { 200: json(z.array(CompletenessSchema), 'Per organisation and period') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .reporting.completeness(
            requireActor(c),
            c.req.valid('param').code,
            list(c.req.valid('query').periods),
          ),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'isp-decision',
    "Aggregated figures across organisations as an audience would receive them: computed with the viewer's rights, decided by the ISP (recorded) and protected by suppression.",
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/frameworks/{code}/table',
      tags: ['reporting'],
      summary: 'The protected aggregate table (cells with count or null, status and rule)',
      request: {
        params: CodeParams,
        query: z.object({
          period: z.string().min(7).max(2000),
          by: z.string().max(200).default(''),
          indicator: z.string().max(400).optional(),
          adm1: z.string().max(400).optional(),
          partner: z
            .string()
            .max(2000)
            .optional()
            .openapi({ description: 'Organisation ids, comma-separated' }),
          activity: z
            .string()
            .max(2000)
            .optional()
            .openapi({ description: 'Activity names, comma-separated' }),
          group: z
            .string()
            .max(200)
            .optional()
            .openapi({ description: 'Population groups (idp, returnee, host)' }),
          measure: z.enum(['reached', 'targeted']).optional(),
          audience: z.enum(['public', 'cluster']).optional(),
          own: z.enum(['in-full', 'protected']).optional().openapi({
            description:
              "in-full: the viewer's own dashboard — cells holding only the viewer's organisation's data are shown in full, every cell with another organisation's data stays protected (not with audience). Default protected: exactly as the audience would receive it.",
          }),
        }),
      },
      responses: { 200: json(AggregateTableSchema, 'The table: { cells, threshold, decision, … }') },
    },
    async (c) => {
      const q = c.req.valid('query');
      const indicators = list(q.indicator);
      const adm1 = list(q.adm1);
      const partner = list(q.partner);
      const activity = list(q.activity);
      const populationGroup = list(q.group);
      const result = await c.get('services').reporting.aggregate(requireActor(c), {
        framework: c.req.valid('param').code,
        periods: list(q.period),
        by: list(q.by) as never,
        ...(indicators.length > 0 ? { indicator: indicators } : {}),
        ...(adm1.length > 0 ? { adm1 } : {}),
        ...(partner.length > 0 ? { partner } : {}),
        ...(activity.length > 0 ? { activity } : {}),
        ...(populationGroup.length > 0 ? { populationGroup } : {}),
        ...(q.measure ? { measure: q.measure } : {}),
        ...(q.audience ? { audience: q.audience } : {}),
        ...(q.own ? { own: q.own } : {}),
      });
      return c.json(result, 200) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'post',
      path: '/api/reporting/reports/{id}/submit',
      tags: ['reporting'],
      summary: 'Submit a draft or returned report to the cluster',
      request: { params: IdParams },
      responses: { 200: json(ReportSchema, 'The report') },
    },
    async (c) =>
      c.json(
        await c.get('services').reporting.submitReport(requireActor(c), c.req.valid('param').id),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'owner-only',
    REVIEW,
    'signed-in',
    {
      method: 'post',
      path: '/api/reporting/reports/{id}/return',
      tags: ['reporting'],
      summary: 'Return a submitted report with a comment (cluster roles)',
      request: { params: IdParams, body: body(z.object({ comment: z.string().min(1).max(2000) })) },
      responses: { 200: json(ReportSchema, 'The report') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .reporting.returnReport(requireActor(c), c.req.valid('param').id, c.req.valid('json').comment),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'owner-only',
    REVIEW,
    'signed-in',
    {
      method: 'post',
      path: '/api/reporting/reports/{id}/approve',
      tags: ['reporting'],
      summary: 'Approve a submitted report (cluster roles)',
      request: { params: IdParams },
      responses: { 200: json(ReportSchema, 'The report') },
    },
    async (c) =>
      c.json(
        await c.get('services').reporting.approveReport(requireActor(c), c.req.valid('param').id),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'owner-only',
    `${OWN} ${REVIEW}`,
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/reports/{id}/history',
      tags: ['reporting'],
      summary: "A report's history: submissions, returns with comments, approvals, corrections with reasons",
      request: { params: IdParams },
      responses: { 200: json(z.array(ReportEventSchema), 'Events') },
    },
    async (c) =>
      c.json(
        await c.get('services').reporting.reportHistory(requireActor(c), c.req.valid('param').id),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'no-organisation-data',
    "The response's gazetteer (p-codes and names of admin-1 and admin-2 areas): reference data, no organisation data.",
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/frameworks/{code}/areas',
      tags: ['reporting'],
      summary:
        "The admin-1 and admin-2 areas a framework's reports are checked against (the form's p-code picker)",
      request: { params: CodeParams },
      responses: { 200: json(z.array(AreaSchema), 'Areas') },
    },
    async (c) =>
      c.json(
        await c.get('services').reporting.frameworkAreas(requireActor(c), c.req.valid('param').code),
        200,
      ) as never,
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'put',
      path: '/api/reporting/frameworks/{code}/reports/{period}/entries',
      tags: ['reporting'],
      summary:
        "Save a month's report from the web form (rows by indicator and admin-2 area, figures by template hashtag); validated as an upload, all or nothing",
      request: { params: PeriodParams, body: body(EntriesBodySchema) },
      responses: {
        200: json(ImportResultSchema, 'Saved: the report, rows and values'),
        400: json(
          UploadProblemsErrorSchema,
          'Problems by row (entry N is row N + 2) and column (hashtag) in details.problems; nothing saved',
        ),
      },
    },
    async (c) => {
      const p = c.req.valid('param');
      const b = c.req.valid('json');
      return c.json(
        await c.get('services').reporting.saveEntries(requireActor(c), {
          framework: p.code,
          period: p.period,
          entries: b.entries,
          ...(b.reason !== undefined ? { reason: b.reason } : {}),
        }),
        200,
      ) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    `${OWN} ${REVIEW} A cluster role's view is audited.`,
    'signed-in',
    {
      method: 'get',
      path: '/api/reporting/reports/{id}/values',
      tags: ['reporting'],
      summary: "A report's figures (own; cluster roles: submitted, returned or approved reports)",
      request: { params: IdParams },
      responses: { 200: json(ReportValuesSchema, 'The report and its figures') },
    },
    async (c) =>
      c.json(
        await c.get('services').reporting.reportValues(requireActor(c), c.req.valid('param').id),
        200,
      ) as never,
  );
}

/** The multipart fields `source` and `mapping` (JSON) of an import. */
function importSource(form: Record<string, unknown>): ImportSource | undefined {
  const source = form.source;
  if (source === undefined || source === 'template') return undefined;
  if (source !== 'kobo')
    throw new ApiError('validation', 'The field "source" is "template" or "kobo".', [
      { path: 'source', message: 'template or kobo' },
    ]);
  const text = form.mapping;
  if (text === undefined) return { kind: 'kobo' };
  const bad = typeof text === 'string' ? invalidTextReason(text) : 'a text field';
  if (typeof text !== 'string' || bad || text.length > 200_000)
    throw new ApiError('validation', 'The field "mapping" is the mapping as JSON text.', [
      { path: 'mapping', message: bad ?? 'at most 200,000 characters' },
    ]);
  try {
    return { kind: 'kobo', mapping: JSON.parse(text) as unknown };
  } catch {
    throw new ApiError('validation', 'The field "mapping" is not valid JSON.', [
      { path: 'mapping', message: 'JSON' },
    ]);
  }
}
