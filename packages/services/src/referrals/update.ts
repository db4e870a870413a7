/**
 * A state change by the side the lifecycle allows (core's checkTransition), optimistic on the
 * version; reasons and notes arrive encrypted. The other side is notified with the reference only.
 */
import {
  checkTransition,
  REFERRAL_OUTCOMES,
  type ReferralOutcome,
  type ReferralState,
} from '@steward/core/referrals/index';
import {
  insertReferralEvent,
  listReferralEvents,
  updateReferralState,
} from '@steward/db/repositories/referrals';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { insertNotice } from '../notifications/notices';
import type { Caller } from '../types';
import { findOwnReferral, referralMembership, type ReferralDeps } from './deps';
import { checkEnvelopeSize } from './envelope';
import type { ReferralUpdated, ReferralUpdateInput } from './types';

export interface ReferralUpdate {
  /** A state change by the side the lifecycle allows; reasons/notes arrive encrypted. */
  update(caller: Caller, id: string, input: ReferralUpdateInput): Promise<ReferralUpdated>;
}

export function createReferralUpdate(deps: ReferralDeps): ReferralUpdate {
  return {
    async update(
      caller: Caller,
      id: string,
      input: { state: string; outcome?: string | undefined; content?: unknown; version?: number },
    ): Promise<{ id: string; state: ReferralState; outcome: ReferralOutcome | null }> {
      const { organisationId } = referralMembership(caller);
      if (input.outcome !== undefined && !(REFERRAL_OUTCOMES as readonly string[]).includes(input.outcome))
        throw new ServiceError('validation', 'outcome must be service_provided or service_not_provided.', {
          field: 'outcome',
        });
      if (input.content !== undefined && input.content !== null) checkEnvelopeSize(input.content, 'content');
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const row = await findOwnReferral(tx, id, organisationId);
        const side = row.senderOrganisationId === organisationId ? 'sender' : 'receiver';
        const check = checkTransition({
          from: row.state,
          to: input.state as ReferralState,
          side,
          hasReason: input.content !== undefined && input.content !== null,
          outcome: input.outcome as ReferralOutcome | undefined,
        });
        if (!check.ok) {
          const messages: Record<string, string> = {
            'referral.transition.not_allowed': `A referral in state ${row.state} cannot become ${input.state}.`,
            'referral.transition.wrong_side': `Only the ${side === 'sender' ? 'receiving' : 'sending'} organisation can set ${input.state}.`,
            'referral.transition.reason_required': `${input.state} needs a reason.`,
            'referral.transition.outcome_required':
              'Closing needs an outcome (service_provided or service_not_provided).',
            'referral.transition.outcome_not_allowed': 'An outcome is given only when closing.',
          };
          throw new ServiceError(
            check.code === 'referral.transition.not_allowed' ? 'conflict' : 'validation',
            messages[check.code]!,
            {
              code: check.code,
            },
          );
        }
        const events = await listReferralEvents(tx, id);
        const version = (events.at(-1)?.version ?? 1) + 1;
        if (input.version !== undefined && input.version !== version)
          throw new ServiceError('conflict', 'The referral changed meanwhile; reload.', {
            code: 'referral.version',
          });
        const updated = await updateReferralState(tx, id, row.state, {
          state: input.state as ReferralState,
          outcome: (input.outcome as ReferralOutcome | undefined) ?? null,
          updatedAt: at,
        });
        if (!updated)
          throw new ServiceError('conflict', 'The referral changed meanwhile; reload.', {
            code: 'referral.version',
          });
        await insertReferralEvent(tx, {
          referralId: id,
          senderOrganisationId: row.senderOrganisationId,
          receiverOrganisationId: row.receiverOrganisationId,
          version,
          fromState: row.state,
          toState: input.state as ReferralState,
          outcome: (input.outcome as ReferralOutcome | undefined) ?? null,
          actorUserId: caller.via === 'system' ? null : caller.userId,
          actorOrganisationId: organisationId,
          content: input.content ?? null,
          at,
        });
        await insertNotice(
          tx,
          {
            organisationId: side === 'sender' ? row.receiverOrganisationId : row.senderOrganisationId,
            kind: 'referral.updated',
            params: {
              reference: row.reference,
              state: input.state,
              ...(input.outcome ? { outcome: input.outcome } : {}),
            },
            link: `/referrals/${id}`,
          },
          at,
        );
        await appendAuditAs(tx, at, caller, {
          action: 'referral.updated',
          targetType: 'referral',
          targetId: id,
          organisationId,
          details: { from: row.state, to: input.state, ...(input.outcome ? { outcome: input.outcome } : {}) },
        });
        return { id, state: updated.state, outcome: updated.outcome };
      });
    },
  };
}
