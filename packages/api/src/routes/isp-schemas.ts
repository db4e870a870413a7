/**
 * The bodies of the ISP routes (versions, lint, endorsement, status requests, diff), described for
 * the OpenAPI document and so for the web app's generated client (packages/web/src/api/schema.d.ts).
 * They follow the core model (`Isp`, `LintResult`, `EndorsementStatus`, `IspChange`, `Relaxation`)
 * and the service's `IspVersionView`; the vocabulary enums come from @steward/core so the generated
 * types stay assignable to the core ones.
 */
import { z } from '@hono/zod-openapi';
import {
  AGGREGATION_LEVELS,
  CONDITION_KINDS,
  PURPOSES,
  RECIPIENT_CLASSES,
  SENSITIVITY_LEVELS,
  SHARING_APPROACHES,
} from '@steward/core/vocabulary/index';

/** Core types are readonly: so are the described arrays (JSON has no such difference). */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const AggregationLevel = z.enum(AGGREGATION_LEVELS.ids);
const IspStatus = z.enum(['draft', 'in-consultation', 'endorsed', 'superseded']).openapi('IspStatus');
const OTHER_CONDITIONS = CONDITION_KINDS.ids.filter(
  (k): k is Exclude<(typeof CONDITION_KINDS.ids)[number], 'aggregate-to-level' | 'suppress-below-n'> =>
    k !== 'aggregate-to-level' && k !== 'suppress-below-n',
);

/** Core `CodedMessage` (named once, in sharing-schemas' decision body). */
const CodedMessageSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const ConditionSchema = z
  .union([
    z.object({ kind: z.literal('aggregate-to-level'), level: AggregationLevel }),
    z.object({ kind: z.literal('suppress-below-n'), n: z.number() }),
    z.object({ kind: z.enum(OTHER_CONDITIONS) }),
  ])
  .openapi('IspCondition');

const IspRuleSchema = z
  .object({
    id: z.string(),
    dataType: z.string(),
    aggregation: z.union([
      z.object({ level: AggregationLevel }),
      z.object({ from: AggregationLevel, to: AggregationLevel }),
    ]),
    includesNames: z.boolean().optional(),
    includesCoordinates: z.boolean().optional(),
    consentObtained: z.boolean().optional(),
    sensitivity: z.enum(SENSITIVITY_LEVELS.ids),
    sharing: z.enum(SHARING_APPROACHES.ids),
    conditions: list(ConditionSchema),
    allowedPurposes: list(z.enum(PURPOSES.ids)).optional(),
    note: z.string().optional(),
    source: z.string().optional(),
  })
  .openapi('IspRule');

export const IspDocumentSchema = z
  .object({
    id: z.string().optional(),
    context: z.string(),
    version: z.string(),
    status: IspStatus,
    reviewDue: z.string().describe('YYYY-MM-DD'),
    dataTypes: list(z.string()),
    settings: z.object({
      smallCellThreshold: z.number(),
      protectionSmallCellThreshold: z.number(),
      protectionDataTypes: list(z.string()),
      dominanceRule: z
        .discriminatedUnion('kind', [
          z.object({ kind: z.literal('p'), p: z.number() }),
          z.object({ kind: z.literal('nk'), n: z.number(), k: z.number() }),
        ])
        .optional()
        .openapi({
          description:
            'Dominance rule for published magnitudes (units other than people): p% rule { kind: "p", p } or (n,k) rule { kind: "nk", n, k }. Not stated = p(10).',
        }),
    }),
    rules: list(IspRuleSchema),
    note: z.string().optional(),
    isTemplate: z.boolean().optional(),
  })
  .openapi('IspDocument');

const LintIssueSchema = z
  .object({
    code: z.enum([
      'conflict',
      'unclassified-data-type',
      'coverage-gap',
      'invalid-range',
      'unknown-data-type',
      'unknown-value',
      'invalid-condition',
      'duplicate-rule-id',
      'missing-field',
      'invalid-setting',
      'approach-beyond-ceiling',
    ]),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    detail: CodedMessageSchema.optional(),
    ruleIds: list(z.string()).optional(),
    dataType: z.string().optional(),
    field: z.string().optional(),
    overlap: z
      .object({
        dataType: z.string(),
        levels: list(AggregationLevel),
        includesNames: z.boolean().optional(),
        includesCoordinates: z.boolean().optional(),
        consentObtained: z.boolean().optional(),
        description: z.string(),
      })
      .optional(),
  })
  .openapi('IspLintIssue');

const LintResultSchema = z
  .object({
    issues: list(LintIssueSchema),
    errorCount: z.number(),
    warningCount: z.number(),
    endorsable: z.boolean(),
  })
  .openapi('IspLint');

const MemberOrganisationSchema = z.object({ organisationId: z.string(), name: z.string().optional() });
const EndorsementSchema = z.object({
  organisationId: z.string(),
  ispVersion: z.string(),
  endorsedBy: z.string(),
  endorsedOn: z.string(),
});
const EndorsedMemberSchema = MemberOrganisationSchema.extend({ endorsement: EndorsementSchema });

const EndorsementStatusSchema = z
  .object({
    ispVersion: z.string(),
    endorsed: list(EndorsedMemberSchema),
    pending: list(MemberOrganisationSchema),
    endorsedOtherVersion: list(EndorsedMemberSchema),
    ignored: list(EndorsementSchema),
    complete: z.boolean(),
    blockers: list(LintIssueSchema),
    canEndorse: z.boolean(),
    readyToActivate: z.boolean(),
    summary: z.string(),
  })
  .openapi('IspEndorsementStatus');

export const RelaxationSchema = z
  .object({
    kind: z.enum([
      'now-allowed',
      'condition-dropped',
      'condition-weakened',
      'sensitivity-lowered',
      'threshold-lowered',
      'dominance-weakened',
      'protection-data-type-removed',
    ]),
    dataType: z.string().optional(),
    aggregation: AggregationLevel.optional(),
    recipient: z.enum(RECIPIENT_CLASSES.ids).optional(),
    purpose: z.enum(PURPOSES.ids).optional(),
    subject: z.string().optional(),
    from: z.union([z.string(), z.number()]).optional(),
    to: z.union([z.string(), z.number()]).optional(),
  })
  .openapi('IspRelaxation');

const PendingStatusChangeSchema = z
  .object({
    id: z.string(),
    toStatus: IspStatus,
    requestedBy: z.string().describe('User id of the requester (the approver must be someone else)'),
    requestedAt: z.string(),
    relaxations: list(RelaxationSchema),
  })
  .openapi('IspPendingStatusChange');

export const IspVersionSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    status: IspStatus,
    context: z.string(),
    reviewDue: z.string(),
    isp: IspDocumentSchema,
    lint: LintResultSchema,
    endorsement: EndorsementStatusSchema,
    endorsements: list(
      z.object({
        organisationId: z.string(),
        acronym: z.string(),
        userName: z.string(),
        at: z.string(),
        version: z.string(),
      }),
    ),
    pendingChanges: list(PendingStatusChangeSchema),
    requestedChange: PendingStatusChangeSchema.optional().describe(
      'Set when this call recorded a request instead of changing the status (HTTP 202)',
    ),
  })
  .openapi('IspVersion');

export const IspVersionSummarySchema = z
  .object({
    id: z.string(),
    version: z.string(),
    status: IspStatus,
    createdAt: z.string(),
    endorsements: z.number(),
  })
  .openapi('IspVersionSummary');

export const IspOverviewSchema = z
  .object({
    // A union, not .nullable(): that would mark the named IspVersion component itself nullable.
    active: z.union([IspVersionSchema, z.null()]).describe('The endorsed version in force, or null'),
    versions: list(IspVersionSummarySchema),
  })
  .openapi('IspOverview');

const IspChangeSchema = z
  .union([
    z.object({
      kind: z.literal('metadata'),
      field: z.string(),
      before: z.string(),
      after: z.string(),
      text: z.string(),
    }),
    z.object({ kind: z.literal('rule-added'), ruleId: z.string(), text: z.string() }),
    z.object({ kind: z.literal('rule-removed'), ruleId: z.string(), text: z.string() }),
    z.object({
      kind: z.literal('rule-changed'),
      ruleId: z.string(),
      field: z.string(),
      before: z.string(),
      after: z.string(),
      text: z.string(),
    }),
  ])
  .openapi('IspChange');

export const IspDiffSchema = z
  .object({ changes: list(IspChangeSchema), text: z.string() })
  .openapi('IspDiff');
