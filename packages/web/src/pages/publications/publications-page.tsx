/**
 * Publication (issue 10): publish a reporting table to an audience as a frozen, checked snapshot —
 * the ISP decision and the disclosure checks are shown (threshold, rule, cells suppressed), a
 * refusal names the cells and the rule — and the list of publications with downloads (CSV, XLSX,
 * HXL for HDX) and unpublish (immediate). A public publication gets a link shown once.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { Chart } from '../../components/chart';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { defaultState, periodsBetween } from '../dashboards/dashboard-state';
import type { Publication, PublicationChecks } from './publication-types';
import { snapshotChartData } from './snapshot-figures';
import '../dashboards/dashboards.css';

const BREAKDOWNS = ['adm1,sex', 'adm2,sex', 'adm2,sex,age', 'adm1,month', 'adm1,age'] as const;

function Checks({ checks }: { checks: PublicationChecks }) {
  const { t } = useI18n();
  return (
    <dl className="publication-checks" data-testid="publication-checks">
      <dt>{t.t('publications.checks.decision')}</dt>
      <dd>
        {checks.isp?.decision ?? '—'}
        {checks.isp?.explanation ? <> — {checks.isp.explanation}</> : null}
      </dd>
      <dt>{t.t('publications.checks.rule')}</dt>
      <dd>
        <bdi>{checks.primaryRule ?? '—'}</bdi>
      </dd>
      <dt>{t.t('publications.checks.suppressed')}</dt>
      <dd data-testid="publication-suppressed">
        {t.t('publications.checks.counts', {
          primary: checks.primaryCount ?? 0,
          secondary: checks.secondaryCount ?? 0,
        })}
      </dd>
    </dl>
  );
}

export default function PublicationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('publications.title'));
  const api = useApi();
  const defaults = defaultState(new Date());
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState(defaults.from);
  const [to, setTo] = useState(defaults.to);
  const [by, setBy] = useState<string>(BREAKDOWNS[0]);
  const [indicator, setIndicator] = useState('');
  const [indicators, setIndicators] = useState<{ id: string; label: string }[]>([]);
  const [audience, setAudience] = useState<'public' | 'cluster'>('public');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ publication: Publication; publicToken: string | null } | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [items, setItems] = useState<Publication[] | null>(null);
  const [listError, setListError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const out = await data<{ items: Publication[] }>(api.GET('/api/publications') as never);
      setItems(out.items);
    } catch (error) {
      setListError(error);
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    data<{ indicators: { id: string; label: string }[] }>(
      api.GET('/api/reporting/frameworks/{code}', { params: { path: { code: '5w' } } }) as never,
    ).then(
      (f) => setIndicators(f.indicators),
      () => setIndicators([]),
    );
  }, [api]);

  const publish = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    setResult(null);
    try {
      const out = await data<{ publication: Publication; publicToken: string | null }>(
        api.POST('/api/publications', {
          body: {
            title: title.trim(),
            kind: 'table',
            audience,
            report: {
              framework: '5w',
              periods: periodsBetween(from, to),
              by: by.split(','),
              ...(indicator ? { indicator } : {}),
            },
          },
        } as never) as never,
      );
      setResult(out);
      await reload();
    } catch (error) {
      setRefusal(error);
    } finally {
      setBusy(false);
    }
  };

  const unpublish = async (p: Publication) => {
    try {
      await data(
        api.POST('/api/publications/{id}/unpublish', { params: { path: { id: p.id } } } as never) as never,
      );
      await reload();
    } catch (error) {
      setListError(error);
    }
  };

  const refusalDetails = refusal instanceof ApiError ? refusal.details : null;
  const refusedCells = Array.isArray(refusalDetails?.cells) ? (refusalDetails.cells as string[]) : [];
  const link = result?.publicToken ? `${window.location.origin}/public/snapshot#${result.publicToken}` : null;

  return (
    <section className="page publications-page">
      <header className="page-header">
        <h1>{t.t('publications.title')}</h1>
        <p>{t.t('publications.intro')}</p>
      </header>

      <form className="card" onSubmit={(e) => void publish(e)} aria-labelledby="publish-title">
        <h2 id="publish-title">{t.t('publications.publish.title')}</h2>
        <label className="field">
          <span>{t.t('publications.publish.name')}</span>
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="dashboards-filters">
          <label className="field">
            <span>{t.t('dashboards.from')}</span>
            <input type="month" required value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label className="field">
            <span>{t.t('dashboards.to')}</span>
            <input type="month" required value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <label className="field">
            <span>{t.t('publications.publish.by')}</span>
            <select data-testid="publish-by" value={by} onChange={(e) => setBy(e.target.value)}>
              {BREAKDOWNS.map((b) => (
                <option key={b} value={b}>
                  {t.tryT(`publications.by.${b.replace(',', '-')}`) ?? b}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.t('publications.publish.indicator')}</span>
            <select
              data-testid="publish-indicator"
              value={indicator}
              onChange={(e) => setIndicator(e.target.value)}
            >
              <option value="">{t.t('publications.publish.allIndicators')}</option>
              {indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.t('publications.publish.audience')}</span>
            <select
              data-testid="publish-audience"
              value={audience}
              onChange={(e) => setAudience(e.target.value as 'public' | 'cluster')}
            >
              <option value="public">{t.t('publications.audience.public')}</option>
              <option value="cluster">{t.t('publications.audience.cluster')}</option>
            </select>
          </label>
        </div>
        <p className="muted">{t.t('publications.publish.help')}</p>
        <p>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t.t('publications.publish.submit')}
          </button>
        </p>
        {refusal ? (
          <div role="alert" className="dashboards-error" data-testid="publish-refused">
            <p>{describeError(t, refusal)}</p>
            {refusedCells.length > 0 ? (
              <p>
                {t.t('publications.refused.cells', {
                  cells: refusedCells.slice(0, 20).join(', '),
                  rule: String(refusalDetails?.rule ?? '—'),
                })}
              </p>
            ) : null}
          </div>
        ) : null}
      </form>

      {result ? (
        <section className="card" aria-labelledby="published-title" data-testid="published">
          <h2 id="published-title">
            {t.t('publications.published.title', { title: result.publication.title })}
          </h2>
          <Checks checks={result.publication.checks} />
          {link ? (
            <p>
              {t.t('publications.published.link')}{' '}
              <a href={link} data-testid="public-link">
                {link}
              </a>
            </p>
          ) : null}
          <Chart
            kind="bar"
            title={result.publication.title}
            testId="published-chart"
            data={snapshotChartData(result.publication.snapshot, t.t('dashboards.reached'))}
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="publications-list">
        <h2 id="publications-list">{t.t('publications.list.title')}</h2>
        {listError ? <p role="alert">{describeError(t, listError)}</p> : null}
        {items === null ? (
          <p className="muted">{t.t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p>{t.t('publications.list.empty')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.t('publications.col.title')}</th>
                  <th scope="col">{t.t('publications.publish.audience')}</th>
                  <th scope="col">{t.t('publications.col.status')}</th>
                  <th scope="col">{t.t('publications.col.published')}</th>
                  <th scope="col">{t.t('publications.col.files')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.t('publications.col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} data-testid="publication-row">
                    <th scope="row">{p.title}</th>
                    <td>{t.tryT(`publications.audience.${p.audience}`) ?? p.audience}</td>
                    <td data-testid="publication-status">
                      {t.tryT(`publications.status.${p.status}`) ?? p.status}
                    </td>
                    <td>{t.date(new Date(p.publishedAt), { dateStyle: 'medium' })}</td>
                    <td>
                      {(['csv', 'xlsx', 'hxl'] as const).map((f) => (
                        <a
                          key={f}
                          className="publication-file"
                          href={`/api/publications/${p.id}/export?format=${f}`}
                        >
                          {f === 'hxl' ? t.t('publications.hdx') : f.toUpperCase()}
                        </a>
                      ))}
                    </td>
                    <td>
                      {p.status === 'published' ? (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => void unpublish(p)}
                        >
                          {t.t('publications.unpublish')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
