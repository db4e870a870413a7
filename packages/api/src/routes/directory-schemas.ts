/**
 * The bodies of the directory routes, described for the OpenAPI document and so for the web app's
 * generated client. They follow the services' views (services/src/directory/views.ts `ServiceView`,
 * public.ts `PublicDirectory`).
 */
import { z } from '@hono/zod-openapi';
import {
  IMPORT_ADJUSTMENT_CODES,
  IMPORT_NOTE_CODES,
  NO_SERVICE_KINDS,
} from '@steward/core/directory/import-notes';

const LocationSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  address1: z.string().nullable(),
  city: z.string().nullable(),
  stateProvince: z.string().nullable(),
  country: z.string().nullable(),
  latitude: z.number().nullable().describe('Null where the ISP does not allow points for this audience'),
  longitude: z.number().nullable(),
  adminPcode: z.string().nullable(),
  accessibility: z.array(z.string()),
});

const ContactSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isReferralFocalPoint: z.boolean(),
  visibility: z.enum(['public', 'partner']),
});

export const DirectoryServiceSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationAcronym: z.string().nullable(),
    organisationName: z.string().nullable(),
    name: z.string(),
    alternateName: z.string().nullable(),
    description: z.string(),
    url: z.string().nullable(),
    email: z.string().nullable(),
    status: z.string(),
    serviceType: z.string(),
    interpretationServices: z.string().nullable(),
    applicationProcess: z.string().nullable(),
    feesDescription: z.string().nullable(),
    waitTime: z.string().nullable(),
    eligibilityDescription: z.string().nullable().describe('Intake criteria'),
    minimumAge: z.number().nullable(),
    maximumAge: z.number().nullable(),
    alert: z.string().nullable(),
    languages: z.array(z.string()),
    populationServed: z.array(z.string()),
    coveragePcodes: z.array(z.string()),
    schedules: z.array(
      z.object({
        byday: z.string(),
        opens_at: z.string(),
        closes_at: z.string(),
        description: z.string().optional(),
      }),
    ),
    referralMethod: z.string(),
    referralNextStep: z.string().nullable(),
    referralResponseDelay: z.string().nullable(),
    feedbackMechanism: z.string().nullable(),
    feedbackDelay: z.string().nullable(),
    isPublic: z.boolean(),
    assuredDate: z.string().describe('Last review (YYYY-MM-DD)'),
    stale: z.boolean().describe('Not reviewed in 90 days'),
    staleFlaggedAt: z.string().nullable(),
    updatedAt: z.string(),
    locations: z.array(LocationSchema),
    contacts: z.array(ContactSchema),
  })
  .openapi('DirectoryService');

export const DirectoryListSchema = z.object({ items: z.array(DirectoryServiceSchema) });

const PublicDecisionSchema = z.object({
  decision: z.enum(['allow', 'allow-with-conditions', 'deny']),
  reason: z.string(),
  explanation: z.string(),
  ispVersion: z.string(),
});

export const PublicDirectorySchema = z.object({
  listing: PublicDecisionSchema,
  points: PublicDecisionSchema,
  services: z.array(DirectoryServiceSchema),
  /** The gazetteer's name of each p-code the services name (unknown p-codes are not listed). */
  areaNames: z.record(z.string(), z.string()),
});

export const DirectoryCoverageSchema = z
  .object({
    country: z.string(),
    items: z.array(
      z.object({
        pcode: z.string(),
        parentPcode: z.string().nullable(),
        serviceType: z.string(),
        services: z.number().int(),
      }),
    ),
  })
  .openapi('DirectoryCoverage');

/** What an HSDS import adjusted (codes of core/directory/import-notes.ts, rendered through i18n). */
const ImportAdjustmentSchema = z.object({
  path: z
    .string()
    .openapi({ description: 'Where: the JSON path, or the file, row and column of the package' }),
  code: z.enum(IMPORT_ADJUSTMENT_CODES).openapi({ description: 'Stable adjustment code' }),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The result of an HSDS import (JSON or tabular data package). */
export const DirectoryImportResultSchema = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    note: z
      .object({
        code: z.enum(IMPORT_NOTE_CODES),
        params: z.object({ kind: z.enum(NO_SERVICE_KINDS) }),
      })
      .optional()
      .openapi({ description: 'Present when the file held no services: what it was' }),
    warnings: z.array(ImportAdjustmentSchema).optional(),
  })
  .openapi('DirectoryImportResult');
