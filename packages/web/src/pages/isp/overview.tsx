/** The ISP overview: the version in force as a matrix, every version, a new draft, compare two versions. */
import { useState } from 'react';
import type { IspVersionSummary } from './isp-api';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { Link, useRouter } from '../../app/router';
import { useApi } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LoadView, showDate, useLoad } from '../registry/shared';
import { CellPanel } from './cell-panel';
import { useIspRole } from './isp-role';
import { IspMatrix, MatrixLegend, type CellRef } from './matrix';
import { IspStatusBadge as StatusBadge } from './status-badge';
import { DataTable, type Column } from '../../components';

export function IspOverview() {
  const { t } = useI18n();
  useDocumentTitle(t.t('isp.title'));
  const api = useApi();
  const { navigate } = useRouter();
  const role = useIspRole();
  const [state, retry] = useLoad(() => data(api.GET('/api/isp')), [api]);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (from: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const created = await data(api.POST('/api/isp/versions', { body: { from } }));
      navigate(`/isp/${encodeURIComponent(created.id)}`);
    } catch (error) {
      setProblem(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('isp.heading')}</h1>
        <p className="muted">{t.t('isp.intro')}</p>
      </header>
      <LoadView state={state} retry={retry}>
        {(data) => (
          <>
            <section className="card" aria-labelledby="active-heading">
              <div className="section-row">
                <h2 id="active-heading">{t.t('isp.active.heading')}</h2>
                {data.active && (
                  <Link to={`/isp/${encodeURIComponent(data.active.id)}`}>
                    {t.t('isp.open', { version: data.active.version })}
                  </Link>
                )}
              </div>
              {data.active ? (
                <>
                  <p>
                    {data.active.context} · {t.t('isp.versionLabel', { version: data.active.version })} ·{' '}
                    <StatusBadge status={data.active.status} /> ·{' '}
                    {t.t('isp.reviewDue', { date: showDate(t, data.active.reviewDue) })}
                  </p>
                  <MatrixLegend />
                  <div className="matrix-layout">
                    <IspMatrix isp={data.active.isp} selected={selected} onSelect={setSelected} />
                    {selected && (
                      <CellPanel
                        isp={data.active.isp}
                        cell={selected}
                        editable={false}
                        onClose={() => setSelected(null)}
                      />
                    )}
                  </div>
                </>
              ) : (
                <div className="empty-state" data-testid="isp-none">
                  <span className="empty-icon" aria-hidden="true" />
                  <p>{t.t('isp.active.none')}</p>
                </div>
              )}
            </section>
            <VersionsCard versions={data.versions} />
            {role.canEdit && (
              <section className="card" aria-labelledby="new-heading">
                <h2 id="new-heading">{t.t('isp.new.heading')}</h2>
                <p className="muted">{t.t('isp.new.intro')}</p>
                <div className="actions">
                  {data.active && (
                    <button
                      type="button"
                      className="button button-primary"
                      disabled={busy}
                      onClick={() => create(data.active!.id)}
                    >
                      {t.t('isp.new.fromActive', { version: data.active.version })}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy}
                    onClick={() => create('template')}
                  >
                    {t.t('isp.new.fromTemplate')}
                  </button>
                </div>
                <div aria-live="assertive">
                  {problem && (
                    <p className="alert" role="alert">
                      {problem}
                    </p>
                  )}
                </div>
              </section>
            )}
            {data.versions.length > 1 && <ComparePicker versions={data.versions} />}
          </>
        )}
      </LoadView>
    </div>
  );
}

function VersionsCard({ versions }: { versions: readonly IspVersionSummary[] }) {
  const { t } = useI18n();
  const columns: Column<IspVersionSummary>[] = [
    {
      key: 'version',
      header: t.t('isp.col.version'),
      rowHeader: true,
      cell: (v) => (
        <Link to={`/isp/${encodeURIComponent(v.id)}`}>{t.t('isp.versionLabel', { version: v.version })}</Link>
      ),
    },
    {
      key: 'status',
      header: t.t('isp.col.status'),
      cell: (v) => <StatusBadge status={v.status} />,
      sortValue: (v) => t.tryT(`isp.status.${v.status}`) ?? v.status,
    },
    {
      key: 'created',
      header: t.t('isp.col.created'),
      cell: (v) => showDate(t, v.createdAt),
      sortValue: (v) => v.createdAt,
    },
    {
      key: 'endorsements',
      header: t.t('isp.col.endorsements'),
      cell: (v) => t.number(v.endorsements),
      sortValue: (v) => v.endorsements,
    },
  ];
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t.t('isp.versions.heading')}</h2>
      <DataTable
        caption={t.t('isp.versions.heading')}
        columns={columns}
        rows={versions}
        rowKey={(v) => v.id}
        empty={t.t('isp.versions.empty')}
        pageSize={10}
        testId="isp-versions"
      />
    </section>
  );
}

export function ComparePicker({
  versions,
  initialFrom,
  initialTo,
}: {
  versions: readonly IspVersionSummary[];
  initialFrom?: string;
  initialTo?: string;
}) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [from, setFrom] = useState(initialFrom ?? versions[1]?.id ?? '');
  const [to, setTo] = useState(initialTo ?? versions[0]?.id ?? '');
  const option = (v: IspVersionSummary) => (
    <option key={v.id} value={v.id}>
      {t.t('isp.versionLabel', { version: v.version })} — {t.tryT(`isp.status.${v.status}`) ?? v.status}
    </option>
  );
  return (
    <section className="card" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t.t('isp.compare.heading')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/isp/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
        }}
      >
        <div className="field">
          <label htmlFor="cmp-from">{t.t('isp.compare.from')}</label>
          <select id="cmp-from" className="select" value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map(option)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cmp-to">{t.t('isp.compare.to')}</label>
          <select id="cmp-to" className="select" value={to} onChange={(e) => setTo(e.target.value)}>
            {versions.map(option)}
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={!from || !to || from === to}>
          {t.t('isp.compare.submit')}
        </button>
      </form>
    </section>
  );
}
