/**
 * The upload of a month's report: CSV or XLSX, with or without HXL hashtags, checked all or
 * nothing. The template (the same file as `steward report template`) is offered as CSV and Excel,
 * empty or with example rows. On problems, a table of row / column / value / problem (nothing
 * imported): fix the file and upload it again. Progress is shown while a large file is sent.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import { FormField } from '../../components/form-field';
import { Progress } from '../../components/progress';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { Problem, ReportDto } from './form-logic';
import { periodLabel } from './labels';
import { ProblemsTable } from './problems-table';
import { problemsOf, templateUrl, uploadReport, type ImportResult } from './reporting-api';
import { ReportingHeader, useRoles } from './reporting-page';

type Outcome =
  | { kind: 'sending'; percent: number | null }
  | { kind: 'ok'; result: ImportResult }
  | { kind: 'problems'; problems: Problem[]; total: number }
  | { kind: 'error'; error: unknown };

export function UploadPage({ code, period }: { code: string; period: string }) {
  const { t } = useI18n();
  const api = useApi();
  const { session } = useRoles();
  const title = t.t('rep.upload.title', { period: periodLabel(t, period) });
  useDocumentTitle(title);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [report, setReport] = useState<ReportDto | null>(null);

  useEffect(() => {
    data(
      api.GET('/api/reporting/frameworks/{code}/reports', { params: { path: { code }, query: { period } } }),
    ).then(
      (list) => setReport(list.find((r) => r.organisationId === session.activeOrganisationId) ?? null),
      () => setReport(null),
    );
  }, [api, code, period, session.activeOrganisationId]);

  const approved = report?.state === 'approved';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setFileError(t.t('rep.upload.chooseFile'));
      return;
    }
    if (approved && reason.trim() === '') {
      setOutcome({ kind: 'error', error: null });
      return;
    }
    setFileError(undefined);
    setOutcome({ kind: 'sending', percent: 0 });
    try {
      const result = await uploadReport({
        code,
        period,
        file,
        ...(approved ? { reason: reason.trim() } : {}),
        csrfToken: session.csrfToken,
        onProgress: (sent, total) =>
          setOutcome({ kind: 'sending', percent: total > 0 ? Math.round((sent / total) * 100) : null }),
      });
      setReport(result.report);
      setOutcome({ kind: 'ok', result });
    } catch (error) {
      const problems = problemsOf(error);
      setOutcome(problems ? { kind: 'problems', ...problems } : { kind: 'error', error });
    }
  };

  const submitReport = async () => {
    if (!report) return;
    try {
      setReport(
        await data(api.POST('/api/reporting/reports/{id}/submit', { params: { path: { id: report.id } } })),
      );
    } catch (error) {
      setOutcome({ kind: 'error', error });
    }
  };

  return (
    <div className="reporting-page">
      <ReportingHeader title={title} intro={t.t('rep.upload.intro')} code={code} />
      <section className="card" aria-labelledby="rep-template">
        <h2 id="rep-template">{t.t('rep.upload.template')}</h2>
        <p className="muted">{t.t('rep.upload.templateHelp')}</p>
        <ul className="downloads">
          <li>
            <a href={templateUrl(code, period, 'csv')} download>
              {t.t('rep.upload.templateCsv')}
            </a>
          </li>
          <li>
            <a href={templateUrl(code, period, 'xlsx')} download>
              {t.t('rep.upload.templateXlsx')}
            </a>
          </li>
          <li>
            <a href={templateUrl(code, period, 'csv', true)} download>
              {t.t('rep.upload.example')}
            </a>
          </li>
        </ul>
      </section>
      <p>
        <Link to={`/reporting/kobo/${encodeURIComponent(code)}/${period}`}>{t.t('rep.kobo.link')}</Link>
      </p>
      {report?.state === 'submitted' ? (
        <p className="muted">{t.t('rep.form.locked')}</p>
      ) : (
        <form className="card" onSubmit={(e) => void submit(e)} noValidate>
          <h2>{t.t('rep.home.upload')}</h2>
          <FormField
            id="rep-file"
            label={t.t('rep.upload.file')}
            hint={t.t('rep.upload.fileHint')}
            {...(fileError ? { error: fileError } : {})}
          >
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setOutcome(null);
                }}
              />
            )}
          </FormField>
          {approved && (
            <FormField
              id="rep-upload-reason"
              label={t.t('rep.form.reason')}
              hint={t.t('rep.form.reasonHint')}
              {...(outcome?.kind === 'error' && outcome.error === null
                ? { error: t.t('rep.form.reasonRequired') }
                : {})}
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
          <button type="submit" className="button button-primary" disabled={outcome?.kind === 'sending'}>
            {t.t('rep.upload.send')}
          </button>
        </form>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'sending' &&
          (outcome.percent !== null && outcome.percent < 100 ? (
            <Progress value={outcome.percent / 100} label={t.t('rep.upload.sending')} />
          ) : (
            <p role="status">{t.t('rep.upload.checking')}</p>
          ))}
        {outcome?.kind === 'ok' && (
          <div className="notice" role="status" data-testid="upload-done">
            <p>{t.t('rep.upload.done', { rows: outcome.result.rows, values: outcome.result.values })}</p>
            <p>
              <Link to={`/reporting/form/${encodeURIComponent(code)}/${period}`}>
                {t.t('rep.upload.openForm')}
              </Link>
              {report && (report.state === 'draft' || report.state === 'returned') && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => void submitReport()}
                  >
                    {t.t('rep.form.submit')}
                  </button>
                </>
              )}
              {report?.state === 'submitted' && <> {t.t('rep.form.submitted')}</>}
            </p>
          </div>
        )}
        {outcome?.kind === 'error' && outcome.error !== null && (
          <p role="alert" className="alert">
            {describeError(t, outcome.error)}
          </p>
        )}
        {outcome?.kind === 'problems' && <ProblemsTable problems={outcome.problems} total={outcome.total} />}
      </div>
    </div>
  );
}
