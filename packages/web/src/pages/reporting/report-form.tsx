/**
 * The monthly web form: per indicator a grid of admin-2 areas × disaggregation cells, totals
 * computed as the user types, last month's figures beside each cell, the p-code picker (admin-2
 * within the chosen admin-1), save draft and submit. The figures are validated by the back end
 * exactly as an upload; its problems (codes + params) are shown on the cell or row they name.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import { StatusBadge } from '../../components/status-badge';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import {
  columnTotal,
  emptied,
  entriesOf,
  hasFigures,
  inputColumns,
  localProblems,
  placeProblems,
  previousPeriod,
  rowKey,
  rowTotal,
  rowsFromValues,
  type FormRow,
  type FrameworkDto,
  type IndicatorDto,
  type Measure,
  type PlacedProblems,
  type Problem,
  type ReportDto,
} from './form-logic';
import { columnLabel, periodLabel, problemText, STATE_TONE } from './labels';
import { problemsOf } from './reporting-api';
import { ReportingHeader, useRoles } from './reporting-page';
import { TableScroll } from '../../components';

interface Area {
  pcode: string;
  name: string;
  level: number;
  parentPcode: string | null;
}

interface Loaded {
  framework: FrameworkDto;
  areas: Area[];
  report: ReportDto | null;
  rows: FormRow[];
  previous: Map<string, FormRow>;
}

type Note = { kind: 'ok'; text: string } | { kind: 'error'; text: string };

export function ReportForm({ code, period }: { code: string; period: string }) {
  const { t } = useI18n();
  const api = useApi();
  const { session, canReport } = useRoles();
  useDocumentTitle(t.t('rep.form.title', { period: periodLabel(t, period) }));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [rows, setRows] = useState<FormRow[]>([]);
  const [placed, setPlaced] = useState<PlacedProblems>({ cells: new Map(), general: [] });
  const [problemTotal, setProblemTotal] = useState(0);
  const [note, setNote] = useState<Note | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [framework, areas, reports] = await Promise.all([
      data(api.GET('/api/reporting/frameworks/{code}', { params: { path: { code } } })),
      data(api.GET('/api/reporting/frameworks/{code}/areas', { params: { path: { code } } })),
      data(api.GET('/api/reporting/frameworks/{code}/reports', { params: { path: { code }, query: {} } })),
    ]);
    const own = reports.filter((r) => r.organisationId === session.activeOrganisationId);
    const report = own.find((r) => r.period === period) ?? null;
    const prev = own.find((r) => r.period === previousPeriod(period)) ?? null;
    const valuesOf = (id: string) =>
      data(api.GET('/api/reporting/reports/{id}/values', { params: { path: { id } } })).then((v) =>
        rowsFromValues(v.values),
      );
    const current = report ? await valuesOf(report.id) : [];
    const previous = prev ? await valuesOf(prev.id) : [];
    const next: Loaded = {
      framework,
      areas,
      report,
      rows: report ? current : emptied(previous),
      previous: new Map(previous.map((r) => [r.key, r])),
    };
    setLoaded(next);
    setRows(next.rows);
  }, [api, code, period, session.activeOrganisationId]);

  useEffect(() => {
    setLoaded(null);
    load().catch(setFailed);
  }, [load]);

  const local = useMemo(() => localProblems(rows), [rows]);
  const areaNames = useMemo(() => new Map((loaded?.areas ?? []).map((a) => [a.pcode, a.name])), [loaded]);

  if (failed) return <p role="alert">{describeError(t, failed)}</p>;
  if (!loaded) return <p role="status">{t.t('common.loading')}</p>;

  const { framework, report } = loaded;
  const locked = !canReport || report?.state === 'submitted';
  const approved = report?.state === 'approved';

  const setCell = (key: string, tag: string, text: string) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, cells: { ...r.cells, [tag]: text } } : r)));
  const removeRow = (key: string) => setRows((rs) => rs.filter((r) => r.key !== key));
  const addRow = (indicator: string, adm1: string, adm2: string) =>
    setRows((rs) =>
      rs.some((r) => r.key === rowKey(indicator, adm2))
        ? rs
        : [...rs, { key: rowKey(indicator, adm2), indicator, adm1, adm2, cells: {} }],
    );

  /** Saves the figures; true when stored. */
  const save = async (): Promise<ReportDto | null> => {
    setNote(null);
    if (local.size > 0) {
      setNote({ kind: 'error', text: t.t('rep.form.fixNumbers') });
      return null;
    }
    if (approved && reason.trim() === '') {
      setNote({ kind: 'error', text: t.t('rep.form.reasonRequired') });
      return null;
    }
    // Rows left empty are areas not worked in this month: not sent (entry N = sent[N]).
    const sent = rows.filter(hasFigures);
    try {
      const result = await data(
        api.PUT('/api/reporting/frameworks/{code}/reports/{period}/entries', {
          params: { path: { code, period } },
          body: {
            entries: entriesOf(sent, framework.indicators),
            ...(approved ? { reason: reason.trim() } : {}),
          },
        }),
      );
      setPlaced({ cells: new Map(), general: [] });
      setProblemTotal(0);
      setLoaded({ ...loaded, report: result.report });
      setReason('');
      setNote({ kind: 'ok', text: t.t('rep.form.saved', { rows: result.rows, values: result.values }) });
      return result.report;
    } catch (error) {
      const problems = problemsOf(error);
      if (problems) {
        setPlaced(placeProblems(sent, problems.problems));
        setProblemTotal(problems.total);
        setNote({ kind: 'error', text: t.t('rep.form.problems', { count: problems.total }) });
      } else setNote({ kind: 'error', text: describeError(t, error) });
      return null;
    }
  };

  const onSave = async () => {
    setBusy(true);
    await save();
    setBusy(false);
  };

  const onSubmit = async () => {
    setBusy(true);
    const saved = await save();
    if (saved && saved.state !== 'submitted') {
      try {
        const next = await data(
          api.POST('/api/reporting/reports/{id}/submit', { params: { path: { id: saved.id } } }),
        );
        setLoaded({ ...loaded, report: next });
        setNote({ kind: 'ok', text: t.t('rep.form.submitted') });
      } catch (error) {
        setNote({ kind: 'error', text: describeError(t, error) });
      }
    } else if (saved) {
      setLoaded({ ...loaded, report: saved });
      setNote({ kind: 'ok', text: t.t('rep.form.submitted') });
    }
    setBusy(false);
  };

  const state = report?.state ?? 'missing';
  return (
    <div className="reporting-page">
      <ReportingHeader
        title={t.t('rep.form.title', { period: periodLabel(t, period) })}
        intro={t.t('rep.form.intro')}
        code={code}
      />
      <p>
        <StatusBadge tone={STATE_TONE[state]} testId="report-state">
          {t.t(`rep.state.${state}`)}
        </StatusBadge>{' '}
        {report && report.version > 1 && (
          <span className="muted">{t.t('rep.version', { version: report.version })}</span>
        )}{' '}
        {canReport && !locked && (
          <Link to={`/reporting/upload/${encodeURIComponent(code)}/${period}`}>
            {t.t('rep.form.orUpload')}
          </Link>
        )}
      </p>
      {report?.state === 'returned' && report.returnComment && (
        <p className="alert return-comment">{t.t('rep.home.returned', { comment: report.returnComment })}</p>
      )}
      {report?.state === 'submitted' && <p className="muted">{t.t('rep.form.locked')}</p>}

      {framework.indicators.map((indicator) => (
        <IndicatorGrid
          key={indicator.id}
          indicator={indicator}
          rows={rows.filter((r) => r.indicator === indicator.id)}
          previous={loaded.previous}
          areas={loaded.areas}
          areaNames={areaNames}
          placed={placed}
          local={local}
          locked={locked}
          onCell={setCell}
          onRemove={removeRow}
          onAdd={(adm1, adm2) => addRow(indicator.id, adm1, adm2)}
        />
      ))}

      {!locked && (
        <section className="card form-actions" aria-label={t.t('rep.form.actions')}>
          {approved && (
            <div className="field">
              <label htmlFor="rep-reason">{t.t('rep.form.reason')}</label>
              <p className="hint" id="rep-reason-hint">
                {t.t('rep.form.reasonHint')}
              </p>
              <textarea
                id="rep-reason"
                aria-describedby="rep-reason-hint"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={2000}
              />
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void onSave()}
              disabled={busy}
            >
              {t.t('rep.form.save')}
            </button>{' '}
            <button
              type="button"
              className="button button-primary"
              onClick={() => void onSubmit()}
              disabled={busy}
            >
              {t.t('rep.form.submit')}
            </button>
          </div>
        </section>
      )}
      <div aria-live="polite">
        {note && (
          <div
            className={note.kind === 'ok' ? 'notice' : 'alert'}
            role={note.kind === 'ok' ? 'status' : 'alert'}
            data-testid="form-note"
          >
            <p>{note.text}</p>
            {placed.general.length > 0 && (
              <ul>
                {placed.general.map((p, i) => (
                  <li key={i}>{problemText(t, p)}</li>
                ))}
              </ul>
            )}
            {problemTotal > placed.general.length + [...placed.cells.values()].flat().length && (
              <p>
                {t.t('rep.upload.more', {
                  count: problemTotal - placed.general.length - [...placed.cells.values()].flat().length,
                })}
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function IndicatorGrid({
  indicator,
  rows,
  previous,
  areas,
  areaNames,
  placed,
  local,
  locked,
  onCell,
  onRemove,
  onAdd,
}: {
  indicator: IndicatorDto;
  rows: FormRow[];
  previous: Map<string, FormRow>;
  areas: Area[];
  areaNames: Map<string, string>;
  placed: PlacedProblems;
  local: Set<string>;
  locked: boolean;
  onCell: (key: string, tag: string, text: string) => void;
  onRemove: (key: string) => void;
  onAdd: (adm1: string, adm2: string) => void;
}) {
  const { t } = useI18n();
  const [adm1, setAdm1] = useState('');
  const [adm2, setAdm2] = useState('');
  const cols = inputColumns(indicator);
  const disaggregated = cols.some((c) => c.cell !== 'total');
  const measures: Measure[] = indicator.hasTarget ? ['reached', 'targeted'] : ['reached'];
  const provinces = areas.filter((a) => a.level === 1);
  const districts = areas.filter((a) => a.level === 2 && a.parentPcode === adm1);
  const id = `ind-${indicator.id}`;
  const errorsOf = (key: string): Problem[] => placed.cells.get(key) ?? [];

  return (
    <section className="card indicator-grid" data-indicator={indicator.id}>
      <h2 id={id}>{indicator.activity}</h2>
      <p className="muted">
        {indicator.label} <span>({indicator.id})</span>
      </p>
      {rows.length === 0 ? (
        <p className="empty">{t.t('rep.form.noRows')}</p>
      ) : (
        <TableScroll labelledBy={id}>
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
                {!locked && (
                  <th scope="col">
                    <span className="visually-hidden">{t.t('rep.form.remove')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const area = `${areaNames.get(row.adm2) ?? row.adm2}`;
                const prev = previous.get(row.key);
                const areaErrors = errorsOf(`${row.key}#area`);
                return (
                  <tr key={row.key} data-row={row.adm2}>
                    <th scope="row" className={areaErrors.length > 0 ? 'cell-invalid' : undefined}>
                      {area}
                      <span className="muted small">
                        {' '}
                        {areaNames.get(row.adm1) ?? row.adm1} · <bdi>{row.adm2}</bdi>
                      </span>
                      {areaErrors.map((p, i) => (
                        <span key={i} className="field-error" role="note">
                          {problemText(t, p)}
                        </span>
                      ))}
                    </th>
                    {cols.map((c) => {
                      const key = `${row.key}#${c.tag}`;
                      const errors = errorsOf(key);
                      const bad = local.has(key);
                      const errorId = `${indicator.id}-${row.adm2}-${c.tag}-error`.replace(
                        /[^a-zA-Z0-9-]/g,
                        '_',
                      );
                      const before = prev?.cells[c.tag];
                      return (
                        <td key={c.tag} className={errors.length > 0 || bad ? 'cell-invalid' : undefined}>
                          <input
                            type="text"
                            inputMode="numeric"
                            size={5}
                            value={row.cells[c.tag] ?? ''}
                            readOnly={locked}
                            aria-label={t.t('rep.form.cellLabel', {
                              indicator: indicator.activity,
                              area,
                              cell: columnLabel(t, c),
                            })}
                            data-tag={c.tag}
                            {...(errors.length > 0 || bad
                              ? { 'aria-invalid': true, 'aria-describedby': errorId }
                              : {})}
                            onChange={(e) => onCell(row.key, c.tag, e.target.value)}
                          />
                          {before !== undefined && (
                            <span className="prev">{t.t('rep.form.previous', { value: before })}</span>
                          )}
                          {(errors.length > 0 || bad) && (
                            <span className="field-error" id={errorId}>
                              {bad
                                ? t.t('rep.problem.not-a-whole-number')
                                : errors.map((p) => problemText(t, p)).join(' ')}
                            </span>
                          )}
                        </td>
                      );
                    })}
                    {disaggregated &&
                      measures.map((m) => {
                        const tag = `#${m}+total`;
                        const errors = errorsOf(`${row.key}#${tag}`);
                        const total = rowTotal(row, indicator, m);
                        const before = prev ? rowTotal(prev, indicator, m) : null;
                        return (
                          <td
                            key={m}
                            className={`total${errors.length > 0 ? ' cell-invalid' : ''}`}
                            data-total={m}
                          >
                            <output>{total === null ? '—' : t.number(total)}</output>
                            {before !== null && (
                              <span className="prev">{t.t('rep.form.previous', { value: before })}</span>
                            )}
                            {errors.map((p, i) => (
                              <span key={i} className="field-error">
                                {problemText(t, p)}
                              </span>
                            ))}
                          </td>
                        );
                      })}
                    {!locked && (
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onRemove(row.key)}
                          aria-label={t.t('rep.form.removeRow', { area })}
                        >
                          {t.t('rep.form.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.t('rep.form.total')}</th>
                {cols.map((c) => {
                  const v = columnTotal(rows, c.tag);
                  return <td key={c.tag}>{v === null ? '—' : t.number(v)}</td>;
                })}
                {disaggregated &&
                  measures.map((m) => {
                    const sum = rows.reduce((s, r) => s + (rowTotal(r, indicator, m) ?? 0), 0);
                    return (
                      <td key={m} className="total" data-grand-total={m}>
                        {t.number(sum)}
                      </td>
                    );
                  })}
                {!locked && <td />}
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
      {!locked && (
        <div className="add-area">
          <div className="field">
            <label htmlFor={`${id}-adm1`}>{t.t('rep.form.adm1')}</label>
            <select
              className="select"
              id={`${id}-adm1`}
              value={adm1}
              onChange={(e) => {
                setAdm1(e.target.value);
                setAdm2('');
              }}
            >
              <option value="">{t.t('rep.form.choose')}</option>
              {provinces.map((a) => (
                <option key={a.pcode} value={a.pcode}>
                  {a.name} ({a.pcode})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-adm2`}>{t.t('rep.form.adm2')}</label>
            <select
              className="select"
              id={`${id}-adm2`}
              value={adm2}
              onChange={(e) => setAdm2(e.target.value)}
              disabled={adm1 === ''}
            >
              <option value="">{t.t('rep.form.choose')}</option>
              {districts.map((a) => (
                <option key={a.pcode} value={a.pcode}>
                  {a.name} ({a.pcode})
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button-secondary"
            disabled={adm1 === '' || adm2 === ''}
            onClick={() => {
              onAdd(adm1, adm2);
              setAdm2('');
            }}
          >
            {t.t('rep.form.addArea')}
          </button>
        </div>
      )}
    </section>
  );
}
