/**
 * One registry entry: its details, the ISP sensitivity and what it means, the history of
 * changes, its files (upload with progress; a quarantine banner with the owner's two choices)
 * and, for other organisations, the request form.
 */
import { EntryRetention } from '../retention/entry-retention';
import { useRef, useState, type ChangeEvent } from 'react';
import { fileDownloadUrl, fileUploadPath, type FileInfo, type RegistryEntry } from './registry-api';
import { ApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { Link } from '../../app/router';
import { useApi, useAuthenticatedSession, useUpload } from '../../app/session-context';
import { data } from '../../api/steward-client';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import {
  AGGREGATION_LEVELS,
  COLLECTION_METHODS,
  DATA_TYPES,
  LEGAL_BASES,
  RECIPIENT_CLASSES,
} from '@steward/core/vocabulary/index';
import { conditionLabel } from '../sharing/condition-label';
import { DataTable, DownloadButton, Progress, type Column } from '../../components';
import { RequestForm } from '../sharing/request-form';
import { shownChanges } from './history';
import { LoadView, SensitivityBadge, showDate, termLabel, useLoad } from './shared';
import { whyText } from '../isp/labels';
import { activeMembership } from '../../api/session';
import { can } from '@steward/core/auth/permissions';
import { DiaRequiredNotice, isDiaRequired } from '../assessments/dia-required-notice';

export function EntryPage({ entryId }: { entryId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  const [state, retry, setEntry] = useLoad(
    () => data(api.GET('/api/registry/{id}', { params: { path: { id: entryId } } })),
    [api, entryId],
  );
  useDocumentTitle(state.status === 'ready' ? state.data.title : t.t('reg.title'));

  return (
    <div className="page">
      <p>
        <Link to="/registry">{t.t('reg.back')}</Link>
      </p>
      {state.status === 'failed' && state.error instanceof ApiError && state.error.status === 404 ? (
        // Not visible to this organisation: an entry shared with the cluster can still be requested.
        <RequestForm entryId={entryId} />
      ) : (
        <LoadView state={state} retry={retry}>
          {(entry) => (
            <EntryView
              entry={entry}
              isOwner={entry.organisationId === session.activeOrganisationId}
              onChange={setEntry}
              reload={retry}
            />
          )}
        </LoadView>
      )}
    </div>
  );
}

function EntryView({
  entry,
  isOwner,
  onChange,
  reload,
}: {
  entry: RegistryEntry;
  isOwner: boolean;
  onChange: (entry: RegistryEntry) => void;
  reload: () => void;
}) {
  const { t } = useI18n();
  // Only the owner's data managers edit the entry and attach files (the services check the same);
  // a caseworker or viewer of the owner reads it.
  const role = activeMembership(useAuthenticatedSession())?.role;
  const canManage = isOwner && role !== undefined && can(role, 'registry.manage');
  const yesNo = (v: boolean | undefined) => t.t(v ? 'common.yes' : 'common.no');
  const sensitivity = entry.sensitivity ?? entry.decision?.sensitivity ?? null;
  const rows: [string, string][] = [
    [t.t('reg.field.kind'), t.t(entry.kind === 'activity' ? 'reg.kind.activity' : 'reg.kind.asset')],
    [t.t('reg.field.owner'), entry.organisationAcronym ?? '—'],
    [t.t('reg.field.description'), entry.description],
    [t.t('reg.field.purpose'), entry.purpose],
    [
      t.t('reg.field.dataTypes'),
      entry.dataTypes.map((d) => termLabel(t, DATA_TYPES, d)).join(t.t('reg.listSep')),
    ],
    [t.t('reg.field.aggregationLevel'), termLabel(t, AGGREGATION_LEVELS, entry.aggregationLevel)],
    [t.t('reg.field.containsPersonalData'), yesNo(entry.containsPersonalData)],
    [t.t('reg.field.containsDemographicData'), yesNo(entry.containsDemographicData)],
    [t.t('reg.field.includesNames'), yesNo(entry.includesNames)],
    [t.t('reg.field.includesCoordinates'), yesNo(entry.includesCoordinates)],
    [t.t('reg.field.dataSubjects'), entry.dataSubjects],
    [t.t('reg.field.collectionMethod'), termLabel(t, COLLECTION_METHODS, entry.collectionMethod)],
    [t.t('reg.field.legalBasis'), entry.legalBasis ? termLabel(t, LEGAL_BASES, entry.legalBasis) : '—'],
    [t.t('reg.field.storageLocation'), entry.storageLocation],
    [t.t('reg.field.accessDescription'), entry.accessDescription],
    [t.t('reg.field.retentionPeriod'), entry.retentionPeriod],
    [t.t('reg.field.destructionMethod'), entry.destructionMethod],
    [t.t('reg.field.impactAssessmentRef'), entry.impactAssessmentRef || '—'],
    [t.t('reg.field.focalPoint'), entry.focalPoint],
    [t.t('reg.field.lastReviewedOn'), showDate(t, entry.lastReviewedOn)],
    [t.t('reg.field.nextReviewOn'), showDate(t, entry.nextReviewOn)],
    [t.t('reg.field.sharedWithCluster'), yesNo(entry.sharedWithCluster)],
  ];

  return (
    <>
      <header className="page-header page-header-row">
        <div>
          <h1 tabIndex={-1}>{entry.title}</h1>
          <p className="muted">
            {entry.organisationAcronym} · <SensitivityBadge level={sensitivity} />
            {entry.status === 'draft' && (
              <span className="badge badge-muted tag" data-testid="entry-draft">
                {t.t('reg.status.draft')}
              </span>
            )}
          </p>
        </div>
        {canManage && (
          <div className="actions">
            <Link to={`/registry/${encodeURIComponent(entry.id)}/edit`} className="button button-secondary">
              {t.t('reg.edit')}
            </Link>
          </div>
        )}
      </header>
      {isOwner && entry.dia && <DiaSection entry={entry} dia={entry.dia} onChange={onChange} />}
      <div className="grid grid-main-side">
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">{t.t('reg.entry.details')}</h2>
          <dl className="details">
            {rows.map(([label, value]) => (
              <div key={label} className="details-row">
                <dt>{label}</dt>
                <dd>
                  <bdi>{value || '—'}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section className="card" aria-labelledby="isp-heading" data-testid="entry-sensitivity">
          <h2 id="isp-heading">{t.t('reg.entry.sensitivity')}</h2>
          <p>
            <SensitivityBadge level={sensitivity} />
          </p>
          <p>{sensitivity ? t.tryT(`reg.sensMeaning.${sensitivity}`) : t.t('reg.entry.noSensitivity')}</p>
          {entry.decision && (
            <>
              <h3 className="subtle-heading" data-testid="entry-decision-heading">
                {t.t('reg.entry.decision', {
                  recipient: termLabel(t, RECIPIENT_CLASSES, entry.decision.recipient),
                })}
              </h3>
              <p data-testid="entry-decision">
                {t.t(`reg.decision.${entry.decision.decision}`, {
                  recipient: termLabel(t, RECIPIENT_CLASSES, entry.decision.recipient),
                })}
                {entry.decision.rule && (
                  <>
                    {' '}
                    · <code>{entry.decision.rule}</code>
                  </>
                )}
              </p>
              {entry.decision.conditions.length > 0 && (
                <ul className="plain-list">
                  {entry.decision.conditions.map((c) => (
                    <li key={c}>{conditionLabel(t, c)}</li>
                  ))}
                </ul>
              )}
              {entry.decision.sharing && (
                <p data-testid="entry-audience">{t.t(`reg.audience.${entry.decision.sharing}`)}</p>
              )}
              <p className="muted small">{whyText(t, entry.decision.why, entry.decision.explanation)}</p>
            </>
          )}
        </section>
      </div>
      <FilesSection entry={entry} canManage={canManage} onChange={onChange} reload={reload} />
      {isOwner && <EntryRetention entryId={entry.id} />}
      {!isOwner && <RequestForm entryId={entry.id} entryTitle={entry.title} />}
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t.t('reg.entry.history')}</h2>
        {!entry.history || entry.history.length === 0 ? (
          <p className="muted">{t.t('reg.entry.noHistory')}</p>
        ) : (
          <ol className="history" data-testid="entry-history">
            {entry.history.map((h, i) => (
              <li key={`${h.at}-${i}`}>
                <p>
                  <strong>{showDate(t, h.at)}</strong> · {h.actorName} ·{' '}
                  {t.tryT(`reg.action.${h.action}`, { date: showDate(t, reminderDate(h)) }) ?? h.action}
                </p>
                {!isReminder(h.action) && shownChanges(t, h.changes).length > 0 && (
                  <ul className="plain-list small">
                    {shownChanges(t, h.changes).map((c) => (
                      <li key={c.field}>{t.t('reg.entry.change', c)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/**
 * The entry's DIA requirement (owner): why one is needed, the assessments that link it, a link to
 * start one, and for a draft the activation (refused with the reasons until one is signed off).
 */
function DiaSection({
  entry,
  dia,
  onChange,
}: {
  entry: RegistryEntry;
  dia: NonNullable<RegistryEntry['dia']>;
  onChange: (entry: RegistryEntry) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const role = activeMembership(useAuthenticatedSession())?.role;
  const canActivate = role !== undefined && can(role, 'registry.manage');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);
  const activate = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      onChange(await data(api.POST('/api/registry/{id}/activate', { params: { path: { id: entry.id } } })));
      setOutcome({ ok: true });
    } catch (error) {
      setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };
  if (dia.reasons.length === 0 && entry.status === 'active') return null;
  return (
    <section className="card" aria-labelledby="dia-heading" data-testid="entry-dia">
      <h2 id="dia-heading">{t.t('reg.dia.heading')}</h2>
      {dia.reasons.length === 0 ? (
        <p>{t.t('reg.dia.none')}</p>
      ) : (
        <>
          <p>{t.t('reg.dia.why')}</p>
          <ul>
            {dia.reasons.map((r) => (
              <li key={r}>{t.tryT(`assessments.${r}`) ?? r}</li>
            ))}
          </ul>
          <p className={dia.missing ? 'dia-missing-text' : undefined}>
            {dia.missing ? <span className="badge dia-missing-badge">{t.t('reg.diaMissing')}</span> : null}{' '}
            {t.t(dia.missing ? 'reg.dia.missing' : 'reg.dia.covered')}
          </p>
          {dia.assessments.length > 0 && (
            <>
              <h3 className="subtle-heading">{t.t('reg.dia.linked')}</h3>
              <ul className="plain-list">
                {dia.assessments.map((a) => (
                  <li key={a.id}>
                    <Link to={`/assessments/${encodeURIComponent(a.id)}`}>{a.title}</Link> ·{' '}
                    {t.tryT(`assessments.status.${a.status}`) ?? a.status}
                    {a.reviewDue ? ` · ${showDate(t, a.reviewDue)}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {dia.missing && (
            <p>
              <Link to={dia.start} className="button button-secondary">
                {t.t('reg.dia.start')}
              </Link>
            </p>
          )}
        </>
      )}
      {entry.status === 'draft' && (
        <>
          <p>{t.t('reg.draft.explain')}</p>
          {canActivate && (
            <p>
              <button type="button" className="button button-primary" disabled={busy} onClick={activate}>
                {t.t('reg.activate')}
              </button>
            </p>
          )}
        </>
      )}
      {outcome?.ok && (
        <p role="status" className="notice">
          {t.t('reg.activated')}
        </p>
      )}
      {outcome && !outcome.ok && isDiaRequired(outcome.error) && <DiaRequiredNotice error={outcome.error} />}
      {outcome && !outcome.ok && !isDiaRequired(outcome.error) && (
        <p role="alert" className="alert">
          {describeError(t, outcome.error)}
        </p>
      )}
    </section>
  );
}

/** Review reminders (sent by Steward) record the review date they were about as their one change. */
function isReminder(action: string): boolean {
  return action.startsWith('review-reminder-');
}

function reminderDate(h: { action: string; changes: readonly { field: string; to?: unknown }[] }): string {
  if (!isReminder(h.action)) return '';
  const to = h.changes.find((c) => c.field === 'nextReviewOn')?.to;
  return typeof to === 'string' ? to : '';
}

function FilesSection({
  entry,
  canManage,
  onChange,
  reload,
}: {
  entry: RegistryEntry;
  /** The owner's data manager: may attach files and resolve a quarantine. */
  canManage: boolean;
  onChange: (entry: RegistryEntry) => void;
  reload: () => void;
}) {
  const { t } = useI18n();
  const send = useUpload();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{
    kind: 'ok' | 'error';
    text: string;
    /** What the scan found in the uploaded file, one line per column. */
    findings?: string[];
  } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const files = entry.files ?? [];

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setMessage(null);
    setProgress(0);
    try {
      const info = await send<FileInfo>(fileUploadPath(entry.id), file, setProgress);
      onChange({ ...entry, files: [info, ...files.filter((f) => f.name !== info.name || f.id === info.id)] });
      setMessage({
        kind: info.quarantined ? 'error' : 'ok',
        text: `${t.t(info.quarantined ? 'reg.files.uploadedQuarantined' : 'reg.files.uploaded', {
          name: info.name,
        })} ${info.scanProblem ? t.t('reg.files.scanUnreadable') : info.findings.length === 0 ? t.t('reg.files.scanClean') : t.t('reg.files.scanFound', { count: info.findings.length })}`,
        findings: info.findings.map((f) =>
          t.t('reg.files.finding', {
            column: f.column,
            kind: t.tryT(`check.kind.${f.kind}`) ?? f.kind,
            confidence: t.number(f.confidence, { style: 'percent' }),
          }),
        ),
      });
      reload();
    } catch (error) {
      setMessage({ kind: 'error', text: t.t('reg.files.uploadFailed', { reason: describeError(t, error) }) });
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  const fileColumns: Column<FileInfo>[] = [
    {
      key: 'name',
      header: t.t('reg.files.col.name'),
      rowHeader: true,
      cell: (f) => (
        <DownloadButton href={fileDownloadUrl(entry.id, f.id)} fileName={f.name} className="link-button">
          {f.name}
        </DownloadButton>
      ),
      sortValue: (f) => f.name,
    },
    {
      key: 'version',
      header: t.t('reg.files.col.version'),
      cell: (f) => t.number(f.version),
      sortValue: (f) => f.version,
    },
    {
      key: 'size',
      header: t.t('reg.files.col.size'),
      cell: (f) => t.t('reg.files.kb', { size: Math.max(1, Math.round(f.size / 1024)) }),
      sortValue: (f) => f.size,
    },
    {
      key: 'uploaded',
      header: t.t('reg.files.col.uploaded'),
      cell: (f) => showDate(t, f.uploadedAt),
      sortValue: (f) => f.uploadedAt,
    },
    {
      key: 'status',
      header: t.t('reg.files.col.status'),
      cell: (f) =>
        f.quarantined ? (
          <span className="badge quarantine-badge" data-testid="file-quarantined">
            {t.t('reg.files.quarantined')}
          </span>
        ) : (
          <span className="badge badge-ok">{t.t('reg.files.clear')}</span>
        ),
    },
  ];

  return (
    <section className="card" aria-labelledby="files-heading">
      <h2 id="files-heading">{t.t('reg.files.heading')}</h2>
      <p className="muted">{t.t('reg.files.intro')}</p>
      {files
        .filter((f) => f.quarantined)
        .map((f) => (
          <QuarantineBanner key={f.id} entry={entry} file={f} isOwner={canManage} onResolved={reload} />
        ))}
      {files.length === 0 ? (
        <p className="muted" data-testid="files-empty">
          {t.t('reg.files.empty')}
        </p>
      ) : (
        <DataTable
          caption={t.t('reg.files.caption')}
          columns={fileColumns}
          rows={files}
          rowKey={(f) => f.id}
          testId="files-table"
          pageSize={20}
        />
      )}
      {canManage && (
        <div className="upload">
          <label htmlFor="entry-file" className="button button-secondary">
            {t.t('reg.files.upload')}
          </label>
          <input
            ref={input}
            id="entry-file"
            className="visually-hidden-input"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={upload}
            disabled={progress !== null}
          />
          <p className="muted small">{t.t('reg.files.limit')}</p>
          {progress !== null && <Progress value={progress} label={t.t('reg.files.progress')} />}
        </div>
      )}
      <div aria-live="polite">
        {message && (
          <div className={message.kind === 'ok' ? 'notice' : 'alert'} data-testid="upload-message">
            <p>{message.text}</p>
            {message.findings && message.findings.length > 0 && (
              <ul className="plain-list small" data-testid="upload-findings">
                {message.findings.map((line) => (
                  <li key={line}>
                    <bdi>{line}</bdi>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function QuarantineBanner({
  entry,
  file,
  isOwner,
  onResolved,
}: {
  entry: RegistryEntry;
  file: FileInfo;
  isOwner: boolean;
  onResolved: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const columns = file.undeclared.length > 0 ? file.undeclared : file.findings.map((f) => f.column);

  const act = async (body: { action: 'declare' } | { action: 'accept'; justification: string }) => {
    if (body.action === 'accept' && !body.justification.trim()) {
      setError(t.t('reg.quarantine.justificationRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await data(
        api.POST('/api/registry/{id}/files/{fileId}/confirm', {
          params: { path: { id: entry.id, fileId: file.id } },
          body,
        }),
      );
      onResolved();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="quarantine"
      role="region"
      aria-label={t.t('reg.quarantine.label')}
      data-testid="quarantine-banner"
    >
      <p className="alert-title">{t.t('reg.quarantine.title', { name: file.name })}</p>
      {file.scanProblem && (
        <p data-testid="scan-problem">
          {t.t('reg.quarantine.unreadable')}{' '}
          {(file.scanProblem.limit &&
            t.tryT(`errors.limit.${file.scanProblem.limit}`, { max: t.number(file.scanProblem.max ?? 0) })) ??
            t.tryT(`reg.scan.${file.scanProblem.code}`) ??
            file.scanProblem.message}
        </p>
      )}
      {columns.length > 0 && <p>{t.t('reg.quarantine.why')}</p>}
      <ul className="plain-list">
        {columns.map((c) => {
          const finding = file.findings.find((f) => f.column === c);
          return (
            <li key={c}>
              <code>{c}</code>
              {finding && <> — {t.tryT(`check.kind.${finding.kind}`) ?? finding.reason}</>}
            </li>
          );
        })}
      </ul>
      <p>{t.t('reg.quarantine.onlyOwner')}</p>
      {isOwner && (
        <div className="quarantine-choices">
          {columns.length > 0 ? (
            <div>
              <h3 className="subtle-heading">{t.t('reg.quarantine.declareHeading')}</h3>
              <p className="small">{t.t('reg.quarantine.declareText')}</p>
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => act({ action: 'declare' })}
              >
                {t.t('reg.quarantine.declare')}
              </button>
            </div>
          ) : (
            <p className="small">{t.t('reg.quarantine.acceptOnly')}</p>
          )}
          <div>
            <h3 className="subtle-heading">{t.t('reg.quarantine.acceptHeading')}</h3>
            <p className="small">{t.t('reg.quarantine.acceptText')}</p>
            <div className={`field${error ? ' field-invalid' : ''}`}>
              <label htmlFor={`justify-${file.id}`}>{t.t('reg.quarantine.justification')}</label>
              <textarea
                id={`justify-${file.id}`}
                rows={2}
                value={justification}
                onChange={(e) => setJustification(e.target.value)}
                {...(error ? { 'aria-invalid': true, 'aria-describedby': `justify-${file.id}-error` } : {})}
              />
              {error && (
                <p className="field-error" id={`justify-${file.id}-error`} role="alert">
                  {error}
                </p>
              )}
            </div>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => act({ action: 'accept', justification })}
            >
              {t.t('reg.quarantine.accept')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
