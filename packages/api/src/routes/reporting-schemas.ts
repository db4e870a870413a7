/**
 * The bodies of the reporting routes, described for the OpenAPI document and so for the web app's
 * generated client. They follow the services' views (services/src/reporting: FrameworkView,
 * ReportView, ReportValueView, the completeness rows).
 */
import { z } from '@hono/zod-openapi';

const DisaggregationSchema = z.object({
  sex: z.boolean(),
  age: z.boolean(),
  populationGroup: z.boolean(),
  disability: z.boolean(),
});

const IndicatorSchema = z.object({
  id: z.string(),
  activity: z.string(),
  label: z.string(),
  unit: z.enum(['people', 'households', 'sessions', 'cases', 'items']),
  disaggregation: DisaggregationSchema,
  hasTarget: z.boolean(),
  reachedNotAboveTargeted: z.boolean(),
});

export const FrameworkSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    dataType: z.string(),
    periodicity: z.literal('monthly'),
    adminLevel: z.enum(['adm2', 'adm3']),
    countryIso3: z.string(),
    dueDay: z.number().int(),
    indicators: z.array(IndicatorSchema),
    status: z.enum(['active', 'archived']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ReportingFramework');

export const ReportSchema = z
  .object({
    id: z.string(),
    framework: z.string(),
    organisationId: z.string(),
    organisation: z.string().describe('Acronym of the reporting organisation'),
    period: z.string(),
    state: z.enum(['draft', 'submitted', 'returned', 'approved']),
    version: z.number().int(),
    dueOn: z.string(),
    overdue: z.boolean(),
    returnComment: z.string().nullable(),
    submittedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
  })
  .openapi('Report');

export const ImportResultSchema = z
  .object({
    report: ReportSchema,
    rows: z.number().int(),
    values: z.number().int(),
    notApproved: z
      .number()
      .int()
      .optional()
      .describe('KoboToolbox export: submissions left out because Kobo marks them "Not approved"'),
  })
  .openapi('ReportImportResult');

export const KoboMappingSchema = z
  .object({
    columns: z
      .record(z.string(), z.string())
      .describe('Export column (XLSForm field name or group path) → template hashtag'),
    choices: z
      .record(z.string(), z.record(z.string(), z.string()))
      .describe("Per hashtag: an exported answer (choice name or label) → the framework's value"),
  })
  .openapi('KoboMapping');

export const KoboMappingAnswerSchema = z
  .object({ mapping: KoboMappingSchema.nullable() })
  .openapi('KoboMappingAnswer');

export const KoboInspectionSchema = z
  .object({
    rows: z.number().int(),
    columns: z.array(
      z.object({ name: z.string(), meta: z.boolean(), answers: z.array(z.string()).nullable() }),
    ),
    targets: z.array(z.object({ hashtag: z.string(), header: z.string() })),
    choiceTargets: z.array(z.string()),
    proposal: KoboMappingSchema,
    remembered: z.boolean(),
  })
  .openapi('KoboInspection');

export const ReportValueSchema = z.object({
  indicator: z.string(),
  adm1: z.string(),
  adm2: z.string(),
  sex: z.string(),
  age: z.string(),
  populationGroup: z.string(),
  disability: z.string(),
  measure: z.enum(['reached', 'targeted']),
  value: z.number().int(),
});

export const ReportValuesSchema = z
  .object({ report: ReportSchema, values: z.array(ReportValueSchema) })
  .openapi('ReportValues');

export const ReportEventSchema = z.object({
  at: z.string(),
  action: z.string().describe('imported, corrected, submitted, returned, approved'),
  version: z.number().int(),
  comment: z.string().nullable(),
});

export const CompletenessSchema = z
  .object({
    organisation: z.string(),
    organisationId: z.string(),
    periods: z.array(
      z.object({
        period: z.string(),
        state: z.enum(['missing', 'draft', 'submitted', 'returned', 'approved']),
        reportId: z.string().nullable(),
        overdue: z.boolean(),
        areas: z.array(z.string()),
      }),
    ),
  })
  .openapi('ReportingCompleteness');

export const AreaSchema = z.object({
  pcode: z.string(),
  name: z.string(),
  level: z.number().int(),
  parentPcode: z.string().nullable(),
});

export const EntriesBodySchema = z.object({
  entries: z
    .array(
      z.object({
        indicator: z.string().min(1).max(40),
        adm1: z.string().max(40),
        adm2: z.string().max(40),
        cells: z.record(z.string().max(100), z.number().int().min(0).max(2_000_000_000).nullable()),
      }),
    )
    .max(10_000),
  reason: z.string().max(2000).optional(),
});

/** One problem of an upload or a form save: the file's row and column, the bad value, a code. */
const UploadProblemSchema = z.object({
  row: z.number().int().nullable().openapi({ description: "The file's line, counting from 1" }),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
  code: z.string().openapi({ description: 'Stable problem code, rendered through i18n with params' }),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** 400 of an import or a form save: nothing was written; every problem named (at most 50 kept). */
export const UploadProblemsErrorSchema = z
  .object({
    error: z.object({
      code: z.literal('validation'),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      details: z
        .object({
          problems: z.array(UploadProblemSchema),
          lines: z.array(z.string()).openapi({ description: 'One line per problem, as the CLI prints them' }),
          problemCount: z.number().int(),
          moreProblems: z.number().int(),
        })
        .partial()
        .openapi({ description: 'Present when the file or the entries had problems' }),
    }),
  })
  .openapi('UploadProblemsError');

const DecisionConditionSchema = z
  .object({ kind: z.string(), text: z.string() })
  .catchall(z.unknown())
  .openapi({ description: 'An ISP condition (kind, its parameters, and its text)' });

/** The protected aggregate: cells with a key per dimension (`total` in margins). */
export const AggregateTableSchema = z
  .object({
    framework: z.string(),
    periods: z.array(z.string()),
    by: z.array(z.string()),
    measure: z.enum(['reached', 'targeted']),
    audience: z.enum(['public', 'cluster']),
    threshold: z.number().int(),
    primaryRule: z.string().openapi({
      description:
        'The primary rule applied: freq(threshold), or the ISP dominance rule (e.g. p(10)) for a magnitude',
    }),
    magnitude: z
      .boolean()
      .openapi({ description: 'True when the indicators count something other than people' }),
    own: z.enum(['in-full', 'protected']).openapi({
      description: "in-full when the viewer's own cells were shown in full (query own=in-full)",
    }),
    decision: z.object({
      sensitivity: z.string(),
      decision: z.string(),
      conditions: z.array(DecisionConditionSchema),
      rule: z.string().nullable(),
      explanation: z.string(),
    }),
    cells: z.array(
      z
        .object({
          count: z.number().int().nullable().openapi({ description: 'null when suppressed, never 0' }),
          status: z.enum(['published', 'suppressed-primary', 'suppressed-secondary']),
          rule: z.string().nullable(),
        })
        .catchall(z.union([z.string(), z.number(), z.null()]))
        .openapi({
          description: 'One key per `by` dimension (its code, or "total"), then count, status, rule',
        }),
    ),
    primaryCount: z.number().int(),
    secondaryCount: z.number().int(),
  })
  .openapi('AggregateTable');
