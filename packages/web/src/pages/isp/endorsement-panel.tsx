/** Who endorsed a version, who has not yet, and the endorse / consultation / activation actions. */
import type { IspVersion } from './isp-api';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { showDate } from '../registry/shared';
import { DataTable, type Column } from '../../components';

type EndorsementRecord = IspVersion['endorsements'][number];

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
  // Members endorse the text put to them: only while the version is in consultation (a draft may still change).
  const consulting = version.status === 'in-consultation';
  const columns: Column<EndorsementRecord>[] = [
    {
      key: 'organisation',
      header: t.t('isp.endorse.col.organisation'),
      rowHeader: true,
      cell: (x) => <bdi>{x.acronym}</bdi>,
      sortValue: (x) => x.acronym,
    },
    {
      key: 'person',
      header: t.t('isp.endorse.col.person'),
      cell: (x) => x.userName,
      sortValue: (x) => x.userName,
    },
    {
      key: 'when',
      header: t.t('isp.endorse.col.when'),
      cell: (x) => showDate(t, x.at),
      sortValue: (x) => x.at,
    },
    { key: 'version', header: t.t('isp.col.version'), cell: (x) => x.version },
  ];
  return (
    <section className="card" aria-labelledby="endorse-heading" data-testid="endorsement-panel">
      <h2 id="endorse-heading">{t.t('isp.endorse.heading')}</h2>
      <p>
        {t.t('isp.endorse.count', { done: e.endorsed.length, total: e.endorsed.length + e.pending.length })}
      </p>
      <DataTable
        caption={t.t('isp.endorse.heading')}
        columns={columns}
        rows={version.endorsements}
        rowKey={(x) => `${x.organisationId}-${x.at}`}
        empty={t.t('isp.endorse.none')}
        testId="endorsements-table"
      />
      {version.status === 'draft' && canEndorse && (
        <p className="muted" data-testid="endorse-after-consultation">
          {t.t('isp.endorse.afterConsultation')}
        </p>
      )}
      {consulting && (
        <p className="muted" data-testid="endorse-exact-text">
          {t.t('isp.endorse.exactText')}
        </p>
      )}
      {e.pending.length > 0 && (
        <p className="muted">
          {t.t('isp.endorse.waiting', { names: t.list(e.pending.map((p) => p.name ?? p.organisationId)) })}
        </p>
      )}
      {e.blockers.length > 0 && (
        <p className="alert">{t.t('isp.endorse.blocked', { count: e.blockers.length })}</p>
      )}
      {!canEndorse && consulting && endorseElsewhere.length > 0 && (
        <p className="notice" data-testid="endorse-switch">
          {t.t('isp.endorse.switch', { organisations: t.list(endorseElsewhere) })}
        </p>
      )}
      <div className="actions">
        {canEndorse && consulting && !mine && (
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
