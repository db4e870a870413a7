/**
 * The service directory (issue 9): the list with the caseworker's filters (/directory), one
 * service with its partner-only fields (/directory/<id>), and the owner's "my services"
 * (/directory/mine) where the organisation confirms its entries are current; the cluster's service
 * types (/directory/taxonomy), which cluster roles edit.
 */
import { useCallback, useEffect, useState } from 'react';
import { can } from '@steward/core/auth/permissions';
import { data } from '../../api/steward-client';
import { describeError } from '../../api/describe-error';
import { activeMembership } from '../../api/session';
import { Link, useRouter } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { DownloadButton } from '../../components';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { DirectoryFilters, ServiceFields, ServiceList } from './directory-parts';
import {
  EMPTY_FILTERS,
  filterQuery,
  type DirectoryFilterValues,
  type DirectoryService,
} from './directory-types';
import { DirectoryImport } from './directory-import';
import { ServiceEditForm } from './service-edit-form';
import { ServiceMap } from './service-map';
import { ServiceTypesProvider, useServiceTypes } from './service-types';
import { TaxonomyEditor } from './taxonomy-editor';
import './directory.css';

const CLUSTER_ROLES = ['cluster-coordinator', 'cluster-imo'];

/** Whether the signed-in user acts for the cluster (sees and flags stale entries of every partner). */
function useClusterRole(): boolean {
  const session = useAuthenticatedSession();
  const role = activeMembership(session)?.role;
  return session.user.isAdmin || (role !== undefined && CLUSTER_ROLES.includes(role));
}

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

export default function DirectoryPage() {
  const { location } = useRouter();
  const rest = location.pathname.replace(/^\/directory\/?/, '');
  return (
    <ServiceTypesProvider>
      {rest === 'mine' ? (
        <MyServices />
      ) : rest === 'taxonomy' ? (
        <TaxonomyPage />
      ) : rest ? (
        <ServicePage id={decodeURIComponent(rest)} />
      ) : (
        <DirectoryList />
      )}
    </ServiceTypesProvider>
  );
}

/** The cluster's service types: everyone reads them, cluster roles change them. */
function TaxonomyPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('dir.taxonomy.title'));
  return (
    <div className="page">
      <Header title={t.t('dir.taxonomy.title')} intro={t.t('dir.taxonomy.intro')} />
      <TaxonomyEditor mayEdit={useClusterRole()} />
    </div>
  );
}

function Header({ title, intro }: { title: string; intro?: string }) {
  const { t } = useI18n();
  return (
    <header className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {intro && <p className="muted">{intro}</p>}
      <nav aria-label={t.t('dir.title')} className="actions">
        <Link to="/directory">{t.t('dir.all')}</Link> · <Link to="/directory/mine">{t.t('dir.mine')}</Link> ·{' '}
        <Link to="/directory/taxonomy">{t.t('dir.taxonomy.link')}</Link> ·{' '}
        <a href="/public/directory">{t.t('dir.publicLink')}</a>
      </nav>
    </header>
  );
}

function DirectoryList() {
  const { t } = useI18n();
  useDocumentTitle(t.t('dir.title'));
  const api = useApi();
  const cluster = useClusterRole();
  const [filters, setFilters] = useState<DirectoryFilterValues>(EMPTY_FILTERS);
  const types = useServiceTypes();
  const [load, setLoad] = useState<Load<DirectoryService[]>>({ status: 'loading' });
  const [imports, setImports] = useState(0);
  // Importing writes the user's own organisation's services: the roles the API lets import.
  const membership = activeMembership(useAuthenticatedSession());
  const mayImport = membership !== undefined && can(membership.role, 'registry.manage');

  useEffect(() => {
    let live = true;
    data(api.GET('/api/directory/services', { params: { query: filterQuery(filters) } }))
      .then((r) => live && setLoad({ status: 'ready', value: r.items }))
      .catch((error: unknown) => live && setLoad({ status: 'failed', error }));
    return () => {
      live = false;
    };
  }, [api, filters, imports]);

  return (
    <div className="page">
      <Header title={t.t('dir.title')} intro={t.t('dir.intro')} />
      {cluster && <p className="hint">{t.t('dir.staleHelp')}</p>}
      <section className="actions dir-downloads" aria-label={t.t('dir.exportHelp')}>
        <DownloadButton
          href="/api/directory/export.zip"
          fileName="steward-directory-hsds.zip"
          testId="hsds-package"
        >
          {t.t('dir.exportPackage')}
        </DownloadButton>
        <DownloadButton
          href="/api/directory/export"
          fileName="steward-directory-hsds.json"
          testId="hsds-json"
        >
          {t.t('dir.exportJson')}
        </DownloadButton>
        <p className="muted small">{t.t('dir.exportHelp')}</p>
      </section>
      {mayImport && membership && (
        <DirectoryImport acronym={membership.acronym} onImported={() => setImports((n) => n + 1)} />
      )}
      <DirectoryFilters value={filters} onChange={setFilters} serviceTypes={types} showStale />
      {load.status === 'loading' && (
        <p className="muted" role="status">
          {t.t('common.loading')}
        </p>
      )}
      {load.status === 'failed' && <p className="alert">{describeError(t, load.error)}</p>}
      {load.status === 'ready' && (
        <ServiceList services={load.value} link={(s) => <Link to={`/directory/${s.id}`}>{s.name}</Link>} />
      )}
      {load.status === 'ready' && <ServiceMap services={load.value} />}
    </div>
  );
}

function ServicePage({ id }: { id: string }) {
  const { t } = useI18n();
  const api = useApi();
  const cluster = useClusterRole();
  const [load, setLoad] = useState<Load<DirectoryService>>({ status: 'loading' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const flag = async (s: DirectoryService) => {
    setMessage(null);
    try {
      const r = await data(
        api.POST('/api/directory/services/{id}/flag-stale', { params: { path: { id: s.id } } }),
      );
      setLoad({ status: 'ready', value: r as DirectoryService });
      setMessage({ kind: 'ok', text: t.t('dir.flaggedDone', { name: s.name }) });
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(t, error) });
    }
  };
  useDocumentTitle(load.status === 'ready' ? load.value.name : t.t('dir.title'));
  useEffect(() => {
    data(api.GET('/api/directory/services/{id}', { params: { path: { id } } }))
      .then((r) => setLoad({ status: 'ready', value: r }))
      .catch((error: unknown) => setLoad({ status: 'failed', error }));
  }, [api, id]);
  return (
    <div className="page">
      {load.status === 'ready' ? (
        <>
          <Header title={load.value.name} />
          <div aria-live="polite">
            {message && (
              <p className={message.kind === 'ok' ? 'notice' : 'alert'} data-testid="directory-message">
                {message.text}
              </p>
            )}
          </div>
          {load.value.staleFlaggedAt && (
            <p className="notice" data-testid="service-flagged">
              {t.t('dir.flaggedOn', { date: load.value.staleFlaggedAt.slice(0, 10) })}
            </p>
          )}
          {cluster && load.value.stale && !load.value.staleFlaggedAt && (
            <div className="actions">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void flag(load.value as DirectoryService)}
              >
                {t.t('dir.flag', { name: load.value.name })}
              </button>
            </div>
          )}
          <ServiceFields service={load.value} partner />
        </>
      ) : (
        <>
          <Header title={t.t('dir.title')} />
          {load.status === 'loading' ? (
            <p className="muted" role="status">
              {t.t('common.loading')}
            </p>
          ) : (
            <p className="alert">{describeError(t, load.error)}</p>
          )}
        </>
      )}
    </div>
  );
}

function MyServices() {
  const { t } = useI18n();
  useDocumentTitle(t.t('dir.mine'));
  const api = useApi();
  const session = useAuthenticatedSession();
  const acronym = activeMembership(session)?.acronym ?? null;
  const [load, setLoad] = useState<Load<DirectoryService[]>>({ status: 'loading' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const types = useServiceTypes();
  const mayManage =
    session.user.isAdmin ||
    ['partner-focal-point', 'partner-im-officer', ...CLUSTER_ROLES].includes(
      activeMembership(session)?.role ?? '',
    );

  const reload = useCallback(async () => {
    if (!acronym) return;
    try {
      const r = await data(
        api.GET('/api/directory/services', { params: { query: { organisation: acronym } } }),
      );
      setLoad({ status: 'ready', value: r.items });
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [api, acronym]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const review = async (s: DirectoryService) => {
    setMessage(null);
    try {
      await data(api.POST('/api/directory/services/{id}/review', { params: { path: { id: s.id } } }));
      setMessage({ kind: 'ok', text: t.t('dir.reviewed', { name: s.name }) });
      await reload();
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(t, error) });
    }
  };

  const remove = async (s: DirectoryService) => {
    setMessage(null);
    try {
      await data(api.DELETE('/api/directory/services/{id}', { params: { path: { id: s.id } } }));
      setConfirming(null);
      setMessage({ kind: 'ok', text: t.t('dir.deleted', { name: s.name }) });
      await reload();
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(t, error) });
    }
  };

  return (
    <div className="page">
      <Header title={t.t('dir.mine')} intro={t.t('dir.mineIntro')} />
      {acronym && mayManage && !adding && (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setAdding(true);
              setMessage(null);
            }}
          >
            {t.t('dir.add')}
          </button>
        </div>
      )}
      {adding && (
        <section className="card dir-card" aria-labelledby="dir-add-heading">
          <h2 id="dir-add-heading">{t.t('dir.add')}</h2>
          <ServiceEditForm
            service={null}
            serviceTypes={types}
            onCancel={() => setAdding(false)}
            onSaved={(saved) => {
              setAdding(false);
              setMessage({ kind: 'ok', text: t.t('dir.added', { name: saved.name }) });
              void reload();
            }}
          />
        </section>
      )}
      <div aria-live="polite">
        {message && (
          <p className={message.kind === 'ok' ? 'notice' : 'alert'} data-testid="directory-message">
            {message.text}
          </p>
        )}
      </div>
      {!acronym && <p className="notice">{t.t('members.noOrganisation')}</p>}
      {load.status === 'failed' && <p className="alert">{describeError(t, load.error)}</p>}
      {load.status === 'ready' && load.value.length === 0 && <p className="muted">{t.t('dir.mineEmpty')}</p>}
      {load.status === 'ready' &&
        load.value.map((s) => (
          <section key={s.id} className="card dir-card" data-mine={s.name} aria-labelledby={`mine-${s.id}`}>
            <h2 id={`mine-${s.id}`}>
              <Link to={`/directory/${s.id}`}>{s.name}</Link>
            </h2>
            <p className={s.stale ? 'alert' : 'muted'}>
              {s.stale
                ? t.t('dir.staleNotice', { date: s.assuredDate })
                : t.t('dir.lastReviewOn', { date: s.assuredDate })}
            </p>
            {editing === s.id ? (
              <ServiceEditForm
                service={s}
                serviceTypes={types}
                onCancel={() => setEditing(null)}
                onSaved={(saved) => {
                  setEditing(null);
                  setMessage({ kind: 'ok', text: t.t('dir.edit.saved', { name: saved.name }) });
                  void reload();
                }}
              />
            ) : (
              // Confirming, editing and deleting are for those who maintain the services (the
              // services refuse the others); a caseworker or viewer reads the list.
              mayManage && (
                <div className="actions">
                  <button type="button" className="button button-secondary" onClick={() => void review(s)}>
                    {t.t('dir.review', { name: s.name })}
                  </button>{' '}
                  <button type="button" className="button button-secondary" onClick={() => setEditing(s.id)}>
                    {t.t('dir.edit.open', { name: s.name })}
                  </button>{' '}
                  {confirming === s.id ? (
                    <span role="group" aria-label={t.t('dir.deleteConfirm', { name: s.name })}>
                      <span>{t.t('dir.deleteConfirm', { name: s.name })}</span>{' '}
                      <button type="button" className="button button-danger" onClick={() => void remove(s)}>
                        {t.t('dir.deleteYes')}
                      </button>{' '}
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => setConfirming(null)}
                      >
                        {t.t('dir.edit.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => setConfirming(s.id)}
                    >
                      {t.t('dir.delete', { name: s.name })}
                    </button>
                  )}
                </div>
              )
            )}
          </section>
        ))}
    </div>
  );
}
