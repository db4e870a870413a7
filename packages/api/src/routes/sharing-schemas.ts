/**
 * The bodies of the sharing routes (requests, agreements, cluster view, notifications), described
 * for the OpenAPI document and so for the web app's generated client (packages/web/src/api/schema.d.ts).
 * They follow the services' views (`RequestView`, `AgreementView` in @steward/services).
 */
import { z } from '@hono/zod-openapi';

/** The ISP decision as the services return it (registry/views.ts `decisionBody`). */
export const DecisionBodySchema = z
  .object({
    decision: z.enum(['allow', 'allow-with-conditions', 'deny']),
    sensitivity: z.enum(['low', 'moderate', 'high', 'severe']),
    rule: z.string().nullable(),
    conditions: z
      .array(z.string())
      .describe(
        'Condition codes, with their parameter after a colon: "suppress-below-n:5", "aggregate-to-level:adm1"',
      ),
    explanation: z.string(),
    why: z
      .array(
        z
          .object({
            code: z.string(),
            params: z.record(z.string(), z.union([z.string(), z.number()])),
          })
          .openapi('CodedMessage'),
      )
      .describe(
        'The explanation as codes with parameters (web messages isp.why.<code>); parameters are codes, ids, numbers or comma-separated lists',
      ),
    ispVersion: z.string(),
    recipient: z
      .enum(['public', 'cluster', 'organisation', 'bilateral'])
      .describe('Whom the decision is about: the recipient class asked for'),
    sharing: z
      .enum(['public', 'coordination', 'on-request', 'agreement', 'no-share'])
      .nullable()
      .describe(
        'The winning rule’s sharing approach: who may receive the data at all (null when no rule matched)',
      ),
  })
  .openapi('IspDecisionBody');

export const SharingRequestSchema = z
  .object({
    id: z.string(),
    registryEntryId: z.string(),
    entryTitle: z.string(),
    requester: z.string(),
    requesterOrganisationId: z.string().nullable(),
    providerOrganisationId: z.string(),
    provider: z.string(),
    purpose: z.string(),
    intendedUse: z.string(),
    recipients: z.string(),
    requestedDurationDays: z.number(),
    contactEmail: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    rejectReason: z.string().nullable(),
    decision: DecisionBodySchema.nullable(),
    flow: z
      .object({
        newDataTypes: z
          .array(z.string())
          .describe('Data types that would go from the provider to this member for the first time'),
        coveredBy: z
          .string()
          .nullable()
          .describe('A signed-off, in-date impact assessment linking the entry that covers the new flow'),
      })
      .nullable()
      .describe(
        'For the provider of a pending request from a member: a new partner flow needs a signed-off impact assessment (null otherwise)',
      ),
    createdAt: z.string(),
    agreementId: z.string().nullable(),
  })
  .openapi('SharingRequest');

const SignatorySchema = z.object({
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  signedOn: z.string().describe('YYYY-MM-DD'),
});

export const AgreementStatusSchema = z.enum(['pending', 'active', 'expired', 'revoked']);

export const AgreementSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    registryEntryId: z.string(),
    entryTitle: z.string(),
    entryVersion: z.number(),
    providerOrganisation: z.string(),
    providerOrganisationId: z.string(),
    recipientOrganisation: z.string(),
    recipientOrganisationId: z.string().nullable(),
    purpose: z.string(),
    conditions: z.array(z.string()),
    startsOn: z.string(),
    expiresOn: z.string(),
    status: AgreementStatusSchema,
    signatories: z.array(SignatorySchema),
    revokedAt: z.string().nullable(),
    revokedReason: z.string().nullable(),
    dataTypes: z.array(z.string()),
    sensitivity: z.string(),
    fileId: z
      .string()
      .nullable()
      .describe('The file version approved; null when the entry had no released file'),
    includesLaterVersions: z.boolean(),
  })
  .openapi('Agreement');

export const ApproveRequestBodySchema = z
  .object({
    conditions: z
      .array(z.string())
      .optional()
      .describe("Conditions added to the ISP's own (which the agreement always carries)"),
    startsOn: z.string().describe('YYYY-MM-DD'),
    expiresOn: z.string().describe('YYYY-MM-DD'),
    signatories: z.array(SignatorySchema),
    includesLaterVersions: z.boolean().optional(),
    assessmentId: z
      .string()
      .nullable()
      .optional()
      .describe(
        'A signed-off impact assessment of your organisation covering a new partner-to-partner flow (else one linking the entry is used)',
      ),
  })
  .openapi('ApproveRequestBody');

export const ReasonBodySchema = z.object({ reason: z.string() }).openapi('ReasonBody');

export const ClusterAgreementsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        reference: z.string(),
        dataTypes: z.array(z.string()),
        sensitivity: z.string(),
        provider: z.string(),
        recipient: z.string(),
        status: AgreementStatusSchema,
        startsOn: z.string(),
        expiresOn: z.string(),
      }),
    ),
    expiringSoon: z.number(),
  })
  .openapi('ClusterAgreements');

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({
      description:
        'The message code: the web app renders `notice.<kind>` with `params` in the user’s language.',
    }),
    text: z
      .string()
      .openapi({ description: 'The message in English (for clients that cannot render the code).' }),
    params: z.record(z.string(), z.string()).openapi({
      description: 'The message parameters: titles, references, dates and codes.',
    }),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');
