/** The organisation's referrals, received or sent (listing is audited, never with content). */
import { listReferralsOf } from '@steward/db/repositories/referrals';
import { appendAuditAs } from '../audit';
import type { Caller } from '../types';
import { referralMembership, type ReferralDeps } from './deps';
import type { ReferralView } from './types';
import { referralView } from './view';

export interface ReferralList {
  list(caller: Caller, direction?: 'received' | 'sent' | 'all'): Promise<ReferralView[]>;
}

export function createReferralList(deps: ReferralDeps): ReferralList {
  return {
    async list(caller: Caller, direction: 'received' | 'sent' | 'all' = 'received'): Promise<ReferralView[]> {
      const { organisationId } = referralMembership(caller);
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const rows = await listReferralsOf(tx, organisationId, direction);
        const names = new Map<string, string>();
        const out: ReferralView[] = [];
        for (const r of rows) out.push(await referralView(deps, tx, r, organisationId, names));
        await appendAuditAs(tx, at, caller, {
          action: 'referral.listed',
          targetType: 'referral',
          organisationId,
          details: { direction, count: rows.length },
        });
        return out;
      });
    },
  };
}
