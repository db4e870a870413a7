import { describe, expect, it } from 'vitest';
import { accessBasis, agreementGivesFile, agreementStatus, type AgreementTerms } from './access';

const agreement = (over: Partial<AgreementTerms> = {}): AgreementTerms => ({
  id: 'a1',
  revokedAt: null,
  startsOn: '2026-03-01',
  expiresOn: '2026-03-31',
  fileId: 'f1',
  includesLaterVersions: false,
  ...over,
});
const ask = (over: Partial<Parameters<typeof accessBasis>[0]> = {}) =>
  accessBasis({ own: false, clusterView: false, agreements: [agreement()], today: '2026-03-10', ...over });

describe('the access rule for shared data', () => {
  it('status from the clock: pending before the start, active through the last day, expired after; revoked wins', () => {
    expect(agreementStatus(agreement(), '2026-02-28')).toBe('pending');
    expect(agreementStatus(agreement(), '2026-03-01')).toBe('active');
    expect(agreementStatus(agreement(), '2026-03-31')).toBe('active');
    expect(agreementStatus(agreement(), '2026-04-01')).toBe('expired');
    expect(agreementStatus(agreement({ revokedAt: new Date('2026-03-05') }), '2026-03-10')).toBe('revoked');
  });

  it('an agreement gives the approved file, or any when it includes later versions', () => {
    expect(agreementGivesFile(agreement(), 'f1')).toBe(true);
    expect(agreementGivesFile(agreement(), 'f2')).toBe(false);
    expect(agreementGivesFile(agreement({ includesLaterVersions: true }), 'f2')).toBe(true);
    expect(agreementGivesFile(agreement({ fileId: null }), 'f1')).toBe(false);
  });

  it('the owner always; an agreement in force; the cluster view; otherwise why not', () => {
    expect(ask({ own: true, agreements: [] })).toEqual({ basis: { kind: 'owner' } });
    expect(ask()).toEqual({ basis: { kind: 'agreement', agreement: agreement() } });
    expect(ask({ today: '2026-04-01' })).toEqual({ refused: 'agreement-expired' });
    expect(ask({ today: '2026-02-01' })).toEqual({ refused: 'agreement-pending' });
    expect(ask({ agreements: [agreement({ revokedAt: new Date('2026-03-02') })] })).toEqual({
      refused: 'agreement-revoked',
    });
    expect(ask({ agreements: [] })).toEqual({ refused: 'no-access' });
    expect(ask({ fileId: 'f2' })).toEqual({ refused: 'file-not-approved' });
    expect(ask({ fileId: 'f1' })).toMatchObject({ basis: { kind: 'agreement' } });
    // The cluster view stands on its own when no agreement gives the entry.
    expect(ask({ today: '2026-04-01', clusterView: true })).toEqual({ basis: { kind: 'cluster' } });
    // A download named by its agreement counts that agreement only, never the cluster view.
    expect(ask({ today: '2026-04-01', clusterView: true, onlyAgreementId: 'a1' })).toEqual({
      refused: 'agreement-expired',
    });
    expect(ask({ onlyAgreementId: 'other' })).toEqual({ refused: 'no-access' });
  });
});
