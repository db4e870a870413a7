/**
 * Print view of an ISP version for signature: the matrix, every rule, the endorsements so far
 * and a signature block per member organisation. Print CSS hides the app's frame.
 */
import type { Condition } from '@steward/core/isp/index';
import {
  AGGREGATION_LEVELS,
  CONDITION_KINDS,
  DATA_TYPES,
  SHARING_APPROACHES,
} from '@steward/core/vocabulary/index';
import { describeAggregation } from '@steward/core/isp/index';
import { Link } from '../../app/router';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LoadView, SensitivityBadge, showDate, termLabel, useLoad } from '../registry/shared';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { IspMatrix, MatrixLegend } from './matrix';

export function PrintView({ versionId }: { versionId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [state, retry] = useLoad(
    () => data(api.GET('/api/isp/versions/{id}', { params: { path: { id: versionId } } })),
    [api, versionId],
  );
  useDocumentTitle(t.t('isp.printTitle'));
  const cond = (c: Condition) =>
    c.kind === 'aggregate-to-level'
      ? t.t('isp.cond.aggregate', { level: termLabel(t, AGGREGATION_LEVELS, c.level) })
      : c.kind === 'suppress-below-n'
        ? t.t('isp.cond.suppress', { n: c.n })
        : termLabel(t, CONDITION_KINDS, c.kind);
  return (
    <div className="page print-page">
      <p className="no-print">
        <Link to={`/isp/${encodeURIComponent(versionId)}`}>{t.t('isp.back')}</Link>{' '}
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t.t('isp.printNow')}
        </button>
      </p>
      <LoadView state={state} retry={retry}>
        {(v) => {
          const members = [
            ...v.endorsement.endorsed.map((m) => ({
              id: m.organisationId,
              name: m.name ?? m.organisationId,
            })),
            ...v.endorsement.pending.map((m) => ({ id: m.organisationId, name: m.name ?? m.organisationId })),
          ];
          return (
            <article data-testid="isp-print">
              <h1 tabIndex={-1}>{t.t('isp.print.heading', { context: v.context })}</h1>
              <p>
                {t.t('isp.versionLabel', { version: v.version })} ·{' '}
                {t.tryT(`isp.status.${v.status}`) ?? v.status} ·{' '}
                {t.t('isp.reviewDue', { date: showDate(t, v.reviewDue) })}
              </p>
              {v.isp.note && <p className="small">{v.isp.note}</p>}
              <h2>{t.t('isp.matrix.heading')}</h2>
              <MatrixLegend />
              <IspMatrix isp={v.isp} interactive={false} />
              <h2>{t.t('isp.print.rules')}</h2>
              <table className="table print-rules">
                <thead>
                  <tr>
                    <th scope="col">{t.t('isp.print.col.rule')}</th>
                    <th scope="col">{t.t('reg.field.dataTypes')}</th>
                    <th scope="col">{t.t('reg.field.aggregationLevel')}</th>
                    <th scope="col">{t.t('isp.rule.sensitivity')}</th>
                    <th scope="col">{t.t('isp.rule.sharing')}</th>
                    <th scope="col">{t.t('isp.rule.conditions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {v.isp.rules.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <code>{r.id}</code>
                      </th>
                      <td>{termLabel(t, DATA_TYPES, r.dataType)}</td>
                      <td>
                        {'level' in r.aggregation
                          ? termLabel(t, AGGREGATION_LEVELS, r.aggregation.level)
                          : describeAggregation(r.aggregation)}
                        {r.includesNames !== undefined &&
                          ` · ${t.t('isp.flag.names')}: ${t.t(r.includesNames ? 'common.yes' : 'common.no')}`}
                        {r.includesCoordinates !== undefined &&
                          ` · ${t.t('isp.flag.coordinates')}: ${t.t(r.includesCoordinates ? 'common.yes' : 'common.no')}`}
                      </td>
                      <td>
                        <SensitivityBadge level={r.sensitivity} />
                      </td>
                      <td>{termLabel(t, SHARING_APPROACHES, r.sharing)}</td>
                      <td>{r.conditions.map(cond).join(t.t('reg.listSep')) || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h2>{t.t('isp.print.signatures')}</h2>
              <div className="signature-grid">
                {members.map((m) => {
                  const done = v.endorsements.find(
                    (e) => e.organisationId === m.id && e.version === v.version,
                  );
                  return (
                    <div key={m.id} className="signature">
                      <p>
                        <strong>{m.name}</strong>
                      </p>
                      {done ? (
                        <p className="small">
                          {t.t('isp.print.endorsedBy', { name: done.userName, date: showDate(t, done.at) })}
                        </p>
                      ) : (
                        <>
                          <p className="signature-line">{t.t('isp.print.name')}</p>
                          <p className="signature-line">{t.t('isp.print.signature')}</p>
                          <p className="signature-line">{t.t('isp.print.date')}</p>
                        </>
                      )}
                    </div>
                  );
                })}
              </div>
            </article>
          );
        }}
      </LoadView>
    </div>
  );
}
