/**
 * The bodies of the registry routes (entries, history, files), described for the OpenAPI document
 * and so for the web app's generated client (packages/web/src/api/schema.d.ts). They follow the
 * registry service's views (`RegistrySummary`, `RegistryEntryView`, `FileInfo` in @steward/services).
 */
import { z } from '@hono/zod-openapi';
import { AGGREGATION_LEVELS, SENSITIVITY_LEVELS } from '@steward/core/vocabulary/index';
import { DecisionBodySchema } from './sharing-schemas';

const Sensitivity = z.enum(SENSITIVITY_LEVELS.ids);
const EntryStatus = z
  .enum(['draft', 'active'])
  .describe(
    'An entry that triggers a DIA starts as a draft and is activated once a linked DIA is signed off',
  );
const ReviewStatus = z
  .enum(['ok', 'soon', 'overdue'])
  .describe('Next review: overdue, within 30 days, or later');

export const RegistrySummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    organisationId: z.string(),
    organisationAcronym: z.string(),
    dataTypes: z.array(z.string()),
    aggregationLevel: z.string(),
    containsPersonalData: z.boolean(),
    includesNames: z.boolean(),
    includesCoordinates: z.boolean(),
    sensitivity: Sensitivity,
    nextReviewOn: z.string(),
    reviewStatus: ReviewStatus,
    sharedWithCluster: z.boolean(),
    updatedAt: z.string(),
    fileCount: z.number(),
    quarantinedFiles: z.number(),
    own: z.boolean().describe("The entry belongs to the actor's active organisation"),
    status: EntryStatus,
    diaMissing: z
      .boolean()
      .describe(
        'Own entries: a DIA is required (personal data, High/Severe) and no linked one is signed off',
      ),
  })
  .openapi('RegistrySummary');

export const RegistryListSchema = z.object({ items: z.array(RegistrySummarySchema) }).openapi('RegistryList');

export const FileInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    size: z.number(),
    version: z.number(),
    uploadedAt: z.string(),
    quarantined: z.boolean(),
    findings: z
      .array(z.object({ column: z.string(), kind: z.string(), confidence: z.number(), reason: z.string() }))
      .describe('What the scan found: columns that look like names, phone numbers, coordinates, ids…'),
    undeclared: z
      .array(z.string())
      .describe('Findings the entry does not declare (they quarantine the file)'),
    acceptedAt: z.string().nullable(),
    justification: z.string().nullable(),
    scanProblem: z
      .object({
        code: z.string(),
        message: z.string(),
        limit: z.string().optional(),
        max: z.number().optional(),
      })
      .nullable()
      .describe('Why the scanner could not read the file (then it is quarantined until accepted)'),
  })
  .openapi('RegistryFile');

/** The fields of an entry (the service's RegistryInput). */
const RegistryFields = {
  title: z.string(),
  description: z.string(),
  purpose: z.string(),
  kind: z.enum(['asset', 'activity']),
  dataTypes: z.array(z.string()),
  containsPersonalData: z.boolean(),
  containsDemographicData: z.boolean(),
  dataSubjects: z.string(),
  collectionMethod: z.string(),
  legalBasis: z.string().nullable(),
  storageLocation: z.string(),
  accessDescription: z.string(),
  aggregationLevel: z.enum(AGGREGATION_LEVELS.ids),
  includesNames: z.boolean(),
  includesCoordinates: z.boolean(),
  consentObtained: z.boolean(),
  retentionPeriod: z.string(),
  destructionMethod: z.string(),
  impactAssessmentRef: z.string().nullable(),
  focalPoint: z.string(),
  lastReviewedOn: z.string().nullable(),
  nextReviewOn: z.string(),
  sharedWithCluster: z.boolean(),
};

export const RegistryEntrySchema = z
  .object({
    ...RegistryFields,
    id: z.string(),
    organisationId: z.string(),
    organisationAcronym: z.string(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    sensitivity: Sensitivity,
    reviewStatus: ReviewStatus,
    // The ISP decision for sharing this entry with the cluster. The same fields as the named
    // IspDecisionBody, in a schema of its own: referring to that component here changes how the
    // generator writes the nullable decision of a sharing request.
    decision: z.object(DecisionBodySchema.shape),
    history: z.array(
      z.object({
        at: z.string(),
        actorName: z.string(),
        action: z.string(),
        changes: z.array(
          z.object({
            field: z.string(),
            from: z.unknown().describe('Value before (any JSON; absent = none)'),
            to: z.unknown().describe('Value after (any JSON; absent = none)'),
          }),
        ),
      }),
    ),
    files: z.array(FileInfoSchema),
    status: EntryStatus,
    dia: z
      .object({
        reasons: z.array(z.string()).describe('dia.required.* codes; empty when no DIA is required'),
        satisfiedBy: z.string().nullable(),
        missing: z.boolean(),
        assessments: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            status: z.string(),
            reviewDue: z.string().nullable(),
          }),
        ),
        start: z.string().describe('Where the web app starts a DIA that links this entry'),
      })
      .nullable()
      .describe("The entry's DIA requirement (own entries; null for another organisation's)"),
  })
  .openapi('RegistryEntry');
