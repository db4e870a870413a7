/**
 * The cluster catalogue (issue 8): the registry entries member organisations describe for the
 * cluster, as metadata, with what the ISP allows the viewer's organisation (the API decides and
 * leaves out what it never allows); search, filters and pages come from the server. "Request"
 * opens the sharing module's request form in a dialog, pre-filled: the entry named, the
 * requesting organisation and the contact e-mail from the session.
 */
import { useEffect, useMemo, useState } from 'react';
import { AGGREGATION_LEVELS, DATA_TYPES, SENSITIVITY_LEVELS } from '@steward/core/vocabulary/index';
import type { components } from '../../api/schema';
import { data } from '../../api/steward-client';
import { describeError } from '../../api/describe-error';
import { Link } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { Checkbox, DataTable, Dialog, type Column } from '../../components';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { whyText } from '../isp/labels';
import { SensitivityBadge, showDate, termLabel } from '../registry/shared';
import { RequestForm } from '../sharing/request-form';
import {
  EMPTY_CATALOGUE_FILTERS,
  catalogueQuery,
  isFiltering,
  type CatalogueFilterValues,
} from './catalogue-logic';
import '../registry/registry.css';
import './catalogue.css';

type CataloguePage = components['schemas']['CataloguePage'];
type CatalogueItem = components['schemas']['CatalogueItem'];
type Load =
  { status: 'loading' } | { status: 'ready'; value: CataloguePage } | { status: 'failed'; error: unknown };

/** The search text is sent once typing pauses. */
function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

export default function CataloguePage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('cat.title'));
  const api = useApi();
  const session = useAuthenticatedSession();
  const [filters, setFilters] = useState<CatalogueFilterValues>(EMPTY_CATALOGUE_FILTERS);
  const [page, setPage] = useState(1);
  const q = useDebounced(filters.q, 300);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [owners, setOwners] = useState<{ id: string; acronym: string; name: string }[]>([]);
  const [requesting, setRequesting] = useState<CatalogueItem | null>(null);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    let live = true;
    data(api.GET('/api/organisations'))
      .then((r) => {
        if (!live) return;
        const active = r.items.filter((o) => o.status === 'active');
        setOwners(active.sort((a, b) => a.acronym.localeCompare(b.acronym)));
      })
      .catch(() => live && setOwners([]));
    return () => {
      live = false;
    };
  }, [api]);

  const query = useMemo(() => catalogueQuery({ ...filters, q }, page), [filters, q, page]);
  useEffect(() => {
    let live = true;
    data(api.GET('/api/catalogue', { params: { query } }))
      .then((value) => live && setLoad({ status: 'ready', value }))
      .catch((error: unknown) => live && setLoad({ status: 'failed', error }));
    return () => {
      live = false;
    };
  }, [api, query, session.activeOrganisationId]);

  const set = (patch: Partial<CatalogueFilterValues>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const open = (item: CatalogueItem) => {
    setSent(false);
    setRequesting(item);
  };

  return (
    <div className="page catalogue">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('cat.title')}</h1>
        <p className="muted">{t.t('cat.intro')}</p>
        <p className="hint">{t.t('cat.hiddenNote')}</p>
      </header>
      <form className="card filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="cat-q">{t.t('cat.filter.search')}</label>
          <input id="cat-q" type="text" value={filters.q} onChange={(e) => set({ q: e.target.value })} />
        </div>
        <Select
          id="cat-owner"
          label={t.t('cat.filter.owner')}
          value={filters.owner}
          onChange={(owner) => set({ owner })}
          options={owners.map((o) => ({ value: o.id, label: o.acronym, title: o.name }))}
        />
        <Select
          id="cat-type"
          label={t.t('cat.filter.dataType')}
          value={filters.dataType}
          onChange={(dataType) => set({ dataType })}
          options={DATA_TYPES.ids.map((id) => ({ value: id, label: termLabel(t, DATA_TYPES, id) }))}
        />
        <Select
          id="cat-level"
          label={t.t('cat.filter.level')}
          value={filters.aggregationLevel}
          onChange={(aggregationLevel) => set({ aggregationLevel })}
          options={AGGREGATION_LEVELS.ids.map((id) => ({
            value: id,
            label: termLabel(t, AGGREGATION_LEVELS, id),
          }))}
        />
        <Select
          id="cat-sens"
          label={t.t('cat.filter.sensitivity')}
          value={filters.sensitivity}
          onChange={(sensitivity) => set({ sensitivity })}
          options={SENSITIVITY_LEVELS.ids.map((id) => ({
            value: id,
            label: termLabel(t, SENSITIVITY_LEVELS, id),
          }))}
        />
        <div className="catalogue-filter-end">
          <Checkbox
            id="cat-requestable"
            label={t.t('cat.filter.requestable')}
            checked={filters.requestable}
            onChange={(requestable) => set({ requestable })}
          />
          {isFiltering(filters) && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setFilters(EMPTY_CATALOGUE_FILTERS);
                setPage(1);
              }}
            >
              {t.t('cat.filter.clear')}
            </button>
          )}
        </div>
      </form>
      {load.status === 'loading' && (
        <p className="muted" role="status">
          {t.t('common.loading')}
        </p>
      )}
      {load.status === 'failed' && (
        <p className="alert" role="alert">
          {describeError(t, load.error)}
        </p>
      )}
      {load.status === 'ready' && (
        <Results
          page={load.value}
          filtering={isFiltering(filters)}
          onRequest={open}
          onPage={(p) => setPage(p)}
        />
      )}
      <Dialog
        open={requesting !== null}
        title={requesting ? t.t('cat.requestTitle', { title: requesting.title }) : ''}
        onClose={() => setRequesting(null)}
        testId="catalogue-request"
      >
        {requesting && (
          <>
            <RequestForm
              key={requesting.id}
              entryId={requesting.id}
              entryTitle={requesting.title}
              bare
              onSent={() => setSent(true)}
            />
            {sent && (
              <p>
                <Link to="/agreements">{t.t('cat.sentNext')}</Link>
              </p>
            )}
          </>
        )}
      </Dialog>
    </div>
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string; title?: string }[];
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.t('cat.filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} {...(o.title ? { title: o.title } : {})}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Results({
  page,
  filtering,
  onRequest,
  onPage,
}: {
  page: CataloguePage;
  filtering: boolean;
  onRequest: (item: CatalogueItem) => void;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const columns: Column<CatalogueItem>[] = [
    {
      key: 'title',
      header: t.t('cat.col.title'),
      rowHeader: true,
      // Own entries and those an agreement in force gives open in the registry; others are metadata only.
      cell: (i) =>
        i.own || i.agreement ? (
          <Link to={`/registry/${i.id}`}>
            <bdi>{i.title}</bdi>
          </Link>
        ) : (
          <bdi>{i.title}</bdi>
        ),
    },
    {
      key: 'owner',
      header: t.t('cat.col.owner'),
      cell: (i) => (
        <abbr title={i.organisationName}>
          <bdi>{i.organisationAcronym}</bdi>
        </abbr>
      ),
    },
    {
      key: 'dataType',
      header: t.t('cat.col.dataType'),
      cell: (i) => i.dataTypes.map((d) => termLabel(t, DATA_TYPES, d)).join(', '),
    },
    {
      key: 'level',
      header: t.t('cat.col.level'),
      cell: (i) => termLabel(t, AGGREGATION_LEVELS, i.aggregationLevel),
    },
    {
      key: 'sensitivity',
      header: t.t('cat.col.sensitivity'),
      cell: (i) => <SensitivityBadge level={i.sensitivity} />,
    },
    {
      key: 'allowed',
      header: t.t('cat.col.allowed'),
      cell: (i) => (
        <div className="catalogue-allowed" data-access={i.access}>
          <strong>{t.t(`cat.access.${i.access}`)}</strong>
          {i.agreement && (
            <span className="notice-inline">
              {t.t('cat.agreementInForce', {
                reference: i.agreement.reference,
                date: showDate(t, i.agreement.expiresOn),
              })}
            </span>
          )}
          {!i.own && i.decision && (
            <details className="catalogue-why">
              <summary>{t.t('cat.why')}</summary>
              <p className="muted small">{whyText(t, i.decision.why, i.decision.explanation)}</p>
            </details>
          )}
        </div>
      ),
    },
    {
      key: 'action',
      header: t.t('cat.col.action'),
      cell: (i) =>
        i.canRequest ? (
          <button
            type="button"
            className="button button-secondary"
            aria-label={t.t('cat.requestLabel', { title: i.title })}
            onClick={() => onRequest(i)}
          >
            {t.t('cat.request')}
          </button>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];
  return (
    <section aria-labelledby="cat-results">
      {page.ispVersion === null && <p className="notice">{t.t('cat.noIsp')}</p>}
      <p id="cat-results" className="muted" role="status" data-testid="catalogue-count">
        {t.t('cat.count', { count: page.total })}
      </p>
      <DataTable
        caption={t.t('cat.caption')}
        columns={columns}
        rows={page.items}
        rowKey={(i) => i.id}
        pageSize={page.pageSize}
        empty={filtering ? t.t('cat.empty') : t.t('cat.emptyAll')}
        testId="catalogue-table"
      />
      {page.pages > 1 && (
        <nav className="table-paging" aria-label={t.t('cat.pages')}>
          <button
            type="button"
            className="button button-secondary"
            disabled={page.page <= 1}
            onClick={() => onPage(page.page - 1)}
          >
            {t.t('cat.previous')}
          </button>
          <span>{t.t('cat.page', { page: page.page, pages: page.pages })}</span>
          <button
            type="button"
            className="button button-secondary"
            disabled={page.page >= page.pages}
            onClick={() => onPage(page.page + 1)}
          >
            {t.t('cat.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
