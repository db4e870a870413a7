// Notification e-mails in five languages (issue 8): every notice kind has its text in French,
// Spanish, Portuguese and Arabic with the same parameters as the English one; English is the
// services' own text; the frame (link, why) is in the recipient's language.
import { LANGUAGES } from '@steward/core/i18n/languages';
import { describe, expect, it } from 'vitest';
import { NOTICES, noticeText, type NoticeKind } from '../notifications/notices';
import { MAIL_TEXTS, mailContent } from './texts';

const params = {
  title: 'T1',
  date: '2026-05-01',
  reference: 'R1',
  priority: 'high',
  state: 'accepted',
  outcome: 'done',
  method: 'shred',
  reporter: 'ORGX',
  framework: 'PM5W',
  period: '2026-04',
};
const kinds = Object.keys(NOTICES) as NoticeKind[];

describe('notification e-mails in the recipient language', () => {
  it('has every notice in every language, and no leftover {placeholder}', () => {
    for (const language of LANGUAGES)
      for (const kind of kinds) {
        const { subject, text } = mailContent(language, kind, params, 'https://steward.example/x');
        expect(subject, `${language} ${kind}`).toMatch(/^\[Steward\] /);
        expect(`${subject}\n${text}`, `${language} ${kind}`).not.toMatch(/\{\w+\}/);
        expect(text).toContain('https://steward.example/x');
        if (language !== 'en')
          expect(MAIL_TEXTS[language].notices[kind], `${language} ${kind}`).toBeDefined();
      }
  });

  it('uses the parameters of the English text in each language', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en'))
      for (const kind of kinds) {
        const line = mailContent(language, kind, params, '/').subject;
        for (const [name, value] of Object.entries(params))
          if (
            noticeText(kind, params).includes(value) &&
            !(kind === 'referral.updated' && name === 'outcome')
          )
            expect(line, `${language} ${kind} ${name}`).toContain(value);
      }
  });

  it('writes English as before, and French, Spanish, Portuguese and Arabic in their own words', () => {
    const en = mailContent('en', 'request-received', { title: 'Needs' }, 'https://s.example/agreements');
    expect(en.subject).toBe('[Steward] New data-sharing request for "Needs".');
    expect(en.text).toContain('Open Steward at https://s.example/agreements to see it.');
    expect(mailContent('fr', 'request-received', { title: 'Needs' }, '/').subject).toBe(
      '[Steward] Nouvelle demande de partage de données pour « Needs ».',
    );
    expect(mailContent('fr', 'request-received', { title: 'Needs' }, '/a').text).toContain(
      'Ouvrez Steward à l’adresse /a pour le voir.',
    );
    expect(mailContent('es', 'request-rejected', { title: 'N' }, '/').subject).toContain('rechazada');
    expect(mailContent('pt', 'request-rejected', { title: 'N' }, '/').subject).toContain('recusado');
    expect(mailContent('ar', 'request-rejected', { title: 'N' }, '/').subject).toContain('رُفض');
    // A referral update with an outcome uses the text that shows it.
    expect(
      mailContent('fr', 'referral.updated', { reference: 'R', state: 's', outcome: 'o' }, '/').subject,
    ).toBe('[Steward] Référencement R : s (o).');
  });
});
