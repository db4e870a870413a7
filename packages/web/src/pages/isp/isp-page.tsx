/**
 * The Information Sharing Protocol module: /isp (active ISP, versions, new draft, compare),
 * /isp/:id (matrix, rule panel, draft editor with live lint, endorsement, ODRL, status),
 * /isp/:id/print (print view for signature) and /isp/diff?from=&to= (readable diff).
 */
import { useEffect, useMemo, useState } from 'react';
import { diffIsp, lintIsp, type Isp, type IspChange } from '@steward/core/isp/index';
import type { IspVersion, IspVersionSummary } from '../../api/isp-client';
import { describeError } from '../../api/describe-error';
import { activeMembership } from '../../api/types';
import { Link, useRouter } from '../../app/router';
import { useAuthenticatedSession } from '../../app/session-context';
import { Rich, useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LoadView, showDate, useIspClient, useLoad } from '../registry/shared';
import { CellPanel } from './cell-panel';
import { changed } from './isp-logic';
import { labelChange, lintText, type LabelledChange } from './labels';
import { IspMatrix, MatrixLegend, type CellRef } from './matrix';
import { PendingChanges } from './pending-changes';
import { PrintView } from './print-view';
import '../registry/registry.css';

export default function IspPage() {
  const { location } = useRouter();
  const [first, second] = location.pathname.split('/').filter(Boolean).slice(1);
  if (!first) return <IspOverview />;
  if (first === 'diff') {
    const params = new URLSearchParams(location.search);
    return <DiffPage from={params.get('from') ?? ''} to={params.get('to') ?? ''} />;
  }
  const id = decodeURIComponent(first);
  if (second === 'print') return <PrintView versionId={id} />;
  return <VersionPage versionId={id} />;
}

function useIspRole() {
  const session = useAuthenticatedSession();
  const m = activeMembership(session);
  const role = m?.role;
  const endorsing = (r: string | undefined) => r === 'partner-focal-point' || r === 'cluster-coordinator';
  return {
    canEdit: role === 'cluster-coordinator' || role === 'cluster-imo',
    canEndorse: endorsing(role),
    /** Other organisations of the user where they may endorse (they must switch to act for them). */
    endorseElsewhere: session.memberships
      .filter((x) => x.organisationId !== session.activeOrganisationId && endorsing(x.role))
      .map((x) => x.acronym),
    organisationId: session.activeOrganisationId,
    userId: session.user.id,
  };
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge isp-status isp-status-${status}`} data-testid="isp-status">
      {t.tryT(`isp.status.${status}`) ?? status}
    </span>
  );
}

function IspOverview() {
  const { t } = useI18n();
  useDocumentTitle(t.t('isp.title'));
  const client = useIspClient();
  const { navigate } = useRouter();
  const role = useIspRole();
  const [state, retry] = useLoad(() => client.getIsp(), [client]);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (from: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const created = await client.createIspVersion(from);
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
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t.t('isp.versions.heading')}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t.t('isp.versions.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="isp-versions">
            <caption className="visually-hidden">{t.t('isp.versions.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('isp.col.version')}</th>
                <th scope="col">{t.t('isp.col.status')}</th>
                <th scope="col">{t.t('isp.col.created')}</th>
                <th scope="col">{t.t('isp.col.endorsements')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <Link to={`/isp/${encodeURIComponent(v.id)}`}>
                      {t.t('isp.versionLabel', { version: v.version })}
                    </Link>
                  </th>
                  <td>
                    <StatusBadge status={v.status} />
                  </td>
                  <td>{showDate(t, v.createdAt)}</td>
                  <td>{t.number(v.endorsements)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ComparePicker({
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

function VersionPage({ versionId }: { versionId: string }) {
  const { t } = useI18n();
  const client = useIspClient();
  const [state, retry, set] = useLoad(() => client.getIspVersion(versionId), [client, versionId]);
  const [list] = useLoad(() => client.getIsp(), [client]);
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
  const client = useIspClient();
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
          <a
            className="button button-secondary"
            href={client.odrlUrl(version.id)}
            download={`isp-${version.version}.jsonld`}
          >
            {t.t('isp.odrl')}
          </a>
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
                onClick={() => run(() => client.saveIspVersion(version.id, working), t.t('isp.saved'))}
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

function LintPanel({ lint }: { lint: ReturnType<typeof lintIsp> }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="lint-heading" data-testid="lint-panel">
      <h2 id="lint-heading">{t.t('isp.lint.heading')}</h2>
      <p aria-live="polite" data-testid="lint-summary">
        {lint.issues.length === 0
          ? t.t('isp.lint.clean')
          : t.t('isp.lint.summary', { errors: lint.errorCount, warnings: lint.warningCount })}
      </p>
      {lint.issues.length > 0 && (
        <ul className="lint-list">
          {lint.issues.slice(0, 40).map((issue, i) => (
            <li key={i} className={`lint-${issue.severity}`}>
              <span className={`badge ${issue.severity === 'error' ? 'badge-error' : 'badge-warning'}`}>
                {t.t(issue.severity === 'error' ? 'isp.lint.error' : 'isp.lint.warning')}
              </span>{' '}
              <strong>{t.tryT(`isp.lintCode.${issue.code}`) ?? issue.code}</strong>
              <span
                className="small muted"
                lang={lintText(t, issue).lang}
                dir={lintText(t, issue).lang ? 'ltr' : undefined}
              >
                {' '}
                {lintText(t, issue).text}
              </span>
            </li>
          ))}
          {lint.issues.length > 40 && <li>{t.t('isp.lint.more', { count: lint.issues.length - 40 })}</li>}
        </ul>
      )}
    </section>
  );
}

function EndorsementPanel({
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
  const client = useIspClient();
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
            onClick={() => run(() => client.endorseIsp(version.id), t.t('isp.endorse.done'))}
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
            onClick={() =>
              run(() => client.setIspStatus(version.id, 'in-consultation'), t.t('isp.status.changed'))
            }
          >
            {t.t('isp.toConsultation')}
          </button>
        )}
        {canEdit && open && (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || dirty || !e.readyToActivate}
            onClick={() => run(() => client.setIspStatus(version.id, 'endorsed'), t.t('isp.status.changed'))}
          >
            {t.t('isp.activate')}
          </button>
        )}
      </div>
    </section>
  );
}

function DiffPage({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  useDocumentTitle(t.t('isp.diff.title'));
  const client = useIspClient();
  const [state, retry] = useLoad(
    () => Promise.all([client.getIspVersion(from), client.getIspVersion(to), client.getIsp()]),
    [client, from, to],
  );
  return (
    <div className="page">
      <p>
        <Link to="/isp">{t.t('isp.back')}</Link>
      </p>
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('isp.diff.heading')}</h1>
      </header>
      <LoadView state={state} retry={retry}>
        {([a, b, list]) => (
          <>
            <ComparePicker versions={list.versions} initialFrom={from} initialTo={to} />
            <DiffView a={a} b={b} />
          </>
        )}
      </LoadView>
    </div>
  );
}

/** One change: "rule · field: before → after" (the arrow mirrored in right-to-left languages). */
function DiffItem({ change: c }: { change: LabelledChange }) {
  return (
    <>
      {c.ruleId !== undefined && (
        <>
          <code>{c.ruleId}</code> ·{' '}
        </>
      )}
      {'summary' in c ? (
        <bdi>{c.summary}</bdi>
      ) : (
        <>
          <bdi>{c.field}</bdi>:{' '}
          <Rich
            k="isp.diff.fromTo"
            values={{
              from: (
                <del>
                  <bdi>{c.before || '∅'}</bdi>
                </del>
              ),
              to: (
                <ins>
                  <bdi>{c.after || '∅'}</bdi>
                </ins>
              ),
            }}
          />
        </>
      )}
    </>
  );
}

function DiffView({ a, b }: { a: IspVersion; b: IspVersion }) {
  const { t } = useI18n();
  const changes = useMemo(() => diffIsp(a.isp, b.isp), [a, b]);
  const groups: Record<IspChange['kind'], IspChange[]> = {
    metadata: [],
    'rule-added': [],
    'rule-removed': [],
    'rule-changed': [],
  };
  for (const c of changes) groups[c.kind].push(c);
  return (
    <section className="card" aria-labelledby="diff-heading" data-testid="isp-diff">
      <h2 id="diff-heading">{t.t('isp.diff.between', { from: a.version, to: b.version })}</h2>
      <p aria-live="polite">{t.t('isp.diff.count', { count: changes.length })}</p>
      {(['metadata', 'rule-changed', 'rule-added', 'rule-removed'] as const).map((kind) =>
        groups[kind].length === 0 ? null : (
          <div key={kind}>
            <h3 className="subtle-heading">{t.t(`isp.diff.kind.${kind}`)}</h3>
            <ul className="diff-list">
              {groups[kind].map((c, i) => (
                <li key={i} className={`diff-${kind}`}>
                  <DiffItem change={labelChange(t, c, a.isp, b.isp)} />
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
