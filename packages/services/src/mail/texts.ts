/**
 * Notification e-mails in the recipient's language (issue 8): the language the user last chose in
 * the web app (users.preferred_language), English when they never chose one. The texts are the web
 * app's `notice.*` texts in each language (i18n/), with the same parameters (titles, references,
 * dates and codes, never personal data); English is notifications/notices.ts, as before.
 */
import { type Language } from '@steward/core/i18n/languages';
import { ar } from './i18n/ar';
import { en } from './i18n/en';
import { es } from './i18n/es';
import { fr } from './i18n/fr';
import { pt } from './i18n/pt';
import type { MailTexts } from './i18n/types';
import { noticeText, type NoticeKind } from '../notifications/notices';

export const MAIL_TEXTS: Readonly<Record<Language, MailTexts>> = { en, fr, es, pt, ar };

type Params = Readonly<Record<string, string>>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The template of a notice in a language; null when the language has none (English is used). */
function template(language: Language, kind: NoticeKind, params: Params): string | null {
  if (language === 'en') return null;
  const notices = MAIL_TEXTS[language].notices;
  if (kind === 'referral.updated' && params.outcome) return notices['referral.updated-outcome'] ?? null;
  return notices[kind] ?? null;
}

export interface MailContent {
  subject: string;
  text: string;
}

/** The subject and body of a notice's e-mail in `language`. */
export function mailContent(language: Language, kind: NoticeKind, params: Params, link: string): MailContent {
  const t = template(language, kind, params);
  const line = t === null ? noticeText(kind, params) : fill(t, params);
  const frame = MAIL_TEXTS[t === null ? 'en' : language];
  return {
    subject: `[Steward] ${line}`,
    text: `${line}\n\n${fill(frame.open, { link })}\n\n${frame.why}\n`,
  };
}
