import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { RouterProvider } from './app/router';
import { SessionProvider } from './app/session-context';
import { applyLocaleToDocument, I18nProvider, initialLocale } from './i18n/i18n-context';
import { createTranslator } from './i18n/locales';
import './styles.css';

const locale = initialLocale();
// Set lang/dir before the first paint, so a right-to-left page never flashes left-to-right.
applyLocaleToDocument(createTranslator(locale));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider initial={locale}>
      <RouterProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
