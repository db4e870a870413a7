/**
 * End-to-end encrypted referrals (issue 9), composed from small use-case files:
 * - keys.ts: user keys, organisation keys (create/rotate), grants, revocation, public keys
 * - recovery.ts: a partner focal point recovers the organisation key with the printed code
 * - referrals.ts: send, list, show, update, counts for the cluster
 * - consent.ts: the sender records a consent withdrawal (flags the referral to both sides)
 * - override.ts: the second person approves or refuses a consent override
 * - areas.ts: the gazetteer's admin-2 areas for the form's p-code picker
 * Shared helpers live in deps.ts.
 */
import type { Context } from '../types';
import { createReferralAreas } from './areas';
import { createReferralConsent } from './consent';
import { createReferralDeps } from './deps';
import { createReferralKeys } from './keys';
import { createReferralOverride } from './override';
import { createReferralRecovery } from './recovery';
import { createReferralWorkflow } from './referrals';

export type { ReferralArea } from './areas';
export type { KeyStatus, OrgPublicKey } from './keys';
export type { RecoveryStart } from './recovery';
export type { ReferralEventView, ReferralOverrideView, ReferralView, StatsCell } from './referrals';
export { STATS_DIMENSIONS } from './referrals';

export function createReferralsService(ctx: Context) {
  const deps = createReferralDeps(ctx);
  const keys = createReferralKeys(deps);
  const { currentKeyOf: _internal, ...publicKeys } = keys;
  return {
    ...publicKeys,
    ...createReferralWorkflow(deps, keys),
    ...createReferralAreas(deps),
    ...createReferralConsent(deps),
    ...createReferralOverride(deps),
    ...createReferralRecovery(deps),
  };
}

export type ReferralsService = ReturnType<typeof createReferralsService>;
