import { useMemo, useState } from 'react';
import { registryExportUrl, type RegistryQuery, type RegistrySummary } from './registry-api';
import { activeMembership } from '../../api/session';
import { Link } from '../../app/router';
import { useAuthenticatedSession } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { DATA_TYPES, SENSITIVITY_LEVELS } from '@steward/core/vocabulary/index';
import { ImportPanel } from './import-panel';
import { DownloadButton, TableScroll } from '../../components';
import { filterAndSort } from './registry-logic';
import { LoadView, SensitivityBadge, showDate, termLabel, useLoad } from './shared';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';

type SortKey = NonNullable<RegistryQuery['sort']>;

export function RegistryList() {
  const { t } = useI18n();
  useDocumentTitle(t.t('reg.title'));
  const api = useApi();
  const session = useAuthenticatedSession();
  const role = activeMembership(session)?.role;
  const canCreate = role !== 'viewer' && role !== 'caseworker';
  const [query, setQuery] = useState<RegistryQuery>({ sort: 'title', order: 'asc' });
  const [state, retry] = useLoad(() => data(api.GET('/api/registry')), [api, session.activeOrganisationId]);
  const [importing, setImporting] = useState(false);

  const set = (patch: Partial<RegistryQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const sortBy = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: key, order: q.sort === key && q.order === 'asc' ? 'desc' : 'asc' }));
  const filtering = Boolean(
    query.dataType || query.sensitivity || query.owner || query.reviewDue || query.dia || query.q,
  );

  return (
    <div className="page">
      <header className="page-header page-header-row">
        <div>
          <h1 tabIndex={-1}>{t.t('reg.heading')}</h1>
          <p className="muted">{t.t('reg.intro')}</p>
        </div>
        <div className="actions">
          {canCreate && (
            <Link to="/registry/new" className="button button-primary">
              {t.t('reg.new')}
            </Link>
          )}
          {canCreate && (
            <button
              type="button"
              className="button button-secondary"
              aria-expanded={importing}
              aria-controls={importing ? 'import-panel' : undefined}
              onClick={() => setImporting((open) => !open)}
            >
              {t.t('reg.import.open')}
            </button>
          )}
          <DownloadButton href={registryExportUrl('csv')} fileName="registry.csv">
            {t.t('reg.exportCsv')}
          </DownloadButton>
          <DownloadButton href={registryExportUrl('xlsx')} fileName="registry.xlsx">
            {t.t('reg.exportXlsx')}
          </DownloadButton>
        </div>
      </header>
      {canCreate && importing && (
        <div id="import-panel">
          <ImportPanel onImported={retry} onClose={() => setImporting(false)} />
        </div>
      )}
      <LoadView state={state} retry={retry}>
        {(data) => (
          <RegistryTable
            items={data.items}
            query={query}
            set={set}
            sortBy={sortBy}
            filtering={filtering}
            canCreate={canCreate}
          />
        )}
      </LoadView>
      <p className="fine-print">{t.t('reg.exportNote')}</p>
    </div>
  );
}

function RegistryTable({
  items,
  query,
  set,
  sortBy,
  filtering,
  canCreate,
}: {
  items: readonly RegistrySummary[];
  query: RegistryQuery;
  set: (patch: Partial<RegistryQuery>) => void;
  sortBy: (key: SortKey) => void;
  filtering: boolean;
  canCreate: boolean;
}) {
  const { t } = useI18n();
  const rows = useMemo(() => filterAndSort(items, query), [items, query]);
  const missing = useMemo(() => items.filter((i) => i.diaMissing).length, [items]);
  const owners = useMemo(
    () =>
      [...new Map(items.map((i) => [i.organisationId, i.organisationAcronym])).entries()].sort((a, b) =>
        a[1].localeCompare(b[1]),
      ),
    [items],
  );

  if (items.length === 0) {
    return (
      <div className="card empty-state" data-testid="registry-empty">
        <span className="empty-icon" aria-hidden="true" />
        <p>{t.t('reg.empty')}</p>
        {canCreate && (
          <Link to="/registry/new" className="button button-primary">
            {t.t('reg.new')}
          </Link>
        )}
      </div>
    );
  }

  const header = (key: SortKey, label: string) => {
    const active = query.sort === key;
    return (
      <th scope="col" aria-sort={active ? (query.order === 'desc' ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => sortBy(key)}>
          {label}
          <span className="sort-mark" aria-hidden="true">
            {active ? (query.order === 'desc' ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <form className="card filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="reg-q">{t.t('reg.filter.search')}</label>
          <input id="reg-q" type="text" value={query.q ?? ''} onChange={(e) => set({ q: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="reg-type">{t.t('reg.filter.dataType')}</label>
          <select
            id="reg-type"
            className="select"
            value={query.dataType ?? ''}
            onChange={(e) => set({ dataType: e.target.value })}
          >
            <option value="">{t.t('reg.filter.all')}</option>
            {DATA_TYPES.ids.map((id) => (
              <option key={id} value={id}>
                {termLabel(t, DATA_TYPES, id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="reg-sens">{t.t('reg.filter.sensitivity')}</label>
          <select
            id="reg-sens"
            className="select"
            value={query.sensitivity ?? ''}
            onChange={(e) => set({ sensitivity: e.target.value })}
          >
            <option value="">{t.t('reg.filter.all')}</option>
            {SENSITIVITY_LEVELS.ids.map((id) => (
              <option key={id} value={id}>
                {termLabel(t, SENSITIVITY_LEVELS, id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="reg-owner">{t.t('reg.filter.owner')}</label>
          <select
            id="reg-owner"
            className="select"
            value={query.owner ?? ''}
            onChange={(e) => set({ owner: e.target.value })}
          >
            <option value="">{t.t('reg.filter.all')}</option>
            {owners.map(([id, acronym]) => (
              <option key={id} value={id}>
                {acronym}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="reg-review">{t.t('reg.filter.review')}</label>
          <select
            id="reg-review"
            className="select"
            value={query.reviewDue ?? ''}
            onChange={(e) => set({ reviewDue: e.target.value as RegistryQuery['reviewDue'] })}
          >
            <option value="">{t.t('reg.filter.all')}</option>
            <option value="soon">{t.t('reg.filter.reviewSoon')}</option>
            <option value="overdue">{t.t('reg.filter.reviewOverdue')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="reg-dia">{t.t('reg.filter.dia')}</label>
          <select
            id="reg-dia"
            className="select"
            value={query.dia ?? ''}
            onChange={(e) => set({ dia: e.target.value as RegistryQuery['dia'] })}
          >
            <option value="">{t.t('reg.filter.all')}</option>
            <option value="missing">{t.t('reg.filter.diaMissing')}</option>
          </select>
        </div>
      </form>
      {missing > 0 && !query.dia && (
        <div className="notice dia-notice" data-testid="registry-dia-notice">
          <p>
            {t.t('reg.diaNotice')} <strong>{t.t('reg.count', { count: missing })}</strong>
          </p>
          <button type="button" className="button button-secondary" onClick={() => set({ dia: 'missing' })}>
            {t.t('reg.diaNotice.show')}
          </button>
        </div>
      )}
      {rows.length === 0 ? (
        <div className="card empty-state" data-testid="registry-no-match">
          <span className="empty-icon" aria-hidden="true" />
          <p>{t.t('reg.noMatch')}</p>
          {filtering && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => set({ dataType: '', sensitivity: '', owner: '', reviewDue: '', dia: '', q: '' })}
            >
              {t.t('reg.filter.clear')}
            </button>
          )}
        </div>
      ) : (
        <div className="card table-card">
          <p className="table-count" aria-live="polite">
            {t.t('reg.count', { count: rows.length })}
          </p>
          <TableScroll>
            <table className="table" data-testid="registry-table">
              <caption className="visually-hidden">{t.t('reg.caption')}</caption>
              <thead>
                <tr>
                  {header('title', t.t('reg.col.title'))}
                  <th scope="col">{t.t('reg.col.dataTypes')}</th>
                  {header('sensitivity', t.t('reg.col.sensitivity'))}
                  <th scope="col">{t.t('reg.col.owner')}</th>
                  {header('nextReviewOn', t.t('reg.col.review'))}
                  <th scope="col">{t.t('reg.col.files')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <Link to={`/registry/${encodeURIComponent(item.id)}`}>{item.title}</Link>
                      {item.sharedWithCluster && (
                        <span className="badge badge-muted tag">{t.t('reg.sharedBadge')}</span>
                      )}
                      {item.status === 'draft' && (
                        <span className="badge badge-muted tag">{t.t('reg.status.draft')}</span>
                      )}
                      {item.diaMissing && (
                        <span className="badge tag dia-missing-badge" data-testid="dia-missing">
                          {t.t('reg.diaMissing')}
                        </span>
                      )}
                    </th>
                    <td>{item.dataTypes.map((d) => termLabel(t, DATA_TYPES, d)).join(t.t('reg.listSep'))}</td>
                    <td>
                      <SensitivityBadge level={item.sensitivity} />
                    </td>
                    <td>{item.organisationAcronym}</td>
                    <td>
                      {showDate(t, item.nextReviewOn)}{' '}
                      {item.reviewStatus !== 'ok' && (
                        <span className={`badge review-${item.reviewStatus}`}>
                          {t.t(item.reviewStatus === 'overdue' ? 'reg.review.overdue' : 'reg.review.soon')}
                        </span>
                      )}
                    </td>
                    <td>
                      {t.number(item.fileCount)}
                      {item.quarantinedFiles > 0 && (
                        <span className="badge quarantine-badge">
                          {t.t('reg.quarantinedCount', { count: item.quarantinedFiles })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </>
  );
}
