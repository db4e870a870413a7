/**
 * The printable report of a diagnostic round and its action plan (/diagnostic/report?round=…&party=…):
 * scores, members' scores for the cluster (aggregate, named only with consent), every answer with
 * what Steward found, and the action plan. The API audits it as an export; print CSS hides the frame.
 */
import { useEffect, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import type { ParamValue } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LoadView, showDate, useLoad } from '../registry/shared';
import { itemTexts } from '@steward/core/diagnostic/item-texts/index';
import { ACTIONS, type Party, type Status } from './diagnostic-model';
import { ScoresTable, type MembersView, type Scores } from './members-scores';
import { PlanTable } from './plan-table';
import './diagnostic.css';

interface Report {
  round: {
    id: string;
    title: string;
    openedOn: string;
    status: 'open' | 'closed';
    questionSetVersion: number;
  };
  party: Party;
  organisation: { acronym: string };
  exportedAt: string;
  items: { id: string; action: string; text: string; guidance: string; evidence: string }[];
  answers: { itemId: string; status: Status; note?: string }[];
  prefill: { itemId: string; evidence: { code: string; params: Record<string, ParamValue> } }[];
  score: Scores & { items: number; answered: number };
  plan: {
    id: string;
    itemId: string;
    title: string;
    owner: string;
    dueOn: string;
    status: 'open' | 'in_progress' | 'done';
    overdue: boolean;
  }[];
  members: MembersView | null;
}

/**
 * /diagnostic/report without its round (a bookmark, an address typed or cut short): not "could
 * not find" but the rounds whose report can be opened, and the way back to the diagnostic.
 */
export function DiagnosticReportChooser({ party }: { party: Party }) {
  const { t } = useI18n();
  const api = useApi();
  useDocumentTitle(t.t('diagnostic.report.heading'));
  const [state, retry] = useLoad(
    () =>
      data<{ items: { id: string; title: string; openedOn: string }[] }>(
        api.GET('/api/diagnostic/rounds') as never,
      ),
    [api],
  );
  return (
    <div className="page">
      <h1 tabIndex={-1}>{t.t('diagnostic.report.heading')}</h1>
      <LoadView state={state} retry={retry}>
        {({ items }) => (
          <div className="card empty-state" data-testid="diagnostic-report-choose">
            <span className="empty-icon" aria-hidden="true" />
            <p>{t.t(items.length > 0 ? 'diagnostic.report.choose' : 'diagnostic.noRounds')}</p>
            {items.length > 0 && (
              <ul className="plain-list">
                {[...items].reverse().map((r) => (
                  <li key={r.id}>
                    <Link to={`/diagnostic/report?round=${encodeURIComponent(r.id)}&party=${party}`}>
                      <bdi>{r.title}</bdi>
                    </Link>{' '}
                    <span className="muted">· {showDate(t, r.openedOn)}</span>
                  </li>
                ))}
              </ul>
            )}
            <Link to="/diagnostic">{t.t('diagnostic.report.back')}</Link>
          </div>
        )}
      </LoadView>
    </div>
  );
}

export function DiagnosticReportPage({ roundId, party }: { roundId: string; party: Party }) {
  const { t } = useI18n();
  const api = useApi();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t.t('diagnostic.report.heading'));
  useEffect(() => {
    setReport(null);
    setError(null);
    data<Report>(
      api.GET('/api/diagnostic/rounds/{id}/report', {
        params: { path: { id: roundId }, query: { party } },
      }) as never,
    ).then(setReport, setError);
  }, [api, roundId, party]);

  const say = (code: string, params: Record<string, ParamValue> = {}): string => t.tryT(code, params) ?? code;

  if (error) return <p role="alert">{describeError(t, error)}</p>;
  if (!report) return <p>{t.t('common.loading')}</p>;
  const answers = new Map(report.answers.map((a) => [a.itemId, a]));
  const found = new Map(report.prefill.map((p) => [p.itemId, p]));
  return (
    <article className="page diagnostic-report" data-testid="diagnostic-report">
      <p className="no-print">
        <Link to="/diagnostic">{t.t('diagnostic.report.back')}</Link>{' '}
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t.t('diagnostic.report.print')}
        </button>
      </p>
      <h1 tabIndex={-1}>{t.t('diagnostic.report.heading')}</h1>
      <p>
        <bdi>{report.round.title}</bdi> ·{' '}
        {t.t('diagnostic.report.meta', {
          date: showDate(t, report.round.openedOn),
          version: report.round.questionSetVersion,
        })}{' '}
        · {t.t(`diagnostic.party.${report.party}`)} · <bdi>{report.organisation.acronym}</bdi>
      </p>
      <p className="small">
        {t.t('diagnostic.report.prepared', { date: showDate(t, report.exportedAt) })} ·{' '}
        {t.t('diagnostic.report.answered', { answered: report.score.answered, items: report.score.items })}
      </p>

      <h2>{t.t('diagnostic.scores')}</h2>
      <ScoresTable
        own={report.score}
        members={report.members}
        className="table diagnostic-report-scores"
        rowAttribute="data-report-score"
      />

      <h2>{t.t('diagnostic.report.plan')}</h2>
      {report.plan.length === 0 ? (
        <p>{t.t('diagnostic.report.noPlan')}</p>
      ) : (
        <PlanTable plan={report.plan} testId="diagnostic-report-plan" />
      )}

      <h2>{t.t('diagnostic.report.answers')}</h2>
      {ACTIONS.map((action) => {
        const items = report.items.filter((i) => i.action === action);
        if (items.length === 0) return null;
        return (
          <table key={action} className="table diagnostic-report-answers">
            <caption>{t.t(`diagnostic.action.${action}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('diagnostic.report.col.statement')}</th>
                <th scope="col">{t.t('diagnostic.report.col.answer')}</th>
                <th scope="col">{t.t('diagnostic.found')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const a = answers.get(item.id);
                const f = found.get(item.id);
                return (
                  <tr key={item.id} data-report-item={item.id}>
                    <td dir="auto">{itemTexts(item, t.locale).text}</td>
                    <td>{t.t(`diagnostic.status.${a?.status ?? 'unanswered'}`)}</td>
                    <td>{f ? say(f.evidence.code, f.evidence.params) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </article>
  );
}
