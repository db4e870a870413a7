/**
 * The service directory (issue 9), composed from small use-case files:
 * - referral-services.ts: the services of an organisation that take referrals
 * Shared helpers live in deps.ts.
 */
import type { Context } from '../types';
import { createDirectoryDeps } from './deps';
import { createReferralServices } from './referral-services';

export type { ReferralServiceRow } from './referral-services';

export function createDirectoryService(ctx: Context) {
  const deps = createDirectoryDeps(ctx);
  return {
    ...createReferralServices(deps),
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
