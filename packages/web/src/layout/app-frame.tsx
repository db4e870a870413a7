import { useEffect, useRef, type ReactNode } from 'react';
import { activeMembership } from '../api/types';
import { useAuthenticatedSession } from '../app/session-context';
import { Link, useRouter } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { availableModules, MODULES } from '../modules/registry';
import { LanguageSwitcher } from './language-switcher';
import { OrganisationSwitcher } from './organisation-switcher';
import { UserMenu } from './user-menu';

/** The signed-in frame: skip link, header (product, organisation, language, account), navigation, main. */
export function AppFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useAuthenticatedSession();
  const { location } = useRouter();
  const role = activeMembership(session)?.role;
  const navItems = [
    { path: '/', label: t.t('nav.home') },
    { path: '/organisations', label: t.t('nav.organisations') },
    ...availableModules(MODULES, role).map((m) => ({ path: m.path, label: t.t(m.labelKey) })),
  ];

  // After an in-app navigation, move focus to the new page's heading so screen readers announce it.
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [location.pathname]);

  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        {t.t('common.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">{t.t('app.name')}</span>
          </Link>
          <div className="topbar-tools">
            <OrganisationSwitcher />
            <LanguageSwitcher />
            <UserMenu />
          </div>
        </div>
        <nav className="mainnav" aria-label={t.t('nav.label')}>
          <ul>
            {navItems.map((item) => {
              const current =
                item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path);
              return (
                <li key={item.path}>
                  <Link to={item.path} aria-current={current ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="main">
        {children}
      </main>
    </div>
  );
}
