/**
 * Steward's use cases. Wiring:
 *
 *   const db = await createDatabase();            // @steward/db
 *   await migrate(db);
 *   const services = createServices({ db, clock: () => new Date(), randomBytes: (n) => crypto.randomBytes(n) });
 *
 * Every method takes the caller first: an `Actor` from `auth.authenticateSession/Token`, or
 * `systemCaller('cli')` for work done by the installation itself (CLI bootstrap). Expected failures
 * throw `ServiceError` with a stable `code` (errors.ts); an unreachable database throws
 * `ServiceError('database-unavailable')`.
 *
 * - auth: login, authenticateSession, authenticateToken, logout, setActiveOrganisation,
 *   verifySecondFactor, twoFactorStatus, start/confirmTotpEnrolment, disableTotp, changePassword,
 *   resetPassword, listSessions, endOtherSessions, endSession
 * - organisations: list, overview (focal points, referral keys), get, create, update, deactivate, reactivate
 * - users: create, list, get, findByEmail, addMembership, changeRole, removeMembership
 * - tokens: create, list, revoke
 * - audit: verify (optionally against a signed checkpoint), checkpoint, head, recordSensitiveRead, list
 * - health(): { database, migrations } — never throws
 * - demo: load, isLoaded
 * - mail.idle(): resolves when the e-mails started so far are sent (pass `mailer` to send any)
 */
import { DatabaseUnavailableError } from '@steward/db';
import { createAuditService } from './audit';
import { createAuthService } from './auth/index';
import { createDemoService } from './demo/demo';
import { ServiceError } from './errors';
import { createOrganisationsService } from './organisations/organisations-service';
import { DEFAULT_CONFIG, type Context, type ServiceDeps } from './types';
import { createTokensService } from './tokens';
import { createUsersService } from './users';
import { createIspService } from './isp/isp-service';
import { createRegistryService } from './registry/registry-service';
import { createReviewReminders } from './registry/reminders';
import { createSharingService } from './sharing/sharing-service';
import { createDirectoryService } from './directory/directory-service';
import { createReportingService } from './reporting/reporting-service';
import { createReportReminders } from './reporting/reminders';
import { createIncidentsService } from './incidents/incidents-service';
import { createGuidanceService } from './guidance/guidance-service';
import { createAssessmentsService } from './assessments/assessments-service';
import { createDiagnosticService } from './diagnostic/diagnostic-service';
import { createRetentionService } from './retention/retention-service';
import { createReferralsService } from './referrals/referrals-service';
import { createPublicationService } from './publication/publication-service';
import { createCatalogueService } from './catalogue/catalogue-service';
import { createMailNotifier, type MailOptions } from './mail/mailer';

export * from './errors';
export { MAX_FILE_BYTES } from './registry/registry-service';
export * from './types';
export { canonicalJson } from './canonical-json';
export { snapshotFile } from './publication/publication-service';
export {
  appendAudit,
  appendAuditAs,
  auditHash,
  CHECKPOINT_FORMAT,
  keyIdOf,
  openCheckpoint,
  type AuditCheckpoint,
  type AuditHeadState,
  type AuditInput,
  type AuditVerification,
} from './audit';
export {
  hashPassword,
  verifyPassword,
  isCommonPassword,
  TOKEN_PREFIX,
  type ChangePasswordInput,
  type LoginInput,
  type LoginResult,
  type SessionInfo,
  type TotpEnrolment,
  type TwoFactorStatus,
} from './auth/index';
export type { DemoCredential, DemoLoadResult } from './demo/demo';
export type {
  CatalogueAccess,
  CatalogueFilters,
  CatalogueItem,
  CataloguePage,
} from './catalogue/catalogue-service';
export type {
  ReferralServiceRow,
  ServiceView,
  DirectoryFilters,
  TaxonomyTermView,
  PublicDirectory,
  ImportResult,
} from './directory/directory-service';
export type {
  NewOrganisationInput,
  OrganisationOverview,
  OrganisationRow,
  OrganisationUpdateInput,
} from './organisations/organisations-service';
export type { NewUserInput, MembershipInput, UserRow } from './users';
export type { NewTokenInput, ApiTokenRow } from './tokens';
export { createSmtpMailer, type Mailer, type MailMessage, type MailResult } from './mail/mailer';
export { parseSmtpUrl, SmtpError, type SmtpConfig } from './mail/smtp';

export interface Health {
  database: 'ok' | 'unreachable';
  migrations: 'current' | 'pending';
}

/** Wraps every async method so an unreachable database surfaces as ServiceError('database-unavailable'). */
function guard<T extends object>(service: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(service)) {
    out[name] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
            } catch (error) {
              if (error instanceof DatabaseUnavailableError)
                throw new ServiceError('database-unavailable', error.message);
              throw error;
            }
          }
        : value;
  }
  return out as T;
}

export function createServices(deps: ServiceDeps & MailOptions) {
  const ctx: Context = {
    db: deps.db,
    clock: deps.clock,
    randomBytes: deps.randomBytes,
    config: { ...DEFAULT_CONFIG, ...deps.config },
  };
  const mail = createMailNotifier(ctx, deps);
  return {
    auth: guard(createAuthService(ctx)),
    organisations: guard(createOrganisationsService(ctx)),
    users: guard(createUsersService(ctx)),
    tokens: guard(createTokensService(ctx)),
    audit: guard(createAuditService(ctx)),
    demo: guard(createDemoService(ctx)),
    isp: guard(createIspService(ctx)),
    registry: guard({ ...createRegistryService(ctx), ...createReviewReminders(ctx) }),
    sharing: guard(createSharingService(ctx, mail)),
    directory: guard(createDirectoryService(ctx)),
    reporting: guard({ ...createReportingService(ctx), ...createReportReminders(ctx, mail) }),
    incidents: guard(createIncidentsService(ctx)),
    assessments: guard(createAssessmentsService(ctx)),
    diagnostic: guard(createDiagnosticService(ctx)),
    retention: guard(createRetentionService(ctx)),
    referrals: guard(createReferralsService(ctx)),
    publication: guard(createPublicationService(ctx)),
    catalogue: guard(createCatalogueService(ctx)),
    guidance: guard(createGuidanceService(ctx)),
    mail: { idle: mail.idle },
    /** Database reachable and migrations current. Never throws. */
    async health(): Promise<Health> {
      const reachable = await ctx.db.ping();
      if (!reachable) return { database: 'unreachable', migrations: 'pending' };
      return { database: 'ok', migrations: (await ctx.db.migrationsCurrent()) ? 'current' : 'pending' };
    },
  };
}

export type Services = ReturnType<typeof createServices>;
