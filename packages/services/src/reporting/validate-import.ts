/**
 * The CPU-heavy part of a report import, run in the parse worker (uploads/parse-pool.ts, issue 7,
 * decision 0029 addendum): read the CSV/XLSX (or take the web form's rows), refuse Kobo repeat
 * groups, translate a KoboToolbox export through its mapping, validate every row against the
 * framework and the gazetteer (core parseReportUpload), and hand back either the problems (at most
 * `maxProblems` of them, and their count) or the values as transferable columns. Pure: no database,
 * no clock; the checks and their order are those the import made on the main thread before.
 */
import { threadId } from 'node:worker_threads';
import {
  koboRepeatProblems,
  koboRows,
  parseReportUpload,
  toValueColumns,
  valueColumnBuffers,
  type Framework,
  type GazetteerArea,
  type KoboMapping,
  type ReportValueColumns,
  type UploadProblem,
} from '@steward/core/reporting/index';
import type { IoError } from '@steward/core/sdc/io/index';
import { readReportRows } from './read-rows';

/** What validation needs from the database, looked up by the caller before the job. */
export interface ReportValidationContext {
  framework: Framework;
  period: string;
  organisation: { acronym: string; name: string };
  gazetteer: GazetteerArea[];
  /** A KoboToolbox export: its mapping (checked against the template). */
  kobo: KoboMapping | null;
  /** Problems kept (the rest are counted). */
  maxProblems: number;
}

export interface ReportImportJob {
  task: 'report-import';
  name: string;
  /** The uploaded file … */
  bytes?: Uint8Array;
  /** … or rows already made (the web form), line 1 = rows[0]. */
  rows?: string[][];
  /** The file is a KoboToolbox export (its further sheets are checked for repeat groups). */
  kobo: boolean;
  /**
   * Null when the caller's lookup failed (unknown framework, no Kobo mapping): the file is still
   * read and its repeat groups checked first, so that those errors come first as before.
   */
  context: ReportValidationContext | null;
}

export type ReportImportParse =
  | { kind: 'read-error'; error: IoError }
  | { kind: 'problems'; problems: UploadProblem[]; total: number }
  | { kind: 'no-context' }
  | {
      kind: 'ok';
      /** Data rows read. */
      rows: number;
      /** A KoboToolbox export: submissions left out as "Not approved". */
      notApproved: number | null;
      columns: ReportValueColumns;
      /** The thread that validated (the parse worker's, never the main thread's 0). */
      threadId: number;
    };

export async function validateReportImport(job: ReportImportJob): Promise<ReportImportParse> {
  let rows: string[][];
  if (job.bytes) {
    const read = await readReportRows(job.name, job.bytes, { otherSheets: job.kobo });
    if (read.kind === 'read-error') return read;
    rows = read.rows;
    if (job.kobo) {
      // A repeat group refuses the whole file before its rows are checked (decision 0027).
      const repeats = koboRepeatProblems(rows[0] ?? [], read.otherSheets);
      if (repeats.length > 0) return problems(repeats, repeats.length, job.context?.maxProblems);
    }
  } else rows = job.rows ?? [];
  const ctx = job.context;
  if (!ctx) return { kind: 'no-context' };
  let before: UploadProblem[] = [];
  let kobo: { columns: (string | null)[]; notApproved: number } | null = null;
  if (ctx.kobo) {
    const prepared = koboRows(rows, ctx.kobo);
    rows = prepared.rows;
    before = prepared.problems;
    kobo = { columns: prepared.columns, notApproved: prepared.notApproved };
  }
  const parsed = parseReportUpload(rows, {
    framework: ctx.framework,
    period: ctx.period,
    organisation: ctx.organisation,
    gazetteer: ctx.gazetteer,
    maxProblems: ctx.maxProblems,
    ...(kobo ? { columns: kobo.columns, sumRepeats: true } : {}),
  });
  if (!parsed.ok || before.length > 0) {
    const all = [...before, ...(parsed.ok ? [] : parsed.problems)];
    return problems(all, before.length + (parsed.ok ? 0 : parsed.total), ctx.maxProblems);
  }
  return {
    kind: 'ok',
    rows: parsed.rows,
    notApproved: kobo ? kobo.notApproved : null,
    columns: toValueColumns(parsed.values),
    threadId,
  };
}

/** The buffers a result hands over without copying (postMessage's transfer list). */
export function reportImportTransfer(result: ReportImportParse): ArrayBuffer[] {
  return result.kind === 'ok' ? valueColumnBuffers(result.columns) : [];
}

function problems(all: readonly UploadProblem[], total: number, kept?: number): ReportImportParse {
  return { kind: 'problems', problems: all.slice(0, kept ?? all.length), total };
}
