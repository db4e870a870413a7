import { describe, expect, it } from 'vitest';
import { endorsementStatus, type Endorsement } from './endorsement';
import type { Isp } from './model';
import { defaultIspTemplate } from './template';

const adapted: Isp = {
  ...defaultIspTemplate({ context: 'North', reviewDue: '2026-06-30' }),
  isTemplate: false,
  version: '1.0',
  status: 'in-consultation',
};
const members = [
  { organisationId: 'org-a', name: 'Alpha Aid' },
  { organisationId: 'org-b', name: 'Beta Relief' },
];
const e = (organisationId: string, ispVersion: string, endorsedOn: string): Endorsement => ({
  organisationId,
  ispVersion,
  endorsedBy: `user-${organisationId}`,
  endorsedOn,
});

describe('endorsementStatus', () => {
  it('counts endorsements of this exact version by members only', () => {
    const s = endorsementStatus(adapted, members, [
      e('org-a', '1.0', '2026-01-02'),
      e('org-b', '0.9', '2025-12-01'),
      e('org-x', '1.0', '2026-01-03'),
    ]);
    expect(s.endorsed.map((m) => m.organisationId)).toEqual(['org-a']);
    expect(s.pending.map((m) => m.organisationId)).toEqual(['org-b']);
    expect(s.endorsedOtherVersion).toMatchObject([
      { organisationId: 'org-b', endorsement: { ispVersion: '0.9' } },
    ]);
    expect(s.ignored.map((x) => x.organisationId)).toEqual(['org-x']);
    expect(s.complete).toBe(false);
    expect(s.canEndorse).toBe(true);
    expect(s.readyToActivate).toBe(false);
    expect(s.summary).toMatch(/1 of 2 member organisations endorsed\. Waiting for: Beta Relief\./);
  });

  it('is ready when every member endorsed, showing the latest endorsement each', () => {
    const s = endorsementStatus(adapted, members, [
      e('org-a', '1.0', '2026-01-02'),
      e('org-a', '1.0', '2026-01-05'),
      e('org-b', '1.0', '2026-01-04'),
    ]);
    expect(s.complete).toBe(true);
    expect(s.readyToActivate).toBe(true);
    expect(s.endorsed.find((m) => m.organisationId === 'org-a')!.endorsement.endorsedOn).toBe('2026-01-05');
  });

  it('refuses the template, superseded versions and ISPs with an unclassified data type', () => {
    const all = [e('org-a', '0.1', '2026-01-01'), e('org-b', '0.1', '2026-01-01')];
    expect(
      endorsementStatus(defaultIspTemplate({ context: 'T', reviewDue: '2026-01-01' }), members, all)
        .readyToActivate,
    ).toBe(false);
    expect(endorsementStatus({ ...adapted, status: 'superseded' }, members, []).canEndorse).toBe(false);
    const gap: Isp = { ...adapted, rules: adapted.rules.filter((r) => r.dataType !== 'referral-data') };
    const s = endorsementStatus(gap, members, [
      e('org-a', '1.0', '2026-01-01'),
      e('org-b', '1.0', '2026-01-01'),
    ]);
    expect(s.complete).toBe(true);
    expect(s.canEndorse).toBe(false);
    expect(s.readyToActivate).toBe(false);
    expect(s.blockers.map((b) => b.code)).toEqual(['unclassified-data-type']);
  });

  it('is never complete without members', () => {
    expect(endorsementStatus(adapted, [], []).complete).toBe(false);
  });
});
