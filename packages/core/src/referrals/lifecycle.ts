/**
 * Referral lifecycle (domain.md §10.6):
 *   draft → sent → accepted → in_service → closed(service_provided | service_not_provided, reason)
 *                ↘ declined(reason)
 *   sent | accepted | in_service → withdrawn(by the sender, reason)
 * `overdue` is a flag computed from the due-by time, not a state.
 */
import type { ReferralPriority } from './payload.js';

export const REFERRAL_STATES = [
  'draft',
  'sent',
  'accepted',
  'in_service',
  'closed',
  'declined',
  'withdrawn',
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];
export const REFERRAL_OUTCOMES = ['service_provided', 'service_not_provided'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** Which side may make a transition. */
export type ReferralSide = 'sender' | 'receiver';

interface Transition {
  from: readonly ReferralState[];
  to: ReferralState;
  by: ReferralSide;
  reasonRequired: boolean;
  outcomeRequired: boolean;
}

const TRANSITIONS: readonly Transition[] = [
  { from: ['draft'], to: 'sent', by: 'sender', reasonRequired: false, outcomeRequired: false },
  { from: ['sent'], to: 'accepted', by: 'receiver', reasonRequired: false, outcomeRequired: false },
  { from: ['sent'], to: 'declined', by: 'receiver', reasonRequired: true, outcomeRequired: false },
  { from: ['accepted'], to: 'in_service', by: 'receiver', reasonRequired: false, outcomeRequired: false },
  {
    from: ['accepted', 'in_service'],
    to: 'closed',
    by: 'receiver',
    reasonRequired: false,
    outcomeRequired: true,
  },
  {
    from: ['sent', 'accepted', 'in_service'],
    to: 'withdrawn',
    by: 'sender',
    reasonRequired: true,
    outcomeRequired: false,
  },
];

export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: 'referral.transition.not_allowed'; from: ReferralState; to: ReferralState }
  | { ok: false; code: 'referral.transition.wrong_side'; to: ReferralState; by: ReferralSide }
  | { ok: false; code: 'referral.transition.reason_required'; to: ReferralState }
  | { ok: false; code: 'referral.transition.outcome_required'; to: ReferralState }
  | { ok: false; code: 'referral.transition.outcome_not_allowed'; to: ReferralState };

export function checkTransition(input: {
  from: ReferralState;
  to: ReferralState;
  side: ReferralSide;
  hasReason: boolean;
  outcome?: ReferralOutcome | undefined;
}): TransitionCheck {
  const t = TRANSITIONS.find((x) => x.to === input.to && x.from.includes(input.from));
  if (!t) return { ok: false, code: 'referral.transition.not_allowed', from: input.from, to: input.to };
  if (t.by !== input.side)
    return { ok: false, code: 'referral.transition.wrong_side', to: input.to, by: t.by };
  if (t.reasonRequired && !input.hasReason)
    return { ok: false, code: 'referral.transition.reason_required', to: input.to };
  if (t.outcomeRequired && input.outcome === undefined)
    return { ok: false, code: 'referral.transition.outcome_required', to: input.to };
  if (!t.outcomeRequired && input.outcome !== undefined)
    return { ok: false, code: 'referral.transition.outcome_not_allowed', to: input.to };
  return { ok: true };
}

/** Response time by priority: emergency 24 h, urgent 72 h, normal 2 weeks (domain.md §10.2). */
export const PRIORITY_DUE_HOURS: Record<ReferralPriority, number> = {
  emergency: 24,
  urgent: 72,
  normal: 14 * 24,
};

export function dueBy(priority: ReferralPriority, sentAt: Date): Date {
  return new Date(sentAt.getTime() + PRIORITY_DUE_HOURS[priority] * 3_600_000);
}

/** Overdue: still waiting for the receiver's answer (sent) past the due-by time. */
export function isOverdue(state: ReferralState, due: Date, now: Date): boolean {
  return state === 'sent' && now.getTime() > due.getTime();
}

export function isOpen(state: ReferralState): boolean {
  return state === 'sent' || state === 'accepted' || state === 'in_service';
}
