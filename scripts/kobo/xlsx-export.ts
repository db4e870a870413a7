/**
 * Builds the KoboToolbox XLSX fixtures of test-data/kobo from the hand-written CSV export
 * (`protection-activities-2025-03.csv`) with the repository's own XLSX writer (core sdc/io):
 * - `protection-activities-2025-03.xlsx`: the same submissions as Kobo's "XLS" export writes them —
 *   one sheet named after the form, counts and `_id` as numbers, everything else as text;
 * - `protection-activities-repeat-2025-03.xlsx`: the same workbook with a repeat group `sessions`
 *   exported as Kobo does, a second sheet whose rows point to their submission through
 *   `_parent_index` (= the submission's `_index`) and carry `_submission__uuid` … (Steward refuses
 *   repeat groups; decision 0027, addendum).
 *   node packages/cli/bin/run-ts.js scripts/kobo/xlsx-export.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cellText } from '../../packages/core/src/sdc/dataset';
import { readCsvBytes, writeXlsx } from '../../packages/core/src/sdc/io/index';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCE = 'test-data/kobo/protection-activities-2025-03.csv';
export const XLSX = 'test-data/kobo/protection-activities-2025-03.xlsx';
export const REPEAT_XLSX = 'test-data/kobo/protection-activities-repeat-2025-03.xlsx';
/** Kobo names the submissions' sheet after the form's title (at most 31 characters). */
export const FORM_SHEET = 'Protection activities';
export const REPEAT_SHEET = 'sessions';

/** The repeat group's rows: one per session of a submission (by the submission's `_index`). */
const SESSIONS: readonly (readonly [
  parentIndex: number,
  date: string,
  topic: string,
  participants: number,
])[] = [
  [1, '2025-03-03', 'monitoring_visit', 40],
  [1, '2025-03-03', 'focus_group', 30],
  [2, '2025-03-05', 'group_pss', 40],
  [4, '2025-03-12', 'gbv_pathways', 106],
];

export function buildKoboXlsx(): { xlsx: Uint8Array; repeat: Uint8Array } {
  const read = readCsvBytes(new Uint8Array(readFileSync(`${root}${SOURCE}`)), { file: SOURCE });
  if (!read.ok) throw new Error(read.error.message);
  const ds = read.dataset;
  const col = (name: string) => {
    const c = ds.columns.find((x) => x.name === name);
    if (!c) throw new Error(`${SOURCE} has no column ${name}`);
    return c;
  };
  const text = (name: string, r: number): string => cellText(col(name), r) ?? '';
  const header = [
    'sessions/session_date',
    'sessions/session_topic',
    'sessions/session_participants',
    '_index',
    '_parent_table_name',
    '_parent_index',
    '_submission__id',
    '_submission__uuid',
    '_submission__submission_time',
    '_submission__validation_status',
    '_submission__notes',
    '_submission__status',
    '_submission__submitted_by',
    '_submission___version__',
    '_submission__tags',
  ];
  const sessions = SESSIONS.map(([parent, date, topic, participants], i) => {
    const r = Array.from({ length: ds.rowCount }, (_, k) => k).find(
      (k) => text('_index', k) === String(parent),
    );
    if (r === undefined) throw new Error(`no submission with _index ${parent}`);
    return [
      date,
      topic,
      participants,
      i + 1,
      FORM_SHEET,
      parent,
      Number(text('_id', r)),
      text('_uuid', r),
      text('_submission_time', r),
      text('_validation_status', r),
      '',
      text('_status', r),
      text('_submitted_by', r),
      text('__version__', r),
      '',
    ];
  });
  return {
    xlsx: writeXlsx(ds, { sheetName: FORM_SHEET }),
    repeat: writeXlsx(ds, {
      sheetName: FORM_SHEET,
      sheets: [{ name: REPEAT_SHEET, rows: [header, ...sessions] }],
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { xlsx, repeat } = buildKoboXlsx();
  writeFileSync(`${root}${XLSX}`, xlsx);
  writeFileSync(`${root}${REPEAT_XLSX}`, repeat);
  console.log(`wrote ${XLSX} (${xlsx.length} bytes) and ${REPEAT_XLSX} (${repeat.length} bytes)`);
}
