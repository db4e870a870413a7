/** One ISP version: the matrix (editable while a draft), lint, changes waiting for a second person, endorsement. */
import { useEffect, useMemo, useState } from 'react';
import { lintIsp, type Isp } from '@steward/core/isp/index';
import { odrlUrl, type IspVersion, type IspVersionSummary } from './isp-api';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LoadView, showDate, useLoad } from '../registry/shared';
import { CellPanel } from './cell-panel';
import { EndorsementPanel } from './endorsement-panel';
import { changed } from './isp-logic';
import { useIspRole } from './isp-role';
import { LintPanel } from './lint-panel';
import { IspMatrix, MatrixLegend, type CellRef } from './matrix';
import { PendingChanges } from './pending-changes';
import { IspStatusBadge as StatusBadge } from './status-badge';
import { DownloadButton } from '../../components';

export function VersionPage({ versionId }: { versionId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [state, retry, set] = useLoad(
    () => data(api.GET('/api/isp/versions/{id}', { params: { path: { id: versionId } } })),
    [api, versionId],
  );
  const [list] = useLoad(() => data(api.GET('/api/isp')), [api]);
  useDocumentTitle(
    state.status === 'ready' ? t.t('isp.versionLabel', { version: state.data.version }) : t.t('isp.title'),
  );
  return (
    <div className="page">
      <p>
        <Link to="/isp">{t.t('isp.back')}</Link>
      </p>
      <LoadView state={state} retry={retry}>
        {(version) => (
          <VersionView
            key={version.id}
            version={version}
            onSaved={set}
            versions={list.status === 'ready' ? list.data.versions : []}
          />
        )}
      </LoadView>
    </div>
  );
}

function VersionView({
  version,
  onSaved,
  versions,
}: {
  version: IspVersion;
  onSaved: (v: IspVersion) => void;
  versions: readonly IspVersionSummary[];
}) {
  const { t } = useI18n();
  const api = useApi();
  const role = useIspRole();
  const editable = version.status === 'draft' && role.canEdit;
  const [working, setWorking] = useState<Isp>(version.isp);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const lint = useMemo(() => lintIsp(working), [working]);
  const dirty = changed(working, version.isp);

  useEffect(() => setWorking(version.isp), [version.isp]);

  const run = async (action: () => Promise<IspVersion>, ok: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const next = await action();
      onSaved(next);
      // A change that lowers protection was recorded as a request for a second person.
      setMessage({ kind: 'ok', text: next.requestedChange ? t.t('isp.twoPerson.requested') : ok });
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const previous = versions.find(
    (v) => v.id !== version.id && (v.status === 'endorsed' || v.status === 'superseded'),
  );

  return (
    <>
      <header className="page-header page-header-row">
        <div>
          <h1 tabIndex={-1}>{t.t('isp.versionHeading', { version: version.version })}</h1>
          <p className="muted">
            {version.context} · <StatusBadge status={version.status} /> ·{' '}
            {t.t('isp.reviewDue', { date: showDate(t, version.reviewDue) })}
          </p>
        </div>
        <div className="actions">
          <Link to={`/isp/${encodeURIComponent(version.id)}/print`} className="button button-secondary">
            {t.t('isp.print')}
          </Link>
          <DownloadButton href={odrlUrl(version.id)} fileName={`isp-${version.version}.jsonld`}>
            {t.t('isp.odrl')}
          </DownloadButton>
          {previous && (
            <Link
              to={`/isp/diff?from=${encodeURIComponent(previous.id)}&to=${encodeURIComponent(version.id)}`}
              className="button button-secondary"
            >
              {t.t('isp.diffWith', { version: previous.version })}
            </Link>
          )}
        </div>
      </header>
      {version.isp.isTemplate && <p className="notice">{t.t('isp.templateNotice')}</p>}
      <div aria-live="polite">
        {message && (
          <p
            className={message.kind === 'ok' ? 'notice' : 'alert'}
            role={message.kind === 'ok' ? 'status' : 'alert'}
            data-testid="isp-message"
          >
            {message.text}
          </p>
        )}
      </div>
      <section className="card" aria-labelledby="matrix-heading">
        <div className="section-row">
          <h2 id="matrix-heading">{t.t('isp.matrix.heading')}</h2>
          {editable && (
            <div className="actions">
              {dirty && <span className="badge badge-muted">{t.t('isp.unsaved')}</span>}
              <button
                type="button"
                className="button button-primary"
                disabled={busy || !dirty}
                onClick={() =>
                  run(
                    () =>
                      data(
                        api.PUT('/api/isp/versions/{id}', {
                          params: { path: { id: version.id } },
                          body: { isp: working },
                        }),
                      ),
                    t.t('isp.saved'),
                  )
                }
              >
                {t.t('isp.save')}
              </button>
            </div>
          )}
        </div>
        <p className="muted">{t.t(editable ? 'isp.matrix.introEdit' : 'isp.matrix.intro')}</p>
        {editable && (
          <div className="draft-meta">
            <div className="field">
              <label htmlFor="isp-version">{t.t('isp.field.version')}</label>
              <input
                id="isp-version"
                type="text"
                value={working.version}
                onChange={(e) => setWorking({ ...working, version: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="isp-review">{t.t('isp.field.reviewDue')}</label>
              <input
                id="isp-review"
                type="date"
                value={working.reviewDue}
                onChange={(e) => setWorking({ ...working, reviewDue: e.target.value })}
              />
            </div>
            {version.isp.isTemplate && (
              <div className="field field-check">
                <input
                  id="isp-adapted"
                  type="checkbox"
                  checked={!working.isTemplate}
                  onChange={(e) => setWorking({ ...working, isTemplate: !e.target.checked })}
                />
                <label htmlFor="isp-adapted">{t.t('isp.field.adapted')}</label>
              </div>
            )}
          </div>
        )}
        <MatrixLegend />
        <div className="matrix-layout">
          <IspMatrix isp={working} selected={selected} onSelect={setSelected} />
          {selected && (
            <CellPanel
              isp={working}
              cell={selected}
              editable={editable}
              onChange={setWorking}
              lint={lint}
              onClose={() => setSelected(null)}
            />
          )}
        </div>
      </section>
      <LintPanel lint={lint} />
      <PendingChanges version={version} userId={role.userId} canDecide={role.canEdit} busy={busy} run={run} />
      <EndorsementPanel
        version={version}
        busy={busy}
        run={run}
        canEdit={role.canEdit}
        canEndorse={role.canEndorse}
        endorseElsewhere={role.endorseElsewhere}
        organisationId={role.organisationId}
        dirty={dirty}
      />
    </>
  );
}
