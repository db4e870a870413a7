import { describe, expect, it } from 'vitest';
import '../../i18n/all-locales';
import { createTranslator, FSI, PDI } from '../../i18n/locales';
import { noticeMessage } from './notice-message';

const overdue = {
  kind: 'registry-review-reminder-overdue',
  text: 'Review overdue: the registry entry "Survey" was due for review on 2026-03-04. Review it and set the next review date.',
  params: { title: 'Survey', date: '2026-03-04' },
};

describe('noticeMessage', () => {
  it('renders the code with its parameters in the user’s language, not the stored English text', () => {
    expect(noticeMessage(createTranslator('en'), overdue)).toMatch(
      /^Review overdue: the registry entry “Survey”/,
    );
    const fr = noticeMessage(createTranslator('fr'), overdue);
    expect(fr).toMatch(/^Revue en retard : l’entrée du registre « Survey »/);
    expect(fr).toContain('2026');
    expect(fr).not.toContain('2026-03-04'); // a date in the user's format
    const pt = noticeMessage(createTranslator('pt'), overdue);
    expect(pt).toMatch(/^Revisão em atraso/);
    // Arabic: the Latin title is isolated so it keeps its order in right-to-left text.
    expect(noticeMessage(createTranslator('ar'), overdue)).toContain(`${FSI}Survey${PDI}`);
  });

  it('shows codes among the parameters by their label', () => {
    const n = {
      kind: 'referral.updated',
      text: 'Referral R-7: closed (service_provided).',
      params: { reference: 'R-7', state: 'closed', outcome: 'service_provided' },
    };
    expect(noticeMessage(createTranslator('en'), n)).toBe('Referral R-7: Closed (Service provided).');
    expect(
      noticeMessage(createTranslator('es'), { ...n, params: { reference: 'R-7', state: 'accepted' } }),
    ).toMatch(/^Derivación R-7: /);
  });

  it('falls back to the stored text for a kind it does not know', () => {
    expect(
      noticeMessage(createTranslator('fr'), { kind: 'future-kind', text: 'Something new.', params: {} }),
    ).toBe('Something new.');
  });
});
