import type { Dictionary, MessageKey, MessageParams } from './dictionary';
import { en } from './en';
import { formatDate, formatList, formatMessage, formatNumber, messageParts, type Message } from './format';

export type Locale = 'en' | 'fr' | 'es' | 'pt' | 'ar';

export interface LocaleInfo {
  readonly code: Locale;
  /** The language's own name (an endonym): shown as is in every interface language. */
  readonly nativeName: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'pt', nativeName: 'Português', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * English is the source and ships with the first load; every other language is its own chunk,
 * fetched when chosen (`loadLocale`), so the first load stays within its budget (≤ 150 KB
 * compressed) however many languages there are. Tests register them all at once (`all-locales.ts`).
 */
const DICTIONARY_LOADERS: Readonly<Record<Locale, () => Promise<Dictionary>>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  pt: () => import('./pt').then((m) => m.pt),
  ar: () => import('./ar').then((m) => m.ar),
};

const loaded: Partial<Record<Locale, Dictionary>> = { en };

/** Makes a dictionary available to `createTranslator` without fetching it (tests, preloading). */
export function registerDictionary(locale: Locale, dictionary: Dictionary): void {
  loaded[locale] = dictionary;
}

/** Fetches a language's dictionary once; `createTranslator(locale)` works after it resolves. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (!loaded[locale]) loaded[locale] = await DICTIONARY_LOADERS[locale]();
}

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l.code === value);
}

export function localeInfo(locale: Locale): LocaleInfo {
  const info = LOCALES.find((l) => l.code === locale);
  if (!info) throw new Error(`Unknown locale ${locale}`);
  return info;
}

/** The first supported language among the browser's preferences (`fr-CA` → `fr`), else English. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export interface Translator {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  t<K extends MessageKey>(key: K, ...params: MessageParams<K>): string;
  /** A message by a key known only at run time (e.g. an error code); undefined when there is none. */
  tryT(key: string, params?: Readonly<Record<string, string | number>>): string | undefined;
  /** A plain message cut at its placeholders, to fill them with elements (see `Rich`). */
  parts(key: MessageKey): (string | { readonly name: string })[];
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date, options?: Intl.DateTimeFormatOptions): string;
  list(items: readonly string[]): string;
}

/** Unicode FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the plain-text form of <bdi>. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * In a right-to-left language, every text parameter (an acronym, a code, a name, a file name) is
 * isolated, so that Latin text does not reorder the sentence around it: "{provider} ← {recipient}"
 * with TRI and DPCCU reads TRI ← DPCCU from the right, not backwards. Numbers are formatted by the
 * locale and need no isolation.
 */
function isolated(
  dir: 'ltr' | 'rtl',
  params: Readonly<Record<string, ParamValueLike>> | undefined,
): Readonly<Record<string, ParamValueLike>> {
  if (!params || dir === 'ltr') return params ?? {};
  const out: Record<string, ParamValueLike> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = typeof value === 'string' && value !== '' ? `${FSI}${value}${PDI}` : value;
  return out;
}

type ParamValueLike = string | number;

export function createTranslator(locale: Locale): Translator {
  const found = loaded[locale];
  if (!found)
    throw new Error(`The ${locale} dictionary is not loaded yet: await loadLocale('${locale}') first`);
  const dictionary: Readonly<Record<string, Message>> = found;
  const dir = localeInfo(locale).dir;
  return {
    locale,
    dir,
    t(key, ...params) {
      return formatMessage(locale, dictionary[key] ?? key, isolated(dir, params[0]));
    },
    tryT(key, params) {
      const message = Object.hasOwn(dictionary, key) ? dictionary[key] : undefined;
      return message === undefined ? undefined : formatMessage(locale, message, isolated(dir, params));
    },
    parts(key) {
      const message = dictionary[key] ?? key;
      return messageParts(typeof message === 'string' ? message : message.other);
    },
    number: (value, options) => formatNumber(locale, value, options),
    date: (value, options) => formatDate(locale, value, options),
    list: (items) => formatList(locale, items),
  };
}
