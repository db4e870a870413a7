/**
 * Every in-app notification the services make (issue 8): its code (the `kind`, rendered by the
 * web app as `notice.<kind>` with the parameters in the user's language), its English text (for
 * e-mail) and who in the receiving organisation can act on it, the only roles that see it (the
 * database's row-level security filters on `audience`). Parameters are titles, references, dates
 * and codes, never personal data.
 */
import { membershipRolesAllowed, type MembershipRole } from '@steward/core/auth/permissions';
import type { Tx } from '@steward/db';
import { insertNotification } from '@steward/db/repositories/sharing';
import { INCIDENT_MANAGER_ROLES } from '../incidents/deps';
import { DATA_MANAGER_ROLES } from '../isp/roles';
import { REFERRAL_ROLES } from '../referrals/deps';

type Params = Readonly<Record<string, string>>;

interface NoticeType {
  /** Who can act on it: the roles that manage the thing it is about. */
  readonly audience: readonly MembershipRole[];
  /** The English text (e-mail subject and body, and the stored fallback). */
  readonly english: (p: Params) => string;
}

const q = (s: string | undefined) => `"${s ?? ''}"`;

export const NOTICES = {
  'registry-review-reminder-soon': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `Review due soon: the registry entry ${q(p.title)} is due for review on ${p.date}.`,
  },
  'registry-review-reminder-overdue': {
    audience: DATA_MANAGER_ROLES,
    english: (p) =>
      `Review overdue: the registry entry ${q(p.title)} was due for review on ${p.date}. Review it and set the next review date.`,
  },
  'request-received': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `New data-sharing request for ${q(p.title)}.`,
  },
  'request-received-public': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `A data-sharing request for ${q(p.title)} arrived through the public form.`,
  },
  'agreement-created': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `Agreement ${p.reference} for ${q(p.title)} was made.`,
  },
  'request-approved': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `Your request for ${q(p.title)} was approved: agreement ${p.reference}.`,
  },
  'request-rejected': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `Your request for ${q(p.title)} was rejected.`,
  },
  'agreement-revoked': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `Agreement ${p.reference} was revoked.`,
  },
  'referral.received': {
    audience: REFERRAL_ROLES,
    english: (p) => `Referral ${p.reference} received (${p.priority}).`,
  },
  'referral.updated': {
    audience: REFERRAL_ROLES,
    english: (p) => `Referral ${p.reference}: ${p.state}${p.outcome ? ` (${p.outcome})` : ''}.`,
  },
  'referral.override_requested': {
    // Only another focal point of the sending organisation approves or refuses the override.
    audience: membershipRolesAllowed('referral.consent-override'),
    english: (p) => `Referral ${p.reference} waits for a second person to approve its consent override.`,
  },
  'referral.override_approved': {
    audience: REFERRAL_ROLES,
    english: (p) => `Referral ${p.reference}: consent override approved.`,
  },
  'referral.override_refused': {
    audience: REFERRAL_ROLES,
    english: (p) => `Referral ${p.reference}: consent override refused.`,
  },
  'referral.override_cancelled': {
    audience: REFERRAL_ROLES,
    english: (p) => `Referral ${p.reference}: consent override cancelled by the person who asked for it.`,
  },
  'referral.consent_withdrawn': {
    audience: REFERRAL_ROLES,
    english: (p) => `Referral ${p.reference}: the person withdrew their consent.`,
  },
  'retention-destroy-copy': {
    audience: DATA_MANAGER_ROLES,
    english: (p) =>
      `The retention period of agreement ${p.reference} has ended: destroy your copy (${p.method}) and confirm it in Steward.`,
  },
  'retention-copy-destroyed': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `A recipient confirmed destroying its copy (${p.method}).`,
  },
  'retention-overdue': {
    audience: DATA_MANAGER_ROLES,
    english: (p) =>
      `Destruction is overdue since ${p.date}: approve it or extend the retention with a reason.`,
  },
  'retention-due': {
    audience: DATA_MANAGER_ROLES,
    english: (p) => `A retention period ended on ${p.date}: approve destruction (${p.method}).`,
  },
  'reporting-deadline-soon': {
    audience: DATA_MANAGER_ROLES,
    english: (p) =>
      `Report due soon: your ${p.framework} report for ${p.period} is due on ${p.date} and has not been submitted.`,
  },
  'reporting-overdue': {
    audience: DATA_MANAGER_ROLES,
    english: (p) =>
      `Report overdue: your ${p.framework} report for ${p.period} was due on ${p.date} and has not been submitted.`,
  },
  'incident-agreement': {
    audience: INCIDENT_MANAGER_ROLES,
    english: (p) =>
      `${p.reporter} reported a data incident that concerns agreement ${p.reference}. ${p.reporter} will contact you with what you need to know.`,
  },
} satisfies Record<string, NoticeType>;

export type NoticeKind = keyof typeof NOTICES;

export interface Notice {
  readonly organisationId: string;
  readonly kind: NoticeKind;
  readonly params: Params;
  readonly link: string;
}

/** The English text of a notice. */
export function noticeText(kind: NoticeKind, params: Params): string {
  return NOTICES[kind].english(params);
}

/** The roles of the receiving organisation that see the notice (and may be mailed it). */
export function noticeAudience(kind: NoticeKind): readonly MembershipRole[] {
  return NOTICES[kind].audience;
}

/** Stores a notice for the roles that can act on it; returns what e-mail needs. */
export async function insertNotice(
  tx: Tx,
  notice: Notice,
  createdAt: Date,
): Promise<Notice & { text: string; audience: readonly MembershipRole[] }> {
  const text = noticeText(notice.kind, notice.params);
  const audience = noticeAudience(notice.kind);
  await insertNotification(tx, {
    organisationId: notice.organisationId,
    kind: notice.kind,
    text,
    params: { ...notice.params },
    audience: [...audience],
    link: notice.link,
    createdAt,
  });
  return { ...notice, text, audience };
}
