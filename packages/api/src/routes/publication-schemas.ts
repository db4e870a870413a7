/**
 * Response schemas of the publication routes (issue 10): the frozen snapshot (cells with count or
 * null, status, rule; area names frozen with it), what was checked, a publication, the publish
 * result, the public snapshot, and the refusal's error body (cells and rule named).
 */
import { z } from '@hono/zod-openapi';

const CellStatus = z.enum(['published', 'suppressed-primary', 'suppressed-secondary']);

export const SnapshotSchema = z
  .object({
    dimensions: z.array(z.object({ name: z.string(), total: z.string() })),
    cells: z.array(
      z.object({
        codes: z.array(z.string()),
        count: z.number().int().nullable().openapi({ description: 'null when suppressed, never 0' }),
        status: CellStatus,
        rule: z.string().openapi({ description: 'e.g. freq(3), secondary; "" when published' }),
      }),
    ),
    labels: z
      .record(z.string(), z.record(z.string(), z.string()))
      .optional()
      .openapi({ description: "dimension → code → name (the gazetteer's area names, frozen)" }),
  })
  .openapi('PublicationSnapshot');

const IspCheckSchema = z.object({
  decision: z.string(),
  rule: z.string().nullable(),
  reason: z.string(),
  sensitivity: z.string(),
  ispVersion: z.string(),
  explanation: z.string(),
});

export const PublicationChecksSchema = z
  .object({
    isp: IspCheckSchema,
    dataType: z.string(),
    aggregation: z.string(),
    audience: z.string(),
    primaryRule: z.string(),
    threshold: z.number().int(),
    primaryCount: z.number().int(),
    secondaryCount: z.number().int(),
    audit: z.object({ lp: z.number().int(), certificate: z.number().int(), safe: z.boolean() }),
  })
  .openapi('PublicationChecks');

const Audience = z.enum(['public', 'cluster', 'organisation']);
const Kind = z.enum(['table', 'dashboard']);

export const PublicationSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: Kind,
    dataType: z.string(),
    aggregation: z.string(),
    audience: Audience,
    audienceOrganisationId: z.string().nullable(),
    status: z.enum(['published', 'unpublished']),
    version: z.number().int(),
    publishedAt: z.string(),
    unpublishedAt: z.string().nullable(),
    snapshot: SnapshotSchema,
    checks: PublicationChecksSchema,
    includesCoordinates: z
      .boolean()
      .openapi({ description: 'Point coordinates, declared or seen in the table (a DIA trigger)' }),
    assessmentId: z
      .string()
      .nullable()
      .openapi({ description: 'The signed-off DIA that covered it; republishing checks it again' }),
  })
  .openapi('Publication');

export const PublicationListSchema = z
  .object({ items: z.array(PublicationSchema) })
  .openapi('PublicationList');

export const PublishResultSchema = z
  .object({
    publication: PublicationSchema,
    publicToken: z.string().nullable().openapi({ description: 'Shown once; audience public only' }),
  })
  .openapi('PublishResult');

export const PublicSnapshotSchema = z
  .object({
    title: z.string(),
    kind: Kind,
    dataType: z.string(),
    aggregation: z.string(),
    version: z.number().int(),
    publishedAt: z.string(),
    snapshot: SnapshotSchema,
  })
  .openapi('PublicSnapshot');

/** 403 publication-refused: the error body names the reason, the cells and the rule. */
export const PublicationRefusedSchema = z
  .object({
    error: z.object({
      code: z.literal('publication-refused'),
      message: z.string(),
      details: z.object({
        reason: z.enum([
          'isp-denied',
          'aggregation-too-fine',
          'no-figures',
          'invalid-table',
          'audit-not-proven',
        ]),
        cells: z.array(z.string()).openapi({ description: 'Cells concerned, codes joined by "/"' }),
        rule: z.string().nullable(),
        checks: PublicationChecksSchema.nullable(),
        decision: IspCheckSchema.omit({ reason: true }).extend({ reason: z.string() }),
      }),
    }),
  })
  .openapi('PublicationRefused');

/** 409 dia-required: a signed-off impact assessment must be named as assessmentId. */
export const DiaRequiredSchema = z
  .object({
    error: z.object({
      code: z.literal('dia-required'),
      message: z.string(),
      details: z.object({
        reason: z.string().optional(),
        reasons: z.array(z.string()),
        assessmentId: z.string().nullable(),
        start: z.string().openapi({ description: 'Where the web app starts an assessment' }),
      }),
    }),
  })
  .openapi('DiaRequired');
