/**
 * The public link of a publication (no sign-in): only the frozen, checked snapshot, read-only,
 * with its own CSV / XLSX / HXL downloads carrying the same suppression. The token is in the
 * URL's fragment, so it is never sent in a Referer or written in a server log.
 */
import { useEffect, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { AreaMap } from '../../components/area-map';
import { Chart } from '../../components/chart';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LanguageSwitcher } from '../../layout/language-switcher';
import type { PublicSnapshot } from './publication-types';
import { snapshotAreaValues, snapshotChartData } from './snapshot-figures';
import { useSnapshotLabel } from './use-snapshot-label';
import '../dashboards/dashboards.css';

export default function PublicSnapshotPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('publications.public.title'));
  const label = useSnapshotLabel();
  const token = window.location.hash.replace(/^#/, '');
  const [state, setState] = useState<{ value?: PublicSnapshot; error?: unknown } | null>(null);
  useEffect(() => {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) {
      setState({ error: new Error('bad link') });
      return;
    }
    fetch(`/api/public/publications/${encodeURIComponent(token)}`, {
      headers: { accept: 'application/json' },
    })
      .then(async (r) => {
        if (!r.ok) throw new Error(String(r.status));
        setState({ value: (await r.json()) as PublicSnapshot });
      })
      .catch((error: unknown) => setState({ error }));
  }, [token]);

  const base = `/api/public/publications/${encodeURIComponent(token)}/export`;
  const map = state?.value?.kind === 'dashboard' ? snapshotAreaValues(state.value.snapshot) : null;
  return (
    <div className="signin-layout">
      <header className="signin-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t.t('app.name')}</span>
        </span>
        <LanguageSwitcher />
      </header>
      <main className="signin-main page-public-snapshot" id="main">
        <div className="card public-card public-snapshot">
          {state === null ? <p className="muted">{t.t('common.loading')}</p> : null}
          {state?.error ? (
            <>
              <h1>{t.t('publications.public.title')}</h1>
              <p role="alert">{t.t('publications.public.notFound')}</p>
              <p className="visually-hidden">{describeError(t, state.error)}</p>
            </>
          ) : null}
          {state?.value ? (
            <>
              <header className="page-header">
                <h1>{state.value.title}</h1>
                <p className="muted">
                  {t.t('publications.public.published', {
                    date: t.date(new Date(state.value.publishedAt), { dateStyle: 'medium' }),
                    version: state.value.version,
                  })}
                </p>
                <p>{t.t('publications.public.help')}</p>
              </header>
              <div>
                <Chart
                  kind="bar"
                  title={state.value.title}
                  testId="public-chart"
                  data={snapshotChartData(state.value.snapshot, t.t('dashboards.reached'), label)}
                />
                {map ? (
                  <AreaMap
                    level={map.level}
                    title={t.t('publications.map', { title: state.value.title })}
                    testId="public-map"
                    valueLabel={t.t('dashboards.reached')}
                    values={map.values}
                  />
                ) : null}
                <p className="publication-files">
                  {t.t('publications.public.files')}{' '}
                  <a className="publication-file" href={`${base}?format=csv`}>
                    CSV
                  </a>
                  <a className="publication-file" href={`${base}?format=xlsx`}>
                    XLSX
                  </a>
                  <a className="publication-file" href={`${base}?format=hxl`}>
                    {t.t('publications.hdx')}
                  </a>
                </p>
              </div>
            </>
          ) : null}
        </div>
      </main>
    </div>
  );
}
