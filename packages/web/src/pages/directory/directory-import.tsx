/**
 * "Import services" on the service directory (issue 9): an Open Referral HSDS 3.0 JSON file or the
 * tabular data package (ZIP of CSV files, as the downloads write it) into the user's own
 * organisation. All or nothing: the outcome is the number of services added and updated, or every
 * problem by file, row and field in a table (the server wrote nothing). Only for the roles the API
 * lets import (registry.manage: focal points and information managers).
 */
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, type FieldError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import type { components } from '../../api/schema';
import { data } from '../../api/steward-client';
import { useApi, useUpload } from '../../app/session-context';
import { DataTable, Progress, type Column } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import { problemPlace, problemText } from './import-problems';

type Problem = FieldError;
type ImportAnswer = components['schemas']['DirectoryImportResult'];
type Adjustment = NonNullable<ImportAnswer['warnings']>[number];
type Note = NonNullable<ImportAnswer['note']>;

/** An adjustment's sentence in the user's language (its code + params; the code if not known). */
export function adjustmentText(t: Translator, a: Adjustment): string {
  const none = t.t('dir.import.none');
  const params = { latitude: none, longitude: none, ...a.params };
  return t.tryT(`dir.import.adjust.${a.code}`, params) ?? t.t('dir.import.adjust.other', { code: a.code });
}

/** What the file was when it held no services, in the user's language. */
function noteText(t: Translator, note: Note | undefined): string {
  return (note && t.tryT(`dir.import.note.${note.params.kind}`)) ?? t.t('dir.import.nothing');
}

type Outcome =
  | { kind: 'imported'; created: number; updated: number; note?: Note; warnings: readonly Adjustment[] }
  | { kind: 'problems'; problems: readonly Problem[]; total: number }
  | { kind: 'error'; message: string };

/** The kind of file by its name: the data package (ZIP) or HSDS JSON; null for anything else. */
export function importKind(fileName: string): 'zip' | 'json' | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.zip')) return 'zip';
  if (name.endsWith('.json')) return 'json';
  return null;
}

export function DirectoryImport({ acronym, onImported }: { acronym: string; onImported: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const upload = useUpload();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<{ progress: number | null } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const problemColumns: Column<Problem & { n: number }>[] = [
    {
      key: 'where',
      header: t.t('dir.import.where'),
      cell: (p) => <bdi dir="auto">{problemPlace(t, p)}</bdi>,
      rowHeader: true,
    },
    {
      key: 'problem',
      header: t.t('dir.import.problem'),
      cell: (p) => <bdi dir="auto">{problemText(t, p)}</bdi>,
    },
  ];
  const adjustmentColumns: Column<Adjustment & { n: number }>[] = [
    {
      key: 'where',
      header: t.t('dir.import.where'),
      cell: (a) => <bdi dir="ltr">{a.path}</bdi>,
      rowHeader: true,
    },
    { key: 'adjustment', header: t.t('dir.import.adjustment'), cell: (a) => adjustmentText(t, a) },
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setOutcome({ kind: 'error', message: t.t('dir.import.chooseFile') });
    const kind = importKind(file.name);
    if (!kind) return setOutcome({ kind: 'error', message: t.t('dir.import.fileType') });
    setOutcome(null);
    try {
      let answer: ImportAnswer;
      if (kind === 'zip') {
        setBusy({ progress: 0 });
        answer = await upload<ImportAnswer>('/api/directory/import.zip', file, (progress) =>
          setBusy({ progress }),
        );
      } else {
        setBusy({ progress: null });
        let doc: unknown;
        try {
          doc = JSON.parse(await file.text()) as unknown;
        } catch {
          return setOutcome({ kind: 'error', message: t.t('dir.import.notJson') });
        }
        answer = await data(api.POST('/api/directory/import', { body: doc }));
      }
      setOutcome({
        kind: 'imported',
        created: answer.created,
        updated: answer.updated,
        ...(answer.note ? { note: answer.note } : {}),
        warnings: answer.warnings ?? [],
      });
      if (input.current) input.current.value = '';
      if (answer.created + answer.updated > 0) onImported();
    } catch (error) {
      setOutcome(
        error instanceof ApiError && error.code === 'validation' && error.fields.length > 0
          ? {
              kind: 'problems',
              problems: error.fields,
              // The server keeps the first problems only; it counts them all.
              total: Math.max(error.fields.length, Number(error.details.problemCount) || 0),
            }
          : { kind: 'error', message: describeError(t, error) },
      );
    } finally {
      setBusy(null);
    }
  };

  const numbered = <T extends object>(rows: readonly T[]) => rows.map((p, n) => ({ ...p, n }));

  return (
    <section className="card dir-card" aria-labelledby="dir-import-heading" data-testid="directory-import">
      <h2 id="dir-import-heading">{t.t('dir.import.heading')}</h2>
      <p>{t.t('dir.import.intro', { organisation: acronym })}</p>
      <p className="muted">{t.t('dir.import.allOrNothing')}</p>
      <form className="import-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="dir-import-file">{t.t('dir.import.file')}</label>
          <input
            ref={input}
            id="dir-import-file"
            type="file"
            accept=".json,.zip,application/json,application/zip"
            onChange={() => setOutcome(null)}
            disabled={busy !== null}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy !== null}>
          {busy ? t.t('dir.import.busy') : t.t('dir.import.submit')}
        </button>
      </form>
      {busy?.progress !== null && busy?.progress !== undefined && (
        <Progress value={busy.progress} label={t.t('dir.import.progress')} />
      )}
      {busy?.progress === null && (
        <p className="muted" role="status">
          {t.t('dir.import.busy')}
        </p>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'imported' && (
          <div className="notice" data-testid="directory-import-done">
            {outcome.created + outcome.updated === 0 ? (
              <p>{noteText(t, outcome.note)}</p>
            ) : (
              <>
                <p>{t.t('dir.import.done')}</p>
                <dl className="dir-import-counts">
                  <dt>{t.t('dir.import.created')}</dt>
                  <dd data-testid="directory-import-created">{t.number(outcome.created)}</dd>
                  <dt>{t.t('dir.import.updated')}</dt>
                  <dd data-testid="directory-import-updated">{t.number(outcome.updated)}</dd>
                </dl>
              </>
            )}
          </div>
        )}
        {outcome?.kind === 'imported' && outcome.warnings.length > 0 && (
          <>
            <h3>{t.t('dir.import.warnings')}</h3>
            <p className="muted" data-testid="directory-import-adjusted-count">
              {t.t('dir.import.adjustedCount', { count: outcome.warnings.length })}
            </p>
            <DataTable
              caption={t.t('dir.import.warnings')}
              columns={adjustmentColumns}
              rows={numbered(outcome.warnings)}
              rowKey={(p) => String(p.n)}
              testId="directory-import-warnings"
            />
          </>
        )}
        {outcome?.kind === 'error' && (
          <p className="alert" role="alert" data-testid="directory-import-error">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === 'problems' && (
          <div data-testid="directory-import-problems">
            <p className="alert" role="alert">
              {t.t('dir.import.failed', { total: outcome.total })}
            </p>
            <DataTable
              caption={t.t('dir.import.problemsCaption')}
              columns={problemColumns}
              rows={numbered(outcome.problems)}
              rowKey={(p) => String(p.n)}
              testId="directory-import-problem-table"
            />
            {outcome.total > outcome.problems.length && (
              <p className="muted">{t.t('dir.import.more', { shown: outcome.problems.length })}</p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
