/** Who endorsed a version, who has not yet, and the endorse / consultation / activation actions. */
import type { IspVersion } from './isp-api';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { showDate } from '../registry/shared';

export function EndorsementPanel({
  version,
  busy,
  run,
  canEdit,
  canEndorse,
  endorseElsewhere,
  organisationId,
  dirty,
}: {
  version: IspVersion;
  busy: boolean;
  run: (action: () => Promise<IspVersion>, ok: string) => Promise<void>;
  canEdit: boolean;
  canEndorse: boolean;
  endorseElsewhere: readonly string[];
  organisationId: string | null;
  dirty: boolean;
}) {
  const { t } = useI18n();
  const api = useApi();
  const setStatus = (id: string, status: 'in-consultation' | 'endorsed') =>
    data(api.POST('/api/isp/versions/{id}/status', { params: { path: { id } }, body: { status } }));
  const e = version.endorsement;
  const mine = version.endorsements.some(
    (x) => x.organisationId === organisationId && x.version === version.version,
  );
  const open = version.status === 'draft' || version.status === 'in-consultation';
  return (
    <section className="card" aria-labelledby="endorse-heading" data-testid="endorsement-panel">
      <h2 id="endorse-heading">{t.t('isp.endorse.heading')}</h2>
      <p>
        {t.t('isp.endorse.count', { done: e.endorsed.length, total: e.endorsed.length + e.pending.length })}
      </p>
      {version.endorsements.length > 0 ? (
        <div className="table-scroll">
          <table className="table" data-testid="endorsements-table">
            <caption className="visually-hidden">{t.t('isp.endorse.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('isp.endorse.col.organisation')}</th>
                <th scope="col">{t.t('isp.endorse.col.person')}</th>
                <th scope="col">{t.t('isp.endorse.col.when')}</th>
                <th scope="col">{t.t('isp.col.version')}</th>
              </tr>
            </thead>
            <tbody>
              {version.endorsements.map((x) => (
                <tr key={`${x.organisationId}-${x.at}`}>
                  <th scope="row">{x.acronym}</th>
                  <td>{x.userName}</td>
                  <td>{showDate(t, x.at)}</td>
                  <td>{x.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t.t('isp.endorse.none')}</p>
      )}
      {e.pending.length > 0 && (
        <p className="muted">
          {t.t('isp.endorse.waiting', { names: t.list(e.pending.map((p) => p.name ?? p.organisationId)) })}
        </p>
      )}
      {e.blockers.length > 0 && (
        <p className="alert">{t.t('isp.endorse.blocked', { count: e.blockers.length })}</p>
      )}
      {!canEndorse && open && endorseElsewhere.length > 0 && (
        <p className="notice" data-testid="endorse-switch">
          {t.t('isp.endorse.switch', { organisations: t.list(endorseElsewhere) })}
        </p>
      )}
      <div className="actions">
        {canEndorse && open && !mine && (
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !e.canEndorse || dirty}
            onClick={() =>
              run(
                () =>
                  data(api.POST('/api/isp/versions/{id}/endorse', { params: { path: { id: version.id } } })),
                t.t('isp.endorse.done'),
              )
            }
          >
            {t.t('isp.endorse.button', { version: version.version })}
          </button>
        )}
        {mine && <span className="badge badge-ok">{t.t('isp.endorse.yours')}</span>}
        {canEdit && version.status === 'draft' && (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || dirty}
            onClick={() => run(() => setStatus(version.id, 'in-consultation'), t.t('isp.status.changed'))}
          >
            {t.t('isp.toConsultation')}
          </button>
        )}
        {canEdit && open && (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || dirty || !e.readyToActivate}
            onClick={() => run(() => setStatus(version.id, 'endorsed'), t.t('isp.status.changed'))}
          >
            {t.t('isp.activate')}
          </button>
        )}
      </div>
    </section>
  );
}
