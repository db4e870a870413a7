/** The inbox (received) and sent lists: state, priority, overdue flag, filters; case codes once unlocked. */
import { useEffect, useMemo, useState } from 'react';
import { membershipRolesAllowed } from '@steward/core/auth/permissions';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { StatusBadge, TableScroll } from '../../components';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { tryDecrypt } from './keyring';
import { useReferrals } from './referrals-context';
import { ReferralsHeader } from './referrals-header';
import { UnlockPanel } from './unlock-panel';
import { PRIORITY_TONE, STATE_TONE, type ReferralContent, type ReferralView } from './referral-types';
import { useSay } from './say';

const STATES = ['sent', 'accepted', 'in_service', 'closed', 'declined', 'withdrawn'] as const;
const OVERRIDE_TONE = {
  pending: 'warning',
  approved: 'ok',
  refused: 'danger',
  cancelled: 'neutral',
} as const;
const PRIORITIES = ['emergency', 'urgent', 'normal'] as const;

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

export function ReferralList({ direction }: { direction: 'received' | 'sent' }) {
  const { t } = useI18n();
  const say = useSay();
  const api = useApi();
  const { keyring, role } = useReferrals();
  const session = useAuthenticatedSession();
  const overrideHolder = (membershipRolesAllowed('referral.consent-override') as string[]).includes(
    role ?? '',
  );
  const title = t.t(direction === 'received' ? 'referrals.inbox' : 'referrals.sent');
  useDocumentTitle(title);
  const [load, setLoad] = useState<Load<ReferralView[]>>({ status: 'loading' });
  const [caseCodes, setCaseCodes] = useState<Map<string, string | null>>(new Map());
  const [state, setState] = useState('');
  const [priority, setPriority] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [search, setSearch] = useState('');

  useEffect(() => {
    setLoad({ status: 'loading' });
    data(api.GET('/api/referrals', { params: { query: { direction } } })).then(
      (rows) => setLoad({ status: 'ready', value: rows as ReferralView[] }),
      (error: unknown) => setLoad({ status: 'failed', error }),
    );
  }, [api, direction]);

  // Case codes are decrypted here, on the device, only once the keys are unlocked.
  useEffect(() => {
    if (!keyring || load.status !== 'ready') {
      setCaseCodes(new Map());
      return;
    }
    let live = true;
    void (async () => {
      const out = new Map<string, string | null>();
      for (const r of load.value) {
        const c = await tryDecrypt<ReferralContent>(keyring, r.content, r.id, 1);
        out.set(r.id, typeof c?.payload?.caseCode === 'string' ? c.payload.caseCode : null);
      }
      if (live) setCaseCodes(out);
    })();
    return () => {
      live = false;
    };
  }, [keyring, load]);

  const rows = useMemo(() => {
    if (load.status !== 'ready') return [];
    const q = search.trim().toLowerCase();
    return load.value.filter(
      (r) =>
        (!state || r.state === state) &&
        (!priority || r.priority === priority) &&
        (!overdueOnly || r.overdue) &&
        (!q ||
          r.reference.toLowerCase().includes(q) ||
          (caseCodes.get(r.id) ?? '').toLowerCase().includes(q) ||
          (direction === 'received' ? r.from : r.to).toLowerCase().includes(q)),
    );
  }, [load, state, priority, overdueOnly, search, caseCodes, direction]);

  return (
    <div className="page">
      <ReferralsHeader
        title={title}
        intro={t.t(direction === 'received' ? 'referrals.inboxIntro' : 'referrals.sentIntro')}
      />
      <UnlockPanel />
      <div className="ref-filters" role="search" aria-label={t.t('referrals.filters')}>
        <label className="field">
          <span>{t.t('referrals.col.state')}</span>
          <select value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">{t.t('referrals.filter.any')}</option>
            {(direction === 'sent' ? (['draft', ...STATES] as const) : STATES).map((s) => (
              <option key={s} value={s}>
                {say(`referrals.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.t('referrals.col.priority')}</span>
          <select value={priority} onChange={(e) => setPriority(e.target.value)}>
            <option value="">{t.t('referrals.filter.any')}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {say(`referrals.priority.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.t('referrals.filter.search')}</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="ref-check">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />{' '}
          {t.t('referrals.filter.overdue')}
        </label>
      </div>
      {load.status === 'loading' && <p className="muted">{t.t('common.loading')}</p>}
      {load.status === 'failed' && (
        <p className="alert" role="alert">
          {describeError(t, load.error)}
        </p>
      )}
      {load.status === 'ready' &&
        direction === 'sent' &&
        overrideHolder &&
        (() => {
          const waiting = load.value.filter(
            (r) => r.override?.status === 'pending' && r.override.requestedBy !== session.user.id,
          ).length;
          return waiting > 0 ? (
            <p className="notice" data-testid="override-pending-notice">
              {say('refoverride.pendingNotice', { count: waiting })}
            </p>
          ) : null;
        })()}
      {load.status === 'ready' && load.value.length === 0 && (
        <p className="card empty-state">
          {t.t(direction === 'received' ? 'referrals.emptyInbox' : 'referrals.emptySent')}
        </p>
      )}
      {load.status === 'ready' && load.value.length > 0 && (
        <div className="card table-card">
          <p className="table-count">{say('referrals.count', { count: rows.length })}</p>
          <TableScroll>
            <table className="table" data-testid="referral-table">
              <thead>
                <tr>
                  <th scope="col">{t.t('referrals.col.reference')}</th>
                  <th scope="col">
                    {t.t(direction === 'received' ? 'referrals.col.from' : 'referrals.col.to')}
                  </th>
                  <th scope="col">{t.t('referrals.col.service')}</th>
                  <th scope="col">{t.t('referrals.col.caseCode')}</th>
                  <th scope="col">{t.t('referrals.col.priority')}</th>
                  <th scope="col">{t.t('referrals.col.state')}</th>
                  <th scope="col">{t.t('referrals.col.dueBy')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-referral={r.id}>
                    <th scope="row">
                      <Link to={`/referrals/${r.id}`} dir="ltr" className="reference">
                        {r.reference}
                      </Link>
                    </th>
                    <td>{direction === 'received' ? r.from : r.to}</td>
                    <td>
                      <bdi>{r.serviceName || (t.tryT(`dir.type.${r.serviceType}`) ?? r.serviceType)}</bdi>
                    </td>
                    <td data-field="case-code">
                      {keyring ? (
                        <bdi>{caseCodes.get(r.id) ?? '…'}</bdi>
                      ) : (
                        <span className="muted">{t.t('referrals.locked')}</span>
                      )}
                    </td>
                    <td>
                      <StatusBadge tone={PRIORITY_TONE[r.priority]}>
                        {say(`referrals.priority.${r.priority}`)}
                      </StatusBadge>
                    </td>
                    <td data-field="state">
                      <StatusBadge tone={STATE_TONE[r.state]}>
                        {say(`referrals.state.${r.state}`)}
                      </StatusBadge>
                      {r.outcome && <> {say(`referrals.outcome.${r.outcome}`)}</>}
                      {r.consentWithdrawn && (
                        <>
                          {' '}
                          <StatusBadge tone="danger">{t.t('referrals.consentWithdrawn')}</StatusBadge>
                        </>
                      )}
                      {r.override && (
                        <>
                          {' '}
                          <StatusBadge tone={OVERRIDE_TONE[r.override.status]} testId="override-badge">
                            {t.t('refoverride.title')}: {t.t(`refoverride.status.${r.override.status}`)}
                          </StatusBadge>
                        </>
                      )}
                    </td>
                    <td>
                      {t.date(new Date(r.dueBy), { dateStyle: 'medium', timeStyle: 'short' })}
                      {r.overdue && (
                        <>
                          {' '}
                          <StatusBadge tone="danger" testId="overdue">
                            {t.t('referrals.overdue')}
                          </StatusBadge>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </div>
  );
}
