/**
 * The consent override of one referral (issue 9): legal basis, status, who asked and who decided
 * (plaintext metadata), the justification decrypted on this device, and — for a pending override
 * of the caller's organisation — approve or refuse when the caller holds `referral.consent-override`
 * and is not the person who asked (the server and the database refuse it otherwise too).
 * Approving sends a referral without the person's consent: the `referral-no-consent` checklist
 * must be ticked first (issue 11 §5); refusing needs none.
 */
import { useState } from 'react';
import { membershipRolesAllowed } from '@steward/core/auth/permissions';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { StatusBadge } from '../../components';
import { RiskChecklist, checklistComplete, type ChecklistState } from '../../guidance/risk-checklist';
import { useI18n } from '../../i18n/i18n-context';
import { useReferrals } from './referrals-context';
import type { ReferralContent, ReferralDetail } from './referral-types';
import { useSay } from './say';

const STATUS_TONE = { pending: 'warning', approved: 'ok', refused: 'danger', cancelled: 'neutral' } as const;

export function OverridePanel({
  referral: r,
  content,
  onDecided,
}: {
  referral: ReferralDetail;
  content: ReferralContent | null | 'failed';
  onDecided: (message: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const say = useSay();
  const api = useApi();
  const session = useAuthenticatedSession();
  const { role } = useReferrals();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checklist, setChecklist] = useState<ChecklistState>([]);
  const [checklistError, setChecklistError] = useState(false);
  const o = r.override;
  if (!o) return null;
  const holder = (membershipRolesAllowed('referral.consent-override') as string[]).includes(role ?? '');
  const mine = o.requestedBy === session.user.id;
  const basis = say(`referrals.consent.basis.${o.legalBasis}`);
  const justification =
    content && content !== 'failed' && typeof content.override?.justification === 'string'
      ? content.override.justification
      : null;
  const when = (iso: string | null) =>
    iso ? t.date(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : '—';

  const decide = async (decision: 'approved' | 'refused') => {
    setError(null);
    if (decision === 'approved' && !checklistComplete('referral-no-consent', checklist)) {
      setChecklistError(true);
      return;
    }
    setBusy(true);
    try {
      await data(
        api.POST('/api/referrals/{id}/override-decision', {
          params: { path: { id: r.id } },
          body: { decision },
        }),
      );
      await onDecided(
        decision === 'approved'
          ? t.t('refoverride.approvedDone', { organisation: r.to })
          : t.t('refoverride.refusedDone'),
      );
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    setError(null);
    setBusy(true);
    try {
      await data(api.POST('/api/referrals/{id}/override-cancel', { params: { path: { id: r.id } } }));
      await onDecided(t.t('refoverride.cancelledDone'));
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  if (r.direction === 'received')
    return (
      <section className="card" aria-labelledby="ref-override-title" data-testid="override-panel">
        <h2 id="ref-override-title">{t.t('refoverride.title')}</h2>
        <p className="notice">{t.t('refoverride.received', { basis })}</p>
        {justification && (
          <dl className="ref-fields">
            <div className="ref-field-row">
              <dt>{t.t('refoverride.justification')}</dt>
              <dd>
                <bdi data-field="override-justification">{justification}</bdi>
              </dd>
            </div>
          </dl>
        )}
      </section>
    );

  return (
    <section className="card" aria-labelledby="ref-override-title" data-testid="override-panel">
      <h2 id="ref-override-title">{t.t('refoverride.title')}</h2>
      <dl className="ref-fields">
        <div className="ref-field-row">
          <dt>{t.t('refoverride.status')}</dt>
          <dd>
            <StatusBadge tone={STATUS_TONE[o.status]} testId="override-status">
              {t.t(`refoverride.status.${o.status}`)}
            </StatusBadge>
          </dd>
        </div>
        <div className="ref-field-row">
          <dt>{t.t('refoverride.legalBasis')}</dt>
          <dd>{basis}</dd>
        </div>
        <div className="ref-field-row">
          <dt>{t.t('refoverride.requestedBy')}</dt>
          <dd>
            <bdi>{o.requestedByName ?? '—'}</bdi> · {when(o.requestedAt)}
          </dd>
        </div>
        {o.status !== 'pending' && (
          <div className="ref-field-row">
            <dt>{t.t('refoverride.decidedBy')}</dt>
            <dd>
              <bdi>{o.decidedByName ?? '—'}</bdi> · {when(o.decidedAt)}
            </dd>
          </div>
        )}
        <div className="ref-field-row">
          <dt>{t.t('refoverride.justification')}</dt>
          <dd>
            {justification ? (
              <bdi data-field="override-justification">{justification}</bdi>
            ) : (
              <span className="muted">{t.t('refoverride.lockedJustification')}</span>
            )}
          </dd>
        </div>
      </dl>
      {o.status === 'pending' &&
        (mine ? (
          <>
            <p className="notice" data-testid="override-own">
              {t.t('refoverride.ownRequest')}
            </p>
            <p className="muted">{t.t('refoverride.cancelHint')}</p>
            <p className="actions">
              <button
                type="button"
                className="button"
                disabled={busy}
                data-testid="override-cancel"
                onClick={() => void cancel()}
              >
                {t.t('refoverride.cancel')}
              </button>
            </p>
          </>
        ) : !holder ? (
          <p className="notice">{t.t('refoverride.needsHolder')}</p>
        ) : (
          <>
            <p>{t.t('refoverride.decideIntro', { organisation: r.to })}</p>
            <RiskChecklist
              kind="referral-no-consent"
              value={checklist}
              onChange={(next) => {
                setChecklist(next);
                if (checklistComplete('referral-no-consent', next)) setChecklistError(false);
              }}
              error={checklistError}
            />
            <p className="actions">
              <button
                type="button"
                className="button button-primary"
                disabled={busy || justification === null}
                onClick={() => void decide('approved')}
              >
                {t.t('refoverride.approve')}
              </button>{' '}
              <button type="button" className="button" disabled={busy} onClick={() => void decide('refused')}>
                {t.t('refoverride.refuse')}
              </button>
            </p>
          </>
        ))}
      <div aria-live="polite">
        {error && (
          <p className="alert" role="alert" data-testid="override-error">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
