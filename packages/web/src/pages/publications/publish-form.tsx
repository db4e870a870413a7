/**
 * The publish form (issue 10): a 5W table or dashboard, its breakdown, indicator and months, and
 * its audience — the public, cluster members, or one named organisation. When the ISP's DIA
 * trigger applies (the API answers `dia-required`), the form asks for a signed-off impact
 * assessment of the organisation, or links to start one, and publishes again with it.
 * Every publication asks for the `publish` checklist first (issue 11 §5): nothing is sent until
 * each item is ticked, and each new publication starts with the checklist unticked.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { RiskChecklist, checklistComplete, type ChecklistState } from '../../guidance/risk-checklist';
import { defaultState, periodsBetween } from '../dashboards/dashboard-state';
import type { Publication } from './publication-types';

export const BREAKDOWNS = ['adm1,sex', 'adm2,sex', 'adm2,sex,age', 'adm1,month', 'adm1,age'] as const;
type Audience = 'public' | 'cluster' | 'organisation';
type Kind = 'table' | 'dashboard';

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly acronym: string;
}

interface Assessment {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly reviewOverdue: boolean;
  readonly own: boolean;
}

export interface Published {
  readonly publication: Publication;
  readonly publicToken: string | null;
}

export function PublishForm({
  organisations,
  activeOrganisationId,
  onPublished,
}: {
  organisations: readonly Organisation[];
  activeOrganisationId: string | null;
  onPublished: (result: Published) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const defaults = defaultState(new Date());
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Kind>('table');
  const [from, setFrom] = useState(defaults.from);
  const [to, setTo] = useState(defaults.to);
  const [by, setBy] = useState<string>(BREAKDOWNS[0]);
  const [indicator, setIndicator] = useState('');
  const [indicators, setIndicators] = useState<{ id: string; label: string }[]>([]);
  const [audience, setAudience] = useState<Audience>('public');
  const [organisationId, setOrganisationId] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  /** Set when the API asked for an impact assessment: the organisation's usable ones. */
  const [dia, setDia] = useState<{ assessments: Assessment[]; chosen: string } | null>(null);
  const [checklist, setChecklist] = useState<ChecklistState>([]);
  const [checklistError, setChecklistError] = useState(false);

  useEffect(() => {
    data<{ indicators: { id: string; label: string }[] }>(
      api.GET('/api/reporting/frameworks/{code}', { params: { path: { code: '5w' } } }) as never,
    ).then(
      (f) => setIndicators(f.indicators),
      () => setIndicators([]),
    );
  }, [api]);

  const recipients = organisations.filter((o) => o.id !== activeOrganisationId);
  const chosenIndicator = indicators.find((i) => i.id === indicator);

  const submit = async (assessmentId: string | null) => {
    if (!checklistComplete('publish', checklist)) {
      setChecklistError(true);
      return;
    }
    setBusy(true);
    setRefusal(null);
    try {
      const out = await data<Published>(
        api.POST('/api/publications', {
          body: {
            title: title.trim(),
            kind,
            audience,
            ...(audience === 'organisation' ? { audienceOrganisationId: organisationId } : {}),
            report: {
              framework: '5w',
              periods: periodsBetween(from, to),
              by: by.split(','),
              ...(indicator ? { indicator } : {}),
            },
            ...(assessmentId ? { assessmentId } : {}),
          },
        } as never) as never,
      );
      setDia(null);
      setChecklist([]);
      onPublished(out);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'dia-required') {
        const list = await data<{ items: Assessment[] }>(api.GET('/api/assessments') as never).catch(() => ({
          items: [] as Assessment[],
        }));
        const usable = list.items.filter((a) => a.own && a.status === 'signed_off' && !a.reviewOverdue);
        setDia({ assessments: usable, chosen: usable[0]?.id ?? '' });
      }
      setRefusal(error);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(null);
  };

  const refusalDetails = refusal instanceof ApiError ? refusal.details : null;
  const refusedCells = Array.isArray(refusalDetails?.cells) ? (refusalDetails.cells as string[]) : [];

  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="publish-title">
      <h2 id="publish-title">{t.t('publications.publish.title')}</h2>
      <label className="field">
        <span>{t.t('publications.publish.name')}</span>
        <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="dashboards-filters">
        <label className="field">
          <span>{t.t('publications.publish.kind')}</span>
          <select data-testid="publish-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="table">{t.t('publications.kind.table')}</option>
            <option value="dashboard">{t.t('publications.kind.dashboard')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t.t('dashboards.from')}</span>
          <input type="month" required value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          <span>{t.t('dashboards.to')}</span>
          <input type="month" required value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label className="field">
          <span>{t.t('publications.publish.by')}</span>
          <select data-testid="publish-by" value={by} onChange={(e) => setBy(e.target.value)}>
            {BREAKDOWNS.map((b) => (
              <option key={b} value={b}>
                {t.tryT(`publications.by.${b.replaceAll(',', '-')}`) ?? b}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.t('publications.publish.indicator')}</span>
          <select
            data-testid="publish-indicator"
            value={indicator}
            // The closed list may cut a long indicator name: the whole of it on hover, and
            // written out (wrapping) below the filters.
            title={chosenIndicator?.label ?? t.t('publications.publish.allIndicators')}
            {...(chosenIndicator ? { 'aria-describedby': 'publish-indicator-chosen' } : {})}
            onChange={(e) => setIndicator(e.target.value)}
          >
            <option value="">{t.t('publications.publish.allIndicators')}</option>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.t('publications.publish.audience')}</span>
          <select
            data-testid="publish-audience"
            value={audience}
            onChange={(e) => setAudience(e.target.value as Audience)}
          >
            <option value="public">{t.t('publications.audience.public')}</option>
            <option value="cluster">{t.t('publications.audience.cluster')}</option>
            <option value="organisation">{t.t('publications.audience.organisation')}</option>
          </select>
        </label>
        {audience === 'organisation' ? (
          <label className="field">
            <span>{t.t('publications.publish.organisation')}</span>
            <select
              data-testid="publish-organisation"
              required
              value={organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
            >
              <option value="">{t.t('publications.publish.chooseOrganisation')}</option>
              {recipients.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.acronym} — {o.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {chosenIndicator && (
        <p
          id="publish-indicator-chosen"
          className="muted publish-chosen"
          data-testid="publish-indicator-chosen"
        >
          {t.t('publications.publish.indicatorChosen', { label: chosenIndicator.label })}
        </p>
      )}
      <p className="muted">{t.t('publications.publish.help')}</p>
      <RiskChecklist
        kind="publish"
        value={checklist}
        onChange={(next) => {
          setChecklist(next);
          if (checklistComplete('publish', next)) setChecklistError(false);
        }}
        error={checklistError}
      />
      <p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t.t('publications.publish.submit')}
        </button>
      </p>
      {refusal ? (
        <div role="alert" className="dashboards-error" data-testid="publish-refused">
          <p>{describeError(t, refusal)}</p>
          {refusedCells.length > 0 ? (
            <p>
              {t.t('publications.refused.cells', {
                cells: refusedCells.slice(0, 20).join(', '),
                rule: String(refusalDetails?.rule ?? '—'),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      {dia ? (
        <fieldset className="publication-dia" data-testid="publish-dia">
          <legend>{t.t('publications.dia.title')}</legend>
          <p>{t.t('publications.dia.help')}</p>
          {dia.assessments.length === 0 ? (
            <p>{t.t('publications.dia.none')}</p>
          ) : (
            <label className="field">
              <span>{t.t('publications.dia.choose')}</span>
              <select
                data-testid="publish-dia-choice"
                value={dia.chosen}
                onChange={(e) => setDia({ ...dia, chosen: e.target.value })}
              >
                {dia.assessments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p className="publication-dia-actions">
            {dia.assessments.length > 0 ? (
              <button
                type="button"
                className="button button-primary"
                disabled={busy || !dia.chosen}
                onClick={() => void submit(dia.chosen)}
              >
                {t.t('publications.dia.resubmit')}
              </button>
            ) : null}
            <a className="button button-secondary" href="/assessments" target="_blank" rel="noopener">
              {t.t('publications.dia.start')}
            </a>
          </p>
        </fieldset>
      ) : null}
    </form>
  );
}
