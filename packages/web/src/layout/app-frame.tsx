import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { activeMembership } from '../api/session';
import { useApi, useAuthenticatedSession } from '../app/session-context';
import { Link, useRouter } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { isCurrent, navigationGroups } from '../modules/navigation';
import { MODULES } from '../modules/registry';
import { LanguageSwitcher } from './language-switcher';
import { OrganisationSwitcher } from './organisation-switcher';
import { UserMenu } from './user-menu';

/**
 * The signed-in frame: skip link, header (product, organisation, language, account), a side
 * navigation with the modules in labelled groups (modules/navigation.ts), main. On narrow screens
 * the navigation folds behind a "Menu" button in the header.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useAuthenticatedSession();
  const api = useApi();
  const { location } = useRouter();
  const role = activeMembership(session)?.role;
  const groups = navigationGroups(MODULES, { role, isAdmin: session.user.isAdmin });
  const navId = useId();
  const [menuOpen, setMenuOpen] = useState(false);

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
            <button
              type="button"
              className="button button-secondary menu-toggle"
              aria-expanded={menuOpen}
              aria-controls={navId}
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t.t('nav.menu')}
            </button>
            <OrganisationSwitcher />
            <LanguageSwitcher
              onChosen={(language) => {
                // Best effort: the interface changes at once; a failed save only leaves e-mails as they were.
                void api.PUT('/api/me/language', { body: { language } }).catch(() => undefined);
              }}
            />
            <UserMenu />
          </div>
        </div>
      </header>
      <div className="frame-body">
        <nav
          id={navId}
          className={menuOpen ? 'sidenav open' : 'sidenav'}
          aria-label={t.t('nav.label')}
          data-testid="main-navigation"
          // A page opened from the folded menu closes it.
          onClick={(event) => {
            if ((event.target as Element).closest('a')) setMenuOpen(false);
          }}
        >
          {groups.map((group) => (
            <div key={group.group} className="nav-group">
              <p className="nav-group-label" id={`${navId}-${group.group}`}>
                {t.t(group.labelKey)}
              </p>
              <ul aria-labelledby={`${navId}-${group.group}`}>
                {group.items.map((item) => (
                  <li key={item.path}>
                    <Link
                      to={item.path}
                      aria-current={isCurrent(item, location.pathname) ? 'page' : undefined}
                    >
                      {t.t(item.labelKey)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" ref={main} tabIndex={-1} className="main">
          {children}
        </main>
      </div>
    </div>
  );
}
