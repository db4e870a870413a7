/**
 * The mapping step of a KoboToolbox/ODK import (issue 10): what the web page and
 * `steward report kobo-mapping` show before the first import of a form's export. The export is
 * read and inspected in the parse worker (`inspectKoboExport`, issue 7): reading every row,
 * listing each column's distinct answers and proposing a mapping are CPU-heavy for a large export.
 */
import { threadId } from 'node:worker_threads';
import {
  KOBO_CHOICE_TAGS,
  koboRepeatProblems,
  proposeKoboMapping,
  templateColumns,
  type Framework,
  type KoboMapping,
  type UploadProblem,
} from '@steward/core/reporting/index';
import type { IoError } from '@steward/core/sdc/io/index';
import { readReportRows } from './read-rows';

/** A column with at most this many distinct answers lists them (select_one fields). */
export const KOBO_ANSWERS_LISTED = 40;
const ANSWER_CHARS = 120;

export interface KoboColumn {
  /** The header as exported (field name or group path). */
  name: string;
  /** Kobo's own column or a metadata question: not offered for mapping. */
  meta: boolean;
  /** Distinct answers when there are few (select_one); null for free text or numbers. */
  answers: string[] | null;
}

export interface KoboInspection {
  /** Submissions in the export (data rows). */
  rows: number;
  columns: KoboColumn[];
  /** The template's columns a field can be mapped to (hashtag and header). */
  targets: { hashtag: string; header: string }[];
  /** Hashtags whose answers can be translated to the framework's values. */
  choiceTargets: string[];
  /** The remembered mapping where the export still has its fields, else common names. */
  proposal: KoboMapping;
  /** Whether the organisation has a remembered mapping for this framework. */
  remembered: boolean;
}

export function inspectKoboRows(
  rows: readonly (readonly string[])[],
  framework: Framework,
  remembered: KoboMapping | null,
): KoboInspection {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const data = rows.slice(1).filter((r) => r.some((c) => c.trim() !== ''));
  const answers = (c: number): string[] | null => {
    const seen = new Set<string>();
    for (const r of data) {
      const v = (r[c] ?? '').trim();
      if (v === '') continue;
      seen.add(v.slice(0, ANSWER_CHARS));
      if (seen.size > KOBO_ANSWERS_LISTED) return null;
    }
    // Only numbers: counts, not choices.
    if ([...seen].every((v) => /^\d+(\.\d+)?$/.test(v))) return null;
    return [...seen].sort();
  };
  const listed = header.map((_, c) => answers(c));
  const proposal = proposeKoboMapping(header, framework, {
    remembered,
    answers: (c) => listed[c] ?? [],
  });
  const meta = new Set(proposal.metaFields);
  return {
    rows: data.length,
    columns: header.map((name, c) => ({
      name,
      meta: meta.has(name),
      answers: meta.has(name) ? null : (listed[c] ?? null),
    })),
    targets: templateColumns(framework).map((t) => ({ hashtag: t.hashtag, header: t.header })),
    choiceTargets: [...KOBO_CHOICE_TAGS],
    proposal: proposal.mapping,
    remembered: remembered !== null,
  };
}

/** The parse worker's job for the mapping step (uploads/parse-tasks.ts). */
export interface KoboInspectJob {
  task: 'kobo-inspect';
  name: string;
  bytes: Uint8Array;
  /**
   * The framework and the organisation's remembered mapping, looked up by the caller; null when
   * that lookup failed (unknown framework): the file is still read and its repeat groups checked
   * first, so that those errors come first as before.
   */
  context: { framework: Framework; remembered: KoboMapping | null } | null;
}

export type KoboInspectParse =
  | { kind: 'read-error'; error: IoError }
  | { kind: 'problems'; problems: UploadProblem[]; total: number }
  | { kind: 'no-context' }
  | {
      kind: 'ok';
      inspection: KoboInspection;
      /** The thread that inspected (the parse worker's, never the main thread's 0). */
      threadId: number;
    };

/**
 * Reads a KoboToolbox export (with the headers of its further sheets), refuses repeat groups, and
 * inspects its rows: the checks and their order are those the service made on the main thread
 * before. Pure: bytes in, the inspection (a few kilobytes, not the rows) out.
 */
export async function inspectKoboExport(job: KoboInspectJob): Promise<KoboInspectParse> {
  const read = await readReportRows(job.name, job.bytes, { otherSheets: true });
  if (read.kind === 'read-error') return read;
  const repeats = koboRepeatProblems(read.rows[0] ?? [], read.otherSheets);
  if (repeats.length > 0) return { kind: 'problems', problems: repeats, total: repeats.length };
  if (!job.context) return { kind: 'no-context' };
  return {
    kind: 'ok',
    inspection: inspectKoboRows(read.rows, job.context.framework, job.context.remembered),
    threadId,
  };
}
