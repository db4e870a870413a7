import { describe, expect, it } from 'vitest';
import {
  extraConditionChoices,
  parseCondition,
  shownStatus,
  validateApproval,
  validateRequest,
  type RequestDraft,
} from './sharing-logic';

const draft: RequestDraft = {
  registryEntryId: 'e1',
  purpose: 'Joint protection analysis for the HNO',
  intendedUse: 'Aggregate by district',
  recipients: 'Analysis team',
  requestedDurationDays: '90',
  contactEmail: 'im@example.org',
  requesterName: '',
  requesterOrganisation: '',
};

describe('validateRequest', () => {
  it('accepts a complete member request', () => {
    expect(validateRequest(draft, false)).toEqual({});
  });
  it('needs the requester for the public form', () => {
    expect(validateRequest(draft, true)).toEqual({
      requesterName: 'share.error.required',
      requesterOrganisation: 'share.error.required',
    });
  });
  it('checks e-mail, duration and a meaningful purpose', () => {
    const errors = validateRequest(
      { ...draft, contactEmail: 'nope', requestedDurationDays: '0', purpose: 'data' },
      false,
    );
    expect(errors).toEqual({
      contactEmail: 'share.error.email',
      requestedDurationDays: 'share.error.duration',
      purpose: 'share.error.purposeShort',
    });
    expect(validateRequest({ ...draft, requestedDurationDays: '731' }, false).requestedDurationDays).toBe(
      'share.error.duration',
    );
  });
});

describe('validateApproval', () => {
  const ok = {
    conditions: [],
    startsOn: '2026-01-10',
    expiresOn: '2026-04-10',
    signatoryName: 'A',
    signatoryRole: 'FP',
    includesLaterVersions: false,
  };
  it('accepts dates in order', () => {
    expect(validateApproval(ok, '2026-01-10')).toEqual({});
  });
  it('refuses an expiry before the start or in the past, and a missing signatory', () => {
    expect(validateApproval({ ...ok, expiresOn: '2026-01-09' }, '2026-01-01').expiresOn).toBe(
      'share.error.expiryOrder',
    );
    expect(
      validateApproval({ ...ok, startsOn: '2025-01-01', expiresOn: '2025-06-01' }, '2026-01-10').expiresOn,
    ).toBe('share.error.expiryPast');
    expect(validateApproval({ ...ok, signatoryName: ' ' }, '2026-01-10').signatoryName).toBe(
      'share.error.required',
    );
  });
});

describe('shownStatus', () => {
  it('marks active agreements ending within 30 days as expiring', () => {
    expect(shownStatus({ status: 'active', expiresOn: '2026-03-01' }, '2026-01-01')).toBe('active');
    expect(shownStatus({ status: 'active', expiresOn: '2026-01-20' }, '2026-01-01')).toBe('expiring');
    expect(shownStatus({ status: 'revoked', expiresOn: '2026-01-20' }, '2026-01-01')).toBe('revoked');
    expect(shownStatus({ status: 'expired', expiresOn: '2025-12-01' }, '2026-01-01')).toBe('expired');
  });
});

describe('ISP conditions as the API sends them', () => {
  it('splits a code into its kind and parameter', () => {
    expect(parseCondition('suppress-below-n:5')).toEqual({ kind: 'suppress-below-n', parameter: '5' });
    expect(parseCondition('aggregate-to-level:adm1')).toEqual({
      kind: 'aggregate-to-level',
      parameter: 'adm1',
    });
    expect(parseCondition('no-onward-sharing')).toEqual({ kind: 'no-onward-sharing', parameter: null });
  });

  it('offers only the kinds the ISP does not set, never a null or a code with a parameter', () => {
    const all = ['suppress-below-n', 'remove-names', 'no-onward-sharing', 'embed-agreement-reference'];
    const { choices, ticked } = extraConditionChoices(all, ['suppress-below-n:5', 'no-onward-sharing']);
    expect(choices).toEqual(['remove-names', 'embed-agreement-reference']);
    expect(ticked).toEqual(['embed-agreement-reference']);
    expect(extraConditionChoices(all, []).ticked).toEqual(['no-onward-sharing', 'embed-agreement-reference']);
  });
});
