import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { isLocale, LOCALES, type Locale } from '../i18n/locales';

/**
 * The interface language. `onChosen` (the signed-in frame) records the choice with the user, so
 * that their notification e-mails are written in it (PUT /api/me/language, issue 8).
 */
export function LanguageSwitcher({ onChosen }: { onChosen?: (locale: Locale) => void } = {}) {
  const { t, setLocale } = useI18n();
  const id = useId();
  return (
    <div className="tool">
      <label htmlFor={id} className="tool-label">
        {t.t('header.language')}
      </label>
      <select
        id={id}
        className="select"
        data-testid="language-switcher"
        value={t.locale}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          setLocale(next);
          onChosen?.(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
