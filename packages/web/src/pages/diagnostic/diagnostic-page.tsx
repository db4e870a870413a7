import { useEffect, useMemo, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import type { ParamValue } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { useRouter } from '../../app/router';
import { Link } from '../../app/router';
import { DownloadButton, TableScroll } from '../../components';
import { Chart } from '../../components/chart';
import { trendChartData, type Comparison } from './trend-chart';
import {
  ACTIONS,
  PRINCIPLES,
  STATUSES,
  type Action,
  type Party,
  type Principle,
  type Status as StatusCode,
} from './diagnostic-model';
import { can } from '@steward/core/auth/permissions';
import { itemTexts } from '@steward/core/diagnostic/item-texts/index';
import { answersDiagnostic } from '@steward/core/diagnostic/model';
import { ActionPlan } from './action-plan';
import { MembersScores } from './members-scores';
import { DiagnosticReportChooser, DiagnosticReportPage } from './report-page';
import './diagnostic.css';

type Status = StatusCode;

interface Round {
  id: string;
  title: string;
  openedOn: string;
  status: 'open' | 'closed';
}
interface Item {
  id: string;
  action: Action;
  principles: Principle[];
  text: string;
  guidance: string;
  evidence: string;
}
interface Group {
  score: number | null;
}
interface ResponseView {
  round: Round;
  items: Item[];
  answers: { itemId: string; status: Status; note?: string }[];
  prefill: {
    itemId: string;
    status: Status;
    evidence: { code: string; params: Record<string, ParamValue> };
    link: string;
  }[];
  shareNamed: boolean;
  gaps: { itemId: string; status: 'not_in_place' | 'partial' | 'unanswered' }[];
  score: {
    overall: Group;
    byAction: Record<string, Group>;
    byPrinciple: Record<string, Group>;
  };
}

/** The diagnostic: answer a round, or its printable report at /diagnostic/report?round=…&party=…. */
export default function DiagnosticPage() {
  const { location } = useRouter();
  const session = useAuthenticatedSession();
  if (location.pathname === '/diagnostic/report') {
    const q = new URLSearchParams(location.search);
    // The cluster's report only for a cluster role in the active organisation (as on the page).
    const role = session.memberships.find((m) => m.organisationId === session.activeOrganisationId)?.role;
    const canCluster = role !== undefined && can(role, 'cluster.view');
    const party: Party = q.get('party') === 'cluster' && canCluster ? 'cluster' : 'member';
    const round = q.get('round') ?? '';
    if (round === '') return <DiagnosticReportChooser party={party} />;
    return <DiagnosticReportPage key={session.activeOrganisationId} roundId={round} party={party} />;
  }
  return <DiagnosticAnswers />;
}

/** Answer a round (pre-filled evidence shown), scores, exports, and rounds compared. */
function DiagnosticAnswers() {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  useDocumentTitle(t.t('diagnostic.title'));
  const role = session.memberships.find((m) => m.organisationId === session.activeOrganisationId)?.role;
  const canCluster = role !== undefined && can(role, 'cluster.view');
  const [rounds, setRounds] = useState<Round[] | null>(null);
  const [roundId, setRoundId] = useState<string>('');
  // The view chosen; the cluster's view only while the active organisation gives a cluster role
  // (after a switch to an organisation without one, the organisation's view, and no request for
  // the cluster's view is made).
  const [chosenParty, setParty] = useState<Party>(canCluster ? 'cluster' : 'member');
  const party: Party = canCluster ? chosenParty : 'member';
  const canKeepPlan = role !== undefined && answersDiagnostic(role) && (party === 'member' || canCluster);
  const [view, setView] = useState<ResponseView | null>(null);
  const [answers, setAnswers] = useState<Record<string, Status | ''>>({});
  const [shareNamed, setShareNamed] = useState(false);
  // 'saved' is rendered in the current language; an error is kept as the API error.
  const [message, setMessage] = useState<{ saved: true } | { error: unknown } | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);

  // Evidence and other server codes rendered through the dictionary.
  const say = (code: string, params: Record<string, ParamValue> = {}): string => t.tryT(code, params) ?? code;

  // The rounds are the cluster's: the round chosen stays chosen when the organisation changes;
  // the open round (else the latest) otherwise. An answer that comes after a newer request is dropped.
  useEffect(() => {
    let current = true;
    void data<{ items: Round[] }>(api.GET('/api/diagnostic/rounds') as never).then((body) => {
      if (!current) return;
      setRounds(body.items);
      const open =
        [...body.items].reverse().find((r) => r.status === 'open') ?? body.items[body.items.length - 1];
      setRoundId((chosen) => (body.items.some((r) => r.id === chosen) ? chosen : (open?.id ?? '')));
    });
    return () => {
      current = false;
    };
  }, [api, session.activeOrganisationId]);

  // The round as the active organisation answers it: asked again when the round, the party or the
  // organisation changes, and only the answer to the latest request is shown (a slower answer for
  // the round or organisation left behind never replaces it).
  useEffect(() => {
    if (!roundId) return;
    let current = true;
    setMessage(null);
    void data<ResponseView>(
      api.GET('/api/diagnostic/rounds/{id}/response', {
        params: { path: { id: roundId }, query: { party } },
      }) as never,
    ).then((v) => {
      if (!current) return;
      setView(v);
      setShareNamed(v.shareNamed);
      setAnswers(Object.fromEntries(v.answers.map((a) => [a.itemId, a.status])));
    });
    return () => {
      current = false;
    };
  }, [api, roundId, party, session.activeOrganisationId]);

  useEffect(() => {
    if (!rounds || rounds.length < 2) return setComparison(null);
    void data<Comparison>(
      api.GET('/api/diagnostic/compare', {
        params: { query: { rounds: rounds.map((r) => r.id).join(','), party } },
      }) as never,
    ).then(setComparison, () => setComparison(null));
  }, [api, rounds, party, view]);

  const prefill = useMemo(() => new Map((view?.prefill ?? []).map((p) => [p.itemId, p])), [view]);

  const save = async () => {
    if (!view) return;
    const list = view.items
      .filter((i) => answers[i.id])
      .map((i) => ({ itemId: i.id, status: answers[i.id] as Status }));
    let saved: ResponseView;
    try {
      saved = await data<ResponseView>(
        api.PUT('/api/diagnostic/rounds/{id}/response', {
          params: { path: { id: roundId }, query: { party } },
          body: { answers: list, ...(party === 'member' ? { shareNamed } : {}) },
        }) as never,
      );
    } catch (error) {
      setMessage({ error });
      return;
    }
    setView(saved);
    setMessage({ saved: true });
  };

  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? t.t('diagnostic.noScore') : `${v} %`;

  if (rounds === null) return <p>{t.t('common.loading')}</p>;
  return (
    <section className="page diagnostic-page">
      <h1>{t.t('diagnostic.title')}</h1>
      <p>{t.t('diagnostic.intro')}</p>
      {rounds.length === 0 ? (
        <p>{t.t('diagnostic.noRounds')}</p>
      ) : (
        <div className="diagnostic-toolbar">
          <label className="field">
            <span>{t.t('diagnostic.round')}</span>
            <select value={roundId} onChange={(e) => setRoundId(e.target.value)}>
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title} ({r.openedOn})
                </option>
              ))}
            </select>
          </label>
          {canCluster && (
            <fieldset className="field">
              {(['cluster', 'member'] as const).map((p) => (
                <label key={p}>
                  <input type="radio" name="party" checked={party === p} onChange={() => setParty(p)} />{' '}
                  {t.t(`diagnostic.party.${p}`)}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
      {view && (
        <>
          {view.round.status === 'closed' && <p role="status">{t.t('diagnostic.closed')}</p>}
          <div className="diagnostic-exports">
            <DownloadButton
              href={`/api/diagnostic/rounds/${encodeURIComponent(view.round.id)}/export?party=${party}&lang=${t.locale}`}
              fileName={`diagnostic-${party}.xlsx`}
              testId="diagnostic-export-xlsx"
            >
              {t.t('diagnostic.export.xlsx')}
            </DownloadButton>
            <Link
              className="button button-secondary"
              to={`/diagnostic/report?round=${encodeURIComponent(view.round.id)}&party=${party}`}
              data-testid="diagnostic-report-link"
            >
              {t.t('diagnostic.export.report')}
            </Link>
          </div>
          {ACTIONS.map((action) => {
            const items = view.items.filter((i) => i.action === action);
            if (items.length === 0) return null;
            return (
              <fieldset key={action} className="diagnostic-action">
                <legend>
                  <h2>{t.t(`diagnostic.action.${action}`)}</h2>
                </legend>
                {items.map((item) => {
                  const found = prefill.get(item.id);
                  // Steward's default item in the reader's language; a cluster's own words as written.
                  const words = itemTexts(item, t.locale);
                  return (
                    <div key={item.id} className="diagnostic-item" data-item={item.id}>
                      <label className="field">
                        <span dir="auto">{words.text}</span>
                        <select
                          name={item.id}
                          value={answers[item.id] ?? ''}
                          disabled={view.round.status === 'closed'}
                          onChange={(e) =>
                            setAnswers({ ...answers, [item.id]: e.target.value as Status | '' })
                          }
                        >
                          <option value="">{t.t('diagnostic.status.unanswered')}</option>
                          {STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t.t(`diagnostic.status.${s}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                      {found && (
                        <p className="evidence" data-evidence={found.evidence.code}>
                          <strong>{t.t('diagnostic.found')}:</strong>{' '}
                          {say(found.evidence.code, found.evidence.params)} (
                          <a href={found.link}>{t.t(`diagnostic.status.${found.status}`)}</a>)
                        </p>
                      )}
                      <details>
                        <summary>{t.t('diagnostic.guidance')}</summary>
                        <p dir="auto">{words.guidance}</p>
                        <p dir="auto">
                          <strong>{t.t('diagnostic.expected')}:</strong> {words.evidence}
                        </p>
                        <p>
                          <strong>{t.t('diagnostic.principles')}:</strong>{' '}
                          {item.principles.map((p) => t.t(`diagnostic.principle.${p}`)).join(', ')}
                        </p>
                      </details>
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
          {party === 'member' && (
            <label>
              <input type="checkbox" checked={shareNamed} onChange={(e) => setShareNamed(e.target.checked)} />{' '}
              {t.t('diagnostic.shareNamed')}
            </label>
          )}
          {view.round.status === 'open' && (
            <p>
              <button type="button" className="primary" onClick={() => void save()}>
                {t.t('diagnostic.save')}
              </button>
            </p>
          )}
          {message && (
            <p role="status" data-testid="diagnostic-message">
              {'saved' in message ? t.t('diagnostic.saved') : describeError(t, message.error)}
            </p>
          )}
          <h2>{t.t('diagnostic.scores')}</h2>
          <table className="diagnostic-scores">
            <caption>{t.t('diagnostic.byAction')}</caption>
            <tbody>
              <tr>
                <th scope="row">{t.t('diagnostic.overall')}</th>
                <td data-score="overall">{pct(view.score.overall.score)}</td>
              </tr>
              {ACTIONS.map((a) => (
                <tr key={a}>
                  <th scope="row">{t.t(`diagnostic.action.${a}`)}</th>
                  <td data-score={a}>{pct(view.score.byAction[a]?.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="diagnostic-scores">
            <caption>{t.t('diagnostic.byPrinciple')}</caption>
            <tbody>
              {PRINCIPLES.map((p) => (
                <tr key={p}>
                  <th scope="row">{t.t(`diagnostic.principle.${p}`)}</th>
                  <td>{pct(view.score.byPrinciple[p]?.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ActionPlan
            key={`${view.round.id}-${party}`}
            roundId={view.round.id}
            party={party}
            organisationId={session.activeOrganisationId}
            items={view.items}
            gaps={view.gaps}
            canEdit={canKeepPlan}
          />
          {party === 'cluster' && canCluster && <MembersScores roundId={view.round.id} />}
        </>
      )}
      {comparison && (
        <section className="diagnostic-trend" data-testid="diagnostic-trend">
          <Chart
            kind="bar"
            title={t.t('diagnostic.trend.byAction')}
            description={t.t('diagnostic.trend.description')}
            testId="diagnostic-trend-actions"
            fileName="diagnostic-trend-actions"
            data={trendChartData(comparison, comparison.byAction, t.t('diagnostic.trend.action'), (k) =>
              say(`diagnostic.action.${k}`),
            )}
          />
          <Chart
            kind="bar"
            horizontal
            height={560}
            title={t.t('diagnostic.trend.byPrinciple')}
            description={t.t('diagnostic.trend.description')}
            testId="diagnostic-trend-principles"
            fileName="diagnostic-trend-principles"
            tableOpen={false}
            data={trendChartData(comparison, comparison.byPrinciple, t.t('diagnostic.trend.principle'), (k) =>
              say(`diagnostic.principle.${k}`),
            )}
          />
        </section>
      )}
      {comparison && (
        <TableScroll label={t.t('diagnostic.compare')}>
          <table className="diagnostic-compare">
            <caption>{t.t('diagnostic.compare')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('diagnostic.byAction')}</th>
                {comparison.rounds.map((r) => (
                  <th key={r.id} scope="col">
                    {r.title} ({r.openedOn})
                  </th>
                ))}
                <th scope="col">{t.t('diagnostic.change')}</th>
              </tr>
            </thead>
            <tbody>
              {[comparison.overall, ...comparison.byAction].map((row) => (
                <tr key={row.key} data-compare={row.key}>
                  <th scope="row">
                    {row.key === 'overall' ? t.t('diagnostic.overall') : say(`diagnostic.action.${row.key}`)}
                  </th>
                  {row.scores.map((s, i) => (
                    <td key={i}>{pct(s)}</td>
                  ))}
                  <td>
                    {row.change === null
                      ? t.t('diagnostic.noScore')
                      : `${row.change > 0 ? '+' : ''}${row.change}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
