/**
 * The import of a KoboToolbox/ODK export (issue 10, decision 0027): the partner chooses the
 * export (CSV or XLSX, one row per submission); Steward reads its fields and proposes a mapping
 * (the organisation's remembered one first, else common 5W field names); the partner sets the
 * template column of each form field and what each answer of a choice field stands for, then
 * imports all or nothing. Problems are shown by the export's row and field; the mapping is
 * remembered for the next month once an import with it succeeds.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import { FormField } from '../../components/form-field';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { Problem, ReportDto } from './form-logic';
import { periodLabel, templateColumnLabel } from './labels';
import { ProblemsTable } from './problems-table';
import {
  inspectKobo,
  problemsOf,
  uploadReport,
  type ImportResult,
  type KoboInspection,
  type KoboMapping,
} from './reporting-api';
import { ReportingHeader, useRoles } from './reporting-page';
import { TableScroll } from '../../components';

type Outcome =
  | { kind: 'reading' }
  | { kind: 'importing' }
  | { kind: 'ok'; result: ImportResult }
  | { kind: 'problems'; problems: Problem[]; total: number }
  | { kind: 'error'; error: unknown };

/** Framework values an answer can stand for, by template hashtag: value → label. */
type ValueOptions = Partial<Record<string, { value: string; label: string }[]>>;

/** The mapping to send: mapped fields only, and answers given a value. */
export function koboMappingOf(
  columns: Readonly<Record<string, string>>,
  choices: Readonly<Record<string, Readonly<Record<string, string>>>>,
): KoboMapping {
  const out: KoboMapping = { columns: {}, choices: {} };
  for (const [field, tag] of Object.entries(columns)) if (tag !== '') out.columns[field] = tag;
  for (const [tag, map] of Object.entries(choices)) {
    const kept = Object.entries(map).filter(([, v]) => v.trim() !== '');
    if (kept.length > 0) out.choices[tag] = Object.fromEntries(kept);
  }
  return out;
}

export function KoboPage({ code, period }: { code: string; period: string }) {
  const { t } = useI18n();
  const api = useApi();
  const { session } = useRoles();
  const title = t.t('rep.kobo.title', { period: periodLabel(t, period) });
  useDocumentTitle(title);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [inspection, setInspection] = useState<KoboInspection | null>(null);
  const [columns, setColumns] = useState<Record<string, string>>({});
  const [choices, setChoices] = useState<Record<string, Record<string, string>>>({});
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [report, setReport] = useState<ReportDto | null>(null);
  const [options, setOptions] = useState<ValueOptions>({});

  useEffect(() => {
    data(
      api.GET('/api/reporting/frameworks/{code}/reports', { params: { path: { code }, query: { period } } }),
    ).then(
      (list) => setReport(list.find((r) => r.organisationId === session.activeOrganisationId) ?? null),
      () => setReport(null),
    );
    void Promise.all([
      data(api.GET('/api/reporting/frameworks/{code}', { params: { path: { code } } })),
      data(api.GET('/api/reporting/frameworks/{code}/areas', { params: { path: { code } } })),
    ]).then(
      ([framework, areas]) => {
        const activities = [...new Set(framework.indicators.map((i) => i.activity))];
        setOptions({
          '#activity': activities.map((a) => ({ value: a, label: a })),
          '#indicator+code': framework.indicators.map((i) => ({
            value: i.id,
            label: `${i.id} — ${i.label}`,
          })),
          '#adm1+code': areas
            .filter((a) => a.level === 1)
            .map((a) => ({ value: a.pcode, label: `${a.pcode} — ${a.name}` })),
          '#adm2+code': areas
            .filter((a) => a.level === 2)
            .map((a) => ({ value: a.pcode, label: `${a.pcode} — ${a.name}` })),
        });
      },
      () => setOptions({}),
    );
  }, [api, code, period, session.activeOrganisationId]);

  const approved = report?.state === 'approved';
  const busy = outcome?.kind === 'reading' || outcome?.kind === 'importing';

  const read = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setFileError(t.t('rep.upload.chooseFile'));
      return;
    }
    setFileError(undefined);
    setInspection(null);
    setOutcome({ kind: 'reading' });
    try {
      const found = await inspectKobo({ code, file, csrfToken: session.csrfToken });
      setInspection(found);
      setColumns({ ...found.proposal.columns });
      setChoices(Object.fromEntries(Object.entries(found.proposal.choices).map(([k, v]) => [k, { ...v }])));
      setOutcome(null);
    } catch (error) {
      const problems = problemsOf(error);
      setOutcome(problems ? { kind: 'problems', ...problems } : { kind: 'error', error });
    }
  };

  /** Template hashtags chosen for more than one field. */
  const twice = useMemo(() => {
    const seen = new Map<string, number>();
    for (const tag of Object.values(columns)) if (tag !== '') seen.set(tag, (seen.get(tag) ?? 0) + 1);
    return new Set([...seen].filter(([, n]) => n > 1).map(([tag]) => tag));
  }, [columns]);

  const importExport = async () => {
    if (!file || !inspection || twice.size > 0) return;
    if (approved && reason.trim() === '') {
      setReasonError(true);
      return;
    }
    setReasonError(false);
    setOutcome({ kind: 'importing' });
    try {
      const result = await uploadReport({
        code,
        period,
        file,
        kobo: { mapping: koboMappingOf(columns, choices) },
        ...(approved ? { reason: reason.trim() } : {}),
        csrfToken: session.csrfToken,
      });
      setReport(result.report);
      setOutcome({ kind: 'ok', result });
    } catch (error) {
      const problems = problemsOf(error);
      setOutcome(problems ? { kind: 'problems', ...problems } : { kind: 'error', error });
    }
  };

  /** A template column in the user's language (its hashtag when the template has no such column). */
  const targetHeader = (tag: string) => {
    const target = inspection?.targets.find((x) => x.hashtag === tag);
    return target ? templateColumnLabel(t, target) : tag;
  };
  /** A template column as offered: its name in the user's language, the hashtag isolated left-to-right (LRI … PDI). */
  const targetText = (x: { hashtag: string; header: string }) =>
    `${templateColumnLabel(t, x)} (\u2066${x.hashtag}\u2069)`;
  const fields = inspection ? inspection.columns.filter((c) => !c.meta) : [];
  const meta = inspection ? inspection.columns.filter((c) => c.meta).map((c) => c.name) : [];
  const choiceFields = inspection
    ? fields.filter(
        (c) =>
          c.answers !== null &&
          inspection.choiceTargets.includes(columns[c.name] ?? '') &&
          !twice.has(columns[c.name]!),
      )
    : [];

  return (
    <div className="reporting-page">
      <ReportingHeader title={title} intro={t.t('rep.kobo.intro')} code={code} />
      <p>
        <Link to={`/reporting/upload/${encodeURIComponent(code)}/${period}`}>{t.t('rep.kobo.toUpload')}</Link>
      </p>
      {report?.state === 'submitted' ? (
        <p className="muted">{t.t('rep.form.locked')}</p>
      ) : (
        <form className="card" onSubmit={(e) => void read(e)} noValidate>
          <h2>{t.t('rep.kobo.export')}</h2>
          <FormField
            id="rep-kobo-file"
            label={t.t('rep.kobo.file')}
            hint={t.t('rep.kobo.fileHint')}
            {...(fileError ? { error: fileError } : {})}
          >
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setInspection(null);
                  setOutcome(null);
                }}
              />
            )}
          </FormField>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t.t('rep.kobo.read')}
          </button>
        </form>
      )}
      {inspection && report?.state !== 'submitted' && (
        <>
          <section className="card" aria-labelledby="rep-kobo-fields" data-testid="kobo-fields">
            <h2 id="rep-kobo-fields">{t.t('rep.kobo.fields')}</h2>
            <p role="status">
              {t.t('rep.kobo.summary', { count: inspection.rows })}{' '}
              {t.t(inspection.remembered ? 'rep.kobo.remembered' : 'rep.kobo.proposed')}
            </p>
            <p className="muted">{t.t('rep.kobo.fieldsHelp')}</p>
            <TableScroll label={t.t('rep.kobo.fieldsTable')}>
              <table className="reporting-table kobo-fields">
                <thead>
                  <tr>
                    <th scope="col">{t.t('rep.kobo.field')}</th>
                    <th scope="col">{t.t('rep.kobo.answers')}</th>
                    <th scope="col">{t.t('rep.kobo.column')}</th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((c, i) => {
                    const tag = columns[c.name] ?? '';
                    const dup = tag !== '' && twice.has(tag);
                    const chosenTarget = inspection.targets.find((x) => x.hashtag === tag);
                    return (
                      <tr key={c.name} data-field={c.name}>
                        <th scope="row">
                          <label htmlFor={`rep-kobo-col-${i}`}>
                            <bdi>{c.name}</bdi>
                          </label>
                        </th>
                        <td className="muted">
                          {c.answers === null ? (
                            t.t('rep.kobo.numbers')
                          ) : (
                            <bdi>
                              {c.answers.slice(0, 4).join(', ')}
                              {c.answers.length > 4 ? ', …' : ''}
                            </bdi>
                          )}
                        </td>
                        <td>
                          <select
                            className="select"
                            id={`rep-kobo-col-${i}`}
                            value={tag}
                            // The closed list may cut a long column name: the whole of it on hover,
                            // and written out (wrapping) below the list.
                            title={chosenTarget ? targetText(chosenTarget) : t.t('rep.kobo.none')}
                            {...(dup ? { 'aria-invalid': true } : {})}
                            {...(dup || chosenTarget
                              ? {
                                  'aria-describedby': [
                                    ...(chosenTarget ? [`rep-kobo-col-${i}-chosen`] : []),
                                    ...(dup ? [`rep-kobo-col-${i}-error`] : []),
                                  ].join(' '),
                                }
                              : {})}
                            onChange={(e) => {
                              setColumns({ ...columns, [c.name]: e.target.value });
                              setOutcome(null);
                            }}
                          >
                            <option value="">{t.t('rep.kobo.none')}</option>
                            {inspection.targets.map((x) => (
                              <option key={x.hashtag} value={x.hashtag} title={targetText(x)}>
                                {targetText(x)}
                              </option>
                            ))}
                          </select>
                          {chosenTarget && (
                            <p id={`rep-kobo-col-${i}-chosen`} className="muted kobo-chosen">
                              <bdi>{t.t('rep.kobo.chosen', { label: targetText(chosenTarget) })}</bdi>
                            </p>
                          )}
                          {dup && (
                            <p id={`rep-kobo-col-${i}-error`} className="field-error">
                              {t.t('rep.kobo.twice', { column: targetHeader(tag) })}
                            </p>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
            {meta.length > 0 && (
              <p className="muted">
                {t.t('rep.kobo.meta', { count: meta.length })} <bdi>{meta.join(', ')}</bdi>
              </p>
            )}
          </section>
          <section className="card" aria-labelledby="rep-kobo-choices" data-testid="kobo-choices">
            <h2 id="rep-kobo-choices">{t.t('rep.kobo.choices')}</h2>
            <p className="muted">{t.t('rep.kobo.choicesHelp')}</p>
            {choiceFields.length === 0 && <p>{t.t('rep.kobo.noChoices')}</p>}
            {choiceFields.map((c) => {
              const tag = columns[c.name]!;
              const list = options[tag];
              const fi = fields.indexOf(c);
              return (
                <fieldset key={c.name} className="kobo-choices" data-field={c.name}>
                  <legend>
                    <bdi>{c.name}</bdi> {t.t('rep.kobo.arrow')} <bdi>{targetHeader(tag)}</bdi>
                  </legend>
                  <table className="reporting-table">
                    <thead>
                      <tr>
                        <th scope="col">{t.t('rep.kobo.answer')}</th>
                        <th scope="col">{t.t('rep.kobo.value')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(c.answers ?? []).map((answer, j) => {
                        const id = `rep-kobo-choice-${fi}-${j}`;
                        const value = choices[tag]?.[answer] ?? '';
                        const chosen = list?.find((o) => o.value === value && value !== '')?.label ?? null;
                        const set = (v: string) => {
                          setChoices({ ...choices, [tag]: { ...(choices[tag] ?? {}), [answer]: v } });
                          setOutcome(null);
                        };
                        return (
                          <tr key={answer}>
                            <th scope="row">
                              <label htmlFor={id}>
                                <bdi>{answer}</bdi>
                              </label>
                            </th>
                            <td>
                              {list ? (
                                <>
                                  <select
                                    className="select"
                                    id={id}
                                    value={value}
                                    {...(chosen ? { title: chosen, 'aria-describedby': `${id}-chosen` } : {})}
                                    onChange={(e) => set(e.target.value)}
                                  >
                                    <option value="">{t.t('rep.kobo.asExported')}</option>
                                    {list.map((o) => (
                                      <option key={o.value} value={o.value} title={o.label}>
                                        {o.label}
                                      </option>
                                    ))}
                                  </select>
                                  {/* A long choice is cut off in the closed list: shown whole below it. */}
                                  {chosen && (
                                    <p id={`${id}-chosen`} className="muted kobo-chosen">
                                      <bdi>{t.t('rep.kobo.chosen', { label: chosen })}</bdi>
                                    </p>
                                  )}
                                </>
                              ) : (
                                <input
                                  id={id}
                                  type="text"
                                  dir="auto"
                                  value={value}
                                  maxLength={200}
                                  placeholder={t.t('rep.kobo.asExported')}
                                  onChange={(e) => set(e.target.value)}
                                />
                              )}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </fieldset>
              );
            })}
          </section>
          <section className="card" aria-labelledby="rep-kobo-import">
            <h2 id="rep-kobo-import">{t.t('rep.kobo.importTitle')}</h2>
            {approved && (
              <FormField
                id="rep-kobo-reason"
                label={t.t('rep.form.reason')}
                hint={t.t('rep.form.reasonHint')}
                {...(reasonError ? { error: t.t('rep.form.reasonRequired') } : {})}
              >
                {(props) => (
                  <textarea
                    {...props}
                    value={reason}
                    maxLength={2000}
                    onChange={(e) => setReason(e.target.value)}
                  />
                )}
              </FormField>
            )}
            <button
              type="button"
              className="button button-primary"
              disabled={busy || twice.size > 0}
              onClick={() => void importExport()}
            >
              {t.t('rep.upload.send')}
            </button>
          </section>
        </>
      )}
      <div aria-live="polite">
        {busy && (
          <p role="status">{t.t(outcome?.kind === 'reading' ? 'rep.kobo.reading' : 'rep.upload.checking')}</p>
        )}
        {outcome?.kind === 'ok' && (
          <div className="notice" role="status" data-testid="upload-done">
            <p>{t.t('rep.upload.done', { rows: outcome.result.rows, values: outcome.result.values })}</p>
            {(outcome.result.notApproved ?? 0) > 0 && (
              <p>{t.t('rep.kobo.notApproved', { count: outcome.result.notApproved ?? 0 })}</p>
            )}
            <p>{t.t('rep.kobo.rememberedNow')}</p>
            <p>
              <Link to={`/reporting/form/${encodeURIComponent(code)}/${period}`}>
                {t.t('rep.upload.openForm')}
              </Link>
            </p>
          </div>
        )}
        {outcome?.kind === 'error' && (
          <p role="alert" className="alert">
            {describeError(t, outcome.error)}
          </p>
        )}
        {outcome?.kind === 'problems' && <ProblemsTable problems={outcome.problems} total={outcome.total} />}
      </div>
    </div>
  );
}
