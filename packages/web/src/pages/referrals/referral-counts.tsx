/**
 * Referral counts for cluster roles (issue 9): computed in the database, protected by the
 * disclosure engine (threshold from the ISP, at least 5, secondary suppression). Suppressed cells
 * are shown as suppressed with their rule, never as a number; downloadable as CSV. A chart
 * (components/chart) beside the table marks suppressed cells (not drawn, never 0). No content.
 */
import { useEffect, useMemo, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { CheckboxGroup, TableScroll } from '../../components';
import { Chart } from '../../components/chart';
import { countsChartData } from './counts-chart-data';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { ReferralsHeader } from './referrals-header';
import type { StatsAnswer } from './referral-types';
import { useSay } from './say';

const DIMENSIONS = ['service', 'state', 'priority', 'month', 'adm1', 'adm2', 'receiverType'] as const;

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function ReferralCounts() {
  const { t } = useI18n();
  const say = useSay();
  const api = useApi();
  useDocumentTitle(t.t('referrals.counts.title'));
  const [dims, setDims] = useState<string[]>(['service', 'state']);
  const [load, setLoad] = useState<Load<StatsAnswer>>({ status: 'loading' });

  useEffect(() => {
    if (dims.length === 0) return;
    setLoad({ status: 'loading' });
    data(api.GET('/api/referrals/stats', { params: { query: { by: dims.join(',') } } })).then(
      (r) => setLoad({ status: 'ready', value: r as StatsAnswer }),
      (error: unknown) => setLoad({ status: 'failed', error }),
    );
  }, [api, dims]);

  const label = (dim: string, code: string | number | null): string => {
    const c = code === null ? '' : String(code);
    if (c === 'total') return t.t('referrals.counts.total');
    if (dim === 'service') return t.tryT(`dir.type.${c}`) ?? c;
    if (dim === 'state') return say(`referrals.state.${c}`);
    if (dim === 'priority') return say(`referrals.priority.${c}`);
    return c;
  };

  const csvUrl = useMemo(() => {
    if (load.status !== 'ready') return null;
    const { dimensions, cells } = load.value;
    const lines = [[...dimensions, 'count', 'status'].join(',')];
    for (const c of cells)
      lines.push(
        [
          ...dimensions.map((d) => csvField(String(c[d] ?? ''))),
          c.count === null ? '' : String(c.count),
          c.status,
        ].join(','),
      );
    return URL.createObjectURL(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
  }, [load]);
  useEffect(() => () => void (csvUrl && URL.revokeObjectURL(csvUrl)), [csvUrl]);

  const chartData = useMemo(
    () =>
      load.status === 'ready'
        ? countsChartData(
            load.value,
            (d, c) => label(d, c),
            (d) => say(`referrals.dim.${d}`),
            t.t('referrals.counts.count'),
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- label and say follow the locale in t
    [load, t],
  );

  const suppressedText = (status: string, threshold: number) =>
    status === 'suppressed-primary'
      ? t.t('referrals.counts.primary', { threshold })
      : t.t('referrals.counts.secondary');

  return (
    <div className="page">
      <ReferralsHeader title={t.t('referrals.counts.title')} intro={t.t('referrals.counts.intro')} />
      <CheckboxGroup
        id="ref-dims"
        legend={t.t('referrals.counts.by')}
        {...(dims.length === 0 ? { error: t.t('referrals.counts.chooseOne') } : {})}
        options={DIMENSIONS.map((d) => ({ value: d, label: say(`referrals.dim.${d}`) }))}
        selected={dims}
        onChange={setDims}
      />
      {load.status === 'loading' && dims.length > 0 && <p className="muted">{t.t('common.loading')}</p>}
      {load.status === 'failed' && (
        <p className="alert" role="alert">
          {describeError(t, load.error)}
        </p>
      )}
      {load.status === 'ready' && dims.length > 0 && (
        <>
          <p data-testid="counts-rule">{t.t('referrals.counts.rule', { threshold: load.value.threshold })}</p>
          {load.value.cells.length === 0 ? (
            <p className="card empty-state">{t.t('referrals.counts.empty')}</p>
          ) : (
            <div className="ref-counts">
              {chartData && (
                <div className="card ref-counts-chart">
                  <Chart
                    kind="bar"
                    title={t.t('referrals.counts.title')}
                    data={chartData}
                    stacked={load.value.dimensions.length > 1}
                    tableOpen={false}
                    fileName={`referral-counts-${dims.join('-')}`}
                    testId="counts-chart"
                  />
                </div>
              )}
              <div className="card table-card">
                <TableScroll>
                  <table className="table" data-testid="counts-table">
                    <caption className="visually-hidden">{t.t('referrals.counts.title')}</caption>
                    <thead>
                      <tr>
                        {load.value.dimensions.map((d) => (
                          <th key={d} scope="col">
                            {say(`referrals.dim.${d}`)}
                          </th>
                        ))}
                        <th scope="col">{t.t('referrals.counts.count')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {load.value.cells.map((c, i) => (
                        <tr key={i}>
                          {load.value.dimensions.map((d) => (
                            <td key={d}>
                              <bdi>{label(d, c[d] ?? null)}</bdi>
                            </td>
                          ))}
                          <td data-status={c.status}>
                            {c.count === null ? (
                              <span title={suppressedText(c.status, load.value.threshold)}>
                                {t.t('referrals.counts.suppressed')}{' '}
                                <span className="muted">
                                  ({suppressedText(c.status, load.value.threshold)})
                                </span>
                              </span>
                            ) : (
                              t.number(c.count)
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </div>
            </div>
          )}
          {csvUrl && (
            <p>
              <a
                className="button button-secondary"
                href={csvUrl}
                download={`referral-counts-${dims.join('-')}.csv`}
              >
                {t.t('referrals.counts.download')}
              </a>
            </p>
          )}
        </>
      )}
    </div>
  );
}
