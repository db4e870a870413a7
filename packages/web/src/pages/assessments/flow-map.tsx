/** The data-flow map of an assessment: the diagram (lazy ECharts) with the table behind it. */
import { lazy, Suspense, useCallback } from 'react';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { LEVEL_TONE, useSay } from './shared';
import type { FlowMap } from './types';
import { TableScroll } from '../../components';

const FlowMapChart = lazy(() => import('./flow-map-chart'));

/** The flow map's name for the data subjects (services/src/assessments/deps.ts SUBJECTS_LABEL). */
const SUBJECTS = 'Affected people';

export function FlowMapView({ map }: { map: FlowMap }) {
  const { t } = useI18n();
  const say = useSay();
  const label = useCallback((l: string) => (l === SUBJECTS ? t.t('assessments.flow.subjects') : l), [t]);
  const name = (id: string) => label(map.nodes.find((n) => n.id === id)?.label ?? id);
  return (
    <section aria-labelledby="flow-map-title" className="assessment-section">
      <h2 id="flow-map-title">{t.t('assessments.flow.title')}</h2>
      <p>{t.t('assessments.flow.intro')}</p>
      {map.flows.length === 0 ? (
        <p>{t.t('assessments.flow.none')}</p>
      ) : (
        <>
          <Suspense fallback={<p>{t.t('assessments.loading')}</p>}>
            <FlowMapChart
              map={map}
              labels={label}
              rtl={t.dir === 'rtl'}
              ariaLabel={t.t('assessments.flow.chartLabel')}
            />
          </Suspense>
          <TableScroll label={t.t('assessments.flow.table')}>
            <table className="flow-map-table" data-testid="flow-map-table">
              <caption className="visually-hidden">{t.t('assessments.flow.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.t('assessments.flow.col.from')}</th>
                  <th scope="col">{t.t('assessments.flow.col.to')}</th>
                  <th scope="col">{t.t('assessments.flow.col.what')}</th>
                  <th scope="col">{t.t('assessments.flow.col.level')}</th>
                  <th scope="col">{t.t('assessments.flow.col.source')}</th>
                </tr>
              </thead>
              <tbody>
                {map.flows.map((f, i) => (
                  <tr key={i}>
                    <td dir="auto">{name(f.from)}</td>
                    <td dir="auto">{name(f.to)}</td>
                    <td dir="auto">{f.what}</td>
                    <td>
                      <StatusBadge tone={LEVEL_TONE[f.level] ?? 'neutral'}>
                        {say(`assessments.level.${f.level}`)}
                      </StatusBadge>
                    </td>
                    <td>{say(`assessments.flow.source.${f.source.kind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
