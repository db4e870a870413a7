/**
 * The minimum referral payload (domain.md §10.2, issue 9). This is what the receiving organisation
 * decrypts; the server never sees it. Fields beyond the minimum are allowed only where the receiving
 * service's configuration names them (`extraFields`).
 */

export const REFERRAL_PRIORITIES = ['emergency', 'urgent', 'normal'] as const;
export type ReferralPriority = (typeof REFERRAL_PRIORITIES)[number];

export const REFERRAL_SEXES = ['female', 'male', 'other', 'unknown'] as const;

/** The minimum payload's top-level fields (each is also a consent "data category"). */
export const MINIMUM_PAYLOAD_FIELDS = [
  'caseCode',
  'age',
  'dateOfBirth',
  'sex',
  'adm2',
  'contact',
  'caregiver',
  'servicesRequested',
  'reason',
  'channel',
] as const;

export interface ReferralContact {
  phone?: string;
  email?: string;
  address?: string;
}

export interface ReferralCaregiver {
  name?: string;
  relationship?: string;
  contact?: ReferralContact;
  separated?: boolean;
  informed?: boolean;
}

export interface ReferralPayload {
  caseCode: string;
  age?: number;
  dateOfBirth?: string;
  sex: string;
  adm2: string;
  contact?: ReferralContact;
  caregiver?: ReferralCaregiver;
  servicesRequested?: string[];
  reason: string;
  channel?: string;
  [extra: string]: unknown;
}

export type PayloadProblem =
  | { code: 'referral.payload.not_object' }
  | { code: 'referral.payload.unknown_fields'; fields: string[] }
  | { code: 'referral.payload.missing_fields'; fields: string[] }
  | { code: 'referral.payload.invalid_fields'; fields: string[] };

export type PayloadCheck = { ok: true; payload: ReferralPayload } | { ok: false; problem: PayloadProblem };

const MAX_TEXT = 2000;

function isText(value: unknown, max = MAX_TEXT): boolean {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}

function isContact(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length === 0) return false;
  return keys.every(
    (k) => ['phone', 'email', 'address'].includes(k) && isText((value as Record<string, unknown>)[k], 300),
  );
}

/**
 * Checks a payload: unknown fields → one problem naming all of them; then missing required fields;
 * then malformed ones. `extraFields` are the fields the receiving service's configuration allows.
 */
export function checkReferralPayload(input: unknown, extraFields: readonly string[] = []): PayloadCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problem: { code: 'referral.payload.not_object' } };
  }
  const record = input as Record<string, unknown>;
  const allowed = new Set<string>([...MINIMUM_PAYLOAD_FIELDS, ...extraFields]);
  const unknown = Object.keys(record).filter((k) => !allowed.has(k));
  if (unknown.length > 0)
    return { ok: false, problem: { code: 'referral.payload.unknown_fields', fields: unknown } };

  const missing = ['caseCode', 'sex', 'adm2', 'reason'].filter((k) => record[k] === undefined);
  if (record.age === undefined && record.dateOfBirth === undefined) missing.push('age');
  if (missing.length > 0)
    return { ok: false, problem: { code: 'referral.payload.missing_fields', fields: missing } };

  const invalid: string[] = [];
  if (!isText(record.caseCode, 64)) invalid.push('caseCode');
  if (
    record.age !== undefined &&
    !(Number.isInteger(record.age) && (record.age as number) >= 0 && (record.age as number) <= 130)
  )
    invalid.push('age');
  if (
    record.dateOfBirth !== undefined &&
    !(typeof record.dateOfBirth === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.dateOfBirth))
  )
    invalid.push('dateOfBirth');
  if (!(typeof record.sex === 'string' && (REFERRAL_SEXES as readonly string[]).includes(record.sex)))
    invalid.push('sex');
  if (!(typeof record.adm2 === 'string' && /^[A-Z]{2,3}[0-9A-Z]{1,12}$/.test(record.adm2)))
    invalid.push('adm2');
  if (record.contact !== undefined && !isContact(record.contact)) invalid.push('contact');
  if (
    record.caregiver !== undefined &&
    (typeof record.caregiver !== 'object' || record.caregiver === null || Array.isArray(record.caregiver))
  )
    invalid.push('caregiver');
  if (
    record.servicesRequested !== undefined &&
    !(Array.isArray(record.servicesRequested) && record.servicesRequested.every((s) => isText(s, 100)))
  )
    invalid.push('servicesRequested');
  if (!isText(record.reason, 1000)) invalid.push('reason');
  if (record.channel !== undefined && !isText(record.channel, 50)) invalid.push('channel');
  if (invalid.length > 0)
    return { ok: false, problem: { code: 'referral.payload.invalid_fields', fields: invalid } };
  return { ok: true, payload: record as ReferralPayload };
}

/** The adm1 p-code of an adm2 p-code (COD convention: adm1 = country code + 2 digits). */
export function adm1Of(adm2: string): string {
  const match = /^([A-Z]{2,3})(\d{2})/.exec(adm2);
  return match ? `${match[1]}${match[2]}` : adm2;
}
