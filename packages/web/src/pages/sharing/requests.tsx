/**
 * Requests on the agreements page: incoming ones with the ISP decision beside each (and the review
 * forms), and the organisation's own outgoing ones.
 */
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import { Rich, useI18n } from '../../i18n/i18n-context';
import { LoadView, SensitivityBadge, showDate, useLoad } from '../registry/shared';
import { ReviewForms } from './review-forms';
import { whyText } from '../isp/labels';
import { conditionLabel } from './condition-label';
import type { SharingRequest } from './sharing-api';

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
            <li key={c}>{conditionLabel(t, c)}</li>
          ))}
        </ul>
      )}
      <p className="muted small">{whyText(t, d.why, d.explanation)}</p>
    </div>
  );
}

export function IncomingRequests({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [state, retry] = useLoad(
    () => data(api.GET('/api/requests', { params: { query: { direction: 'incoming' } } })),
    [api, version],
  );
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
                      <bdi>
                        <Link to={`/registry/${encodeURIComponent(r.registryEntryId)}`}>{r.entryTitle}</Link>
                      </bdi>
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
                      {r.requestedDurationDays > 0 && (
                        <div className="details-row">
                          <dt>{t.t('share.request.duration')}</dt>
                          <dd>{t.t('share.days', { count: r.requestedDurationDays })}</dd>
                        </div>
                      )}
                    </dl>
                    {r.status === 'pending' && <ReviewForms request={r} onDone={onChanged} />}
                    {r.status === 'rejected' && r.rejectReason && (
                      <p className="muted">{t.t('share.rejectedBecause', { reason: r.rejectReason })}</p>
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

export function OutgoingRequests({ version }: { version: number }) {
  const { t } = useI18n();
  const api = useApi();
  const [state, retry] = useLoad(
    () => data(api.GET('/api/requests', { params: { query: { direction: 'outgoing' } } })),
    [api, version],
  );
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
                  <bdi>
                    <Link to={`/registry/${encodeURIComponent(r.registryEntryId)}`}>{r.entryTitle}</Link>
                  </bdi>{' '}
                  · {showDate(t, r.createdAt)} ·{' '}
                  <span className={`badge req-${r.status}`}>{t.t(`share.requestStatus.${r.status}`)}</span>
                  {r.rejectReason && <span className="muted"> — {r.rejectReason}</span>}
                </li>
              ))}
            </ul>
          )
        }
      </LoadView>
    </section>
  );
}
