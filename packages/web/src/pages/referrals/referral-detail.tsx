/**
 * One referral: workflow metadata (plaintext on the server), the payload and consent decrypted on
 * this device, the history with decrypted reasons, and the state changes the caller's side may
 * make (receiver: accept, decline with a reason, in service, close with outcome and reason; sender:
 * withdraw with a reason). Reasons are encrypted here to both organisations before they are sent.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { encryptContent, type Envelope } from '@steward/core/referrals/index';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useRouter } from '../../app/router';
import { useApi } from '../../app/session-context';
import { FormField, StatusBadge } from '../../components';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { tryDecrypt } from './keyring';
import { useReferrals } from './referrals-context';
import { ReferralsHeader } from './referrals-header';
import { OverridePanel } from './override-panel';
import { UnlockPanel } from './unlock-panel';
import {
  PRIORITY_TONE,
  STATE_TONE,
  type OrgPublicKey,
  type ReferralContent,
  type ReferralDetail,
  type ReferralView,
} from './referral-types';
import { useSay } from './say';

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };
type Action = 'accepted' | 'declined' | 'in_service' | 'closed' | 'withdrawn';

/** What each side may do from each state (core/referrals/lifecycle.ts). */
function actionsFor(r: ReferralDetail): Action[] {
  if (r.direction === 'received') {
    if (r.state === 'sent') return ['accepted', 'declined'];
    if (r.state === 'accepted') return ['in_service', 'closed'];
    if (r.state === 'in_service') return ['closed'];
    return [];
  }
  return ['sent', 'accepted', 'in_service'].includes(r.state) ? ['withdrawn'] : [];
}

function Fields({ rows }: { rows: [string, ReactNode, string?][] }) {
  return (
    <dl className="ref-fields">
      {rows.map(([label, value, field]) => (
        <div key={label} className="ref-field-row">
          <dt>{label}</dt>
          <dd>
            <bdi {...(field ? { 'data-field': field } : {})}>{value}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ReferralDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const say = useSay();
  const api = useApi();
  const { location } = useRouter();
  const { keyring, keyStatus } = useReferrals();
  const [load, setLoad] = useState<Load<ReferralDetail>>({ status: 'loading' });
  const [content, setContent] = useState<ReferralContent | null | 'failed'>(null);
  const [reasons, setReasons] = useState<Map<number, string | null>>(new Map());
  const [action, setAction] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(() => {
    const query = new URLSearchParams(location.search);
    if (query.get('override')) return t.t('refoverride.requested');
    return query.get('sent') ? t.t('referrals.sentDone') : null;
  });
  const [busy, setBusy] = useState(false);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const title =
    load.status === 'ready'
      ? t.t('referrals.detail.title', { reference: load.value.reference })
      : t.t('referrals.title');
  useDocumentTitle(title);

  const reload = useCallback(async () => {
    try {
      setLoad({
        status: 'ready',
        value: (await data(api.GET('/api/referrals/{id}', { params: { path: { id } } }))) as ReferralDetail,
      });
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [api, id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!keyring || load.status !== 'ready') {
      setContent(null);
      setReasons(new Map());
      return;
    }
    let live = true;
    const r = load.value;
    void (async () => {
      const main = await tryDecrypt<ReferralContent>(keyring, r.content, r.id, 1);
      const notes = new Map<number, string | null>();
      for (const e of r.history)
        if (e.content) {
          const n = await tryDecrypt<{ reason?: string }>(keyring, e.content, r.id, e.version);
          notes.set(e.version, typeof n?.reason === 'string' ? n.reason : null);
        }
      if (!live) return;
      setContent(main ?? 'failed');
      setReasons(notes);
    })();
    return () => {
      live = false;
    };
  }, [keyring, load]);

  if (load.status === 'loading')
    return (
      <div className="page">
        <ReferralsHeader title={title} />
        <p className="muted">{t.t('common.loading')}</p>
      </div>
    );
  if (load.status === 'failed')
    return (
      <div className="page">
        <ReferralsHeader title={title} />
        <p className="alert" role="alert">
          {describeError(t, load.error)}
        </p>
      </div>
    );
  const r = load.value;
  const actions = actionsFor(r);
  const needsReason = action === 'declined' || action === 'withdrawn';

  const apply = async () => {
    if (!action) return;
    setFormError(null);
    if (needsReason && !reason.trim()) {
      setFormError(t.t('referrals.action.reasonRequired'));
      return;
    }
    if (action === 'closed' && !outcome) {
      setFormError(t.t('referrals.action.outcomeRequired'));
      return;
    }
    if (reason.trim() && !keyring) {
      setFormError(t.t('referrals.check.unlockFirst'));
      return;
    }
    setBusy(true);
    try {
      let envelope: Envelope | undefined;
      const version = (r.history.at(-1)?.version ?? 1) + 1;
      if (reason.trim()) {
        const own = keyStatus.status === 'ready' ? keyStatus.value.organisationKey : null;
        if (!own) throw new Error('no organisation key');
        const other = (await data(
          api.GET('/api/referrals/keys/organisations/{acronym}', {
            params: { path: { acronym: r.direction === 'sent' ? r.to : r.from } },
          }),
        )) as OrgPublicKey;
        envelope = await encryptContent({ reason: reason.trim() }, r.id, version, [
          { keyId: other.keyId, publicKey: other.publicKey },
          { keyId: own.keyId, publicKey: own.publicKey },
        ]);
      }
      await data(
        api.PATCH('/api/referrals/{id}', {
          params: { path: { id: r.id } },
          body: {
            state: action,
            ...(action === 'closed' ? { outcome } : {}),
            ...(envelope ? { content: envelope, version } : {}),
          },
        }),
      );
      setMessage(t.t('referrals.action.done', { state: say(`referrals.state.${action}`) }));
      setAction(null);
      setReason('');
      setOutcome('');
      await reload();
    } catch (error) {
      setFormError(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const canWithdrawConsent =
    r.direction === 'sent' && !r.consentWithdrawn && ['sent', 'accepted', 'in_service'].includes(r.state);

  /**
   * The person withdrew their consent: this referral and, when the keys are unlocked, every other
   * open referral the organisation sent for the same case code are flagged to both sides.
   */
  const withdrawConsent = async () => {
    setWithdrawError(null);
    setBusy(true);
    try {
      const ids = [r.id];
      const code = content && content !== 'failed' ? content.payload?.caseCode : undefined;
      if (keyring && typeof code === 'string') {
        const sent = (await data(
          api.GET('/api/referrals', { params: { query: { direction: 'sent' } } }),
        )) as ReferralView[];
        for (const other of sent) {
          if (other.id === r.id || other.consentWithdrawn) continue;
          if (!['sent', 'accepted', 'in_service'].includes(other.state)) continue;
          const c = await tryDecrypt<ReferralContent>(keyring, other.content, other.id, 1);
          if (c?.payload?.caseCode === code) ids.push(other.id);
        }
      }
      for (const id of ids)
        await data(api.POST('/api/referrals/{id}/consent-withdrawal', { params: { path: { id } } }));
      setMessage(t.t('referrals.withdrawal.done', { count: ids.length }));
      await reload();
    } catch (error) {
      setWithdrawError(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const payload = content && content !== 'failed' ? (content.payload ?? {}) : null;
  const consent = content && content !== 'failed' ? (content.consent ?? null) : null;
  const contact = payload?.contact as Record<string, string> | undefined;
  const caregiver = payload?.caregiver as Record<string, unknown> | undefined;
  const scope = consent?.scope as
    { organisations?: string[]; services?: string[]; dataCategories?: string[] } | undefined;
  const text = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : String(v));

  return (
    <div className="page" data-testid="referral-detail">
      <ReferralsHeader title={title} />
      <div aria-live="polite">
        {message && (
          <p className="notice" data-testid="referral-message">
            {message}
          </p>
        )}
      </div>
      <section className="card" aria-labelledby="ref-meta-title">
        <h2 id="ref-meta-title">{t.t('referrals.detail.workflow')}</h2>
        <Fields
          rows={[
            [t.t('referrals.col.from'), r.from],
            [t.t('referrals.col.to'), r.to],
            [t.t('referrals.col.service'), r.serviceName || r.serviceType],
            [
              t.t('referrals.col.priority'),
              <StatusBadge key="p" tone={PRIORITY_TONE[r.priority]}>
                {say(`referrals.priority.${r.priority}`)}
              </StatusBadge>,
            ],
            [
              t.t('referrals.col.state'),
              <span key="s">
                <StatusBadge tone={STATE_TONE[r.state]} testId="referral-state">
                  {say(`referrals.state.${r.state}`)}
                </StatusBadge>
                {r.overdue && (
                  <>
                    {' '}
                    <StatusBadge tone="danger">{t.t('referrals.overdue')}</StatusBadge>
                  </>
                )}
              </span>,
            ],
            [
              t.t('referrals.detail.outcome'),
              r.outcome ? say(`referrals.outcome.${r.outcome}`) : '—',
              'outcome',
            ],
            [
              t.t('referrals.detail.sentAt'),
              t.date(new Date(r.sentAt), { dateStyle: 'medium', timeStyle: 'short' }),
            ],
            [
              t.t('referrals.col.dueBy'),
              t.date(new Date(r.dueBy), { dateStyle: 'medium', timeStyle: 'short' }),
            ],
          ]}
        />
        {r.consentWithdrawn && (
          <p className="alert" role="alert">
            {t.t('referrals.consentWithdrawnNotice')}
          </p>
        )}
      </section>

      <UnlockPanel />
      <OverridePanel
        referral={r}
        content={content}
        onDecided={async (m) => {
          setMessage(m);
          await reload();
        }}
      />
      {keyring && content === 'failed' && (
        <p className="alert" role="alert">
          {t.t('referrals.detail.cannotDecrypt')}
        </p>
      )}
      {payload && (
        <section className="card" aria-labelledby="ref-payload-title" data-testid="referral-payload">
          <h2 id="ref-payload-title">{t.t('referrals.detail.payload')}</h2>
          <p className="muted">{t.t('referrals.detail.payloadNote')}</p>
          <Fields
            rows={[
              [t.t('referrals.field.caseCode'), text(payload.caseCode), 'caseCode'],
              [t.t('referrals.field.age'), text(payload.age ?? payload.dateOfBirth), 'age'],
              [t.t('referrals.field.sex'), say(`referrals.sex.${text(payload.sex)}`), 'sex'],
              [t.t('referrals.field.adm2'), text(payload.adm2), 'adm2'],
              [t.t('referrals.field.phone'), text(contact?.phone), 'phone'],
              [t.t('referrals.field.email'), text(contact?.email), 'email'],
              ...(caregiver
                ? ([
                    [
                      t.t('referrals.caregiver.title'),
                      [
                        caregiver.name,
                        caregiver.relationship,
                        (caregiver.contact as Record<string, string> | undefined)?.phone,
                      ]
                        .filter(Boolean)
                        .join(' · '),
                      'caregiver',
                    ],
                    [
                      t.t('referrals.caregiver.informed'),
                      t.t(caregiver.informed ? 'common.yes' : 'common.no'),
                    ],
                  ] as [string, ReactNode, string?][])
                : []),
              [t.t('referrals.field.reason'), text(payload.reason), 'reason'],
            ]}
          />
        </section>
      )}
      {consent && (
        <section className="card" aria-labelledby="ref-consent-title" data-testid="referral-consent">
          <h2 id="ref-consent-title">{t.t('referrals.detail.consent')}</h2>
          <Fields
            rows={[
              [
                t.t('referrals.consent.status'),
                say(`referrals.consent.status.${text(consent.status)}`),
                'consent-status',
              ],
              [t.t('referrals.consent.givenBy'), say(`referrals.consent.givenBy.${text(consent.givenBy)}`)],
              [
                t.t('referrals.consent.legalBasis'),
                say(`referrals.consent.basis.${text(consent.legalBasis)}`),
              ],
              [
                t.t('referrals.consent.purposes'),
                t.list(
                  ((consent.purposes as string[] | undefined) ?? []).map((p) =>
                    say(`referrals.consent.purpose.${p}`),
                  ),
                ),
              ],
              [t.t('referrals.consent.scopeOrganisations'), t.list(scope?.organisations ?? [])],
              [
                t.t('referrals.consent.categories'),
                t.list((scope?.dataCategories ?? []).map((c) => t.tryT(`referrals.field.${c}`) ?? c)),
              ],
              [t.t('referrals.consent.method'), say(`referrals.consent.method.${text(consent.method)}`)],
              [t.t('referrals.consent.obtainedAt'), text(consent.obtainedAt)],
              [t.t('referrals.consent.obtainedBy'), text(consent.obtainedBy)],
              [t.t('referrals.consent.expiresAt'), text(consent.expiresAt)],
            ]}
          />
        </section>
      )}

      <section className="card" aria-labelledby="ref-history-title">
        <h2 id="ref-history-title">{t.t('referrals.detail.history')}</h2>
        <ol className="ref-history" data-testid="referral-history">
          {r.history.map((e) => (
            <li key={e.version} data-state={e.toState}>
              <span>{t.date(new Date(e.at), { dateStyle: 'medium', timeStyle: 'short' })}</span> ·{' '}
              <span>{e.by}</span> · <strong>{say(`referrals.state.${e.toState}`)}</strong>
              {e.outcome && <> ({say(`referrals.outcome.${e.outcome}`)})</>}
              {e.content && (
                <>
                  {' — '}
                  <bdi data-field="history-reason">
                    {keyring
                      ? (reasons.get(e.version) ?? t.t('referrals.detail.cannotDecryptShort'))
                      : t.t('referrals.locked')}
                  </bdi>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>

      {canWithdrawConsent && (
        <section className="card" aria-labelledby="ref-withdrawal-title">
          <h2 id="ref-withdrawal-title">{t.t('referrals.withdrawal.title')}</h2>
          <p>{t.t('referrals.withdrawal.text')}</p>
          {withdrawError && (
            <p className="alert" role="alert">
              {withdrawError}
            </p>
          )}
          <p>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void withdrawConsent()}
            >
              {t.t('referrals.withdrawal.submit')}
            </button>
          </p>
        </section>
      )}
      {actions.length > 0 && (
        <section className="card" aria-labelledby="ref-actions-title">
          <h2 id="ref-actions-title">{t.t('referrals.detail.actions')}</h2>
          <p className="actions">
            {actions.map((a) => (
              <button
                key={a}
                type="button"
                className={`button ${action === a ? 'button-primary' : 'button-secondary'}`}
                aria-pressed={action === a}
                onClick={() => {
                  setAction(a);
                  setFormError(null);
                }}
              >
                {say(`referrals.action.${a}`)}
              </button>
            ))}
          </p>
          {action && (
            <div className="ref-action-form">
              {action === 'closed' && (
                <FormField id="ref-outcome" label={t.t('referrals.detail.outcome')}>
                  {(props) => (
                    <select {...props} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
                      <option value="">{t.t('referrals.choose')}</option>
                      {(['service_provided', 'service_not_provided'] as const).map((o) => (
                        <option key={o} value={o}>
                          {say(`referrals.outcome.${o}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              )}
              <FormField
                id="ref-action-reason"
                label={t.t(needsReason ? 'referrals.action.reason' : 'referrals.action.note')}
                hint={t.t('referrals.action.reasonHint')}
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    maxLength={1000}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                )}
              </FormField>
              {formError && (
                <p className="alert" role="alert" data-testid="action-error">
                  {formError}
                </p>
              )}
              <p>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() => void apply()}
                >
                  {t.t('referrals.action.confirm', { state: say(`referrals.action.${action}`) })}
                </button>
              </p>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
