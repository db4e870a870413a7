import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellText } from '../sdc/dataset';
import { readCsvBytes } from '../sdc/io/index';
import {
  koboFieldName,
  koboRepeatProblems,
  koboRows,
  parseKoboMapping,
  proposeKoboMapping,
  resolveKoboColumns,
  type KoboMapping,
} from './kobo';
import type { Framework } from './model';
import { parseReportUpload, type GazetteerArea, type UploadContext } from './upload';

const sexAge = { sex: true, age: true, populationGroup: false, disability: false };
const indicator = (id: string, activity: string, hasTarget = true) => ({
  id,
  activity,
  label: `${activity} (people)`,
  unit: 'people' as const,
  disaggregation: sexAge,
  hasTarget,
  reachedNotAboveTargeted: hasTarget,
});
const framework: Framework = {
  code: '5w',
  name: '5W',
  dataType: '3w-4w-5w',
  periodicity: 'monthly',
  adminLevel: 'adm2',
  countryIso3: 'MOZ',
  dueDay: 10,
  indicators: [
    indicator('pm-people', 'Protection monitoring'),
    indicator('pss-people', 'Psychosocial support'),
    indicator('cm-people', 'Protection case management'),
    indicator('aw-people', 'Protection awareness'),
    indicator('doc-people', 'Legal assistance and documentation', false),
  ],
};
const gazetteer: GazetteerArea[] = [
  { pcode: 'MZ01', name: 'Cabo Delgado', level: 1, parentPcode: null },
  { pcode: 'MZ07', name: 'Nampula', level: 1, parentPcode: null },
  { pcode: 'MZ0104', name: 'Cidade De Pemba', level: 2, parentPcode: 'MZ01' },
  { pcode: 'MZ0106', name: 'Macomia', level: 2, parentPcode: 'MZ01' },
  { pcode: 'MZ0112', name: 'Mueda', level: 2, parentPcode: 'MZ01' },
  { pcode: 'MZ0702', name: 'Cidade De Nampula', level: 2, parentPcode: 'MZ07' },
];
const ctx: UploadContext = {
  framework,
  period: '2025-03',
  organisation: { acronym: 'TRI', name: 'Tri Relief' },
  gazetteer,
  sumRepeats: true,
};

/** Reads the export with the upload's own CSV reader (delimiter detected), as the server does. */
function exportRows(text?: string): string[][] {
  const bytes =
    text === undefined
      ? readFileSync(new URL('../../../../test-data/kobo/protection-activities-2025-03.csv', import.meta.url))
      : new TextEncoder().encode(text);
  const read = readCsvBytes(new Uint8Array(bytes), { file: 'kobo.csv' });
  if (!read.ok) throw new Error(read.error.message);
  const ds = read.dataset;
  const rows: string[][] = [ds.columns.map((c) => c.name)];
  for (let r = 0; r < ds.rowCount; r++) rows.push(ds.columns.map((c) => cellText(c, r) ?? ''));
  return rows;
}

/** The export's mapping, shared with the reporting service's test (test-data/kobo). */
const FIXTURE_MAPPING = JSON.parse(
  readFileSync(
    new URL('../../../../test-data/kobo/protection-activities-2025-03.mapping.json', import.meta.url),
    'utf8',
  ),
) as KoboMapping;

function importExport(rows: string[][], mapping: KoboMapping) {
  const prepared = koboRows(rows, mapping);
  return { prepared, result: parseReportUpload(prepared.rows, { ...ctx, columns: prepared.columns }) };
}

describe('KoboToolbox export (hand-written fixture)', () => {
  it('reads the ;-separated quoted export with group paths and Kobo columns', () => {
    const rows = exportRows();
    expect(rows[0]).toContain('location/district');
    expect(rows[0]).toContain('_uuid');
    expect(rows).toHaveLength(9);
    expect(koboFieldName('participants/girls')).toBe('girls');
  });

  it('imports through the mapping: answers translated, submissions of one district added up, "Not approved" left out', () => {
    const { prepared, result } = importExport(exportRows(), FIXTURE_MAPPING);
    expect(prepared.notApproved).toBe(1);
    expect(prepared.problems).toEqual([]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rows).toBe(7);
    const get = (ind: string, adm2: string, measure: string, sex: string, age: string) =>
      result.values.find(
        (v) =>
          v.indicator === ind && v.adm2 === adm2 && v.measure === measure && v.sex === sex && v.age === age,
      )?.value;
    // Protection monitoring in Pemba: rows 2 and 6 (12+3 girls, 31+9 women; targets 15+4).
    expect(get('pm-people', 'MZ0104', 'reached', 'f', 'children')).toBe(15);
    expect(get('pm-people', 'MZ0104', 'reached', 'f', 'adults')).toBe(40);
    expect(get('pm-people', 'MZ0104', 'targeted', 'f', 'children')).toBe(19);
    // Psychosocial support in Pemba: rows 3 and 9; in Mueda only the not-approved row 8 → nothing.
    expect(get('pss-people', 'MZ0104', 'reached', 'm', 'adults')).toBe(7);
    expect(get('pss-people', 'MZ0112', 'reached', 'm', 'adults')).toBeUndefined();
    // Documentation has no target: its targets are empty in the export.
    expect(get('doc-people', 'MZ0112', 'reached', 'f', 'adults')).toBe(12);
    expect(result.values.filter((v) => v.indicator === 'doc-people')).toHaveLength(4);
    expect(result.values).toHaveLength(36);
    expect(result.values.every((v) => v.adm1 === 'MZ01')).toBe(true);
  });

  it("names the export's own line and field in problems; nothing kept", () => {
    const rows = exportRows();
    const district = rows[0]!.indexOf('location/district');
    const girls = rows[0]!.indexOf('participants/girls');
    rows[3]![district] = 'MZ0199'; // file line 4
    rows[5]![girls] = '30'; // line 6: 30+7+14+11 ≠ 37, and above the target 6
    const { result } = importExport(rows, FIXTURE_MAPPING);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, 'location/district (#adm2+code)', 'unknown-pcode'],
      [6, 'participants/total_participants (#reached+total)', 'sum-mismatch'],
      [6, 'participants/girls (#reached+f+children)', 'reached-above-targeted'],
    ]);
  });

  it('refuses an answer the mapping does not translate, a mapped field missing and a submission twice', () => {
    const rows = exportRows();
    const activity = rows[0]!.indexOf('activity_details/activity');
    rows[2]![activity] = 'pss_group'; // line 3
    const uuid = rows[0]!.indexOf('_uuid');
    rows[8]![uuid] = rows[1]![uuid]!; // line 9 repeats line 2's submission
    const noActivity = { ...FIXTURE_MAPPING, columns: { ...FIXTURE_MAPPING.columns, 'site/ward': '#org' } };
    delete (noActivity.columns as Record<string, string>).partner;
    const prepared = koboRows(rows, noActivity);
    expect(prepared.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'site/ward', 'kobo-field-missing'],
      [9, '_uuid', 'duplicate-submission'],
    ]);
    const { result } = importExport(rows, FIXTURE_MAPPING);
    expect(!result.ok && result.problems.map((p) => [p.row, p.code, p.value])).toEqual([
      [3, 'unknown-activity', 'pss_group'],
    ]);
  });

  it('finds a remembered field by its name when the export was made without group names', () => {
    const header = ['today', 'activity', 'district', 'girls'];
    const { columns, missing } = resolveKoboColumns(header, FIXTURE_MAPPING);
    expect(columns).toEqual([null, '#activity', '#adm2+code', '#reached+f+children']);
    expect(missing).toContain('activity_details/activity_date');
  });

  it('proposes a first mapping from common field names, and the remembered one first', () => {
    const rows = exportRows();
    const header = rows[0]!;
    const answers = (c: number) => [...new Set(rows.slice(1).map((r) => r[c] ?? ''))];
    const first = proposeKoboMapping(header, framework, { answers });
    expect(first.mapping.columns).toMatchObject({
      partner: '#org',
      'activity_details/activity': '#activity',
      'activity_details/activity_date': '#date',
      'location/province': '#adm1+code',
      'location/district': '#adm2+code',
      'participants/girls': '#reached+f+children',
      'participants/men': '#reached+m+adults',
      'targets/target_women': '#targeted+f+adults',
    });
    expect(first.mapping.columns.today).toBeUndefined();
    expect(first.mapping.choices['#activity']).toEqual({ protection_monitoring: 'Protection monitoring' });
    expect(first.metaFields).toContain('_uuid');
    expect(first.metaFields).toContain('start');
    const again = proposeKoboMapping(header, framework, { remembered: FIXTURE_MAPPING, answers });
    expect(again.mapping.columns['participants/total_participants']).toBe('#reached+total');
    expect(again.mapping.choices['#activity']?.pss).toBe('Psychosocial support');
  });

  it('checks a mapping: template hashtags only, each once, translations for choice columns only', () => {
    expect(parseKoboMapping(FIXTURE_MAPPING, framework).ok).toBe(true);
    const bad = parseKoboMapping(
      {
        columns: { a: '#reached+f+children', b: '#reached+f+children', c: '#sector+x', d: 7 },
        choices: { '#reached+total': { x: 'y' } },
      },
      framework,
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual([
      'columns["b"]: #reached+f+children is already mapped from "a".',
      'columns["c"]: "#sector+x" is not a column of the 5w template.',
      'columns["d"]: "7" is not a column of the 5w template.',
      'choices["#reached+total"]: answers are translated for #indicator+code, #activity, #adm1+code, #adm2+code, #org only.',
    ]);
    expect(parseKoboMapping([], framework).ok).toBe(false);
  });

  it('refuses repeat groups: a repeat sheet of the workbook, or a repeat group file given as the export', () => {
    const rows = exportRows();
    const sessions = {
      name: 'sessions',
      header: ['sessions/session_date', '_index', '_parent_table_name', '_parent_index', '_submission__uuid'],
    };
    const notes = { name: 'notes', header: ['key', 'value'] };
    const prepared = koboRows(rows, FIXTURE_MAPPING, [notes, sessions]);
    expect(prepared.problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([
      [null, 'sessions', 'kobo-repeat-group', { sheet: 'sessions', field: '_parent_index' }],
    ]);
    expect(koboRepeatProblems(sessions.header).map((p) => [p.row, p.column, p.code])).toEqual([
      [1, '_parent_index', 'kobo-repeat-file'],
    ]);
    // ODK Central's repeat files point to their submission with PARENT_KEY.
    expect(koboRepeatProblems(['name', 'age', 'PARENT_KEY', 'KEY']).map((p) => p.code)).toEqual([
      'kobo-repeat-file',
    ]);
    expect(koboRepeatProblems(rows[0]!, [notes])).toEqual([]);
  });
});
