/**
 * The service directory (issue 9), composed from small use-case files:
 * - referral-services.ts: the services of an organisation that take referrals
 * - services.ts: list with the caseworker's filters, get, create, update, review, remove, flag
 *   stale (cluster roles), taxonomy; views.ts (views, stale rule, open now, filters);
 *   validation.ts (field problems)
 * - public.ts: the public directory and HSDS feed, through the ISP
 * - hsds.ts (HSDS 3.0 mapping) and hsds-io.ts (export, all-or-nothing import of JSON or of the
 *   tabular data package read by hsds-package-read.ts)
 * - coverage.ts: services per district and service type (the directory's gaps)
 * Shared helpers live in deps.ts.
 */
import type { Context } from '../types';
import { createDirectoryDeps } from './deps';
import { createReferralServices } from './referral-services';
import { createDirectoryServices } from './services';
import { createPublicDirectory } from './public';
import { createHsdsIo } from './hsds-io';
import { createDirectoryCoverage } from './coverage';

export type { ReferralServiceRow } from './referral-services';
export type { ServiceView, LocationView, ContactView, DirectoryFilters } from './views';
export type { TaxonomyTermView } from './services';
export type { PublicDirectory, PublicDecision } from './public';
export type { ImportResult } from './hsds-io';
export type { DirectoryCoverage, DirectoryCoverageRow } from './coverage';

export function createDirectoryService(ctx: Context) {
  const deps = createDirectoryDeps(ctx);
  return {
    ...createReferralServices(deps),
    ...createDirectoryServices(deps),
    ...createPublicDirectory(deps),
    ...createHsdsIo(deps),
    ...createDirectoryCoverage(deps),
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
