import { describe, expect, it } from 'vitest';
import { adm1Of, checkReferralPayload } from './payload.js';
import { checkConsent, describeConsentProblem, describeOverrideProblem, planSending } from './consent.js';
import { checkTransition, dueBy, isOverdue } from './lifecycle.js';

const payload = {
  caseCode: 'MZ-0042',
  age: 34,
  sex: 'female',
  adm2: 'MZ0101',
  contact: { phone: '+258 84 000 0000' },
  reason: 'needs legal assistance',
};
const consent = {
  givenBy: 'self',
  legalBasis: 'consent',
  purposes: ['referral'],
  scope: {
    organisations: ['ACR'],
    services: ['S1'],
    dataCategories: ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason'],
  },
  method: 'oral_recorded',
  obtainedAt: '2026-12-01',
  status: 'given',
};
const target = {
  organisation: 'ACR',
  service: 'S1',
  payloadFields: Object.keys(payload),
  today: '2026-12-06',
};

describe('referral payload', () => {
  it('accepts the issue example and names every unknown field in one error', () => {
    expect(checkReferralPayload(payload).ok).toBe(true);
    const r = checkReferralPayload({ ...payload, name: 'X', religion: 'Y' });
    expect(r).toEqual({
      ok: false,
      problem: { code: 'referral.payload.unknown_fields', fields: ['name', 'religion'] },
    });
    expect(checkReferralPayload({ ...payload, name: 'X' }, ['name']).ok).toBe(true);
  });
  it('names missing and malformed fields', () => {
    const { caseCode: _c, age: _a, ...rest } = payload;
    expect(checkReferralPayload(rest)).toEqual({
      ok: false,
      problem: { code: 'referral.payload.missing_fields', fields: ['caseCode', 'age'] },
    });
    expect(checkReferralPayload({ ...payload, age: -1, sex: 'x', adm2: 'mz 01' })).toEqual({
      ok: false,
      problem: { code: 'referral.payload.invalid_fields', fields: ['age', 'sex', 'adm2'] },
    });
    expect(checkReferralPayload([]).ok).toBe(false);
    expect(adm1Of('MZ0101')).toBe('MZ01');
  });
});

describe('consent check on the device', () => {
  it('passes when status is given and scope covers organisation, service and every field', () => {
    expect(checkConsent(consent, target).ok).toBe(true);
  });
  it('refuses naming the organisation, service and fields not covered', () => {
    const r = checkConsent(consent, {
      ...target,
      organisation: 'OTHER',
      service: 'S2',
      payloadFields: [...target.payloadFields, 'caregiver'],
    });
    expect(r).toEqual({
      ok: false,
      problem: { code: 'consent.not_covered', organisation: 'OTHER', service: 'S2', fields: ['caregiver'] },
    });
    if (!r.ok)
      expect(describeConsentProblem(r.problem)).toBe(
        'consent does not cover organisation OTHER; service S2; field(s) caregiver: nothing sent',
      );
  });
  it('refuses withdrawn, expired, malformed consent and restricted fields', () => {
    expect(checkConsent({ ...consent, status: 'withdrawn' }, target)).toEqual({
      ok: false,
      problem: { code: 'consent.not_given', status: 'withdrawn' },
    });
    expect(checkConsent({ ...consent, expiresAt: '2026-12-05' }, target)).toMatchObject({
      ok: false,
      problem: { code: 'consent.expired' },
    });
    expect(checkConsent({ ...consent, method: 'fingerprint', scope: {} }, target)).toMatchObject({
      ok: false,
      problem: {
        code: 'consent.invalid',
        fields: ['scope.organisations', 'scope.services', 'scope.dataCategories', 'method'],
      },
    });
    const restricted = {
      ...consent,
      scope: { ...consent.scope, restrictions: [{ withhold: ['contact'], from: ['ACR'] }] },
    };
    expect(checkConsent(restricted, target)).toMatchObject({ ok: false, problem: { fields: ['contact'] } });
  });
});

describe('consent override plan on the device', () => {
  const override = {
    legalBasis: 'vital_interest',
    justification: 'Imminent risk to life; no way to reach her.',
  };
  it('sends covering consent as is and refuses an override that is not needed', () => {
    expect(planSending(consent, target)).toMatchObject({ ok: true, override: null });
    const r = planSending(consent, target, override);
    expect(r).toEqual({ ok: false, problem: { code: 'referral.override_not_needed' } });
    if (!r.ok && r.problem.code === 'referral.override_not_needed')
      expect(describeOverrideProblem(r.problem)).toMatch(/no override is needed/);
  });
  it('overrides refused, withdrawn, expired or narrow consent with another legal basis and a justification', () => {
    for (const c of [
      { ...consent, status: 'refused' },
      { ...consent, status: 'withdrawn' },
      { ...consent, expiresAt: '2026-12-05' },
      { ...consent, scope: { ...consent.scope, organisations: ['OTHER'] } },
    ]) {
      expect(planSending(c, target)).toMatchObject({ ok: false });
      const r = planSending(c, target, { ...override, justification: `  ${override.justification} ` });
      expect(r).toMatchObject({ ok: true, override, consent: c });
    }
    expect(planSending({ ...consent, status: 'refused' }, target, override)).toMatchObject({
      overridden: { code: 'consent.not_given', status: 'refused' },
    });
  });
  it('refuses consent as the basis of an override, a short justification, and malformed consent', () => {
    const refused = { ...consent, status: 'refused' };
    expect(planSending(refused, target, { ...override, legalBasis: 'consent' })).toEqual({
      ok: false,
      problem: { code: 'referral.override_legal_basis', legalBasis: 'consent' },
    });
    expect(planSending(refused, target, { ...override, justification: ' urgent ' })).toMatchObject({
      ok: false,
      problem: { code: 'referral.override_justification', min: 10 },
    });
    expect(planSending({ ...consent, method: 'fingerprint' }, target, override)).toMatchObject({
      ok: false,
      problem: { code: 'consent.invalid', fields: ['method'] },
    });
  });
});

describe('lifecycle', () => {
  it('allows the documented transitions only, by the right side, with reasons and outcomes', () => {
    expect(checkTransition({ from: 'sent', to: 'accepted', side: 'receiver', hasReason: false }).ok).toBe(
      true,
    );
    expect(checkTransition({ from: 'sent', to: 'accepted', side: 'sender', hasReason: false })).toMatchObject(
      { code: 'referral.transition.wrong_side' },
    );
    expect(
      checkTransition({ from: 'sent', to: 'declined', side: 'receiver', hasReason: false }),
    ).toMatchObject({ code: 'referral.transition.reason_required' });
    expect(
      checkTransition({
        from: 'sent',
        to: 'closed',
        side: 'receiver',
        hasReason: false,
        outcome: 'service_provided',
      }),
    ).toMatchObject({
      code: 'referral.transition.not_allowed',
    });
    expect(
      checkTransition({ from: 'in_service', to: 'closed', side: 'receiver', hasReason: false }),
    ).toMatchObject({
      code: 'referral.transition.outcome_required',
    });
    expect(
      checkTransition({
        from: 'in_service',
        to: 'closed',
        side: 'receiver',
        hasReason: false,
        outcome: 'service_provided',
      }).ok,
    ).toBe(true);
    expect(checkTransition({ from: 'accepted', to: 'withdrawn', side: 'sender', hasReason: true }).ok).toBe(
      true,
    );
    expect(checkTransition({ from: 'closed', to: 'withdrawn', side: 'sender', hasReason: true }).ok).toBe(
      false,
    );
  });
  it('computes due-by from priority and overdue from it', () => {
    const sent = new Date('2026-12-01T10:00:00Z');
    expect(dueBy('emergency', sent).toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(dueBy('urgent', sent).toISOString()).toBe('2026-12-04T10:00:00.000Z');
    expect(dueBy('normal', sent).toISOString()).toBe('2026-12-15T10:00:00.000Z');
    expect(isOverdue('sent', dueBy('emergency', sent), new Date('2026-12-02T10:00:01Z'))).toBe(true);
    expect(isOverdue('accepted', dueBy('emergency', sent), new Date('2026-12-03T00:00:00Z'))).toBe(false);
  });
});
