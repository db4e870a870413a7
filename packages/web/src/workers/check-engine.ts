/**
 * The work behind the "Check a dataset" page, independent of the Worker plumbing (so it is tested
 * in Node): read a local file, propose roles, measure the risk, apply local suppression and
 * removal of direct identifiers, and produce the treated CSV. Everything runs on the user's
 * machine; nothing here does any network I/O.
 */
import { datasetFromColumns, type Dataset } from '@steward/core/sdc/dataset';
import { detectColumns } from '@steward/core/sdc/detect/index';
import { CsvReader, csvChunks, readXlsx } from '@steward/core/sdc/io/index';
import type { ReadResult } from '@steward/core/sdc/io/index';
import { localSuppression } from '@steward/core/sdc/methods/local-suppression';
import { applyMissingCodes, proposeMissingCodes, type MissingCodes } from '@steward/core/sdc/missing/index';
import { checkReport, type CheckOptions, type CheckReport } from '@steward/core/sdc/risk/index';
import type {
  ColumnSummary,
  EngineError,
  Loaded,
  ProgressStep,
  Roles,
  Treated,
  TreatmentOptions,
} from './protocol';

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };
export type OnProgress = (step: ProgressStep, fraction: number) => void;

const fail = (code: string, message: string, extra: Partial<EngineError> = {}): Outcome<never> => ({
  ok: false,
  error: { code, message, ...extra },
});

/** Reads a CSV (any delimiter, UTF-8) or an XLSX workbook (first sheet), or reports why not. */
export async function readDataset(
  file: Blob,
  name: string,
  onProgress: OnProgress,
): Promise<Outcome<Dataset>> {
  onProgress('reading', 0);
  const result = /\.xlsx$/i.test(name)
    ? await readWorkbook(file, name, onProgress)
    : await readCsvBlob(file, name, onProgress);
  if (!result.ok) {
    const e = result.error;
    return fail(e.code, e.message, {
      ...(e.lines ? { lines: e.lines } : e.line !== undefined ? { lines: [e.line] } : {}),
      ...(typeof e.column === 'string' ? { column: e.column } : {}),
    });
  }
  onProgress('reading', 1);
  return { ok: true, value: result.dataset };
}

async function readWorkbook(file: Blob, name: string, onProgress: OnProgress): Promise<ReadResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  onProgress('reading', 0.5);
  return readXlsx(bytes, { file: name });
}

async function readCsvBlob(file: Blob, name: string, onProgress: OnProgress): Promise<ReadResult> {
  const size = file.size;
  // The file's size sizes the columns once (rows estimated from the first lines), no doubling.
  const reader = new CsvReader({ file: name, sizeHint: size });
  let seen = 0;
  const stream = file.stream().getReader();
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    seen += value.length;
    if (reader.push(value)) {
      await stream.cancel();
      break;
    }
    onProgress('reading', size > 0 ? seen / size : 1);
  }
  return reader.finish();
}

export function summarise(dataset: Dataset): Loaded {
  const detection = detectColumns(dataset);
  const columns: ColumnSummary[] = dataset.columns.map((c) => ({
    name: c.name,
    kind: c.kind,
    categories: c.kind === 'categorical' ? c.levels.length : null,
  }));
  return {
    records: dataset.rowCount,
    columns,
    findings: detection.findings,
    roles: detection.roles,
    keyProposal: detection.keyProposal,
    missingProposals: proposeMissingCodes(dataset).proposals,
  };
}

/** The check options the confirmed roles imply (keys in column order). */
export function optionsFromRoles(dataset: Dataset, roles: Roles): CheckOptions {
  const names = dataset.columns.map((c) => c.name);
  const withRole = (role: string) => names.filter((n) => roles[n] === role);
  const weight = withRole('weight')[0];
  const household = withRole('household')[0];
  const sensitive = withRole('sensitive');
  return {
    keys: withRole('key'),
    ...(weight ? { weight } : {}),
    ...(household ? { household } : {}),
    ...(sensitive.length > 0 ? { sensitive } : {}),
  };
}

export function measure(dataset: Dataset, roles: Roles, missing?: MissingCodes): Outcome<CheckReport> {
  const options = { ...optionsFromRoles(dataset, roles), ...(missing ? { missing } : {}) };
  if (options.keys.length === 0) return fail('no-keys', 'Choose at least one key variable.');
  if (dataset.columns.filter((c) => roles[c.name] === 'weight').length > 1) {
    return fail('several-weights', 'Only one column can be the sampling weight.');
  }
  const result = checkReport(dataset, options);
  if (!result.ok) {
    const e = result.error;
    return fail(e.code, e.message, e.code === 'unknown-column' ? { column: e.column } : {});
  }
  return { ok: true, value: result.report };
}

export function treat(
  dataset: Dataset,
  name: string,
  roles: Roles,
  treatment: TreatmentOptions,
  onProgress: OnProgress,
  missing?: MissingCodes,
): Outcome<Treated> {
  onProgress('measuring', 0);
  const before = measure(dataset, roles, missing);
  if (!before.ok) return before;
  // Cells holding a missing-value code are missing (wildcards) from here on, and empty in the file.
  if (missing) {
    const coded = applyMissingCodes(dataset, missing);
    if (!coded.ok) return fail('invalid-option', `${coded.error.field}: ${coded.error.message}`);
    dataset = coded.value.dataset;
  }
  if (!Number.isInteger(treatment.k) || treatment.k < 2)
    return fail('bad-k', `k must be a whole number of at least 2, got ${treatment.k}.`);
  const keys = optionsFromRoles(dataset, roles).keys;
  const order = treatment.importance.filter((k) => keys.includes(k));
  for (const k of keys) if (!order.includes(k)) order.push(k);
  const rank = keys.map((k) => order.indexOf(k) + 1);
  onProgress('suppressing', 0);
  const suppressed = localSuppression(dataset, {
    keys,
    k: treatment.k,
    importance: rank,
    ...(treatment.mode ? { mode: treatment.mode } : {}),
  });
  if (!suppressed.ok) return fail('suppression-failed', suppressed.error.message);
  let treated = suppressed.value.dataset;
  const removedColumns = treatment.removeDirectIdentifiers
    ? treated.columns.filter((c) => roles[c.name] === 'direct-identifier').map((c) => c.name)
    : [];
  if (removedColumns.length > 0) {
    treated = datasetFromColumns(treated.columns.filter((c) => !removedColumns.includes(c.name)));
  }
  onProgress('measuring', 0.5);
  const afterRoles: Record<string, string> = { ...roles };
  for (const c of removedColumns) delete afterRoles[c];
  const after = measure(treated, afterRoles as Roles);
  if (!after.ok) return after;
  onProgress('writing', 0);
  const csv = new Blob([...csvChunks(treated, { newline: '\n', quoteEdgeSpace: true })], {
    type: 'text/csv;charset=utf-8',
  });
  onProgress('writing', 1);
  return {
    ok: true,
    value: {
      before: before.value,
      after: after.value,
      suppressions: {
        total: suppressed.value.newSuppressions,
        perKey: suppressed.value.newSuppressionsPerKey,
        mode: suppressed.value.mode,
      },
      removedColumns,
      csv,
      fileName: `${name.replace(/\.[^.]*$/, '')}-protected.csv`,
    },
  };
}
