/**
 * Dashboards (issue 10): 5W coverage (who does what where, by month), people reached against
 * targeted by disaggregation, referral counts and gaps. Every figure comes from the API, computed
 * with the viewer's rights and protected (suppressed cells shown as suppressed); the filters are
 * in the URL. Charts and maps are the shared components (loaded on demand).
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { describeError } from '../../api/describe-error';
import { useRouter } from '../../app/router';
import { AreaMap } from '../../components/area-map';
import { loadBoundaries } from '../../components/area-map/boundaries';
import { Chart, type ChartData } from '../../components/chart';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import { dashboardSearch, parseDashboardState, periodsBetween, type DashboardState } from './dashboard-state';
import { areaValues, pivot, TOTAL, type AggregateTable } from './figures';
import { useAggregate, type Loaded } from './use-aggregate';
import './dashboards.css';

/** Names of the provinces and districts (from the boundary asset, which carries the gazetteer's). */
function useAreaNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    Promise.all([loadBoundaries('adm1'), loadBoundaries('adm2')]).then(
      ([a1, a2]) =>
        live && setNames(new Map([...a1.shapes, ...a2.shapes].map((s) => [s.pcode, s.name] as const))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return names;
}

export function codeLabel(t: Translator, names: ReadonlyMap<string, string>) {
  return (dimension: string, code: string): string => {
    if (code === TOTAL) return t.t('dashboards.total');
    if (code === 'all') return t.t('dashboards.notDisaggregated');
    if (dimension === 'adm1' || dimension === 'adm2') return names.get(code) ?? code;
    if (dimension === 'month') {
      const [y, m] = code.split('-').map(Number);
      return y && m
        ? t.date(new Date(Date.UTC(y, m - 1, 1)), { month: 'short', year: 'numeric', timeZone: 'UTC' })
        : code;
    }
    return t.tryT(`dashboards.code.${dimension}.${code}`) ?? code;
  };
}

function Figure({
  loaded,
  children,
}: {
  loaded: Loaded<AggregateTable>;
  children: (t: AggregateTable) => ReactNode;
}) {
  const { t } = useI18n();
  if (loaded.status === 'loading') return <p className="muted">{t.t('common.loading')}</p>;
  if (loaded.status === 'error')
    return (
      <p role="alert" className="dashboards-error">
        {describeError(t, loaded.error)}
      </p>
    );
  return <>{children(loaded.value)}</>;
}

export default function DashboardsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('dashboards.title'));
  const { location, navigate } = useRouter();
  const now = useMemo(() => new Date(), []);
  const state = parseDashboardState(location.search, now);
  const names = useAreaNames();
  const label = useMemo(() => codeLabel(t, names), [t, names]);
  const periods = periodsBetween(state.from, state.to);
  const base = { framework: state.framework, periods, ...(state.adm1 ? { adm1: state.adm1 } : {}) };

  const set = (change: Partial<DashboardState>) =>
    navigate(`${location.pathname}${dashboardSearch({ ...state, ...change }, now)}`, { replace: true });

  const byMonthActivity = useAggregate({ ...base, by: ['month', 'activity'] });
  const byArea = useAggregate({ ...base, by: [state.adm1 ? 'adm2' : 'adm1'] });
  const reached = useAggregate({ ...base, by: ['sex', 'age'], measure: 'reached' });
  const targeted = useAggregate({ ...base, by: ['sex', 'age'], measure: 'targeted' });
  const provinces = [...names]
    .filter(([code]) => /^[A-Z]{2}\d{2}$/.test(code))
    .sort((a, b) => a[1].localeCompare(b[1]));
  // The chosen province is an option even before the names have loaded (the URL may name it).
  if (state.adm1 && !names.has(state.adm1)) provinces.push([state.adm1, state.adm1]);

  return (
    <section className="page dashboards-page">
      <header className="page-header">
        <h1>{t.t('dashboards.title')}</h1>
        <p>{t.t('dashboards.intro')}</p>
      </header>

      <form
        className="card dashboards-filters"
        aria-label={t.t('dashboards.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="field">
          <span>{t.t('dashboards.from')}</span>
          <input
            type="month"
            value={state.from}
            max={state.to}
            onChange={(e) => e.target.value && set({ from: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t.t('dashboards.to')}</span>
          <input
            type="month"
            value={state.to}
            min={state.from}
            onChange={(e) => e.target.value && set({ to: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t.t('dashboards.area')}</span>
          <select
            data-testid="filter-adm1"
            value={state.adm1}
            onChange={(e) => set({ adm1: e.target.value })}
          >
            <option value="">{t.t('dashboards.allAreas')}</option>
            {provinces.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </form>

      <section className="card" aria-labelledby="dash-coverage">
        <h2 id="dash-coverage">{t.t('dashboards.coverage.title')}</h2>
        <p className="muted">{t.t('dashboards.coverage.help')}</p>
        <div className="dashboards-grid">
          <Figure loaded={byMonthActivity}>
            {(table) => (
              <Chart
                kind="bar"
                stacked
                testId="chart-month-activity"
                title={t.t('dashboards.coverage.byMonth')}
                data={pivot(table, 'month', 'activity', { categoryLabel: t.t('dashboards.month'), label })}
              />
            )}
          </Figure>
          <Figure loaded={byArea}>
            {(table) => (
              <AreaMap
                key={state.adm1 || 'country'}
                level={state.adm1 ? 'adm2' : 'adm1'}
                within={state.adm1}
                testId="map-reached"
                title={t.t(state.adm1 ? 'dashboards.coverage.mapAdm2' : 'dashboards.coverage.mapAdm1')}
                valueLabel={t.t('dashboards.reached')}
                values={areaValues(table, state.adm1 ? 'adm2' : 'adm1')}
              />
            )}
          </Figure>
        </div>
      </section>

      <section className="card" aria-labelledby="dash-reached">
        <h2 id="dash-reached">{t.t('dashboards.reachedTargeted.title')}</h2>
        <p className="muted">{t.t('dashboards.reachedTargeted.help')}</p>
        <Figure loaded={reached}>
          {(r) => (
            <Figure loaded={targeted}>
              {(g) => (
                <Chart
                  kind="bar"
                  testId="chart-reached-targeted"
                  title={t.t('dashboards.reachedTargeted.chart')}
                  data={reachedAgainstTargeted(
                    r,
                    g,
                    t.t('dashboards.group'),
                    t.t('dashboards.reached'),
                    t.t('dashboards.targeted'),
                    label,
                  )}
                />
              )}
            </Figure>
          )}
        </Figure>
      </section>
    </section>
  );
}

/** Categories: each sex × age group; series: reached and targeted. */
export function reachedAgainstTargeted(
  reached: AggregateTable,
  targeted: AggregateTable,
  categoryLabel: string,
  reachedLabel: string,
  targetedLabel: string,
  label: (dimension: string, code: string) => string,
): ChartData {
  const one = (table: AggregateTable, seriesLabel: string) =>
    pivot(
      {
        ...table,
        by: ['group'],
        cells: table.cells
          .filter((c) => c.sex !== TOTAL && c.age !== TOTAL)
          .map((c) => ({ ...c, group: `${String(c.sex)}|${String(c.age)}` })),
      },
      'group',
      null,
      {
        categoryLabel,
        seriesLabel,
        label: (_d, code) =>
          code
            .split('|')
            .map((part, i) => label(i === 0 ? 'sex' : 'age', part))
            .join(' · '),
      },
    );
  const r = one(reached, reachedLabel);
  const g = one(targeted, targetedLabel);
  const keys = [...new Set([...r.categories.map((c) => c.key), ...g.categories.map((c) => c.key)])].sort();
  const pick = (d: ChartData, k: string) => {
    const i = d.categories.findIndex((c) => c.key === k);
    return i < 0 ? null : (d.series[0]?.values[i] ?? null);
  };
  return {
    categoryLabel,
    categories: keys.map(
      (k) => r.categories.find((c) => c.key === k) ?? g.categories.find((c) => c.key === k)!,
    ),
    series: [
      { key: 'reached', label: reachedLabel, values: keys.map((k) => pick(r, k)) },
      { key: 'targeted', label: targetedLabel, values: keys.map((k) => pick(g, k)) },
    ],
  };
}
