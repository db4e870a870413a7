import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { RouterProvider } from './app/router';
import { SessionProvider } from './app/session-context';
import { applyLocaleToDocument, I18nProvider, initialLocale } from './i18n/i18n-context';
import { createTranslator, loadLocale } from './i18n/locales';
import './styles.css';

const locale = initialLocale();
// The chosen language's dictionary first (English if it cannot be fetched), then lang/dir before
// the first paint, so a right-to-left page never flashes left-to-right.
const start = await loadLocale(locale).then(
  () => locale,
  () => 'en' as const,
);
applyLocaleToDocument(createTranslator(start));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider initial={start}>
      <RouterProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
