/**
 * The consent record (domain.md §10.5; W3C DPV / ISO/IEC TS 27560 names). It travels inside the
 * encrypted referral content: the server never reads it. `checkConsent` is the on-device check
 * made before sending.
 */

export const CONSENT_GIVEN_BY = ['self', 'parent', 'guardian', 'caregiver', 'other'] as const;
export const CONSENT_METHODS = ['written', 'witnessed_mark', 'oral_recorded'] as const;
export const CONSENT_STATUSES = ['given', 'refused', 'withdrawn', 'expired'] as const;
export const CONSENT_LEGAL_BASES = [
  'consent',
  'vital_interest',
  'public_interest',
  'legitimate_interest',
  'contract',
  'legal_obligation',
] as const;

export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export interface ConsentRestriction {
  withhold: string[];
  from: string[];
  reason?: string;
}

export interface ConsentRecord {
  id?: string;
  subject?: string;
  givenBy: (typeof CONSENT_GIVEN_BY)[number];
  capacityNote?: string;
  childViews?: string;
  legalBasis: (typeof CONSENT_LEGAL_BASES)[number];
  purposes: string[];
  scope: {
    organisations: string[];
    services: string[];
    dataCategories: string[];
    restrictions?: ConsentRestriction[];
  };
  reporting?: boolean;
  method: (typeof CONSENT_METHODS)[number];
  obtainedAt: string;
  obtainedBy?: string;
  expiresAt?: string;
  status: ConsentStatus;
  withdrawnAt?: string;
  withdrawalContext?: string;
}

export type ConsentProblem =
  | { code: 'consent.invalid'; fields: string[] }
  | { code: 'consent.not_given'; status: string }
  | { code: 'consent.expired'; expiresAt: string }
  | {
      code: 'consent.not_covered';
      organisation: string | null;
      service: string | null;
      fields: string[];
    };

export type ConsentCheck = { ok: true; consent: ConsentRecord } | { ok: false; problem: ConsentProblem };

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v));

/** Shape check of a consent record; names every malformed field. */
export function parseConsent(input: unknown): ConsentCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problem: { code: 'consent.invalid', fields: ['(record)'] } };
  }
  const r = input as Record<string, unknown>;
  const bad: string[] = [];
  if (!(CONSENT_GIVEN_BY as readonly unknown[]).includes(r.givenBy)) bad.push('givenBy');
  if (!(CONSENT_LEGAL_BASES as readonly unknown[]).includes(r.legalBasis)) bad.push('legalBasis');
  if (!isStringArray(r.purposes)) bad.push('purposes');
  const scope = r.scope as Record<string, unknown> | undefined;
  if (typeof scope !== 'object' || scope === null || Array.isArray(scope)) bad.push('scope');
  else {
    if (!isStringArray(scope.organisations)) bad.push('scope.organisations');
    if (!isStringArray(scope.services)) bad.push('scope.services');
    if (!isStringArray(scope.dataCategories)) bad.push('scope.dataCategories');
    if (scope.restrictions !== undefined && !Array.isArray(scope.restrictions))
      bad.push('scope.restrictions');
  }
  if (!(CONSENT_METHODS as readonly unknown[]).includes(r.method)) bad.push('method');
  if (!isDate(r.obtainedAt)) bad.push('obtainedAt');
  if (r.expiresAt !== undefined && !isDate(r.expiresAt)) bad.push('expiresAt');
  if (!(CONSENT_STATUSES as readonly unknown[]).includes(r.status)) bad.push('status');
  if (bad.length > 0) return { ok: false, problem: { code: 'consent.invalid', fields: bad } };
  return { ok: true, consent: r as unknown as ConsentRecord };
}

/**
 * The on-device check before sending: status `given`, not expired, the scope covers the receiving
 * organisation (acronym or id), the service and every top-level payload field, and no restriction
 * withholds a payload field from the receiver. The refusal names everything not covered.
 */
export function checkConsent(
  input: unknown,
  target: {
    organisation: string;
    organisationAliases?: string[];
    service: string;
    payloadFields: string[];
    today: string;
  },
): ConsentCheck {
  const parsed = parseConsent(input);
  if (!parsed.ok) return parsed;
  const consent = parsed.consent;
  if (consent.status !== 'given')
    return { ok: false, problem: { code: 'consent.not_given', status: consent.status } };
  if (consent.expiresAt !== undefined && consent.expiresAt.slice(0, 10) < target.today.slice(0, 10)) {
    return { ok: false, problem: { code: 'consent.expired', expiresAt: consent.expiresAt } };
  }
  const names = [target.organisation, ...(target.organisationAliases ?? [])];
  const orgCovered = consent.scope.organisations.some((o) => names.includes(o));
  const serviceCovered = consent.scope.services.includes(target.service);
  const withheld = new Set<string>();
  for (const r of consent.scope.restrictions ?? []) {
    if (!Array.isArray(r.from) || !Array.isArray(r.withhold)) continue;
    if (r.from.some((o) => names.includes(o))) r.withhold.forEach((f) => withheld.add(f));
  }
  const fields = target.payloadFields.filter(
    (f) => !consent.scope.dataCategories.includes(f) || withheld.has(f),
  );
  if (!orgCovered || !serviceCovered || fields.length > 0) {
    return {
      ok: false,
      problem: {
        code: 'consent.not_covered',
        organisation: orgCovered ? null : target.organisation,
        service: serviceCovered ? null : target.service,
        fields,
      },
    };
  }
  return { ok: true, consent };
}

/** A one-line English description of a consent problem (CLI; the web renders the code via i18n). */
export function describeConsentProblem(p: ConsentProblem): string {
  switch (p.code) {
    case 'consent.invalid':
      return `consent record is malformed: ${p.fields.join(', ')}`;
    case 'consent.not_given':
      return `consent status is "${p.status}", not "given": nothing sent`;
    case 'consent.expired':
      return `consent expired on ${p.expiresAt}: nothing sent`;
    case 'consent.not_covered': {
      const parts: string[] = [];
      if (p.organisation) parts.push(`organisation ${p.organisation}`);
      if (p.service) parts.push(`service ${p.service}`);
      if (p.fields.length > 0) parts.push(`field(s) ${p.fields.join(', ')}`);
      return `consent does not cover ${parts.join('; ')}: nothing sent`;
    }
  }
}

// ---- consent override (issue 9, domain.md §10.4–10.5) -------------------------------------------

/** Legal bases a consent override may rest on: any basis but consent itself. */
export const OVERRIDE_LEGAL_BASES = [
  'vital_interest',
  'public_interest',
  'legitimate_interest',
  'contract',
  'legal_obligation',
] as const;
export type OverrideLegalBasis = (typeof OVERRIDE_LEGAL_BASES)[number];

export const OVERRIDE_JUSTIFICATION_MIN = 10;
export const OVERRIDE_JUSTIFICATION_MAX = 2000;

/**
 * What the sender states to send without covering consent. The justification travels only inside
 * the encrypted content; the server receives the legal basis code.
 */
export interface ConsentOverride {
  legalBasis: OverrideLegalBasis;
  justification: string;
}

export type OverrideProblem =
  | { code: 'referral.override_not_needed' }
  | { code: 'referral.override_legal_basis'; legalBasis: string }
  | { code: 'referral.override_justification'; min: number; max: number };

export type SendingPlan =
  | { ok: true; consent: ConsentRecord; override: null }
  | { ok: true; consent: ConsentRecord; override: ConsentOverride; overridden: ConsentProblem }
  | { ok: false; problem: ConsentProblem | OverrideProblem };

/**
 * The device's decision before sending: consent that covers the referral sends as is (an override
 * is then refused: it is not needed); consent that does not cover it (not given, expired, or a
 * scope missing the organisation, service or a field) sends only with an override on a legal basis
 * other than consent and a justification, and then waits for a second person's approval. A
 * malformed consent record is never overridden: it is corrected first.
 */
export function planSending(
  consentInput: unknown,
  target: Parameters<typeof checkConsent>[1],
  override?: { legalBasis?: unknown; justification?: unknown } | null,
): SendingPlan {
  const check = checkConsent(consentInput, target);
  if (check.ok) {
    if (override) return { ok: false, problem: { code: 'referral.override_not_needed' } };
    return { ok: true, consent: check.consent, override: null };
  }
  const parsed = parseConsent(consentInput);
  if (!parsed.ok || !override) return { ok: false, problem: check.problem };
  if (!(OVERRIDE_LEGAL_BASES as readonly unknown[]).includes(override.legalBasis))
    return {
      ok: false,
      problem: {
        code: 'referral.override_legal_basis',
        legalBasis: typeof override.legalBasis === 'string' ? override.legalBasis : '',
      },
    };
  const justification = typeof override.justification === 'string' ? override.justification.trim() : '';
  if (justification.length < OVERRIDE_JUSTIFICATION_MIN || justification.length > OVERRIDE_JUSTIFICATION_MAX)
    return {
      ok: false,
      problem: {
        code: 'referral.override_justification',
        min: OVERRIDE_JUSTIFICATION_MIN,
        max: OVERRIDE_JUSTIFICATION_MAX,
      },
    };
  return {
    ok: true,
    consent: parsed.consent,
    override: { legalBasis: override.legalBasis as OverrideLegalBasis, justification },
    overridden: check.problem,
  };
}

/** A one-line English description of an override problem (CLI). */
export function describeOverrideProblem(p: OverrideProblem): string {
  switch (p.code) {
    case 'referral.override_not_needed':
      return 'the consent record covers this referral: no override is needed; send it without one';
    case 'referral.override_legal_basis':
      return `the override's legal basis "${p.legalBasis}" is not one of ${OVERRIDE_LEGAL_BASES.join(', ')} (consent itself cannot be the basis of an override)`;
    case 'referral.override_justification':
      return `the override needs a justification of ${p.min} to ${p.max} characters`;
  }
}
