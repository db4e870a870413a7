/**
 * The interface languages (issue 8): the web app's dictionaries, the language a user chooses
 * (stored with the user, migration 0050) and the notification e-mails written in it.
 */
export const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
