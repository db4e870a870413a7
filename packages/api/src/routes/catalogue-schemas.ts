/**
 * The bodies of the catalogue route, described for the OpenAPI document and so for the web app's
 * generated client. They follow the catalogue service's views (`CataloguePage`, `CatalogueItem`).
 */
import { z } from '@hono/zod-openapi';
import { AGGREGATION_LEVELS, SENSITIVITY_LEVELS } from '@steward/core/vocabulary/index';
import { UuidSchema } from '../schemas';
import { DecisionBodySchema } from './sharing-schemas';

export const CatalogueQuerySchema = z.object({
  q: z.string().max(200).optional().describe('Text the title contains (any case)'),
  owner: UuidSchema.optional().describe("The owner organisation's id"),
  dataType: z.string().max(100).optional(),
  aggregationLevel: z.enum(AGGREGATION_LEVELS.ids).optional(),
  sensitivity: z.enum(SENSITIVITY_LEVELS.ids).optional(),
  requestable: z
    .enum(['true', 'false'])
    .optional()
    .describe("Only entries the viewer's organisation can request"),
  page: z.coerce.number().int().min(1).max(100_000).optional().describe('1-based page'),
  pageSize: z.coerce.number().int().min(1).max(100).optional().describe('Entries per page (25)'),
});

export const CatalogueItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    organisationId: z.string(),
    organisationAcronym: z.string(),
    organisationName: z.string(),
    dataTypes: z.array(z.string()),
    aggregationLevel: z.string(),
    containsPersonalData: z.boolean(),
    includesNames: z.boolean(),
    includesCoordinates: z.boolean(),
    sensitivity: z.enum(SENSITIVITY_LEVELS.ids),
    updatedAt: z.string(),
    own: z.boolean().describe("The entry belongs to the viewer's active organisation"),
    access: z
      .enum(['own', 'on-request', 'agreement'])
      .describe(
        "What the ISP allows the viewer's organisation: its own entry, a share on an approved request, or only under a data-sharing agreement",
      ),
    decision: DecisionBodySchema,
    canRequest: z.boolean().describe("The viewer's organisation may file a data-sharing request for it"),
    agreement: z
      .object({ reference: z.string(), expiresOn: z.string() })
      .nullable()
      .describe("An agreement in force that already gives it to the viewer's organisation"),
  })
  .openapi('CatalogueItem');

export const CataloguePageSchema = z
  .object({
    items: z.array(CatalogueItemSchema),
    total: z.number().describe('Entries matching the filters, on every page'),
    page: z.number(),
    pageSize: z.number(),
    pages: z.number(),
    ispVersion: z
      .string()
      .nullable()
      .describe('The endorsed ISP the decisions come from; null when none is (only own entries are listed)'),
  })
  .openapi('CataloguePage');
