import {
  Fragment,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { MessageKey } from './dictionary';
import {
  createTranslator,
  isLocale,
  loadLocale,
  negotiateLocale,
  type Locale,
  type Translator,
} from './locales';

export const LOCALE_STORAGE_KEY = 'steward.locale';

interface I18nValue {
  readonly t: Translator;
  readonly setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

/** The language to start with: the saved choice, else the browser's preference, else English. */
export function initialLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage can be unavailable (privacy modes); fall through to the browser's languages
  }
  return negotiateLocale(navigator.languages ?? [navigator.language]);
}

/** Puts the language and direction on <html>, so the whole page (and screen readers) follow it. */
export function applyLocaleToDocument(t: Translator): void {
  document.documentElement.lang = t.locale;
  document.documentElement.dir = t.dir;
}

export function I18nProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initial);
  const t = useMemo(() => createTranslator(locale), [locale]);

  useEffect(() => applyLocaleToDocument(t), [t]);

  const setLocale = useCallback((next: Locale) => {
    // switch once the language's dictionary is here (a separate chunk); stay as is if it fails
    loadLocale(next).then(
      () => setLocaleState(next),
      () => undefined,
    );
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // the choice then lasts for this page only
    }
  }, []);

  const value = useMemo(() => ({ t, setLocale }), [t, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** Sets document.title to "<page> · Steward" in the current language. */
export function useDocumentTitle(page: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t.t('title.format', { page });
  }, [t, page]);
}

/** A message whose placeholders are filled with elements: <Rich k="home.signedInAs" values={{ email: <bdi>…</bdi> }} />. */
export function Rich({ k, values }: { k: MessageKey; values: Readonly<Record<string, ReactNode>> }) {
  const { t } = useI18n();
  return (
    <>
      {t
        .parts(k)
        .map((part, i) =>
          typeof part === 'string' ? (
            <Fragment key={i}>{part}</Fragment>
          ) : (
            <Fragment key={i}>{values[part.name]}</Fragment>
          ),
        )}
    </>
  );
}
