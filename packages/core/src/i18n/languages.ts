/**
 * The interface languages (issue 8): the web app's dictionaries, the language a user chooses
 * (stored with the user, migration 0050) and the notification e-mails written in it.
 */
export const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Arabic is written right to left; the other interface languages left to right. */
export function languageDirection(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The first interface language among an HTTP Accept-Language header's preferences, by quality
 * (`fr-CA;q=0.9` counts as `fr`; `q=0` refuses a language); null when none is supported or the
 * header is absent.
 */
export function negotiateLanguage(header: string | null | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => /^\s*q\s*=(.*)$/i.exec(a)?.[1]).find((v) => v !== undefined);
      // A quality that is not a number (`q=abc`, `q=`) makes the preference unreadable: skipped.
      const quality = q === undefined ? 1 : /^\s*[0-9.]+\s*$/.test(q) ? Number(q) : NaN;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', quality, index };
    })
    .filter((x) => Number.isFinite(x.quality) && x.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((x) => x.base).find(isLanguage) ?? null;
}
