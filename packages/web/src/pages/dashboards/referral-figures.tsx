/**
 * The referral-count dashboard (issue 10, from the referral module): referrals by month and
 * service, and by province on a map, from the referral stats API — counted in the database,
 * protected by the disclosure engine (ISP threshold, secondary suppression); suppressed cells are
 * shown as suppressed. Cluster roles only (the API refuses others). Counts cover every referral to
 * date: the period and partner filters of the 5W figures do not apply to them.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { AreaMap } from '../../components/area-map';
import { Chart } from '../../components/chart';
import { useI18n } from '../../i18n/i18n-context';
import { areaValues, pivot, type AggregateCell, type AggregateTable } from './figures';

interface StatsAnswer {
  readonly dimensions: string[];
  readonly threshold: number;
  readonly cells: ({
    count: number | null;
    status: 'published' | 'suppressed-primary' | 'suppressed-secondary';
  } & Record<string, string | number | null>)[];
}

/** The stats answer as an aggregate table (the rule named from the threshold). */
export function statsTable(answer: StatsAnswer): AggregateTable {
  const cells: AggregateCell[] = answer.cells.map((c) => ({
    ...c,
    rule:
      c.status === 'suppressed-primary'
        ? `freq(${answer.threshold})`
        : c.status === 'suppressed-secondary'
          ? 'secondary'
          : null,
  }));
  return {
    framework: 'referrals',
    periods: [],
    by: answer.dimensions,
    measure: 'reached',
    audience: 'cluster',
    threshold: answer.threshold,
    cells,
    primaryCount: cells.filter((c) => c.status === 'suppressed-primary').length,
    secondaryCount: cells.filter((c) => c.status === 'suppressed-secondary').length,
  };
}

type Load =
  { status: 'loading' } | { status: 'ready'; value: AggregateTable } | { status: 'failed'; error: unknown };

function useStats(by: string): Load {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    data(api.GET('/api/referrals/stats', { params: { query: { by } } })).then(
      (r) => live && setLoad({ status: 'ready', value: statsTable(r as StatsAnswer) }),
      (error: unknown) => live && setLoad({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api, by]);
  return load;
}

export function ReferralFigures({ label }: { label: (dimension: string, code: string) => string }) {
  const { t } = useI18n();
  const byMonth = useStats('month,service');
  const byArea = useStats('adm1');
  const show = (load: Load, draw: (table: AggregateTable) => ReactNode) =>
    load.status === 'loading' ? (
      <p className="muted">{t.t('common.loading')}</p>
    ) : load.status === 'failed' ? (
      <p role="alert" className="dashboards-error">
        {describeError(t, load.error)}
      </p>
    ) : load.value.cells.length === 0 ? (
      <p>{t.t('dashboards.referrals.empty')}</p>
    ) : (
      draw(load.value)
    );
  const serviceLabel = (d: string, c: string) =>
    d === 'service' ? (t.tryT(`dir.type.${c}`) ?? c) : label(d, c);
  return (
    <section className="card" aria-labelledby="dash-referrals" data-testid="referral-dashboard">
      <h2 id="dash-referrals">{t.t('dashboards.referrals.title')}</h2>
      <p className="muted">{t.t('dashboards.referrals.help')}</p>
      <div className="dashboards-grid">
        {show(byMonth, (table) => (
          <Chart
            kind="bar"
            stacked
            testId="chart-referrals-month"
            title={t.t('dashboards.referrals.byMonth')}
            data={pivot(table, 'month', 'service', {
              categoryLabel: t.t('dashboards.month'),
              label: serviceLabel,
            })}
          />
        ))}
        {show(byArea, (table) => (
          <AreaMap
            level="adm1"
            testId="map-referrals"
            title={t.t('dashboards.referrals.map')}
            valueLabel={t.t('dashboards.referrals.count')}
            values={areaValues(table, 'adm1')}
          />
        ))}
      </div>
    </section>
  );
}
