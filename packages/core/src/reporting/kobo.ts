/**
 * KoboToolbox / ODK exports as a month's report (issue 10). A Kobo export (CSV or XLSX) has one
 * row per submission and the XLSForm field names as headers — with group paths such as
 * `site/adm2` when the export includes groups — plus Kobo's own columns (`_id`, `_uuid`,
 * `_submission_time`, `_validation_status`, …). select_one answers are the choices' names (or
 * their labels, if exported so).
 *
 * The partner maps the form's fields to the framework's template columns once (a `KoboMapping`:
 * field → hashtag, and for select_one fields choice → framework value); Steward remembers it per
 * organisation and framework. The export is then validated exactly as an upload of the template
 * (`parseReportUpload`), with problems naming the export's own line and field, and submissions of
 * the same indicator and area added up. Pure.
 */
import { templateColumns } from './upload';
import type { Framework } from './model';

export interface KoboMapping {
  /** Export column (the header as exported: field name or group path) → template hashtag. */
  readonly columns: Readonly<Record<string, string>>;
  /**
   * For a mapped hashtag (`#indicator+code`, `#activity`, `#adm1+code`, `#adm2+code`): an answer
   * as exported (choice name or label) → the framework's value (indicator id, activity, p-code).
   * Answers not listed are taken as they are.
   */
  readonly choices: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Hashtags whose answers may be translated through `choices`. */
export const KOBO_CHOICE_TAGS = ['#indicator+code', '#activity', '#adm1+code', '#adm2+code', '#org'] as const;

/** Kobo's own columns and the XLSForm metadata fields: never proposed for a framework column. */
export const KOBO_META_FIELDS = new Set([
  '_id',
  '_uuid',
  '_submission_time',
  '_submitted_by',
  '_validation_status',
  '_status',
  '_index',
  '_parent_index',
  '_parent_table_name',
  '_notes',
  '_tags',
  '_version_',
  '__version__',
  '_xform_id_string',
  '_geolocation',
  '_attachments',
  'start',
  'end',
  'deviceid',
  'subscriberid',
  'simserial',
  'phonenumber',
  'username',
  'audit',
  'instanceid',
  'rootuuid',
  'uuid',
]);

/** Kobo's "Not approved" validation status: such submissions are left out of the report. */
export const KOBO_NOT_APPROVED = 'validation_status_not_approved';

/** Limits of a mapping (it is stored per organisation and framework). */
export const KOBO_MAPPING_LIMITS = { columns: 300, choices: 2000, text: 200 } as const;

/** The field's own name: the last segment of a group path (`site/adm2` → `adm2`). */
export function koboFieldName(header: string): string {
  const parts = header.trim().split('/');
  return parts[parts.length - 1] ?? header;
}

/** Control characters (NUL included) are refused in names and answers. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export type KoboMappingResult = { ok: true; value: KoboMapping } | { ok: false; errors: string[] };

/** Checks a mapping against the framework's template: known hashtags, each mapped once, sizes. */
export function parseKoboMapping(raw: unknown, framework: Framework): KoboMappingResult {
  const errors: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: ['A mapping is an object { columns, choices }.'] };
  const r = raw as Record<string, unknown>;
  const tags = new Set(templateColumns(framework).map((c) => c.hashtag));
  const columns: Record<string, string> = {};
  const rawColumns = r.columns;
  if (typeof rawColumns !== 'object' || rawColumns === null || Array.isArray(rawColumns))
    return { ok: false, errors: ['columns: an object { field: hashtag }.'] };
  const entries = Object.entries(rawColumns as Record<string, unknown>);
  if (entries.length === 0) errors.push('columns: map at least one field.');
  if (entries.length > KOBO_MAPPING_LIMITS.columns)
    errors.push(`columns: at most ${KOBO_MAPPING_LIMITS.columns} fields.`);
  const mappedTo = new Map<string, string>();
  for (const [field, tag] of entries) {
    const name = field.trim();
    if (name === '' || name.length > KOBO_MAPPING_LIMITS.text || CONTROL.test(name)) {
      errors.push(
        `columns: a field name has 1–${KOBO_MAPPING_LIMITS.text} characters, no control characters.`,
      );
      continue;
    }
    if (typeof tag !== 'string' || !tags.has(tag)) {
      errors.push(`columns["${name}"]: "${String(tag)}" is not a column of the ${framework.code} template.`);
      continue;
    }
    const other = mappedTo.get(tag);
    if (other !== undefined) {
      errors.push(`columns["${name}"]: ${tag} is already mapped from "${other}".`);
      continue;
    }
    mappedTo.set(tag, name);
    columns[name] = tag;
  }
  const choices: Record<string, Record<string, string>> = {};
  const rawChoices = r.choices ?? {};
  if (typeof rawChoices !== 'object' || rawChoices === null || Array.isArray(rawChoices))
    errors.push('choices: an object { hashtag: { answer: value } }.');
  else {
    let count = 0;
    for (const [tag, map] of Object.entries(rawChoices as Record<string, unknown>)) {
      if (!(KOBO_CHOICE_TAGS as readonly string[]).includes(tag)) {
        errors.push(`choices["${tag}"]: answers are translated for ${KOBO_CHOICE_TAGS.join(', ')} only.`);
        continue;
      }
      if (typeof map !== 'object' || map === null || Array.isArray(map)) {
        errors.push(`choices["${tag}"]: an object { answer: value }.`);
        continue;
      }
      const out: Record<string, string> = {};
      for (const [answer, value] of Object.entries(map as Record<string, unknown>)) {
        count++;
        const a = answer.trim();
        if (
          a === '' ||
          a.length > KOBO_MAPPING_LIMITS.text ||
          CONTROL.test(a) ||
          typeof value !== 'string' ||
          value.trim() === '' ||
          value.length > KOBO_MAPPING_LIMITS.text ||
          CONTROL.test(value)
        ) {
          errors.push(
            `choices["${tag}"]: answers and values have 1–${KOBO_MAPPING_LIMITS.text} characters, no control characters.`,
          );
          continue;
        }
        out[a] = value.trim();
      }
      if (Object.keys(out).length > 0) choices[tag] = out;
    }
    if (count > KOBO_MAPPING_LIMITS.choices)
      errors.push(`choices: at most ${KOBO_MAPPING_LIMITS.choices} answers.`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { columns, choices } };
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** Field names (folded) commonly used in protection 5W forms, by template hashtag. */
const COMMON_NAMES: Readonly<Record<string, readonly string[]>> = {
  '#org': ['org', 'organisation', 'organization', 'partner', 'agency', 'org_name', 'partner_name'],
  '#indicator+code': ['indicator', 'indicator_code', 'indicator_id'],
  '#activity': ['activity', 'activity_type', 'activities', 'service', 'service_type'],
  '#adm1+code': ['adm1', 'admin1', 'adm1_pcode', 'admin1_pcode', 'province', 'provincia', 'state', 'region'],
  '#adm2+code': ['adm2', 'admin2', 'adm2_pcode', 'admin2_pcode', 'district', 'distrito', 'county', 'lga'],
  '#date': ['date', 'activity_date', 'report_date', 'date_activity', 'today'],
};

/** Words that name a sex × age cell: girls → women/girls children, men → men/boys adults … */
const CELL_WORDS: Readonly<Record<string, string>> = {
  girls: '+f+children',
  girl: '+f+children',
  boys: '+m+children',
  boy: '+m+children',
  women: '+f+adults',
  woman: '+f+adults',
  men: '+m+adults',
  man: '+m+adults',
  f_children: '+f+children',
  m_children: '+m+children',
  f_adults: '+f+adults',
  m_adults: '+m+adults',
  female_children: '+f+children',
  male_children: '+m+children',
  female_adults: '+f+adults',
  male_adults: '+m+adults',
  total: '+total',
};

/** The hashtag a field name suggests, or null. */
function suggestTag(field: string, tags: ReadonlySet<string>): string | null {
  const name = fold(koboFieldName(field));
  // Counts: [target(ed)_|reached_|nb_|num_] + cell word.
  const m =
    /^(?:(target|targeted|tgt|planned)_|(?:reached|reach|nb|num|number|no|total)_)?(.+?)(?:_(target|targeted|reached))?$/.exec(
      name,
    );
  if (!m) return null;
  const targeted = m[1] !== undefined || m[3] === 'target' || m[3] === 'targeted';
  const word = m[2]!;
  const cell = CELL_WORDS[word] ?? (name === 'total' ? '+total' : undefined);
  if (cell === undefined) return null;
  const tag = `#${targeted ? 'targeted' : 'reached'}${cell}`;
  return tags.has(tag) ? tag : null;
}

export interface KoboProposal {
  readonly mapping: KoboMapping;
  /** Fields of the export that are Kobo's own (not offered for mapping). */
  readonly metaFields: readonly string[];
}

/**
 * A first mapping for an export's header: the remembered mapping where its fields are in the
 * export (by full path, else by field name), then common 5W field names (province, district,
 * girls, boys, women, men, target_girls …); answers of the indicator/activity field matched to
 * the framework's indicator ids, activities and labels.
 */
export function proposeKoboMapping(
  header: readonly string[],
  framework: Framework,
  options: { remembered?: KoboMapping | null; answers?: (column: number) => readonly string[] } = {},
): KoboProposal {
  const tags = new Set(templateColumns(framework).map((c) => c.hashtag));
  const columns: Record<string, string> = {};
  const used = new Set<string>();
  const meta: string[] = [];
  const remembered = options.remembered ?? null;
  const resolved = remembered ? resolveKoboColumns(header, remembered).columns : [];
  header.forEach((h, c) => {
    const tag = resolved[c];
    if (tag && !used.has(tag)) {
      columns[h] = tag;
      used.add(tag);
    }
  });
  const isMeta = (h: string) => {
    const lower = koboFieldName(h).toLowerCase();
    return KOBO_META_FIELDS.has(lower) || lower.startsWith('_');
  };
  for (const h of header) if (isMeta(h)) meta.push(h);
  const open = header.filter((h) => !(h in columns) && !isMeta(h));
  // Named columns: the earliest name of each list wins (`activity_date` before `today`).
  for (const [tag, names] of Object.entries(COMMON_NAMES)) {
    if (used.has(tag)) continue;
    for (const name of names) {
      const h = open.find((x) => !(x in columns) && fold(koboFieldName(x)) === name);
      if (h !== undefined) {
        columns[h] = tag;
        used.add(tag);
        break;
      }
    }
  }
  for (const h of open) {
    if (h in columns) continue;
    const tag = suggestTag(h, tags);
    if (tag && !used.has(tag)) {
      columns[h] = tag;
      used.add(tag);
    }
  }
  const choices: Record<string, Record<string, string>> = {};
  for (const [tag, map] of Object.entries(remembered?.choices ?? {})) choices[tag] = { ...map };
  if (options.answers) {
    const byName = new Map<string, string>();
    for (const i of framework.indicators) {
      byName.set(fold(i.id), i.id);
      byName.set(fold(i.label), i.id);
    }
    const activities = new Map(framework.indicators.map((i) => [fold(i.activity), i.activity]));
    header.forEach((h, c) => {
      const tag = columns[h];
      if (tag !== '#indicator+code' && tag !== '#activity') return;
      const known = tag === '#indicator+code' ? byName : activities;
      for (const answer of options.answers!(c)) {
        if (answer.trim() === '' || choices[tag]?.[answer] !== undefined) continue;
        const hit = known.get(fold(answer));
        if (hit && hit !== answer) (choices[tag] ??= {})[answer] = hit;
      }
    });
  }
  return { mapping: { columns, choices }, metaFields: meta };
}

/**
 * The hashtag of each column of the export under a mapping: a mapped field is found by its full
 * header, else by its field name when only one column has it (an export made with or without
 * group names). Fields the mapping names but the export lacks are listed.
 */
export function resolveKoboColumns(
  header: readonly string[],
  mapping: KoboMapping,
): { columns: (string | null)[]; missing: string[] } {
  const columns: (string | null)[] = header.map(() => null);
  const missing: string[] = [];
  const trimmed = header.map((h) => h.trim());
  for (const [field, tag] of Object.entries(mapping.columns)) {
    let at = trimmed.indexOf(field);
    if (at < 0) {
      const name = koboFieldName(field);
      const hits = trimmed.flatMap((h, i) => (koboFieldName(h) === name ? [i] : []));
      if (hits.length === 1) at = hits[0]!;
    }
    if (at < 0) missing.push(field);
    else columns[at] = tag;
  }
  return { columns, missing };
}

export interface KoboRowsProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly code: 'kobo-field-missing' | 'duplicate-submission' | 'kobo-repeat-group' | 'kobo-repeat-file';
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * Columns that only a repeat group's rows have: Kobo's `_parent_index` / `_parent_table_name`
 * (joined to the submission's `_index`), ODK Central's `PARENT_KEY`.
 */
export const KOBO_REPEAT_COLUMNS = ['_parent_index', '_parent_table_name', 'PARENT_KEY'] as const;

/** A sheet of an XLSX export besides the one read (its name and header). */
export interface KoboSheet {
  readonly name: string;
  readonly header: readonly string[];
}

/**
 * Repeat groups are refused (decision 0027, addendum): Kobo exports each repeat group as another
 * sheet (XLSX) or file whose rows point to their submission through `_parent_index`. Steward reads
 * one row per submission; adding up a repeat's rows into its submission would guess what the form
 * meant (a person per row? a session per row?). The partner exports the submissions' sheet alone,
 * with the repeat's totals computed in the form (a `calculate` field `sum(${…})`).
 * Problems: the file read is itself a repeat group's (`kobo-repeat-file`), or the workbook has
 * repeat-group sheets (`kobo-repeat-group`, one per sheet).
 */
export function koboRepeatProblems(
  header: readonly string[],
  otherSheets: readonly KoboSheet[] = [],
): KoboRowsProblem[] {
  const problems: KoboRowsProblem[] = [];
  const marker = (h: readonly string[]) => {
    const names = new Set(h.map((x) => x.trim()));
    return KOBO_REPEAT_COLUMNS.find((m) => names.has(m));
  };
  const own = marker(header);
  if (own !== undefined)
    problems.push({
      row: 1,
      column: own,
      value: null,
      code: 'kobo-repeat-file',
      message: `This is a repeat group's file (its rows point to their submission through ${own}): import the export's submissions, one row per submission`,
      params: { field: own },
    });
  for (const sheet of otherSheets) {
    const m = marker(sheet.header);
    if (m === undefined) continue;
    problems.push({
      row: null,
      column: sheet.name,
      value: null,
      code: 'kobo-repeat-group',
      message: `The sheet "${sheet.name}" is a repeat group (joined by ${m}); Steward does not read repeat groups: export without them, or total the repeat in the form with a calculate field`,
      params: { sheet: sheet.name, field: m },
    });
  }
  return problems;
}

export interface KoboRows {
  /** The export's rows with answers translated (row 0 = header; line numbers kept). */
  readonly rows: string[][];
  /** The hashtag of each column (null: not mapped). */
  readonly columns: (string | null)[];
  /** Submissions left out: Kobo validation status "Not approved". */
  readonly notApproved: number;
  readonly problems: KoboRowsProblem[];
}

/**
 * Prepares an export's rows for `parseReportUpload(rows, { columns, sumRepeats: true })`: answers
 * translated through `choices`, date-times cut to their date, rows of submissions marked "Not
 * approved" in Kobo emptied (skipped, line numbers kept), the same `_uuid` twice refused, repeat
 * groups refused (`koboRepeatProblems`; `otherSheets` are the workbook's other sheets).
 */
export function koboRows(
  rows: readonly (readonly string[])[],
  mapping: KoboMapping,
  otherSheets: readonly KoboSheet[] = [],
): KoboRows {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const { columns, missing } = resolveKoboColumns(header, mapping);
  const problems: KoboRowsProblem[] = koboRepeatProblems(header, otherSheets);
  problems.push(
    ...missing.map((field) => ({
      row: 1,
      column: field,
      value: null,
      code: 'kobo-field-missing' as const,
      message: `The mapping names the field ${field}, which is not in this export`,
      params: { field },
    })),
  );
  const uuidAt = header.findIndex((h) => h === '_uuid' || h === 'meta/instanceID' || h === 'instanceID');
  const statusAt = header.indexOf('_validation_status');
  const seen = new Map<string, number>();
  let notApproved = 0;
  const out: string[][] = [header];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (statusAt >= 0 && (row[statusAt] ?? '').trim() === KOBO_NOT_APPROVED) {
      notApproved++;
      out.push(header.map(() => ''));
      continue;
    }
    const uuid = uuidAt >= 0 ? (row[uuidAt] ?? '').trim().replace(/^uuid:/, '') : '';
    if (uuid !== '') {
      const first = seen.get(uuid);
      if (first !== undefined)
        problems.push({
          row: r + 1,
          column: header[uuidAt]!,
          value: uuid,
          code: 'duplicate-submission',
          message: `The same submission (${uuid}) is already on row ${first}`,
          params: { uuid, row: first },
        });
      else seen.set(uuid, r + 1);
    }
    out.push(
      header.map((_, c) => {
        const text = (row[c] ?? '').trim();
        const tag = columns[c];
        if (!tag) return text;
        if (tag === '#date') return /^\d{4}-\d{2}-\d{2}[T ]/.test(text) ? text.slice(0, 10) : text;
        return mapping.choices[tag]?.[text] ?? text;
      }),
    );
  }
  return { rows: out, columns, notApproved, problems };
}
