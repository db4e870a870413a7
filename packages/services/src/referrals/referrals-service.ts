/**
 * End-to-end encrypted referrals (issue 9), composed from small use-case files:
 * - keys.ts: user keys, organisation keys (create/rotate), grants, revocation, public keys
 * - recovery.ts: a partner focal point recovers the organisation key with the printed code
 * - send.ts (checks in send-checks.ts and envelope.ts, the ISP in sharing-decision.ts), list.ts,
 *   show.ts, update.ts (state changes), stats.ts (counts for the cluster, disclosure-controlled)
 * - consent.ts: the sender records a consent withdrawal (flags the referral to both sides)
 * - override.ts: the second person approves or refuses a consent override
 * - areas.ts: the gazetteer's admin-2 areas for the form's p-code picker
 * The server handles ciphertext and the plaintext metadata only (organisations, service, priority,
 * state, timestamps, due-by, adm1/adm2). Shared helpers live in deps.ts, named types in types.ts,
 * the row → view mapping in view.ts.
 */
import type { Context } from '../types';
import { createReferralAreas } from './areas';
import { createReferralConsent } from './consent';
import { createReferralDeps } from './deps';
import { createReferralKeys } from './keys';
import { createReferralList } from './list';
import { createReferralOverride } from './override';
import { createReferralRecovery } from './recovery';
import { createReferralSend } from './send';
import { createReferralShow } from './show';
import { createReferralStats } from './stats';
import { createReferralUpdate } from './update';

export type { ReferralArea } from './areas';
export type { KeyStatus, OrgPublicKey } from './keys';
export type { RecoveryStart } from './recovery';
export type {
  ReferralDetail,
  ReferralEventView,
  ReferralOverrideView,
  ReferralStats,
  ReferralUpdated,
  ReferralUpdateInput,
  ReferralView,
  SendReferralInput,
  SentReferral,
  StatsCell,
  StatsDimension,
} from './types';
export { STATS_DIMENSIONS } from './types';

export function createReferralsService(ctx: Context) {
  const deps = createReferralDeps(ctx);
  const keys = createReferralKeys(deps);
  const { currentKeyOf: _internal, ...publicKeys } = keys;
  return {
    ...publicKeys,
    ...createReferralSend(deps, keys),
    ...createReferralList(deps),
    ...createReferralShow(deps),
    ...createReferralUpdate(deps),
    ...createReferralStats(deps),
    ...createReferralAreas(deps),
    ...createReferralConsent(deps),
    ...createReferralOverride(deps),
    ...createReferralRecovery(deps),
  };
}

export type ReferralsService = ReturnType<typeof createReferralsService>;
