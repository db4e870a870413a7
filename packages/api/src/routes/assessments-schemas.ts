/**
 * The bodies of the impact-assessment routes, described for the OpenAPI document and so for the
 * web app's generated client. They follow the services' views (services/src/assessments/views.ts,
 * read.ts `DiaRequirement`); requests are checked again by the services, which name each field.
 */
import { z } from '@hono/zod-openapi';

const Likelihood = z.enum(['rare', 'possible', 'likely', 'almost_certain', 'unknown']);
const Severity = z.enum(['low', 'moderate', 'high', 'severe']);
const Rating = z.enum(['low', 'medium', 'high', 'very_high']);
const Status = z.enum(['draft', 'signed_off']);
const Step = z.enum([
  'need',
  'team',
  'describe',
  'consult',
  'identify_risks',
  'assess_risks',
  'solutions',
  'recommendations',
  'implement_report',
  'expert_review',
  'update',
]);
const StepState = z.enum(['not_started', 'in_progress', 'complete', 'not_applicable']);
const Date = z.string().describe('YYYY-MM-DD');

const Measure = z.object({ text: z.string(), owner: z.string(), due: Date.nullable() });

export const RiskSchema = z.object({
  id: z.string(),
  principles: z.array(z.string()),
  threat: z.string(),
  vulnerability: z.string(),
  likelihood: Likelihood,
  severity: Severity,
  score: z.number().nullable().describe('likelihood × severity; null when the likelihood is unknown'),
  rating: Rating,
  precautionary: z.boolean().describe('The precautionary rule decided the rating (unknown likelihood)'),
  existingControls: z.string(),
  measures: z.array(Measure),
  residualLikelihood: Likelihood.nullable(),
  residualSeverity: Severity.nullable(),
  residualScore: z.number().nullable(),
  residualRating: Rating.nullable(),
  residualPrecautionary: z.boolean(),
});

const FlowMapSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string() })),
  flows: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      what: z.string(),
      level: Severity,
      source: z.object({ kind: z.enum(['agreement', 'registry_entry']), id: z.string() }),
    }),
  ),
});

export const AssessmentSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisation: z.string(),
    title: z.string(),
    scope: z.string(),
    status: Status,
    steps: z.array(z.object({ step: Step, state: StepState, answer: z.string() })),
    completion: z.number().describe('Share of the 11 steps complete or not applicable, 0–100'),
    risks: z.array(RiskSchema),
    rating: Rating.nullable(),
    residualRating: Rating.nullable(),
    entries: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        organisation: z.string().nullable(),
        personalData: z.boolean().nullable(),
        level: Severity.nullable(),
      }),
    ),
    agreements: z.array(
      z.object({
        id: z.string(),
        reference: z.string().nullable(),
        provider: z.string().nullable(),
        recipient: z.string().nullable(),
        level: Severity.nullable(),
      }),
    ),
    flowMap: FlowMapSchema,
    reviewDue: Date.nullable(),
    reviewOverdue: z.boolean(),
    author: z.string(),
    authorId: z.string().nullable(),
    signedOffBy: z.string().nullable(),
    signedOffAt: z.string().nullable(),
    sharedWithCluster: z.boolean(),
    signOffProblems: z.array(z.string()).describe('Codes of what stops the actor signing it off now'),
    own: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ImpactAssessment');

export const AssessmentListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      organisation: z.string(),
      title: z.string(),
      status: Status,
      completion: z.number(),
      risks: z.number(),
      rating: Rating.nullable(),
      residualRating: Rating.nullable(),
      entries: z.number(),
      agreements: z.number(),
      reviewDue: Date.nullable(),
      reviewOverdue: z.boolean(),
      own: z.boolean(),
      updatedAt: z.string(),
    }),
  ),
});

export const RequirementListSchema = z.object({
  items: z.array(
    z.object({
      entryId: z.string(),
      title: z.string(),
      personalData: z.boolean(),
      level: Severity,
      reasons: z.array(z.string()).describe('dia.required.* codes'),
      assessments: z.array(
        z.object({ id: z.string(), title: z.string(), status: Status, reviewDue: Date.nullable() }),
      ),
      satisfiedBy: z.string().nullable(),
      missing: z.boolean(),
    }),
  ),
});

// Requests. Loose enough that the services' own checks name the field of any bad value.
export const AssessmentInputSchema = z.object({
  title: z.string().optional(),
  scope: z.string().optional(),
  entryIds: z.array(z.string()).optional(),
  agreementIds: z.array(z.string()).optional(),
  reviewDue: z.string().nullable().optional(),
  sharedWithCluster: z.boolean().optional(),
});

export const StepInputSchema = z.object({ state: z.string(), answer: z.string().optional() });

export const RiskInputSchema = z.object({
  principles: z.array(z.string()).optional(),
  threat: z.string(),
  vulnerability: z.string(),
  likelihood: z.string(),
  severity: z.string(),
  existingControls: z.string().optional(),
  measures: z
    .array(z.object({ text: z.string(), owner: z.string(), due: z.string().nullable().optional() }))
    .optional(),
  residualLikelihood: z.string().nullable().optional(),
  residualSeverity: z.string().nullable().optional(),
});
