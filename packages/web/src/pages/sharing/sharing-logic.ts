/**
 * Pure logic of the request and agreement pages: request validation, approval validation, and
 * the agreement status shown (active agreements expiring within 30 days are "expiring soon").
 */
import type { Agreement } from './sharing-api';

export interface RequestDraft {
  registryEntryId: string;
  purpose: string;
  intendedUse: string;
  recipients: string;
  requestedDurationDays: string;
  contactEmail: string;
  requesterName: string;
  requesterOrganisation: string;
}

export type RequestErrorKey =
  'share.error.required' | 'share.error.email' | 'share.error.duration' | 'share.error.purposeShort';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateRequest(
  draft: RequestDraft,
  publicForm: boolean,
): Partial<Record<keyof RequestDraft, RequestErrorKey>> {
  const errors: Partial<Record<keyof RequestDraft, RequestErrorKey>> = {};
  const required: (keyof RequestDraft)[] = [
    'registryEntryId',
    'purpose',
    'intendedUse',
    'recipients',
    'contactEmail',
  ];
  if (publicForm) required.push('requesterName', 'requesterOrganisation');
  for (const key of required) if (!draft[key].trim()) errors[key] = 'share.error.required';
  if (!errors.purpose && draft.purpose.trim().length < 10) errors.purpose = 'share.error.purposeShort';
  if (!errors.contactEmail && !EMAIL.test(draft.contactEmail.trim()))
    errors.contactEmail = 'share.error.email';
  const days = Number(draft.requestedDurationDays);
  if (!/^\d+$/.test(draft.requestedDurationDays.trim()) || days < 1 || days > 730)
    errors.requestedDurationDays = 'share.error.duration';
  return errors;
}

export interface ApprovalDraft {
  conditions: string[];
  startsOn: string;
  expiresOn: string;
  signatoryName: string;
  signatoryRole: string;
  /** The agreement also gives newer uploads of the entry (default: the file approved only). */
  includesLaterVersions: boolean;
}

export type ApprovalErrorKey =
  'share.error.required' | 'share.error.date' | 'share.error.expiryOrder' | 'share.error.expiryPast';

export function validateApproval(
  draft: ApprovalDraft,
  today: string,
): Partial<Record<keyof ApprovalDraft, ApprovalErrorKey>> {
  const errors: Partial<Record<keyof ApprovalDraft, ApprovalErrorKey>> = {};
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!draft.startsOn) errors.startsOn = 'share.error.required';
  else if (!date.test(draft.startsOn)) errors.startsOn = 'share.error.date';
  if (!draft.expiresOn) errors.expiresOn = 'share.error.required';
  else if (!date.test(draft.expiresOn)) errors.expiresOn = 'share.error.date';
  else if (draft.startsOn && draft.expiresOn <= draft.startsOn) errors.expiresOn = 'share.error.expiryOrder';
  else if (draft.expiresOn < today) errors.expiresOn = 'share.error.expiryPast';
  if (!draft.signatoryName.trim()) errors.signatoryName = 'share.error.required';
  if (!draft.signatoryRole.trim()) errors.signatoryRole = 'share.error.required';
  return errors;
}

export type ShownStatus = 'pending' | 'active' | 'expiring' | 'expired' | 'revoked';

/** The status to show: the API's, with active agreements ending within `soonDays` as expiring. */
export function shownStatus(
  agreement: Pick<Agreement, 'status' | 'expiresOn'>,
  today: string,
  soonDays = 30,
): ShownStatus {
  if (agreement.status !== 'active') return agreement.status;
  const end = Date.parse(`${agreement.expiresOn.slice(0, 10)}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(end)) return 'active';
  const days = (end - now) / 86_400_000;
  return days <= soonDays ? 'expiring' : 'active';
}

/**
 * An ISP condition code as the API sends it — the kind, and its parameter after a colon
 * ("suppress-below-n:5", "aggregate-to-level:adm1", "no-onward-sharing") — split in two.
 */
export function parseCondition(code: string): { kind: string; parameter: string | null } {
  const at = code.indexOf(':');
  return at < 0
    ? { kind: code, parameter: null }
    : { kind: code.slice(0, at), parameter: code.slice(at + 1) };
}

/**
 * The conditions the approver may add to the ISP's: the kinds the ISP does not already set, with
 * the usual two (no onward sharing, agreement reference embedded) ticked at first.
 */
export function extraConditionChoices(
  allKinds: readonly string[],
  ispConditions: readonly string[],
): { choices: string[]; ticked: string[] } {
  const fromIsp = new Set(ispConditions.map((c) => parseCondition(c).kind));
  const choices = allKinds.filter((k) => !fromIsp.has(k));
  const ticked = ['no-onward-sharing', 'embed-agreement-reference'].filter((k) => choices.includes(k));
  return { choices, ticked };
}
