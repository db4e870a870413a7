/**
 * "Import entries" on the registry list: what the file must hold (columns, formats, codes), a
 * template CSV built in the browser, the file input, and the outcome — the number of entries
 * created, or every problem by row and column (the server imports nothing when any row fails).
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { useSession } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import {
  AGGREGATION_LEVELS,
  COLLECTION_METHODS,
  DATA_TYPES,
  LEGAL_BASES,
} from '@steward/core/vocabulary/index';
import { createImportClient, type ImportClient } from './import-client';
import {
  OPTIONAL_IMPORT_COLUMNS,
  REQUIRED_IMPORT_COLUMNS,
  TEMPLATE_FILE_NAME,
  isImportFileName,
  parseImportPath,
  templateHref,
} from './import-logic';

function useImportClient(): ImportClient {
  const { state, reload } = useSession();
  const csrf = state.status === 'authenticated' ? state.session.csrfToken : null;
  return useMemo(
    () => createImportClient({ csrfToken: () => csrf, onUnauthenticated: reload }),
    [csrf, reload],
  );
}

type Outcome =
  | { kind: 'created'; count: number }
  | { kind: 'problems'; fields: readonly { path: string; message: string }[]; total: number }
  | { kind: 'error'; message: string };

export function ImportPanel({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const client = useImportClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const list = (ids: readonly string[]) => ids.join(t.t('reg.listSep'));
  const where = (path: string) => {
    const at = parseImportPath(path);
    if (!at) return path;
    return at.row === null
      ? t.t('reg.import.columnOnly', { column: at.column })
      : t.t('reg.import.rowColumn', { row: at.row, column: at.column });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setOutcome({ kind: 'error', message: t.t('reg.import.chooseFile') });
    if (!isImportFileName(file.name))
      return setOutcome({ kind: 'error', message: t.t('reg.import.fileType') });
    setBusy(true);
    setOutcome(null);
    try {
      const result = await client.importRegistry(file);
      setOutcome({ kind: 'created', count: result.created });
      if (input.current) input.current.value = '';
      onImported();
    } catch (error) {
      setOutcome(
        error instanceof ApiError && error.code === 'validation' && error.fields.length > 0
          ? {
              kind: 'problems',
              fields: error.fields,
              // Only the first problems come back (the server's errorsKept limit); it counts them all.
              total: Math.max(error.fields.length, Number(error.details.problemCount) || 0),
            }
          : { kind: 'error', message: describeError(t, error) },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card import-panel" aria-labelledby="import-heading" data-testid="import-panel">
      <div className="import-panel-head">
        <h2 id="import-heading">{t.t('reg.import.heading')}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t.t('reg.import.close')}
        </button>
      </div>
      <p>{t.t('reg.import.intro')}</p>
      <p>{t.t('reg.import.allOrNothing')}</p>
      <ul className="plain-list small import-columns">
        <li>
          {t.t('reg.import.required')} <code>{list(REQUIRED_IMPORT_COLUMNS)}</code>
        </li>
        <li>
          {t.t('reg.import.optional')} <code>{list(OPTIONAL_IMPORT_COLUMNS)}</code>
        </li>
        <li>{t.t('reg.import.formatDataTypes')}</li>
        <li>{t.t('reg.import.formatBooleans')}</li>
        <li>{t.t('reg.import.formatDates')}</li>
      </ul>
      <details className="import-codes">
        <summary>{t.t('reg.import.codes')}</summary>
        <dl>
          <dt>
            <code>dataTypes</code>
          </dt>
          <dd>
            <code>{list(DATA_TYPES.ids)}</code>
          </dd>
          <dt>
            <code>aggregationLevel</code>
          </dt>
          <dd>
            <code>{list(AGGREGATION_LEVELS.ids)}</code>
          </dd>
          <dt>
            <code>collectionMethod</code>
          </dt>
          <dd>
            <code>{list(COLLECTION_METHODS.ids)}</code>
          </dd>
          <dt>
            <code>legalBasis</code>
          </dt>
          <dd>
            <code>{list(LEGAL_BASES.ids)}</code>
          </dd>
          <dt>
            <code>kind</code>
          </dt>
          <dd>
            <code>asset{t.t('reg.listSep')}activity</code>
          </dd>
        </dl>
      </details>
      <p>
        <a href={templateHref()} download={TEMPLATE_FILE_NAME} data-testid="import-template">
          {t.t('reg.import.template')}
        </a>
      </p>
      <form className="import-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="import-file">{t.t('reg.import.file')}</label>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={() => setOutcome(null)}
            disabled={busy}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t.t('reg.import.busy') : t.t('reg.import.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {outcome?.kind === 'created' && (
          <p className="notice" data-testid="import-created">
            {t.t('reg.import.done', { count: outcome.count })}
          </p>
        )}
        {outcome?.kind === 'error' && (
          <p className="alert" role="alert" data-testid="import-error">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === 'problems' && (
          <div className="alert" role="alert" data-testid="import-problems">
            <p className="alert-title">{t.t('reg.import.failed', { count: outcome.total })}</p>
            <ul className="import-problem-list">
              {outcome.fields.map((f, i) => (
                <li key={`${f.path}-${i}`} data-testid="import-problem">
                  <strong>{where(f.path)}</strong>: {f.message}
                </li>
              ))}
            </ul>
            {outcome.total > outcome.fields.length && (
              <p data-testid="import-more-problems">
                {t.t('reg.import.moreProblems', { count: outcome.total - outcome.fields.length })}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
