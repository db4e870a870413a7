import { describe, expect, it } from 'vitest';
import { adm1Of, checkReferralPayload } from './payload.js';
import { checkConsent, describeConsentProblem } from './consent.js';
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
