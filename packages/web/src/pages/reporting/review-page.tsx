/**
 * The cluster IMO's review: the month's submitted (and returned, approved) reports, one report's
 * figures by indicator and area with its history (corrections with their reasons), return with a
 * comment, approve. Opening another organisation's figures is audited by the server.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { FormField } from '../../components/form-field';
import { StatusBadge } from '../../components/status-badge';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import {
  inputColumns,
  recentPeriods,
  rowTotal,
  rowsFromValues,
  type FrameworkDto,
  type Measure,
  type ReportDto,
  type ValueDto,
} from './form-logic';
import { columnLabel, dayLabel, periodLabel, STATE_TONE } from './labels';
import { currentPeriod, ReportingHeader, thisMonth, useRoles } from './reporting-page';
import { TableScroll } from '../../components';

interface Event {
  at: string;
  action: string;
  version: number;
  comment: string | null;
}

export function ReviewPage({ code }: { code: string }) {
  const { t } = useI18n();
  const api = useApi();
  const { isCluster } = useRoles();
  useDocumentTitle(t.t('rep.review.title'));
  const periods = recentPeriods(thisMonth(), 13);
  const [period, setPeriod] = useState(currentPeriod());
  const [reports, setReports] = useState<ReportDto[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);

  // The latest period asked for: an older answer arriving late is dropped.
  const asked = useRef(period);
  const load = useCallback(async () => {
    asked.current = period;
    setReports(null);
    try {
      const list = await data(
        api.GET('/api/reporting/frameworks/{code}/reports', {
          params: { path: { code }, query: { period } },
        }),
      );
      if (asked.current === period) setReports(list.filter((r) => r.state !== 'draft'));
    } catch (error) {
      if (asked.current === period) setFailed(error);
    }
  }, [api, code, period]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!isCluster) return <p role="alert">{t.t('rep.clusterOnly')}</p>;

  return (
    <div className="reporting-page">
      <ReportingHeader title={t.t('rep.review.title')} intro={t.t('rep.review.intro')} code={code} />
      <div className="field">
        <label htmlFor="rep-review-period">{t.t('rep.home.period')}</label>
        <select
          className="select"
          id="rep-review-period"
          value={period}
          onChange={(e) => {
            setPeriod(e.target.value);
            setOpen(null);
          }}
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(t, p)}
            </option>
          ))}
        </select>
      </div>
      {failed !== null && <p role="alert">{describeError(t, failed)}</p>}
      {reports === null && failed === null && <p role="status">{t.t('common.loading')}</p>}
      {reports?.length === 0 && <p className="empty">{t.t('rep.review.empty')}</p>}
      {reports && reports.length > 0 && (
        <TableScroll label={t.t('rep.review.title')}>
          <table className="reporting-table" data-testid="review-list">
            <thead>
              <tr>
                <th scope="col">{t.t('rep.review.organisation')}</th>
                <th scope="col">{t.t('rep.home.state')}</th>
                <th scope="col">{t.t('rep.review.submittedAt')}</th>
                <th scope="col">{t.t('rep.home.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} data-organisation={r.organisation} data-period={r.period}>
                  <th scope="row">
                    <bdi>{r.organisation}</bdi>
                  </th>
                  <td>
                    <StatusBadge tone={STATE_TONE[r.state]}>{t.t(`rep.state.${r.state}`)}</StatusBadge>
                    {r.version > 1 && (
                      <span className="muted"> {t.t('rep.version', { version: r.version })}</span>
                    )}
                  </td>
                  <td>{r.submittedAt ? dayLabel(t, r.submittedAt) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setOpen(r.id)}
                      aria-expanded={open === r.id}
                    >
                      {t.t('rep.review.open', { organisation: r.organisation })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {open && <ReportReview key={open} id={open} code={code} onChanged={() => void load()} />}
    </div>
  );
}

function ReportReview({ id, code, onChanged }: { id: string; code: string; onChanged: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [report, setReport] = useState<ReportDto | null>(null);
  const [values, setValues] = useState<ValueDto[]>([]);
  const [framework, setFramework] = useState<FrameworkDto | null>(null);
  const [history, setHistory] = useState<Event[]>([]);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [failed, setFailed] = useState<unknown>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    const [v, f, h, areas] = await Promise.all([
      data(api.GET('/api/reporting/reports/{id}/values', { params: { path: { id } } })),
      data(api.GET('/api/reporting/frameworks/{code}', { params: { path: { code } } })),
      data(api.GET('/api/reporting/reports/{id}/history', { params: { path: { id } } })),
      data(api.GET('/api/reporting/frameworks/{code}/areas', { params: { path: { code } } })),
    ]);
    setNames(new Map(areas.map((a) => [a.pcode, a.name])));
    setReport(v.report);
    setValues(v.values);
    setFramework(f);
    setHistory(h);
  }, [api, id, code]);

  useEffect(() => {
    load().catch(setFailed);
  }, [load]);

  if (failed) return <p role="alert">{describeError(t, failed)}</p>;
  if (!report || !framework) return <p role="status">{t.t('common.loading')}</p>;

  const act = async (action: 'approve' | 'return') => {
    setNote(null);
    if (action === 'return' && comment.trim() === '') {
      setCommentError(t.t('rep.review.commentRequired'));
      return;
    }
    setCommentError(undefined);
    try {
      const next =
        action === 'approve'
          ? await data(api.POST('/api/reporting/reports/{id}/approve', { params: { path: { id } } }))
          : await data(
              api.POST('/api/reporting/reports/{id}/return', {
                params: { path: { id } },
                body: { comment: comment.trim() },
              }),
            );
      setReport(next);
      setComment('');
      setNote({
        ok: true,
        text:
          action === 'approve'
            ? t.t('rep.review.approvedDone', { organisation: next.organisation })
            : t.t('rep.review.returnedDone', { organisation: next.organisation }),
      });
      setHistory(await data(api.GET('/api/reporting/reports/{id}/history', { params: { path: { id } } })));
      onChanged();
    } catch (error) {
      setNote({ ok: false, text: describeError(t, error) });
    }
  };

  const rows = rowsFromValues(values);
  return (
    <section className="card report-review" aria-labelledby="rep-review-report" data-testid="report-review">
      <h2 id="rep-review-report" tabIndex={-1}>
        {t.t('rep.review.report', {
          organisation: report.organisation,
          period: periodLabel(t, report.period),
          version: report.version,
        })}
      </h2>
      <p>
        <StatusBadge tone={STATE_TONE[report.state]} testId="review-state">
          {t.t(`rep.state.${report.state}`)}
        </StatusBadge>
      </p>
      {framework.indicators.map((indicator) => {
        const mine = rows.filter((r) => r.indicator === indicator.id);
        if (mine.length === 0) return null;
        const cols = inputColumns(indicator);
        const disaggregated = cols.some((c) => c.cell !== 'total');
        const measures: Measure[] = indicator.hasTarget ? ['reached', 'targeted'] : ['reached'];
        return (
          <div key={indicator.id}>
            <h3 id={`rev-${indicator.id}`}>
              {indicator.activity} <span className="muted">({indicator.id})</span>
            </h3>
            <TableScroll labelledBy={`rev-${indicator.id}`}>
              <table className="reporting-table reporting-grid">
                <thead>
                  <tr>
                    <th scope="col">{t.t('rep.form.area')}</th>
                    {cols.map((c) => (
                      <th scope="col" key={c.tag}>
                        {columnLabel(t, c)}
                      </th>
                    ))}
                    {disaggregated &&
                      measures.map((m) => (
                        <th scope="col" key={m}>
                          {columnLabel(t, { tag: '', measure: m, cell: 'total' })}
                        </th>
                      ))}
                  </tr>
                </thead>
                <tbody>
                  {mine.map((r) => (
                    <tr key={r.key}>
                      <th scope="row">
                        {names.get(r.adm2) ?? r.adm2}{' '}
                        <span className="muted small">
                          <bdi>{r.adm2}</bdi>
                        </span>
                      </th>
                      {cols.map((c) => (
                        <td key={c.tag}>
                          {r.cells[c.tag] !== undefined ? t.number(Number(r.cells[c.tag])) : '—'}
                        </td>
                      ))}
                      {disaggregated &&
                        measures.map((m) => {
                          const v = rowTotal(r, indicator, m);
                          return (
                            <td key={m} className="total">
                              {v === null ? '—' : t.number(v)}
                            </td>
                          );
                        })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        );
      })}
      <h3>{t.t('rep.review.history')}</h3>
      <ol className="history">
        {history.map((e, i) => (
          <li key={i}>
            {dayLabel(t, e.at)} — {t.tryT(`rep.event.${e.action}`) ?? e.action}{' '}
            <span className="muted">{t.t('rep.version', { version: e.version })}</span>
            {e.comment && <q>{e.comment}</q>}
          </li>
        ))}
      </ol>
      {report.state === 'submitted' && (
        <div className="review-actions">
          <FormField
            id="rep-return-comment"
            label={t.t('rep.review.comment')}
            hint={t.t('rep.review.commentHint')}
            {...(commentError ? { error: commentError } : {})}
          >
            {(props) => (
              <textarea
                {...props}
                value={comment}
                maxLength={2000}
                onChange={(e) => setComment(e.target.value)}
              />
            )}
          </FormField>
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={() => void act('return')}>
              {t.t('rep.review.return')}
            </button>{' '}
            <button type="button" className="button button-primary" onClick={() => void act('approve')}>
              {t.t('rep.review.approve')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {note && (
          <p className={note.ok ? 'notice' : 'alert'} role={note.ok ? 'status' : 'alert'}>
            {note.text}
          </p>
        )}
      </div>
    </section>
  );
}
