/**
 * The CPU-heavy half of a report upload, run in the parse worker (uploads/parse-pool.ts, decision
 * 0008): read the CSV/XLSX within the upload limits into rows of text (line 1 = the file's first
 * line). Pure: bytes in, rows or the read error out. Validation against the framework and the
 * gazetteer (core parseReportUpload) runs after, on the rows.
 */
import { IMPORT_READ_LIMITS, UPLOAD_LIMITS } from '@steward/core/limits';
import { cellText } from '@steward/core/sdc/dataset';
import { readCsvBytes, readXlsx, type IoError } from '@steward/core/sdc/io/index';

export type ReportRowsParse =
  | { kind: 'read-error'; error: IoError }
  | {
      kind: 'ok';
      rows: string[][];
      /** With `otherSheets`: the header of each further sheet of an XLSX workbook (Kobo repeat groups). */
      otherSheets: { name: string; header: string[] }[];
    };

export async function readReportRows(
  name: string,
  bytes: Uint8Array,
  options: { otherSheets?: boolean } = {},
): Promise<ReportRowsParse> {
  const read = { file: name, limits: { ...IMPORT_READ_LIMITS, rows: UPLOAD_LIMITS.rows } };
  const xlsx = name.toLowerCase().endsWith('.xlsx');
  const first = xlsx ? await readXlsx(bytes, read) : readCsvBytes(bytes, read);
  if (!first.ok) return { kind: 'read-error', error: first.error };
  const ds = first.dataset;
  const rows: string[][] = [ds.columns.map((c) => c.name)];
  for (let r = 0; r < ds.rowCount; r++) rows.push(ds.columns.map((c) => cellText(c, r) ?? ''));
  const otherSheets: { name: string; header: string[] }[] = [];
  if (options.otherSheets && xlsx)
    for (const sheet of (first.sheets ?? []).slice(1)) {
      // Within the same limits; an empty or unreadable extra sheet is not a repeat group.
      const other = await readXlsx(bytes, { ...read, sheet });
      if (other.ok) otherSheets.push({ name: sheet, header: other.dataset.columns.map((c) => c.name) });
    }
  return { kind: 'ok', rows, otherSheets };
}
