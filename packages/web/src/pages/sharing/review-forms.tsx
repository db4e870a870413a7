/**
 * Approve (conditions, dates, signatory) or reject (a reason) one incoming request. The ISP's own
 * conditions are always part of the agreement (the API adds them): they are listed, not ticked;
 * the approver picks only what to add. A request the ISP denies offers no approval at all.
 */
import { Guidance } from '../../guidance/guidance';
import { RiskChecklist, checklistComplete, type ChecklistState } from '../../guidance/risk-checklist';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { fieldErrorMap } from '../../api/api-error';
import { data } from '../../api/steward-client';
import { activeMembership } from '../../api/session';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { CONDITION_KINDS } from '@steward/core/vocabulary/index';
import { CheckboxGroup } from '../../components/checkbox-group';
import { Field, addDays, termLabel, todayIso } from '../registry/shared';
import { conditionLabel } from './condition-label';
import type { SharingRequest } from './sharing-api';
import { extraConditionChoices, validateApproval, type ApprovalDraft } from './sharing-logic';

export function ReviewForms({ request, onDone }: { request: SharingRequest; onDone: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  const today = todayIso();
  const membership = activeMembership(session);
  const ispConditions = request.decision?.conditions ?? [];
  const denied = request.decision?.decision === 'deny';
  const { choices, ticked } = extraConditionChoices(CONDITION_KINDS.ids, ispConditions);
  const [mode, setMode] = useState<'none' | 'approve' | 'reject'>('none');
  const [draft, setDraft] = useState<ApprovalDraft>({
    conditions: ticked,
    startsOn: today,
    expiresOn: addDays(today, request.requestedDurationDays || 90),
    signatoryName: session.user.displayName,
    signatoryRole: membership ? t.t(`role.${membership.role}`) : '',
    includesLaterVersions: false,
  });
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Approving a share of High or Severe data asks for the checklist first (issue 11 §5).
  const highRisk = request.decision?.sensitivity === 'high' || request.decision?.sensitivity === 'severe';
  const [checklist, setChecklist] = useState<ChecklistState>([]);
  const [checklistError, setChecklistError] = useState(false);

  const approve = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateApproval(draft, today);
    const messages: Record<string, string> = {};
    for (const [k, v] of Object.entries(found)) messages[k] = t.t(v);
    setErrors(messages);
    const checklistMissing = highRisk && !checklistComplete('share-high', checklist);
    setChecklistError(checklistMissing);
    if (Object.keys(found).length > 0 || checklistMissing) return;
    setBusy(true);
    setProblem(null);
    try {
      await data(
        api.POST('/api/requests/{id}/approve', {
          params: { path: { id: request.id } },
          body: {
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
          },
        }),
      );
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
      await data(
        api.POST('/api/requests/{id}/reject', {
          params: { path: { id: request.id } },
          body: { reason: reason.trim() },
        }),
      );
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
        {denied ? (
          // The ISP refuses this share even under an agreement: no approval to offer; the
          // decision beside the request gives the reason.
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
      {mode === 'approve' && !denied && (
        <form className="subform" noValidate onSubmit={approve} aria-label={t.t('share.approve.open')}>
          {ispConditions.length > 0 && (
            <div className="field" data-testid="isp-conditions">
              <p className="label-text">{t.t('share.approve.ispConditions')}</p>
              <ul className="plain-list">
                {ispConditions.map((c) => (
                  <li key={c}>
                    <span>{conditionLabel(t, c)}</span>{' '}
                    <span className="badge badge-muted tag">{t.t('share.approve.fromIsp')}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <CheckboxGroup
            id={`${request.id}-conditions`}
            legend={t.t('share.approve.conditions')}
            hint={t.t('share.approve.conditionsHint')}
            options={choices.map((kind) => ({ value: kind, label: termLabel(t, CONDITION_KINDS, kind) }))}
            selected={draft.conditions}
            onChange={(conditions) => setDraft({ ...draft, conditions })}
          />
          <Guidance id="sharing.conditions" />
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
          {highRisk && (
            <RiskChecklist
              kind="share-high"
              value={checklist}
              onChange={(next) => {
                setChecklist(next);
                if (checklistComplete('share-high', next)) setChecklistError(false);
              }}
              error={checklistError}
            />
          )}
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
