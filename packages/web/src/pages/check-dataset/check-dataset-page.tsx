/**
 * "Check a dataset": a partner drops or picks a CSV, confirms the proposed column roles, sees the
 * disclosure-risk report, applies local suppression (and removal of direct identifiers) and
 * downloads the protected file. All the work happens in a Web Worker on this machine: the raw file
 * never leaves the browser (no request carries it; see e2e/check-dataset.e2e.test.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { ColumnRole } from '@steward/core/sdc/dataset';
import type { LocalSuppressionMode } from '@steward/core/sdc/methods/local-suppression';
import { parseMissingList, type MissingCodes } from '@steward/core/sdc/missing/index';
import type { CheckReport } from '@steward/core/sdc/risk/index';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { CheckClient, EngineFailure } from '../../workers/check-client';
import type { EngineError, Loaded, ProgressStep, Roles, Treated } from '../../workers/protocol';
import { ReportView, errorText, findingText } from './report-view';
import './check-dataset.css';
import { TableScroll } from '../../components';

const ROLES: readonly ColumnRole[] = [
  'key',
  'direct-identifier',
  'sensitive',
  'weight',
  'household',
  'numeric',
  'other',
];
const K_CHOICES = [2, 3, 5] as const;

type Busy = { step: ProgressStep; fraction: number } | null;

export default function CheckDatasetPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('check.title'));
  const client = useRef<CheckClient | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [roles, setRoles] = useState<Record<string, ColumnRole>>({});
  const [report, setReport] = useState<CheckReport | null>(null);
  const [k, setK] = useState<number>(3);
  const [order, setOrder] = useState<string[]>([]);
  const [removeDirect, setRemoveDirect] = useState(true);
  const [mode, setMode] = useState<LocalSuppressionMode>('strict-importance');
  const [treated, setTreated] = useState<Treated | null>(null);
  const [downloadUrl, setDownloadUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<EngineError | null>(null);
  const [dragging, setDragging] = useState(false);
  const [missingChosen, setMissingChosen] = useState<string[]>([]);
  const [missingOther, setMissingOther] = useState('');

  useEffect(() => {
    client.current = new CheckClient();
    return () => client.current?.dispose();
  }, []);
  useEffect(() => () => void (downloadUrl && URL.revokeObjectURL(downloadUrl)), [downloadUrl]);

  const onProgress = useCallback((step: ProgressStep, fraction: number) => setBusy({ step, fraction }), []);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setError(null);
    setBusy({ step: 'reading', fraction: 0 });
    try {
      return await work();
    } catch (e) {
      setError(e instanceof EngineFailure ? e.error : { code: 'internal', message: String(e) });
      return null;
    } finally {
      setBusy(null);
    }
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      setFileName(file.name);
      setLoaded(null);
      setReport(null);
      setTreated(null);
      setDownloadUrl(null);
      const result = await run(() => client.current!.load(file, onProgress));
      if (!result) return;
      setLoaded(result);
      setRoles({ ...result.roles });
      // Text codes (NA, N/A, .) are proposed ticked; numeric sentinels (-99, 999) wait for the user.
      setMissingChosen(result.missingProposals.map((p) => p.code).filter((c) => !/^-?\d+$/.test(c)));
      setMissingOther('');
      setOrder(result.columns.filter((c) => result.roles[c.name] === 'key').map((c) => c.name));
    },
    [run, onProgress],
  );

  const keys = useMemo(
    () => (loaded ? loaded.columns.filter((c) => roles[c.name] === 'key').map((c) => c.name) : []),
    [loaded, roles],
  );
  const importance = useMemo(
    () => [...order.filter((n) => keys.includes(n)), ...keys.filter((n) => !order.includes(n))],
    [order, keys],
  );
  const directIdentifiers = loaded
    ? loaded.columns.filter((c) => roles[c.name] === 'direct-identifier').map((c) => c.name)
    : [];

  const otherCodes = useMemo(
    () => (missingOther.trim() === '' ? { ok: true as const, value: [] } : parseMissingList(missingOther)),
    [missingOther],
  );
  const missing: MissingCodes | undefined = useMemo(() => {
    const all = [...missingChosen, ...(otherCodes.ok ? otherCodes.value : [])];
    return all.length > 0 ? { all } : undefined;
  }, [missingChosen, otherCodes]);

  const measure = async () => {
    setTreated(null);
    const r = await run(() => client.current!.check(roles as Roles, onProgress, missing));
    if (r) setReport(r);
  };

  const protect = async () => {
    const r = await run(() =>
      client.current!.treat(
        roles as Roles,
        { k, importance, removeDirectIdentifiers: removeDirect, mode },
        onProgress,
        missing,
      ),
    );
    if (!r) return;
    setTreated(r);
    setDownloadUrl(URL.createObjectURL(r.csv));
  };

  const move = (name: string, delta: number) => {
    const list = [...importance];
    const i = list.indexOf(name);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= list.length) return;
    [list[i], list[j]] = [list[j]!, list[i]!];
    setOrder(list);
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    <div className="page check-page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('check.heading')}</h1>
        <p className="muted">{t.t('check.intro')}</p>
      </header>

      <section
        className={`card check-drop${dragging ? ' check-drop-active' : ''}`}
        aria-labelledby="check-file-heading"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="check-drop"
      >
        <h2 id="check-file-heading" className="card-kicker">
          {t.t('check.file.heading')}
        </h2>
        <p>{t.t('check.file.drop')}</p>
        <label className="button button-secondary check-file-label">
          {t.t('check.file.choose')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv"
            className="visually-hidden"
            data-testid="check-file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openFile(file);
              e.target.value = '';
            }}
          />
        </label>
        <p className="hint">{t.t('check.file.local')}</p>
        {fileName && loaded ? (
          <p data-testid="check-file-summary">
            {t.t('check.file.loaded', {
              name: fileName,
              records: t.number(loaded.records),
              columns: t.number(loaded.columns.length),
            })}
          </p>
        ) : null}
      </section>

      {busy ? (
        <div className="card check-progress" role="status" aria-live="polite" data-testid="check-progress">
          <span>{t.t(`check.step.${busy.step}`)}</span>
          <progress max={1} value={busy.fraction} aria-label={t.t(`check.step.${busy.step}`)} />
        </div>
      ) : null}

      {error ? (
        <div className="alert" role="alert" data-testid="check-error">
          <p>{errorText(t, error)}</p>
        </div>
      ) : null}

      {loaded ? (
        <section className="card" aria-labelledby="check-roles-heading">
          <h2 id="check-roles-heading" className="card-kicker">
            {t.t('check.roles.heading')}
          </h2>
          <p className="muted">{t.t('check.roles.intro')}</p>
          <div className="check-key-proposal" data-testid="check-key-proposal">
            <p className="hint">
              {loaded.keyProposal.proposed.length > 0
                ? t.t('check.keys.proposed', {
                    count: t.number(loaded.keyProposal.proposed.length),
                    cap: t.number(loaded.keyProposal.cap),
                    confidence: t.number(loaded.keyProposal.minConfidence, {
                      style: 'percent',
                      maximumFractionDigits: 0,
                    }),
                  })
                : t.t('check.keys.noneProposed')}{' '}
              {loaded.keyProposal.notProposed.length > 0 ? (
                <bdi>
                  {t.t('check.keys.notProposed', {
                    columns: t.list(loaded.keyProposal.notProposed),
                  })}
                </bdi>
              ) : null}
            </p>
            <div className="check-key-actions">
              <button
                type="button"
                className="button"
                data-testid="check-keys-clear"
                onClick={() =>
                  setRoles((r) => {
                    const next: Record<string, ColumnRole> = {};
                    for (const [name, role] of Object.entries(r))
                      next[name] = role === 'key' ? 'other' : role;
                    return next;
                  })
                }
                disabled={keys.length === 0}
              >
                {t.t('check.keys.clear')}
              </button>
              <button
                type="button"
                className="button"
                data-testid="check-keys-keep-proposed"
                onClick={() =>
                  setRoles((r) => {
                    const next: Record<string, ColumnRole> = {};
                    for (const [name, role] of Object.entries(r)) {
                      const proposed = loaded.roles[name] ?? 'other';
                      // Keys go back to the proposal; the user's other choices stay.
                      next[name] = proposed === 'key' ? 'key' : role === 'key' ? proposed : role;
                    }
                    return next;
                  })
                }
              >
                {t.t('check.keys.keepProposed')}
              </button>
            </div>
          </div>
          <TableScroll>
            <table className="table" data-testid="check-roles">
              <caption className="visually-hidden">{t.t('check.roles.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.t('check.roles.col.column')}</th>
                  <th scope="col">{t.t('check.roles.col.finding')}</th>
                  <th scope="col">{t.t('check.roles.col.role')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.columns.map((c, i) => {
                  const finding = loaded.findings[i];
                  return (
                    <tr key={c.name} data-column={c.name}>
                      <th scope="row">
                        <bdi>{c.name}</bdi>
                      </th>
                      <td>{finding ? findingText(t, finding) : ''}</td>
                      <td>
                        <select
                          className="select"
                          aria-label={t.t('check.roles.roleFor', { column: c.name })}
                          value={roles[c.name] ?? 'other'}
                          onChange={(e) =>
                            setRoles((r) => ({ ...r, [c.name]: e.target.value as ColumnRole }))
                          }
                        >
                          {ROLES.map((role) => (
                            <option key={role} value={role}>
                              {t.t(`check.role.${role}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <fieldset className="check-missing" data-testid="check-missing">
            <legend className="subtle-heading">{t.t('check.missing.heading')}</legend>
            <p className="hint">{t.t('check.missing.intro')}</p>
            {loaded.missingProposals.length === 0 ? (
              <p className="hint">{t.t('check.missing.none')}</p>
            ) : (
              loaded.missingProposals.map((p) => (
                <label key={p.code} className="check-inline" data-code={p.code}>
                  <input
                    type="checkbox"
                    checked={missingChosen.includes(p.code)}
                    onChange={(e) =>
                      setMissingChosen((list) =>
                        e.target.checked ? [...list, p.code] : list.filter((c) => c !== p.code),
                      )
                    }
                  />
                  <bdi>
                    {t.t('check.missing.proposal', {
                      code: p.code,
                      cells: t.number(p.cells),
                      columns: t.list(p.columns.map((c) => c.column)),
                    })}
                  </bdi>
                </label>
              ))
            )}
            <div className="field">
              <label htmlFor="check-missing-other">{t.t('check.missing.other')}</label>
              <input
                id="check-missing-other"
                type="text"
                dir="ltr"
                value={missingOther}
                onChange={(e) => setMissingOther(e.target.value)}
                aria-invalid={!otherCodes.ok}
                aria-describedby={otherCodes.ok ? undefined : 'check-missing-invalid'}
              />
              {!otherCodes.ok ? (
                <p id="check-missing-invalid" className="field-error">
                  {t.t('check.missing.invalid')}
                </p>
              ) : null}
            </div>
          </fieldset>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void measure()}
            disabled={busy !== null || keys.length === 0 || !otherCodes.ok}
          >
            {t.t('check.roles.confirm')}
          </button>
          {keys.length === 0 ? <p className="hint">{t.t('check.roles.noKeys')}</p> : null}
        </section>
      ) : null}

      {report ? (
        <ReportView report={report} testId="check-report" heading={t.t('check.report.heading')} />
      ) : null}

      {report ? (
        <section className="card" aria-labelledby="check-treat-heading">
          <h2 id="check-treat-heading" className="card-kicker">
            {t.t('check.treat.heading')}
          </h2>
          <p className="muted">{t.t('check.treat.intro')}</p>
          <div className="field">
            <label htmlFor="check-k">{t.t('check.treat.k')}</label>
            <select id="check-k" className="select" value={k} onChange={(e) => setK(Number(e.target.value))}>
              {K_CHOICES.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </div>
          <h3 className="subtle-heading">{t.t('check.treat.importance')}</h3>
          <p className="hint">{t.t('check.treat.importanceHint')}</p>
          <ol className="check-order" data-testid="check-importance">
            {importance.map((name, i) => (
              <li key={name}>
                <bdi>{name}</bdi>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={i === 0}
                  onClick={() => move(name, -1)}
                  aria-label={t.t('check.treat.up', { column: name })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={i === importance.length - 1}
                  onClick={() => move(name, 1)}
                  aria-label={t.t('check.treat.down', { column: name })}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
          <div className="field">
            <label htmlFor="check-mode">{t.t('check.treat.mode')}</label>
            <select
              id="check-mode"
              className="select"
              value={mode}
              onChange={(e) => setMode(e.target.value as LocalSuppressionMode)}
            >
              <option value="strict-importance">{t.t('check.treat.mode.strict')}</option>
              <option value="minimum">{t.t('check.treat.mode.minimum')}</option>
            </select>
          </div>
          {directIdentifiers.length > 0 ? (
            <label className="check-inline">
              <input
                type="checkbox"
                checked={removeDirect}
                onChange={(e) => setRemoveDirect(e.target.checked)}
              />
              {t.t('check.treat.removeDirect', { columns: t.list(directIdentifiers) })}
            </label>
          ) : null}
          <button
            type="button"
            className="button button-primary"
            onClick={() => void protect()}
            disabled={busy !== null}
          >
            {t.t('check.treat.apply')}
          </button>
        </section>
      ) : null}

      {treated ? (
        <section className="card" aria-labelledby="check-result-heading" data-testid="check-treated">
          <h2 id="check-result-heading" className="card-kicker">
            {t.t('check.result.heading')}
          </h2>
          <p
            data-testid="check-suppressions"
            data-value={treated.suppressions.total}
            data-mode={treated.suppressions.mode}
          >
            {t.t('check.result.suppressions', { count: treated.suppressions.total })}
          </p>
          <ul>
            {Object.entries(treated.suppressions.perKey).map(([key, n]) => (
              <li key={key}>
                <bdi>{key}</bdi>: {t.number(n)}
              </li>
            ))}
          </ul>
          {treated.removedColumns.length > 0 ? (
            <p>{t.t('check.result.removed', { columns: t.list(treated.removedColumns) })}</p>
          ) : null}
          <ReportView
            report={treated.after}
            before={treated.before}
            testId="check-after"
            heading={t.t('check.result.after')}
          />
          {downloadUrl ? (
            <a
              className="button button-primary"
              href={downloadUrl}
              download={treated.fileName}
              data-testid="check-download"
            >
              {t.t('check.result.download', { name: treated.fileName })}
            </a>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
