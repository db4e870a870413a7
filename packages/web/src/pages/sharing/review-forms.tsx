/**
 * Approve (conditions, dates, signatory) or reject (a reason) one incoming request. The ISP's own
 * conditions are always part of the agreement (the API adds them): they are listed, not ticked;
 * the approver picks only what to add. A request the ISP denies offers no approval at all.
 * A request that opens a new data flow between partners says so and asks which signed-off impact
 * assessment of the organisation covers it (decision 0024); the API refuses it otherwise
 * (`dia-required`), and the refusal names why and where to start one.
 */
import { Guidance } from '../../guidance/guidance';
import { RiskChecklist, checklistComplete, type ChecklistState } from '../../guidance/risk-checklist';
import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { fieldErrorMap } from '../../api/api-error';
import { data } from '../../api/steward-client';
import { activeMembership } from '../../api/session';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { CONDITION_KINDS, DATA_TYPES } from '@steward/core/vocabulary/index';
import { Link } from '../../app/router';
import { DiaRequiredNotice, isDiaRequired } from '../assessments/dia-required-notice';
import type { ListItem as AssessmentItem } from '../assessments/types';
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
  // A new partner flow: the organisation's usable DIAs, the one linking the entry chosen if any.
  const newTypes = request.flow?.newDataTypes ?? [];
  const [assessments, setAssessments] = useState<AssessmentItem[] | null>(null);
  const [assessmentId, setAssessmentId] = useState(request.flow?.coveredBy ?? '');
  const [refusal, setRefusal] = useState<unknown>(null);
  useEffect(() => {
    if (mode !== 'approve' || newTypes.length === 0 || assessments !== null) return;
    data(api.GET('/api/assessments')).then(
      (list) =>
        setAssessments(list.items.filter((a) => a.own && a.status === 'signed_off' && !a.reviewOverdue)),
      () => setAssessments([]),
    );
  }, [api, mode, newTypes.length, assessments]);

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
    setRefusal(null);
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
            ...(newTypes.length > 0 && assessmentId ? { assessmentId } : {}),
          },
        }),
      );
      onDone();
    } catch (error) {
      setErrors(fieldErrorMap(error));
      if (isDiaRequired(error)) setRefusal(error);
      else setProblem(describeError(t, error));
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
          {newTypes.length > 0 && (
            <fieldset className="field" data-testid="new-flow">
              <legend className="label-text">{t.t('share.flow.title')}</legend>
              <p className="hint">
                {t.t('share.flow.help', {
                  org: request.requester,
                  types: newTypes.map((d) => termLabel(t, DATA_TYPES, d)).join(', '),
                })}
              </p>
              {request.flow?.coveredBy && assessmentId === request.flow.coveredBy && (
                <p className="hint" data-testid="new-flow-covered">
                  {t.t('share.flow.covered')}
                </p>
              )}
              {assessments !== null && assessments.length === 0 ? (
                <p>{t.t('share.flow.none')}</p>
              ) : (
                <Field id={`${request.id}-dia`} label={t.t('share.flow.choose')}>
                  {(props) => (
                    <select
                      {...props}
                      data-testid="new-flow-dia"
                      value={assessmentId}
                      onChange={(e) => setAssessmentId(e.target.value)}
                    >
                      <option value="">{t.t('share.flow.choosePlaceholder')}</option>
                      {(assessments ?? []).map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.title}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              <p>
                <Link
                  to={`/assessments?entry=${encodeURIComponent(request.registryEntryId)}`}
                  className="button button-secondary"
                >
                  {t.t('share.flow.start')}
                </Link>
              </p>
            </fieldset>
          )}
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
          <div aria-live="assertive">{isDiaRequired(refusal) && <DiaRequiredNotice error={refusal} />}</div>
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
