/**
 * Who reported (cluster roles): partners × months, each cell the report's state (missing and
 * overdue marked) and the admin-2 areas it covers.
 */
import { useEffect, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import type { components } from '../../api/schema';
import { useApi } from '../../app/session-context';
import { StatusBadge } from '../../components/status-badge';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { recentPeriods } from './form-logic';
import { periodLabel, STATE_TONE } from './labels';
import { ReportingHeader, thisMonth, useRoles } from './reporting-page';
import { TableScroll } from '../../components';

type Row = components['schemas']['ReportingCompleteness'];

export function CompletenessPage({ code }: { code: string }) {
  const { t } = useI18n();
  const api = useApi();
  const { isCluster } = useRoles();
  useDocumentTitle(t.t('rep.comp.title'));
  const periods = recentPeriods(thisMonth(), 6).reverse();
  const key = periods.join(',');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);

  useEffect(() => {
    if (!isCluster) return;
    data(
      api.GET('/api/reporting/frameworks/{code}/completeness', {
        params: { path: { code }, query: { periods: key } },
      }),
    ).then(setRows, setFailed);
  }, [api, code, key, isCluster]);

  if (!isCluster) return <p role="alert">{t.t('rep.clusterOnly')}</p>;

  return (
    <div className="reporting-page">
      <ReportingHeader title={t.t('rep.comp.title')} intro={t.t('rep.comp.intro')} code={code} />
      {failed !== null && <p role="alert">{describeError(t, failed)}</p>}
      {rows === null && failed === null && <p role="status">{t.t('common.loading')}</p>}
      {rows?.length === 0 && <p className="empty">{t.t('rep.comp.empty')}</p>}
      {rows && rows.length > 0 && (
        <TableScroll label={t.t('rep.comp.title')}>
          <table className="reporting-table completeness" data-testid="completeness">
            <thead>
              <tr>
                <th scope="col">{t.t('rep.review.organisation')}</th>
                {periods.map((p) => (
                  <th scope="col" key={p}>
                    {periodLabel(t, p)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.organisationId} data-organisation={r.organisation}>
                  <th scope="row">
                    <bdi>{r.organisation}</bdi>
                  </th>
                  {r.periods.map((p) => (
                    <td key={p.period} data-period={p.period}>
                      <StatusBadge tone={STATE_TONE[p.state]}>{t.t(`rep.state.${p.state}`)}</StatusBadge>
                      {p.overdue && (
                        <>
                          {' '}
                          <StatusBadge tone="danger">{t.t('rep.overdue')}</StatusBadge>
                        </>
                      )}
                      {p.areas.length > 0 && (
                        <details>
                          <summary>{t.t('rep.comp.areas', { count: p.areas.length })}</summary>
                          <p className="small">
                            {p.areas.map((a) => (
                              <bdi key={a}>{a} </bdi>
                            ))}
                          </p>
                        </details>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="summary">
                <th scope="row">{t.t('rep.comp.reported')}</th>
                {periods.map((p, i) => {
                  const n = rows.filter(
                    (r) => r.periods[i] && r.periods[i].state !== 'missing' && r.periods[i].state !== 'draft',
                  ).length;
                  return <td key={p}>{t.t('rep.comp.count', { reported: n, total: rows.length })}</td>;
                })}
              </tr>
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
