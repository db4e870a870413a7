/** One referral of the caller's organisation with its history (each view is audited). */
import type { Envelope } from '@steward/core/referrals/index';
import { listReferralEvents, type ReferralEventRow } from '@steward/db/repositories/referrals';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import { findOwnReferral, referralMembership, UUID, type ReferralDeps } from './deps';
import type { ReferralDetail } from './types';
import { referralView } from './view';

export interface ReferralShow {
  show(caller: Caller, id: string): Promise<ReferralDetail>;
}

export function createReferralShow(deps: ReferralDeps): ReferralShow {
  return {
    async show(caller: Caller, id: string): Promise<ReferralDetail> {
      const { organisationId } = referralMembership(caller);
      if (!UUID.test(id)) throw new ServiceError('not-found', 'No such referral.');
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const row = await findOwnReferral(tx, id, organisationId);
        const names = new Map<string, string>();
        const v = await referralView(deps, tx, row, organisationId, names);
        const events = await listReferralEvents(tx, id);
        await appendAuditAs(tx, at, caller, {
          action: 'referral.viewed',
          targetType: 'referral',
          targetId: id,
          organisationId,
        });
        return {
          ...v,
          history: events.map((e: ReferralEventRow) => ({
            version: e.version,
            fromState: e.fromState,
            toState: e.toState,
            outcome: e.outcome,
            by:
              names.get(e.actorOrganisationId) ??
              (e.actorOrganisationId === row.senderOrganisationId ? v.from : v.to),
            at: e.at.toISOString(),
            content: (e.content as Envelope | null) ?? null,
          })),
        };
      });
    },
  };
}
