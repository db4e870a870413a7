/**
 * Publication (issue 10): publish a reporting table to an audience as a frozen, checked snapshot —
 * the ISP decision and the disclosure checks are shown (threshold, rule, cells suppressed), a
 * refusal names the cells and the rule — and the list of publications with downloads (CSV, XLSX,
 * HXL for HDX) and unpublish (immediate). A public publication gets a link shown once.
 */
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { activeMembership } from '../../api/session';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { AreaMap } from '../../components/area-map';
import { Chart } from '../../components/chart';
import { TableScroll } from '../../components';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { Publication, PublicationChecks } from './publication-types';
import { PublishForm, type Organisation, type Published } from './publish-form';
import { snapshotAreaValues, snapshotChartData } from './snapshot-figures';
import { useSnapshotLabel } from './use-snapshot-label';
import '../dashboards/dashboards.css';

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
  const session = useAuthenticatedSession();
  const label = useSnapshotLabel();
  const role = activeMembership(session)?.role;
  const publisher = role === 'cluster-imo' || role === 'cluster-coordinator';
  const [result, setResult] = useState<Published | null>(null);
  const [items, setItems] = useState<Publication[] | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);

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
    data(api.GET('/api/organisations')).then(
      (out) => setOrganisations(out.items),
      () => setOrganisations([]),
    );
  }, [api]);

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

  const link = result?.publicToken ? `${window.location.origin}/public/snapshot#${result.publicToken}` : null;
  const map =
    result?.publication.kind === 'dashboard' ? snapshotAreaValues(result.publication.snapshot) : null;
  const audienceOf = (p: Publication) => {
    if (p.audience !== 'organisation') return t.tryT(`publications.audience.${p.audience}`) ?? p.audience;
    const o = organisations.find((x) => x.id === p.audienceOrganisationId);
    return t.t('publications.audience.to', { organisation: o?.acronym ?? '—' });
  };

  return (
    <section className="page publications-page">
      <header className="page-header">
        <h1>{t.t('publications.title')}</h1>
        <p>{t.t('publications.intro')}</p>
      </header>

      {publisher ? (
        <PublishForm
          organisations={organisations}
          activeOrganisationId={session.activeOrganisationId}
          onPublished={(out) => {
            setResult(out);
            void reload();
          }}
        />
      ) : (
        <p className="muted">{t.t('publications.readOnly')}</p>
      )}

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
            data={snapshotChartData(result.publication.snapshot, t.t('dashboards.reached'), label)}
          />
          {map ? (
            <AreaMap
              level={map.level}
              title={t.t('publications.map', { title: result.publication.title })}
              testId="published-map"
              valueLabel={t.t('dashboards.reached')}
              values={map.values}
            />
          ) : null}
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
          // Unnamed: the section is already the "publications-list" region; every row's links take the focus.
          <TableScroll>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.t('publications.col.title')}</th>
                  <th scope="col">{t.t('publications.publish.kind')}</th>
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
                    <td>{t.tryT(`publications.kind.${p.kind}`) ?? p.kind}</td>
                    <td data-testid="publication-audience">{audienceOf(p)}</td>
                    <td data-testid="publication-status">
                      {t.tryT(`publications.status.${p.status}`) ?? p.status}
                    </td>
                    <td>{t.date(new Date(p.publishedAt), { dateStyle: 'medium' })}</td>
                    <td className="publication-file-links">
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
                      {publisher && p.status === 'published' ? (
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
          </TableScroll>
        )}
      </section>
    </section>
  );
}
