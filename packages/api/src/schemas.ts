/**
 * Zod schemas of the API's request and response bodies (also the source of the OpenAPI
 * document). Request objects are strict: an unknown field is a 400 naming it.
 */
import { z } from '@hono/zod-openapi';
import { MEMBERSHIP_ROLES, ROLES } from '@steward/core/auth/permissions';
import type { RoutePermission } from './routing';
import { LANGUAGES } from '@steward/core/i18n/languages';

export { ROLES };

export const ORGANISATION_TYPES = [
  'cluster-lead',
  'cluster-co-lead',
  'un-agency',
  'international-ngo',
  'national-ngo',
  'government',
  'other',
] as const;

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation' }),
      message: z.string(),
      fields: z
        .array(
          z.object({
            path: z.string(),
            message: z.string(),
            // A stable code + params for clients that say the problem in the user's language
            // (HSDS import problems: core/directory/import-problems.ts); absent on other errors.
            code: z.string().optional(),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          }),
        )
        .optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('Error');

const errorContent = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** The error responses a route can give, from its permission and whether it takes input. */
export function errorResponses(permission: RoutePermission, takesInput: boolean) {
  return {
    ...(takesInput
      ? { 400: errorContent('Invalid request: `error.fields` names each offending field') }
      : {}),
    ...(permission !== 'public'
      ? {
          401: errorContent('Not signed in, session expired, or API token invalid'),
          403: errorContent('Not allowed, or missing CSRF token on a cookie-authenticated write'),
        }
      : {}),
    ...(takesInput ? { 413: errorContent('Request body too large') } : {}),
    503: errorContent('Database unavailable'),
  };
}

export const IdSchema = z.string().min(1).max(100);
/** Steward's record ids are UUIDs; a malformed one is a 400 naming the field, not a database error. */
export const UuidSchema = z.uuid('Not a valid id (a UUID)');

export const MembershipSchema = z
  .object({
    organisationId: z.string(),
    organisationName: z.string(),
    acronym: z.string(),
    role: z.enum(ROLES),
  })
  .openapi('Membership');

export const SessionSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      displayName: z.string(),
      isAdmin: z.boolean(),
      preferredLanguage: z.enum(LANGUAGES).nullable().openapi({
        description:
          'The language the user chose (PUT /api/me/language); the web app restores it at sign-in. Null when never chosen',
      }),
    }),
    memberships: z.array(MembershipSchema),
    activeOrganisationId: z.string().nullable(),
    csrfToken: z
      .string()
      .nullable()
      .openapi({ description: 'Send as x-csrf-token on every write; null for API tokens' }),
    pending: z.enum(['totp', 'enrol-totp', 'new-password']).nullable().openapi({
      description:
        'A sign-in step to finish first (second factor, required two-factor enrolment, new password); null when fully signed in',
    }),
  })
  .openapi('Session');

export const SessionStateSchema = z
  .object({
    signedIn: z.boolean(),
    session: SessionSchema.nullable(),
  })
  .openapi('SessionState');

export const LoginBodySchema = z
  .strictObject({
    email: z.string().trim().min(1, 'Enter your email address').max(320),
    password: z.string().min(1, 'Enter your password').max(1024),
  })
  .openapi('LoginRequest');

export const ActiveOrganisationBodySchema = z
  .strictObject({ organisationId: IdSchema })
  .openapi('ActiveOrganisationRequest');

export const LanguageBodySchema = z
  .strictObject({ language: z.enum(LANGUAGES) })
  .openapi('LanguageRequest', { description: 'The language the user chose (notification e-mails use it)' });

export const OrganisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    acronym: z.string(),
    type: z.string(),
    isClusterMember: z.boolean(),
    status: z.string(),
  })
  .openapi('Organisation');

export const OrganisationListSchema = z
  .object({ items: z.array(OrganisationSchema) })
  .openapi('OrganisationList');

export const CreateOrganisationBodySchema = z
  .strictObject({
    name: z.string().trim().min(1, 'Enter a name').max(200),
    acronym: z.string().trim().min(1, 'Enter an acronym').max(30),
    type: z.enum(ORGANISATION_TYPES),
    isClusterMember: z.boolean().default(true),
  })
  .openapi('CreateOrganisationRequest');

export const UpdateOrganisationBodySchema = z
  .strictObject({
    name: z.string().trim().min(1, 'Enter a name').max(200).optional(),
    acronym: z.string().trim().min(1, 'Enter an acronym').max(30).optional(),
    type: z.enum(ORGANISATION_TYPES).optional(),
    isClusterMember: z.boolean().optional(),
  })
  .openapi('UpdateOrganisationRequest');

export const FocalPointSchema = z
  .object({
    displayName: z.string(),
    email: z.string(),
    role: z.enum(['partner-focal-point', 'cluster-coordinator']),
  })
  .openapi('FocalPoint');

export const OrganisationOverviewSchema = OrganisationSchema.extend({
  focalPoints: z.array(FocalPointSchema),
  referralKey: z
    .object({ fingerprint: z.string(), createdAt: z.string() })
    .nullable()
    .openapi({ description: "The organisation's current referral public key; null when it has none" }),
}).openapi('OrganisationOverview');

export const OrganisationOverviewListSchema = z
  .object({ items: z.array(OrganisationOverviewSchema) })
  .openapi('OrganisationOverviewList');

export const OrganisationParamsSchema = z.strictObject({
  organisationId: UuidSchema.openapi({ param: { name: 'organisationId', in: 'path' } }),
});

export const MemberParamsSchema = z.strictObject({
  organisationId: UuidSchema.openapi({ param: { name: 'organisationId', in: 'path' } }),
  userId: UuidSchema.openapi({ param: { name: 'userId', in: 'path' } }),
});

export const MemberSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    organisationId: z.string(),
    role: z.enum(ROLES),
  })
  .openapi('Member');

export const MemberListSchema = z.object({ items: z.array(MemberSchema) }).openapi('MemberList');

const MemberRole = z.enum(MEMBERSHIP_ROLES);

export const AddMembershipBodySchema = z
  .strictObject({
    email: z.string().trim().min(3).max(320),
    role: MemberRole,
  })
  .openapi('AddMembershipRequest');

export const ChangeRoleBodySchema = z.strictObject({ role: MemberRole }).openapi('ChangeRoleRequest');

export const CreateUserBodySchema = z
  .strictObject({
    email: z.email('Enter a valid email address').max(254),
    displayName: z.string().trim().min(1, 'Enter a name').max(200),
    password: z.string().min(12, 'Use at least 12 characters').max(1024),
    isAdmin: z.boolean().default(false),
    memberships: z
      .array(z.strictObject({ organisationId: UuidSchema, role: MemberRole }))
      .max(50)
      .default([])
      .openapi({ description: 'Organisations the new user joins, with a role in each' }),
  })
  .openapi('CreateUserRequest');

export const UserSchema = z
  .object({ id: z.string(), email: z.string(), displayName: z.string(), isAdmin: z.boolean() })
  .openapi('User');

export const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    organisationId: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

export const TokenListSchema = z.object({ items: z.array(TokenSchema) }).openapi('ApiTokenList');

export const CreateTokenBodySchema = z
  .strictObject({
    name: z.string().trim().min(1, 'Name the token').max(100),
    organisationId: UuidSchema.optional().openapi({ description: 'Defaults to the active organisation' }),
    expiresInDays: z.int().min(1).max(366).optional(),
  })
  .openapi('CreateTokenRequest');

export const CreatedTokenSchema = z
  .object({ id: z.string(), token: z.string().openapi({ description: 'Shown once; store it now' }) })
  .openapi('CreatedApiToken');

export const TokenParamsSchema = z.strictObject({
  tokenId: UuidSchema.openapi({ param: { name: 'tokenId', in: 'path' } }),
});

export const AuditVerifySchema = z
  .object({
    ok: z.boolean(),
    entries: z.int(),
    brokenAt: z.object({ sequence: z.number(), reason: z.string() }).optional(),
  })
  .openapi('AuditVerification');

export const AuditHeadSchema = z
  .object({
    sequence: z.int().openapi({ description: 'Number of entries in the log (0 when empty)' }),
    hash: z
      .string()
      .openapi({ description: 'SHA-256 (hex) of the newest entry; empty when the log is empty' }),
    occurredAt: z.string().nullable(),
  })
  .openapi('AuditHead');

/** Filters of the audit log viewer and its CSV export. */
export const AuditQuerySchema = z.object({
  actor: z.uuid('Not a valid user id (a UUID)').optional(),
  action: z.string().max(100).optional(),
  targetType: z.string().max(100).optional(),
  targetId: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true, message: 'Not a date and time (ISO 8601)' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'Not a date and time (ISO 8601)' }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const AuditEntrySchema = z
  .object({
    sequence: z.int(),
    occurredAt: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorOrganisationId: z.string().nullable(),
    organisationId: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    outcome: z.string(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .openapi('AuditEntry');

export const AuditEntryListSchema = z.object({ items: z.array(AuditEntrySchema) }).openapi('AuditEntryList');

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['ok', 'unreachable']),
    migrations: z.enum(['current', 'pending']),
    version: z.string(),
  })
  .openapi('Health');
