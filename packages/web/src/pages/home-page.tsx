import { activeMembership } from '../api/session';
import { Link } from '../app/router';
import { useAuthenticatedSession } from '../app/session-context';
import type { PlainKey } from '../i18n/dictionary';
import { Rich, useDocumentTitle, useI18n } from '../i18n/i18n-context';
import { AuditHeadCard } from './audit-head-card';
import { RecentActivity } from './recent-activity';
import { CAPABILITY_PAGES, capabilitiesOf } from '../modules/capabilities';
import { availableModules, MODULES } from '../modules/registry';

/** Home of the active organisation: who you are, your role, what you can do, what will appear here. */
export function HomePage() {
  const { t } = useI18n();
  const session = useAuthenticatedSession();
  useDocumentTitle(t.t('title.home'));
  const membership = activeMembership(session);
  const modules = availableModules(MODULES, {
    role: membership?.role,
    isAdmin: session.user.isAdmin,
  });
  const others = session.memberships.length - 1;
  /** Where a capability is done: frame pages always, module pages only when this role may open them. */
  const pageOf = (key: PlainKey): string | undefined => {
    const path = CAPABILITY_PAGES[key];
    if (!path) return undefined;
    const framePage = path === '/organisations' || path === '/account/tokens';
    return framePage || modules.some((m) => m.path === path) ? path : undefined;
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('home.welcome', { name: session.user.displayName })}</h1>
        <p className="muted">
          <Rich k="home.signedInAs" values={{ email: <bdi dir="ltr">{session.user.email}</bdi> }} />
        </p>
      </header>

      {membership ? (
        <div className="grid">
          <section className="card" aria-labelledby="home-org" data-testid="active-organisation">
            <h2 id="home-org" className="card-kicker">
              {t.t('home.organisationHeading')}
            </h2>
            {/* The test ids of this card stay here only: browser tests read them on the home page
                they land on after signing in (and after switching organisation there); elsewhere
                the header's organisation switcher (a labelled combobox) shows the active one. */}
            <p className="org-name">
              <span className="org-acronym" data-testid="active-organisation-acronym">
                {membership.acronym}
              </span>
              <span data-testid="active-organisation-name">{membership.organisationName}</span>
            </p>
            <h3 className="subtle-heading">{t.t('home.roleIn', { organisation: membership.acronym })}</h3>
            <p className="role" data-testid="active-role" data-role={membership.role}>
              {t.t(`role.${membership.role}`)}
            </p>
            <p className="muted">{t.t(`roleAbout.${membership.role}`)}</p>
            {session.user.isAdmin ? (
              <p className="admin-note" data-testid="system-admin">
                <span className="badge badge-admin">{t.t('role.admin')}</span> {t.t('roleAbout.admin')}
              </p>
            ) : null}
            {others > 0 ? <p className="hint">{t.t('home.otherMemberships', { count: others })}</p> : null}
          </section>

          <section className="card" aria-labelledby="home-can">
            <h2 id="home-can" className="card-kicker">
              {t.t('home.canHeading')}
            </h2>
            <ul className="checklist">
              {capabilitiesOf(membership.role, session.memberships.length, session.user.isAdmin).map(
                (key) => {
                  const path = pageOf(key);
                  return (
                    <li key={key}>
                      {path ? (
                        <Link to={path} data-testid={`capability-${key}`}>
                          {t.t(key)}
                        </Link>
                      ) : (
                        t.t(key)
                      )}
                    </li>
                  );
                },
              )}
            </ul>
          </section>

          <section className="card card-wide" aria-labelledby="home-modules">
            <h2 id="home-modules" className="card-kicker">
              {t.t('home.modulesHeading')}
            </h2>
            {modules.length === 0 ? (
              <div className="empty-state" data-testid="modules-empty">
                <span className="empty-icon" aria-hidden="true" />
                <p>{t.t('home.modulesEmpty')}</p>
              </div>
            ) : (
              <ul className="module-list">
                {modules.map((m) => (
                  <li key={m.id}>
                    <Link to={m.path} className="module-link">
                      <span className="module-name">{t.t(m.labelKey)}</span>
                      <span className="muted">{t.t(m.descriptionKey)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card card-wide" aria-labelledby="home-activity">
            <h2 id="home-activity" className="card-kicker">
              {t.t('home.activityHeading')}
            </h2>
            <RecentActivity
              organisation={membership.organisationName}
              canRead={modules.some((m) => m.id === 'audit')}
            />
          </section>

          <AuditHeadCard />
        </div>
      ) : (
        <div className="card empty-state" data-testid="no-membership">
          <p>{t.t('home.noMembership')}</p>
        </div>
      )}
    </div>
  );
}
