/**
 * Requests and agreements (/agreements): notifications, incoming requests with the ISP decision
 * beside each (approve with conditions and dates, or reject with a reason), the organisation's own
 * requests, its agreements (status, revoke, download while active) and, for cluster roles, the
 * cluster-level overview without asset contents.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Agreement, SharingRequest } from '../../api/isp-client';
import { fieldErrorMap } from '../../api/isp-client';
import { describeError } from '../../api/describe-error';
import { activeMembership } from '../../api/types';
import { Link } from '../../app/router';
import { useAuthenticatedSession } from '../../app/session-context';
import { Rich, useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { CONDITION_KINDS, DATA_TYPES } from '@steward/core/vocabulary/index';
import {
  Field,
  LoadView,
  SensitivityBadge,
  addDays,
  showDate,
  termLabel,
  todayIso,
  useIspClient,
  useLoad,
} from '../registry/shared';
import { shownStatus, validateApproval, type ApprovalDraft } from './sharing-logic';
import '../registry/registry.css';

export default function AgreementsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('share.title'));
  const session = useAuthenticatedSession();
  const role = activeMembership(session)?.role;
  const clusterRole = role === 'cluster-coordinator' || role === 'cluster-imo' || role === 'admin';
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  useScrollToHashTarget();

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('share.heading')}</h1>
        <p className="muted">{t.t('share.intro')}</p>
      </header>
      <Notifications version={version} />
      <IncomingRequests version={version} onChanged={refresh} />
      <AgreementsList version={version} onChanged={refresh} />
      <OutgoingRequests version={version} />
      {clusterRole && <ClusterOverview version={version} />}
    </div>
  );
}

/**
 * Notifications link to `/agreements#request-<id>` or `#agreement-<id>`: once the lists have loaded,
 * bring that item into view and mark it.
 */
function useScrollToHashTarget(): void {
  useEffect(() => {
    let timer = 0;
    const seek = () => {
      window.clearInterval(timer);
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      let tries = 0;
      timer = window.setInterval(() => {
        const target = document.getElementById(id);
        if (target || ++tries > 50) {
          window.clearInterval(timer);
          target?.scrollIntoView({ block: 'center' });
          target?.classList.add('hash-target');
        }
      }, 100);
    };
    seek();
    window.addEventListener('hashchange', seek);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('hashchange', seek);
    };
  }, []);
}

function Notifications({ version }: { version: number }) {
  const { t } = useI18n();
  const client = useIspClient();
  const [state, retry, set] = useLoad(() => client.listNotifications(), [client, version]);
  if (state.status !== 'ready' || state.data.items.length === 0) return null;
  const unread = state.data.items.filter((n) => !n.readAt);
  return (
    <section className="card" aria-labelledby="notif-heading" data-testid="notifications">
      <h2 id="notif-heading">
        {t.t('share.notifications.heading')}{' '}
        {unread.length > 0 && (
          <span className="badge count-badge">
            {t.t('share.notifications.unread', { count: unread.length })}
          </span>
        )}
      </h2>
      <ul className="plain-list notifications">
        {state.data.items.slice(0, 10).map((n) => (
          <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
            <span>{showDate(t, n.createdAt)} · </span>
            {n.link ? <Link to={n.link}>{n.text}</Link> : n.text}
            {!n.readAt && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  client.markNotificationRead(n.id).then(
                    () =>
                      set({
                        items: state.data.items.map((x) =>
                          x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x,
                        ),
                      }),
                    retry,
                  )
                }
              >
                {t.t('share.notifications.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DecisionSummary({ request }: { request: SharingRequest }) {
  const { t } = useI18n();
  const d = request.decision;
  if (!d) return <p className="muted">{t.t('share.decision.none')}</p>;
  return (
    <div className={`decision decision-${d.decision}`} data-testid="request-decision">
      <p>
        <SensitivityBadge level={d.sensitivity} />{' '}
        <strong data-testid="request-decision-heading">
          <Rich
            k={`share.decisionWith.${d.decision}`}
            values={{ recipient: <bdi>{request.requester}</bdi> }}
          />
        </strong>
        {d.rule && (
          <>
            {' '}
            · <code>{d.rule}</code>
          </>
        )}
      </p>
      {d.conditions.length > 0 && (
        <ul className="plain-list small">
          {d.conditions.map((c) => (
            <li key={c.text}>{t.tryT(`vocab.conditionKind.${c.kind}`) ?? c.text}</li>
          ))}
        </ul>
      )}
      <p className="muted small">{d.explanation}</p>
    </div>
  );
}

function IncomingRequests({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useI18n();
  const client = useIspClient();
  const [state, retry] = useLoad(() => client.listRequests('incoming'), [client, version]);
  return (
    <section className="card" aria-labelledby="incoming-heading">
      <h2 id="incoming-heading">{t.t('share.incoming.heading')}</h2>
      <LoadView state={state} retry={retry}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted" data-testid="incoming-empty">
              {t.t('share.incoming.empty')}
            </p>
          ) : (
            <ul className="request-list">
              {data.items.map((r) => (
                <li key={r.id} id={`request-${r.id}`} className="request-item" data-testid="incoming-request">
                  <div className="request-main">
                    <h3>
                      <Link to={`/registry/${encodeURIComponent(r.registryEntryId)}`}>{r.entryTitle}</Link>
                    </h3>
                    <p>
                      {t.t('share.request.from', { requester: r.requester })} · {showDate(t, r.createdAt)} ·{' '}
                      <span className={`badge req-${r.status}`}>
                        {t.t(`share.requestStatus.${r.status}`)}
                      </span>
                    </p>
                    <dl className="details compact">
                      <div className="details-row">
                        <dt>{t.t('share.request.purpose')}</dt>
                        <dd>{r.purpose}</dd>
                      </div>
                      <div className="details-row">
                        <dt>{t.t('share.request.intendedUse')}</dt>
                        <dd>{r.intendedUse}</dd>
                      </div>
                      {r.recipients && (
                        <div className="details-row">
                          <dt>{t.t('share.request.recipients')}</dt>
                          <dd>{r.recipients}</dd>
                        </div>
                      )}
                      {r.requestedDurationDays !== undefined && (
                        <div className="details-row">
                          <dt>{t.t('share.request.duration')}</dt>
                          <dd>{t.t('share.days', { count: r.requestedDurationDays })}</dd>
                        </div>
                      )}
                    </dl>
                    {r.status === 'pending' && <ReviewForms request={r} onDone={onChanged} />}
                    {r.status === 'rejected' && r.rejectionReason && (
                      <p className="muted">{t.t('share.rejectedBecause', { reason: r.rejectionReason })}</p>
                    )}
                  </div>
                  <aside className="request-side">
                    <h4 className="subtle-heading">{t.t('share.decision.heading')}</h4>
                    <DecisionSummary request={r} />
                  </aside>
                </li>
              ))}
            </ul>
          )
        }
      </LoadView>
    </section>
  );
}

function ReviewForms({ request, onDone }: { request: SharingRequest; onDone: () => void }) {
  const { t } = useI18n();
  const client = useIspClient();
  const session = useAuthenticatedSession();
  const today = todayIso();
  const membership = activeMembership(session);
  const suggested = (request.decision?.conditions ?? []).map((c) => c.kind);
  const [mode, setMode] = useState<'none' | 'approve' | 'reject'>('none');
  const [draft, setDraft] = useState<ApprovalDraft>({
    conditions: [...new Set([...suggested, 'no-onward-sharing', 'embed-agreement-reference'])],
    startsOn: today,
    expiresOn: addDays(today, request.requestedDurationDays ?? 90),
    signatoryName: session.user.displayName,
    signatoryRole: membership ? t.t(`role.${membership.role}`) : '',
    includesLaterVersions: false,
  });
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const approve = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateApproval(draft, today);
    const messages: Record<string, string> = {};
    for (const [k, v] of Object.entries(found)) messages[k] = t.t(v);
    setErrors(messages);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setProblem(null);
    try {
      await client.approveRequest(request.id, {
        conditions: draft.conditions,
        startsOn: draft.startsOn,
        expiresOn: draft.expiresOn,
        signatories: [
          {
            name: draft.signatoryName.trim(),
            role: draft.signatoryRole.trim(),
            organisation: membership?.acronym ?? '',
            signedOn: today,
          },
        ],
        includesLaterVersions: draft.includesLaterVersions,
      });
      onDone();
    } catch (error) {
      setErrors(fieldErrorMap(error));
      setProblem(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const reject = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ reason: t.t('share.error.required') });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await client.rejectRequest(request.id, reason.trim());
      onDone();
    } catch (error) {
      setProblem(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const dateField = (
    key: 'startsOn' | 'expiresOn',
    label: 'share.approve.startsOn' | 'share.approve.expiresOn',
  ) => (
    <Field id={`${request.id}-${key}`} label={t.t(label)} {...(errors[key] ? { error: errors[key] } : {})}>
      {(props) => (
        <input
          {...props}
          type="date"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <div className="review">
      <div className="actions">
        {request.decision?.decision === 'deny' ? (
          // The ISP refuses this share even under an agreement: no approval to offer; the
          // decision above gives the reason.
          <p className="alert" role="note" data-testid="approval-denied">
            {t.t('share.approve.deniedNoApproval')}
          </p>
        ) : (
          <button
            type="button"
            className="button button-primary"
            aria-expanded={mode === 'approve'}
            onClick={() => setMode(mode === 'approve' ? 'none' : 'approve')}
          >
            {t.t('share.approve.open')}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={mode === 'reject'}
          onClick={() => setMode(mode === 'reject' ? 'none' : 'reject')}
        >
          {t.t('share.reject.open')}
        </button>
      </div>
      <div aria-live="assertive">
        {problem && (
          <p className="alert" role="alert">
            {problem}
          </p>
        )}
      </div>
      {mode === 'approve' && (
        <form className="subform" noValidate onSubmit={approve} aria-label={t.t('share.approve.open')}>
          {request.decision?.decision === 'deny' && (
            <p className="alert" role="note">
              {t.t('share.approve.deniedWarning')}
            </p>
          )}
          <fieldset className="field">
            <legend>{t.t('share.approve.conditions')}</legend>
            <p className="hint">{t.t('share.approve.conditionsHint')}</p>
            <div className="checkbox-grid">
              {CONDITION_KINDS.ids.map((kind) => (
                <label key={kind} className="checkbox-label">
                  <input
                    type="checkbox"
                    checked={draft.conditions.includes(kind)}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        conditions: e.target.checked
                          ? [...draft.conditions, kind]
                          : draft.conditions.filter((c) => c !== kind),
                      })
                    }
                  />
                  {termLabel(t, CONDITION_KINDS, kind)}
                  {suggested.includes(kind) && (
                    <span className="badge badge-muted tag">{t.t('share.approve.fromIsp')}</span>
                  )}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="two-cols">
            {dateField('startsOn', 'share.approve.startsOn')}
            {dateField('expiresOn', 'share.approve.expiresOn')}
          </div>
          <div className="two-cols">
            <Field
              id={`${request.id}-sig`}
              label={t.t('share.approve.signatory')}
              {...(errors.signatoryName ? { error: errors.signatoryName } : {})}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={draft.signatoryName}
                  onChange={(e) => setDraft({ ...draft, signatoryName: e.target.value })}
                />
              )}
            </Field>
            <Field
              id={`${request.id}-sigrole`}
              label={t.t('share.approve.signatoryRole')}
              {...(errors.signatoryRole ? { error: errors.signatoryRole } : {})}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={draft.signatoryRole}
                  onChange={(e) => setDraft({ ...draft, signatoryRole: e.target.value })}
                />
              )}
            </Field>
          </div>
          <div className="field">
            <label className="checkbox-label">
              <input
                type="checkbox"
                checked={draft.includesLaterVersions}
                aria-describedby={`${request.id}-later-hint`}
                onChange={(e) => setDraft({ ...draft, includesLaterVersions: e.target.checked })}
              />
              {t.t('share.approve.includesLaterVersions')}
            </label>
            <p className="hint" id={`${request.id}-later-hint`}>
              {t.t('share.approve.includesLaterVersionsHint')}
            </p>
          </div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t.t('share.approve.submit')}
          </button>
        </form>
      )}
      {mode === 'reject' && (
        <form className="subform" noValidate onSubmit={reject} aria-label={t.t('share.reject.open')}>
          <Field
            id={`${request.id}-reason`}
            label={t.t('share.reject.reason')}
            {...(errors.reason ? { error: errors.reason } : {})}
          >
            {(props) => (
              <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t.t('share.reject.submit')}
          </button>
        </form>
      )}
    </div>
  );
}

function AgreementsList({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useI18n();
  const client = useIspClient();
  const session = useAuthenticatedSession();
  const acronym = activeMembership(session)?.acronym;
  const [state, retry] = useLoad(() => client.listAgreements(), [client, version]);
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">{t.t('share.agreements.heading')}</h2>
      <LoadView state={state} retry={retry}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted" data-testid="agreements-empty">
              {t.t('share.agreements.empty')}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="table" data-testid="agreements-table">
                <caption className="visually-hidden">{t.t('share.agreements.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.t('share.col.reference')}</th>
                    <th scope="col">{t.t('share.col.asset')}</th>
                    <th scope="col">{t.t('share.col.parties')}</th>
                    <th scope="col">{t.t('share.col.period')}</th>
                    <th scope="col">{t.t('share.col.status')}</th>
                    <th scope="col">{t.t('share.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((a) => (
                    <AgreementRow
                      key={a.id}
                      agreement={a}
                      today={today}
                      isRecipient={a.recipientOrganisation === acronym}
                      isProvider={a.providerOrganisation === acronym}
                      onChanged={onChanged}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadView>
    </section>
  );
}

function AgreementRow({
  agreement: a,
  today,
  isRecipient,
  isProvider,
  onChanged,
}: {
  agreement: Agreement;
  today: string;
  isRecipient: boolean;
  isProvider: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const client = useIspClient();
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const status = shownStatus(a, today);

  const revoke = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t.t('share.error.required'));
      return;
    }
    try {
      await client.revokeAgreement(a.id, reason.trim());
      onChanged();
    } catch (e) {
      setError(describeError(t, e));
    }
  };

  return (
    <tr id={`agreement-${a.id}`} data-testid="agreement-row" data-status={a.status}>
      <th scope="row">
        <code>{a.reference}</code>
      </th>
      <td>
        {a.entryTitle}
        <p className="muted small">{a.purpose}</p>
        {a.conditions.length > 0 && (
          <p className="small">
            {a.conditions.map((c) => t.tryT(`vocab.conditionKind.${c}`) ?? c).join(t.t('reg.listSep'))}
          </p>
        )}
      </td>
      <td>
        {t.t('share.parties', { provider: a.providerOrganisation, recipient: a.recipientOrganisation })}
      </td>
      <td>
        {showDate(t, a.startsOn)} – {showDate(t, a.expiresOn)}
      </td>
      <td>
        <span className={`badge agr-${status}`} data-testid="agreement-status">
          {t.t(`share.status.${status}`)}
        </span>
        {a.revokedReason && <p className="muted small">{a.revokedReason}</p>}
      </td>
      <td>
        <div className="actions-col">
          {isRecipient && a.status === 'active' && (a.fileId || a.includesLaterVersions) && (
            <a className="button button-secondary" href={client.agreementDownloadUrl(a.id)} download>
              {t.t('share.download')}
            </a>
          )}
          {isRecipient && a.status === 'active' && !a.fileId && !a.includesLaterVersions && (
            <span className="muted small" data-testid="no-file-approved">
              {t.t('share.noFileApproved')}
            </span>
          )}
          {isRecipient && a.status !== 'active' && (
            <span className="muted small">{t.t('share.downloadClosed')}</span>
          )}
          {(isProvider || isRecipient) && a.status === 'active' && !revoking && (
            <button type="button" className="button button-secondary" onClick={() => setRevoking(true)}>
              {t.t('share.revoke')}
            </button>
          )}
          {revoking && (
            <form noValidate onSubmit={revoke} className="subform" aria-label={t.t('share.revoke')}>
              <Field id={`revoke-${a.id}`} label={t.t('share.revokeReason')} {...(error ? { error } : {})}>
                {(props) => (
                  <input {...props} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
                )}
              </Field>
              <button type="submit" className="button button-primary">
                {t.t('share.revokeConfirm')}
              </button>
            </form>
          )}
        </div>
      </td>
    </tr>
  );
}

function OutgoingRequests({ version }: { version: number }) {
  const { t } = useI18n();
  const client = useIspClient();
  const [state, retry] = useLoad(() => client.listRequests('outgoing'), [client, version]);
  return (
    <section className="card" aria-labelledby="outgoing-heading">
      <h2 id="outgoing-heading">{t.t('share.outgoing.heading')}</h2>
      <LoadView state={state} retry={retry}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t.t('share.outgoing.empty')}</p>
          ) : (
            <ul className="plain-list">
              {data.items.map((r) => (
                <li key={r.id} id={`request-${r.id}`} data-testid="outgoing-request">
                  <Link to={`/registry/${encodeURIComponent(r.registryEntryId)}`}>{r.entryTitle}</Link> ·{' '}
                  {showDate(t, r.createdAt)} ·{' '}
                  <span className={`badge req-${r.status}`}>{t.t(`share.requestStatus.${r.status}`)}</span>
                  {r.rejectionReason && <span className="muted"> — {r.rejectionReason}</span>}
                </li>
              ))}
            </ul>
          )
        }
      </LoadView>
    </section>
  );
}

function ClusterOverview({ version }: { version: number }) {
  const { t } = useI18n();
  const client = useIspClient();
  const [state, retry] = useLoad(() => client.clusterAgreements(), [client, version]);
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="cluster-heading" data-testid="cluster-overview">
      <h2 id="cluster-heading">{t.t('share.cluster.heading')}</h2>
      <p className="muted">{t.t('share.cluster.intro')}</p>
      <LoadView state={state} retry={retry}>
        {(data) => (
          <>
            <p>{t.t('share.cluster.expiring', { count: data.expiringSoon })}</p>
            {data.items.length === 0 ? (
              <p className="muted">{t.t('share.agreements.empty')}</p>
            ) : (
              <div className="table-scroll">
                <table className="table">
                  <caption className="visually-hidden">{t.t('share.cluster.heading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.t('share.col.reference')}</th>
                      <th scope="col">{t.t('reg.col.dataTypes')}</th>
                      <th scope="col">{t.t('reg.col.sensitivity')}</th>
                      <th scope="col">{t.t('share.col.parties')}</th>
                      <th scope="col">{t.t('share.col.status')}</th>
                      <th scope="col">{t.t('share.approve.expiresOn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((a) => {
                      const status = shownStatus(a, today);
                      return (
                        <tr key={a.id}>
                          <th scope="row">
                            <code>{a.reference}</code>
                          </th>
                          <td>
                            {a.dataTypes.map((d) => termLabel(t, DATA_TYPES, d)).join(t.t('reg.listSep'))}
                          </td>
                          <td>
                            <SensitivityBadge level={a.sensitivity} />
                          </td>
                          <td>{t.t('share.parties', { provider: a.provider, recipient: a.recipient })}</td>
                          <td>
                            <span className={`badge agr-${status}`}>{t.t(`share.status.${status}`)}</span>
                          </td>
                          <td>{showDate(t, a.expiresOn)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </LoadView>
    </section>
  );
}
