import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { isLocale, LOCALES } from '../i18n/locales';

export function LanguageSwitcher() {
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
          if (isLocale(event.target.value)) setLocale(event.target.value);
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
