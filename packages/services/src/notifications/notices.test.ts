import { describe, expect, it } from 'vitest';
import { membershipRolesAllowed } from '@steward/core/auth/permissions';
import { NOTICES, noticeAudience, noticeText, type NoticeKind } from './notices';

describe('notices', () => {
  it('go only to roles that can act: never to a viewer, each to roles that manage what it is about', () => {
    const managers = membershipRolesAllowed('registry.manage');
    for (const kind of Object.keys(NOTICES) as NoticeKind[]) {
      const audience = noticeAudience(kind);
      expect(audience.length, kind).toBeGreaterThan(0);
      expect(audience, kind).not.toContain('viewer');
      if (kind.startsWith('registry-') || kind.startsWith('request-') || kind.startsWith('agreement-')) {
        expect([...audience].sort(), kind).toEqual([...managers].sort());
      }
      if (kind === 'referral.override_requested') expect(audience, kind).toEqual(['partner-focal-point']);
      if (kind.startsWith('referral.') && kind !== 'referral.override_requested')
        expect([...audience].sort(), kind).toEqual(['caseworker', 'partner-focal-point']);
    }
  });

  it('have an English text with their parameters filled in', () => {
    expect(noticeText('registry-review-reminder-overdue', { title: 'Survey', date: '2026-03-04' })).toBe(
      'Review overdue: the registry entry "Survey" was due for review on 2026-03-04. Review it and set the next review date.',
    );
    expect(noticeText('referral.updated', { reference: 'R-1', state: 'accepted' })).toBe(
      'Referral R-1: accepted.',
    );
  });
});
