/**
 * The CPU-heavy half of a report upload, run in the parse worker (uploads/parse-pool.ts, decision
 * 0008): read the CSV/XLSX within the upload limits into rows of text (line 1 = the file's first
 * line). Pure: bytes in, rows or the read error out. Validation against the framework and the
 * gazetteer (core parseReportUpload) runs after, on the rows.
 */
import { IMPORT_READ_LIMITS, UPLOAD_LIMITS } from '@steward/core/limits';
import { cellText } from '@steward/core/sdc/dataset';
import { readCsvBytes, readXlsx, type IoError } from '@steward/core/sdc/io/index';

export type ReportRowsParse = { kind: 'read-error'; error: IoError } | { kind: 'ok'; rows: string[][] };

export async function readReportRows(name: string, bytes: Uint8Array): Promise<ReportRowsParse> {
  const options = { file: name, limits: { ...IMPORT_READ_LIMITS, rows: UPLOAD_LIMITS.rows } };
  const read = name.toLowerCase().endsWith('.xlsx')
    ? await readXlsx(bytes, options)
    : readCsvBytes(bytes, options);
  if (!read.ok) return { kind: 'read-error', error: read.error };
  const ds = read.dataset;
  const rows: string[][] = [ds.columns.map((c) => c.name)];
  for (let r = 0; r < ds.rowCount; r++) rows.push(ds.columns.map((c) => cellText(c, r) ?? ''));
  return { kind: 'ok', rows };
}
