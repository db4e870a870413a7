/** Notification e-mails in English: the frame; the notices' texts are notifications/notices.ts. */
import type { MailTexts } from './types';

export const en: MailTexts = {
  // English notices are the services' own texts (notifications/notices.ts): one English source.
  notices: {},
  open: 'Open Steward at {link} to see it.',
  why: 'You receive this message because you handle data sharing for your organisation in Steward.',
};
