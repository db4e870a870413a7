/**
 * Dashboards (issue 10): 5W coverage (who does what where, by month), people reached against
 * targeted by disaggregation, referral counts, gaps, and the directory's gaps (no service of a
 * type in a district). Every figure comes from the API, computed
 * with the viewer's rights and protected (suppressed cells shown as suppressed); the filters are
 * in the URL. Charts and maps are the shared components (loaded on demand).
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { activeMembership } from '../../api/session';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { useRouter } from '../../app/router';
import { AreaMap } from '../../components/area-map';
import { loadBoundaries } from '../../components/area-map/boundaries';
import { Chart, type ChartData } from '../../components/chart';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import { dashboardSearch, parseDashboardState, periodsBetween, type DashboardState } from './dashboard-state';
import { areaValues, pivot, TOTAL, type AggregateTable } from './figures';
import { gapAreas, gapMapValues } from './gaps';
import { ReferralFigures } from './referral-figures';
import { DirectoryGaps } from './directory-gaps';
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

interface FrameworkFilters {
  readonly activities: readonly string[];
  /** True when an indicator is disaggregated by population group. */
  readonly populationGroups: boolean;
}

/** What the filters offer: the framework's activities, population groups, the partners. */
function useFilterOptions(framework: string): {
  framework: FrameworkFilters;
  partners: readonly { id: string; acronym: string; name: string }[];
} {
  const api = useApi();
  const [options, setOptions] = useState<FrameworkFilters>({ activities: [], populationGroups: false });
  const [partners, setPartners] = useState<readonly { id: string; acronym: string; name: string }[]>([]);
  useEffect(() => {
    let live = true;
    data<{ indicators: { activity: string; disaggregation: { populationGroup: boolean } }[] }>(
      api.GET('/api/reporting/frameworks/{code}', { params: { path: { code: framework } } }) as never,
    ).then(
      (f) =>
        live &&
        setOptions({
          activities: [...new Set(f.indicators.map((i) => i.activity))],
          populationGroups: f.indicators.some((i) => i.disaggregation.populationGroup),
        }),
      () => undefined,
    );
    data(api.GET('/api/organisations')).then(
      (out) =>
        live &&
        setPartners(
          out.items
            .filter((o) => o.status === 'active')
            .map((o) => ({ id: o.id, acronym: o.acronym, name: o.name }))
            .sort((a, b) => a.acronym.localeCompare(b.acronym)),
        ),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, framework]);
  return { framework: options, partners };
}

export const POPULATION_GROUP_CODES = ['idp', 'returnee', 'host'] as const;

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
  const role = activeMembership(useAuthenticatedSession())?.role;
  const clusterRole = role === 'cluster-imo' || role === 'cluster-coordinator';
  const label = useMemo(() => codeLabel(t, names), [t, names]);
  const periods = periodsBetween(state.from, state.to);
  const options = useFilterOptions(state.framework);
  // The viewer's own dashboard: its organisation's own figures in full, every cell with another
  // organisation's data protected (issue 10).
  const base = {
    framework: state.framework,
    periods,
    own: 'in-full' as const,
    ...(state.adm1 ? { adm1: state.adm1 } : {}),
    ...(state.partner ? { partner: state.partner } : {}),
    ...(state.activity ? { activity: state.activity } : {}),
    ...(state.populationGroup ? { populationGroup: state.populationGroup } : {}),
  };
  const activities =
    options.framework.activities.includes(state.activity) || !state.activity
      ? options.framework.activities
      : [...options.framework.activities, state.activity];
  const partners =
    !state.partner || options.partners.some((p) => p.id === state.partner)
      ? options.partners
      : [...options.partners, { id: state.partner, acronym: state.partner, name: '' }];

  const set = (change: Partial<DashboardState>) =>
    navigate(`${location.pathname}${dashboardSearch({ ...state, ...change }, now)}`, { replace: true });

  const byMonthActivity = useAggregate({ ...base, by: ['month', 'activity'] });
  const byArea = useAggregate({ ...base, by: [state.adm1 ? 'adm2' : 'adm1'] });
  const reached = useAggregate({ ...base, by: ['sex', 'age'], measure: 'reached' });
  const targeted = useAggregate({ ...base, by: ['sex', 'age'], measure: 'targeted' });
  const reachedByArea = useAggregate({ ...base, by: ['adm2'], measure: 'reached' });
  const targetedByArea = useAggregate({ ...base, by: ['adm2'], measure: 'targeted' });
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
        <label className="field">
          <span>{t.t('dashboards.partner')}</span>
          <select
            data-testid="filter-partner"
            value={state.partner}
            onChange={(e) => set({ partner: e.target.value })}
          >
            <option value="">{t.t('dashboards.allPartners')}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name ? `${p.acronym} — ${p.name}` : p.acronym}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.t('dashboards.activity')}</span>
          <select
            data-testid="filter-activity"
            value={state.activity}
            onChange={(e) => set({ activity: e.target.value })}
          >
            <option value="">{t.t('dashboards.allActivities')}</option>
            {activities.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        {options.framework.populationGroups || state.populationGroup ? (
          <label className="field">
            <span>{t.t('dashboards.populationGroup')}</span>
            <select
              data-testid="filter-group"
              value={state.populationGroup}
              onChange={(e) => set({ populationGroup: e.target.value })}
            >
              <option value="">{t.t('dashboards.allGroups')}</option>
              {POPULATION_GROUP_CODES.map((g) => (
                <option key={g} value={g}>
                  {t.tryT(`dashboards.code.population-group.${g}`) ?? g}
                </option>
              ))}
            </select>
          </label>
        ) : null}
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

      <section className="card" aria-labelledby="dash-gaps" data-testid="gaps-dashboard">
        <h2 id="dash-gaps">{t.t('dashboards.gaps.title')}</h2>
        <p className="muted">{t.t('dashboards.gaps.help')}</p>
        <Figure loaded={reachedByArea}>
          {(r) => (
            <Figure loaded={targetedByArea}>
              {(g) => {
                const gaps = gapAreas(r, g);
                return gaps.length === 0 ? (
                  <p data-testid="gaps-none">{t.t('dashboards.gaps.none')}</p>
                ) : (
                  <AreaMap
                    key={state.adm1 || 'country'}
                    level="adm2"
                    within={state.adm1}
                    testId="map-gaps"
                    title={t.t('dashboards.gaps.map')}
                    valueLabel={t.t('dashboards.targeted')}
                    values={gapMapValues(gaps)}
                  />
                );
              }}
            </Figure>
          )}
        </Figure>
      </section>

      <DirectoryGaps within={state.adm1} names={names} />

      {clusterRole ? <ReferralFigures label={label} /> : null}
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
