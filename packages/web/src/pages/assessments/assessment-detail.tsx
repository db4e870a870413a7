/**
 * One assessment: status, completion and ratings; what it covers; review date and sharing; the
 * 11 steps with their guidance, completion state and answer; the risk register with ratings by
 * the precautionary rule, measures and residual ratings; the data-flow map; sign-off by a
 * second person with what still stops it.
 */
import { useState } from 'react';
import { describeError } from '../../api/describe-error';
import { ApiError } from '../../api/api-error';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { Checkbox, FormField, TableScroll } from '../../components';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { FlowMapView } from './flow-map';
import { RiskForm, type RiskBody } from './risk-form';
import { DATA_MANAGER_ROLES, LEVEL_TONE, RATING_TONE, STATUS_TONE, useSay } from './shared';
import type { Assessment, Risk } from './types';

type Message = { key: string } | { error: unknown };

function problemKey(code: string): string {
  return `assessments.problem.${code.replace(/^dia\.sign_off\./, '')}`;
}

export function AssessmentDetail({
  assessment: a,
  onChange,
  onBack,
}: {
  assessment: Assessment;
  onChange: (a: Assessment) => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const say = useSay();
  const api = useApi();
  const session = useAuthenticatedSession();
  const role = session.memberships.find((m) => m.organisationId === session.activeOrganisationId)?.role;
  const canEdit = a.own && role !== undefined && DATA_MANAGER_ROLES.includes(role);
  const [answers, setAnswers] = useState<Record<string, { state: string; answer: string }>>(() =>
    Object.fromEntries(a.steps.map((s) => [s.step, { state: s.state, answer: s.answer }])),
  );
  const [reviewDue, setReviewDue] = useState(a.reviewDue ?? '');
  const [shared, setShared] = useState(a.sharedWithCluster);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [stepMessage, setStepMessage] = useState<Record<string, Message>>({});

  const render = (m: Message) => {
    if ('key' in m) return say(m.key);
    const problems = m.error instanceof ApiError ? m.error.details.problems : undefined;
    if (Array.isArray(problems))
      return `${t.t('assessments.signoff.blocked')} ${problems.map((p) => say(problemKey(String(p)))).join(' ')}`;
    const reason = m.error instanceof ApiError ? m.error.details.reason : undefined;
    if (typeof reason === 'string' && reason.startsWith('dia.sign_off.')) return say(problemKey(reason));
    return describeError(t, m.error);
  };

  const run = async (call: () => Promise<Assessment>, ok: string, where?: string) => {
    try {
      const out = await call();
      onChange(out);
      if (where) setStepMessage((prev) => ({ ...prev, [where]: { key: ok } }));
      else setMessage({ key: ok });
    } catch (error) {
      if (where) setStepMessage((prev) => ({ ...prev, [where]: { error } }));
      else setMessage({ error });
    }
  };
  const path = { params: { path: { id: a.id } } };

  const saveSettings = () =>
    run(
      () =>
        data(
          api.PATCH('/api/assessments/{id}', {
            ...path,
            body: { reviewDue: reviewDue || null, sharedWithCluster: shared },
          }),
        ),
      'assessments.saved',
    );
  const saveStep = (step: string) =>
    run(
      () =>
        data(
          api.PUT('/api/assessments/{id}/steps/{step}', {
            params: { path: { id: a.id, step } },
            body: answers[step] ?? { state: 'not_started', answer: '' },
          }),
        ),
      'assessments.saved',
      step,
    );
  const addRisk = (body: RiskBody) =>
    run(() => data(api.POST('/api/assessments/{id}/risks', { ...path, body })), 'assessments.saved');
  const saveRisk = (risk: Risk, body: RiskBody) =>
    run(async () => {
      const out = await data(
        api.PUT('/api/assessments/{id}/risks/{riskId}', {
          params: { path: { id: a.id, riskId: risk.id } },
          body,
        }),
      );
      setEditing(null);
      return out;
    }, 'assessments.saved');
  const removeRisk = (risk: Risk) =>
    run(
      () =>
        data(
          api.DELETE('/api/assessments/{id}/risks/{riskId}', {
            params: { path: { id: a.id, riskId: risk.id } },
          }),
        ),
      'assessments.saved',
    );
  const signOff = () =>
    run(() => data(api.POST('/api/assessments/{id}/sign-off', path)), 'assessments.signoff.done');

  const rating = (value: string | null, score: number | null, precautionary: boolean) =>
    value === null ? (
      t.t('assessments.risk.notSet')
    ) : (
      <>
        <StatusBadge tone={RATING_TONE[value] ?? 'neutral'}>{say(`assessments.rating.${value}`)}</StatusBadge>{' '}
        <span className="risk-why">
          {precautionary
            ? t.t('assessments.risk.precautionary')
            : say('assessments.risk.score', { score: String(score) })}
        </span>
      </>
    );

  return (
    <article className="assessment-detail" data-testid="assessment-detail" aria-labelledby="assessment-title">
      <p>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t.t('assessments.detail.back')}
        </button>
      </p>
      <h2 id="assessment-title" dir="auto">
        {a.title}
      </h2>
      <p>
        <StatusBadge tone={STATUS_TONE[a.status] ?? 'neutral'} testId="assessment-status">
          {say(`assessments.status.${a.status}`)}
        </StatusBadge>{' '}
        {a.organisation} · {say('assessments.detail.author', { author: a.author })} ·{' '}
        <span data-testid="completion">
          {say('assessments.detail.completion', { percent: a.completion })}
        </span>
      </p>
      {a.signedOffBy && a.signedOffAt && (
        <p data-testid="signed-off">
          {say('assessments.detail.signedOff', {
            name: a.signedOffBy,
            date: t.date(new Date(a.signedOffAt), { dateStyle: 'medium' }),
          })}
        </p>
      )}
      {a.scope && <p dir="auto">{a.scope}</p>}
      <p>
        {t.t('assessments.col.rating')}:{' '}
        {a.rating ? (
          <StatusBadge tone={RATING_TONE[a.rating] ?? 'neutral'} testId="overall-rating">
            {say(`assessments.rating.${a.rating}`)}
          </StatusBadge>
        ) : (
          t.t('assessments.rating.none')
        )}{' '}
        · {t.t('assessments.col.residual')}:{' '}
        {a.residualRating ? (
          <StatusBadge tone={RATING_TONE[a.residualRating] ?? 'neutral'}>
            {say(`assessments.rating.${a.residualRating}`)}
          </StatusBadge>
        ) : (
          t.t('assessments.rating.none')
        )}
      </p>
      {a.reviewOverdue && <p className="assessment-warning">{t.t('assessments.detail.overdue')}</p>}
      {!a.own && <p>{say('assessments.detail.notOwn', { organisation: a.organisation })}</p>}
      {canEdit && a.status === 'signed_off' && <p className="hint">{t.t('assessments.detail.reopen')}</p>}
      {message && (
        <p role="status" data-testid="assessment-message">
          {render(message)}
        </p>
      )}

      <section className="assessment-section" aria-labelledby="links-title">
        <h2 id="links-title">{t.t('assessments.links.title')}</h2>
        {a.entries.length + a.agreements.length === 0 && <p>{t.t('assessments.links.none')}</p>}
        {a.entries.length > 0 && (
          <>
            <h3>{t.t('assessments.links.entries')}</h3>
            <ul>
              {a.entries.map((e) => (
                <li key={e.id} dir="auto">
                  {e.title ?? t.t('assessments.links.hidden')}
                  {e.organisation && ` (${e.organisation})`}{' '}
                  {e.level && (
                    <StatusBadge tone={LEVEL_TONE[e.level] ?? 'neutral'}>
                      {say(`assessments.level.${e.level}`)}
                    </StatusBadge>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {a.agreements.length > 0 && (
          <>
            <h3>{t.t('assessments.links.agreements')}</h3>
            <ul>
              {a.agreements.map((g) => (
                <li key={g.id} dir="auto">
                  {g.reference ?? t.t('assessments.links.hidden')}
                  {g.provider && ` (${g.provider} → ${g.recipient ?? '?'})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {canEdit && (
        <section className="assessment-section card" aria-labelledby="settings-title">
          <h2 id="settings-title">{t.t('assessments.settings.title')}</h2>
          <FormField id="assessment-review-due" label={t.t('assessments.start.reviewDue')}>
            {(p) => (
              <input {...p} type="date" value={reviewDue} onChange={(e) => setReviewDue(e.target.value)} />
            )}
          </FormField>
          <Checkbox
            id="assessment-shared"
            label={t.t('assessments.settings.share')}
            checked={shared}
            onChange={(v: boolean) => setShared(v)}
          />
          <p>
            <button type="button" className="button button-secondary" onClick={() => void saveSettings()}>
              {t.t('assessments.settings.save')}
            </button>
          </p>
        </section>
      )}

      <section className="assessment-section" aria-labelledby="steps-title">
        <h2 id="steps-title">{t.t('assessments.steps.title')}</h2>
        {a.steps.map((s) => {
          const v = answers[s.step] ?? { state: s.state, answer: s.answer };
          const m = stepMessage[s.step];
          return (
            <details
              key={s.step}
              className="assessment-step"
              data-step={s.step}
              open={s.state !== 'complete' && canEdit}
            >
              <summary>
                <span>{say(`assessments.step.${s.step}.title`)}</span>{' '}
                <StatusBadge
                  tone={
                    s.state === 'complete' || s.state === 'not_applicable'
                      ? 'ok'
                      : s.state === 'in_progress'
                        ? 'info'
                        : 'neutral'
                  }
                  testId="step-state"
                >
                  {say(`assessments.state.${s.state}`)}
                </StatusBadge>
              </summary>
              <p className="hint">{say(`assessments.step.${s.step}.guidance`)}</p>
              {canEdit ? (
                <>
                  <FormField id={`step-${s.step}-state`} label={t.t('assessments.step.state')}>
                    {(p) => (
                      <select
                        {...p}
                        value={v.state}
                        onChange={(e) =>
                          setAnswers((prev) => ({
                            ...prev,
                            [s.step]: { ...(prev[s.step] ?? v), state: e.target.value },
                          }))
                        }
                      >
                        {['not_started', 'in_progress', 'complete', 'not_applicable'].map((st) => (
                          <option key={st} value={st}>
                            {say(`assessments.state.${st}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                  <FormField id={`step-${s.step}-answer`} label={t.t('assessments.step.answer')}>
                    {(p) => (
                      <textarea
                        {...p}
                        dir="auto"
                        maxLength={20000}
                        value={v.answer}
                        onChange={(e) =>
                          setAnswers((prev) => ({
                            ...prev,
                            [s.step]: { ...(prev[s.step] ?? v), answer: e.target.value },
                          }))
                        }
                      />
                    )}
                  </FormField>
                  <p>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => void saveStep(s.step)}
                    >
                      {t.t('assessments.step.save')}
                    </button>{' '}
                    {m && <span role="status">{render(m)}</span>}
                  </p>
                </>
              ) : (
                s.answer && <p dir="auto">{s.answer}</p>
              )}
            </details>
          );
        })}
      </section>

      <section className="assessment-section" aria-labelledby="risks-title">
        <h2 id="risks-title">{t.t('assessments.risks.title')}</h2>
        <p className="hint">{t.t('assessments.risks.help')}</p>
        {a.risks.length === 0 ? (
          <p>{t.t('assessments.risks.none')}</p>
        ) : (
          <TableScroll>
            <table className="risk-register" data-testid="risk-register">
              <thead>
                <tr>
                  <th scope="col">{t.t('assessments.risk.col.risk')}</th>
                  <th scope="col">{t.t('assessments.risk.col.rating')}</th>
                  <th scope="col">{t.t('assessments.risk.col.measures')}</th>
                  <th scope="col">{t.t('assessments.risk.col.residual')}</th>
                  {canEdit && <th scope="col">{t.t('assessments.risk.col.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {a.risks.map((r) => (
                  <tr key={r.id} data-risk={r.id}>
                    <td dir="auto">
                      <strong>{r.threat}</strong>
                      <br />
                      {say('assessments.risk.vulnerabilityShort', { text: r.vulnerability })}
                      {r.principles.length > 0 && (
                        <>
                          <br />
                          <small>
                            {r.principles.map((p) => say(`diagnostic.principle.${p}`)).join(' · ')}
                          </small>
                        </>
                      )}
                    </td>
                    <td data-testid="risk-rating">
                      {say(`assessments.likelihood.${r.likelihood}`)} ×{' '}
                      {say(`assessments.severity.${r.severity}`)}
                      <br />
                      {rating(r.rating, r.score, r.precautionary)}
                    </td>
                    <td dir="auto">
                      <ul className="risk-measures">
                        {r.measures.map((m, i) => (
                          <li key={i}>
                            {m.due
                              ? say('assessments.risk.measureDue', {
                                  text: m.text,
                                  owner: m.owner,
                                  due: m.due,
                                })
                              : say('assessments.risk.measure', { text: m.text, owner: m.owner })}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-testid="risk-residual">
                      {rating(r.residualRating, r.residualScore, r.residualPrecautionary)}
                    </td>
                    {canEdit && (
                      <td>
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => setEditing(r.id)}
                        >
                          {t.t('assessments.risk.edit')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => void removeRisk(r)}
                        >
                          {t.t('assessments.risk.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {canEdit &&
          (editing ? (
            (() => {
              const risk = a.risks.find((x) => x.id === editing);
              return risk ? (
                <RiskForm
                  key={risk.id}
                  initial={risk}
                  onSave={(body) => saveRisk(risk, body)}
                  onCancel={() => setEditing(null)}
                />
              ) : null;
            })()
          ) : (
            <RiskForm key={`new-${a.risks.length}`} initial={null} onSave={addRisk} />
          ))}
      </section>

      <FlowMapView map={a.flowMap} />

      {a.own && a.status === 'draft' && (
        <section className="assessment-section card" aria-labelledby="signoff-title" data-testid="sign-off">
          <h2 id="signoff-title">{t.t('assessments.signoff.title')}</h2>
          <p className="hint">{t.t('assessments.signoff.intro')}</p>
          {a.signOffProblems.length === 0 ? (
            <p>{t.t('assessments.signoff.ready')}</p>
          ) : (
            <>
              <p>{t.t('assessments.signoff.blocked')}</p>
              <ul data-testid="sign-off-problems">
                {a.signOffProblems.map((p) => (
                  <li key={p} data-problem={p}>
                    {say(problemKey(p))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {canEdit && (
            <button type="button" className="button button-primary" onClick={() => void signOff()}>
              {t.t('assessments.signoff.button')}
            </button>
          )}
        </section>
      )}
    </article>
  );
}
