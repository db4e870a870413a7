import { useEffect, useState } from 'react';
import { describeError } from '../api/describe-error';
import type { Organisation } from '../api/session';
import { data } from '../api/steward-client';
import { useApi, useSession } from '../app/session-context';
import { useDocumentTitle, useI18n } from '../i18n/i18n-context';

type Load =
  { status: 'loading' } | { status: 'ready'; items: Organisation[] } | { status: 'failed'; error: unknown };

export function OrganisationsPage() {
  const { t } = useI18n();
  const api = useApi();
  const { state } = useSession();
  useDocumentTitle(t.t('title.organisations'));
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const activeId = state.status === 'authenticated' ? state.session.activeOrganisationId : null;

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    data(api.GET('/api/organisations')).then(
      (body) => live && setLoad({ status: 'ready', items: body.items }),
      (error: unknown) => live && setLoad({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt, activeId]);

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('orgs.heading')}</h1>
        <p className="muted">{t.t('orgs.intro')}</p>
      </header>
      {load.status === 'loading' ? (
        <p className="muted" role="status">
          {t.t('common.loading')}
        </p>
      ) : load.status === 'failed' ? (
        <div className="alert" role="alert">
          <p>{t.t('orgs.loadFailed', { reason: describeError(t, load.error) })}</p>
          <button type="button" className="button button-secondary" onClick={() => setAttempt((a) => a + 1)}>
            {t.t('common.retry')}
          </button>
        </div>
      ) : load.items.length === 0 ? (
        <div className="card empty-state" data-testid="organisations-empty">
          <span className="empty-icon" aria-hidden="true" />
          <p>{t.t('orgs.empty')}</p>
        </div>
      ) : (
        <div className="card table-card">
          <p className="table-count" aria-live="polite">
            {t.t('orgs.count', { count: load.items.length })}
          </p>
          <div className="table-scroll">
            <table className="table" data-testid="organisations-table">
              <caption className="visually-hidden">{t.t('orgs.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.t('orgs.col.name')}</th>
                  <th scope="col">{t.t('orgs.col.acronym')}</th>
                  <th scope="col">{t.t('orgs.col.type')}</th>
                  <th scope="col">{t.t('orgs.col.member')}</th>
                  <th scope="col">{t.t('orgs.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {load.items.map((o) => (
                  <tr key={o.id} aria-current={o.id === activeId ? 'true' : undefined}>
                    <th scope="row">{o.name}</th>
                    <td>{o.acronym}</td>
                    <td>{t.tryT(`orgType.${o.type}`) ?? o.type}</td>
                    <td>{o.isClusterMember ? t.t('common.yes') : t.t('common.no')}</td>
                    <td>
                      <span className={`badge badge-${o.status === 'active' ? 'ok' : 'muted'}`}>
                        {t.tryT(`orgStatus.${o.status}`) ?? o.status}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
