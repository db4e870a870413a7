/**
 * A partner's monthly report as a file (CSV/XLSX, with or without HXL hashtags): the columns,
 * the template, and validation with row/column messages. All or nothing: any problem and no
 * value is kept. Pure: the caller reads the file into rows and passes the gazetteer.
 *
 * One data row = one indicator in one admin-2 area for the period: `#org`, `#sector`,
 * `#activity` (+ `#indicator+code`), `#adm1+code`, `#adm2+code`, `#date`, then one `#reached`
 * and one `#targeted` column per disaggregation cell (`+f`/`+m` × `+children`/`+adults`, …) and
 * the totals `#reached+total`, `#targeted+total`.
 */
import { findHashtagRow, hasAttribute, parseTagSpec, type TagSpec } from './hxl';
import {
  NOT_DISAGGREGATED,
  disaggregationCells,
  type CellKeys,
  type Framework,
  type Indicator,
  type Measure,
} from './model';

export interface GazetteerArea {
  readonly pcode: string;
  readonly name: string;
  readonly level: number;
  readonly parentPcode: string | null;
}

export interface UploadProblem {
  /** File line, counting from 1 (the first header line is line 1). */
  readonly row: number | null;
  /** The column's header (and hashtag), or null for the whole row/file. */
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
  /** Stable code of the problem (the web app renders it through i18n with `params`). */
  readonly code: UploadProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export const UPLOAD_PROBLEM_CODES = [
  'unknown-disaggregation',
  'missing-column',
  'missing-activity-column',
  'no-value-column',
  'not-your-organisation',
  'unknown-indicator',
  'ambiguous-activity',
  'unknown-activity',
  'unknown-pcode',
  'unknown-pcode-suggest',
  'adm2-not-in-adm1',
  'date-outside-period',
  'not-a-whole-number',
  'cell-not-asked',
  'no-target',
  'sum-mismatch',
  'no-reached',
  'disaggregation-required',
  'reached-above-targeted',
  'duplicate',
  'no-data-rows',
  'kobo-field-missing',
  'duplicate-submission',
  'kobo-repeat-group',
  'kobo-repeat-file',
] as const;
export type UploadProblemCode = (typeof UPLOAD_PROBLEM_CODES)[number];

export interface ParsedValue extends CellKeys {
  readonly indicator: string;
  readonly adm1: string;
  readonly adm2: string;
  readonly measure: Measure;
  readonly value: number;
}

export type UploadResult =
  { ok: true; values: ParsedValue[]; rows: number } | { ok: false; problems: UploadProblem[]; total: number };

const SEX_ATTR: Record<string, string> = { f: 'f', female: 'f', women: 'f', m: 'm', male: 'm', men: 'm' };
const AGE_ATTR: Record<string, string> = {
  children: 'children',
  child: 'children',
  adults: 'adults',
  adult: 'adults',
};
const GROUP_ATTR: Record<string, string> = {
  idps: 'idp',
  idp: 'idp',
  returnees: 'returnee',
  returnee: 'returnee',
  host: 'host',
  hosts: 'host',
};
const DISABILITY_ATTR: Record<string, string> = {
  disabled: 'with',
  with_disability: 'with',
  not_disabled: 'without',
};

/** The label of a measure column in the template's header row. */
function cellLabel(measure: Measure, c: CellKeys | 'total'): string {
  const m = measure === 'reached' ? 'Reached' : 'Targeted';
  if (c === 'total') return `${m} total`;
  const parts = [
    c.sex === 'f' ? 'women/girls' : c.sex === 'm' ? 'men/boys' : '',
    c.age !== NOT_DISAGGREGATED ? c.age : '',
    c.populationGroup !== NOT_DISAGGREGATED ? c.populationGroup : '',
    c.disability === 'with' ? 'with disability' : c.disability === 'without' ? 'without disability' : '',
  ].filter((p) => p !== '');
  return `${m} ${parts.join(' ')}`.trim();
}

/** The hashtag of a measure column: `#reached+f+children`, `#targeted+total` … */
export function cellTag(measure: Measure, c: CellKeys | 'total'): string {
  if (c === 'total') return `#${measure}+total`;
  const attrs = [
    c.sex !== NOT_DISAGGREGATED ? c.sex : '',
    c.age !== NOT_DISAGGREGATED ? c.age : '',
    c.populationGroup === 'idp'
      ? 'idps'
      : c.populationGroup === 'returnee'
        ? 'returnees'
        : c.populationGroup === 'host'
          ? 'host'
          : '',
    c.disability === 'with' ? 'disabled' : c.disability === 'without' ? 'not_disabled' : '',
  ].filter((a) => a !== '');
  return `#${measure}${attrs.map((a) => `+${a}`).join('')}`;
}

const key = (c: CellKeys) => `${c.sex}|${c.age}|${c.populationGroup}|${c.disability}`;

/** Every disaggregation cell any indicator of the framework asks for (template columns). */
export function frameworkCells(f: Framework): CellKeys[] {
  const seen = new Map<string, CellKeys>();
  for (const i of f.indicators) for (const c of disaggregationCells(i.disaggregation)) seen.set(key(c), c);
  return [...seen.values()];
}

export interface TemplateColumn {
  readonly header: string;
  readonly hashtag: string;
}

export function templateColumns(f: Framework): TemplateColumn[] {
  const cols: TemplateColumn[] = [
    { header: 'Organisation', hashtag: '#org' },
    { header: 'Sector', hashtag: '#sector' },
    { header: 'Activity', hashtag: '#activity' },
    { header: 'Indicator', hashtag: '#indicator+code' },
    { header: 'Admin 1 p-code', hashtag: '#adm1+code' },
    { header: 'Admin 2 p-code', hashtag: '#adm2+code' },
    { header: 'Date', hashtag: '#date' },
  ];
  const cells = frameworkCells(f);
  const measures: Measure[] = f.indicators.some((i) => i.hasTarget) ? ['reached', 'targeted'] : ['reached'];
  for (const m of measures) {
    for (const c of cells) cols.push({ header: cellLabel(m, c), hashtag: cellTag(m, c) });
    cols.push({ header: cellLabel(m, 'total'), hashtag: cellTag(m, 'total') });
  }
  return cols;
}

/**
 * The upload template: a header row, the hashtag row, then (with `example`) plausible rows for
 * the organisation — one per indicator × area, with some small numbers. `seed` makes them repeatable.
 */
export function templateRows(
  f: Framework,
  period: string,
  example?: { organisation: string; areas: readonly { adm1: string; adm2: string }[]; seed?: number },
): string[][] {
  const cols = templateColumns(f);
  const rows: string[][] = [cols.map((c) => c.header), cols.map((c) => c.hashtag)];
  if (!example) return rows;
  let s = (example.seed ?? 7) >>> 0;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
  let n = 0;
  for (const area of example.areas) {
    for (const ind of f.indicators) {
      const cells = disaggregationCells(ind.disaggregation);
      const reached = new Map<string, number>();
      const targeted = new Map<string, number>();
      for (const c of cells) {
        const small = n++ % 5 === 1;
        const r = small ? 1 + Math.floor(next() * 3) : 10 + Math.floor(next() * 90);
        reached.set(key(c), r);
        targeted.set(key(c), r + Math.floor(next() * 20));
      }
      const row = cols.map((col) => {
        switch (col.hashtag) {
          case '#org':
            return example.organisation;
          case '#sector':
            return 'Protection';
          case '#activity':
            return ind.activity;
          case '#indicator+code':
            return ind.id;
          case '#adm1+code':
            return area.adm1;
          case '#adm2+code':
            return area.adm2;
          case '#date':
            return `${period}-15`;
        }
        const spec = parseTagSpec(col.hashtag)!;
        const measure = spec.tag as Measure;
        if (measure === 'targeted' && !ind.hasTarget) return '';
        const map = measure === 'reached' ? reached : targeted;
        if (hasAttribute(spec, 'total')) return String([...map.values()].reduce((a, b) => a + b, 0));
        const c = cellOf(spec);
        return c && map.has(key(c)) ? String(map.get(key(c))) : '';
      });
      rows.push(row);
    }
  }
  return rows;
}

/** The disaggregation cell a `#reached`/`#targeted` spec names (absent attributes = `all`). */
/** The measure and disaggregation cell of a measure column's hashtag (`#reached+f+children`), or null. */
export function measureColumnOf(hashtag: string): { measure: Measure; cell: CellKeys | 'total' } | null {
  const spec = parseTagSpec(hashtag);
  if (!spec || (spec.tag !== 'reached' && spec.tag !== 'targeted')) return null;
  if (hasAttribute(spec, 'total')) return { measure: spec.tag, cell: 'total' };
  const cell = cellOf(spec);
  return cell ? { measure: spec.tag, cell } : null;
}

function cellOf(spec: TagSpec): CellKeys | null {
  let sex = NOT_DISAGGREGATED;
  let age = NOT_DISAGGREGATED;
  let populationGroup = NOT_DISAGGREGATED;
  let disability = NOT_DISAGGREGATED;
  for (const a of spec.attributes) {
    if (SEX_ATTR[a]) sex = SEX_ATTR[a];
    else if (AGE_ATTR[a]) age = AGE_ATTR[a];
    else if (GROUP_ATTR[a]) populationGroup = GROUP_ATTR[a];
    else if (DISABILITY_ATTR[a]) disability = DISABILITY_ATTR[a];
    else if (a === 'total' || a === 'num' || a === 'ind' || a === 'people') continue;
    else return null;
  }
  return { sex, age, populationGroup, disability };
}

type Role =
  | {
      kind:
        'org' | 'sector' | 'activity' | 'indicator' | 'adm1' | 'adm2' | 'adm1-name' | 'adm2-name' | 'date';
    }
  | { kind: 'value'; measure: Measure; cell: CellKeys | 'total' };

function roleOfSpec(spec: TagSpec): Role | null {
  switch (spec.tag) {
    case 'org':
      return { kind: 'org' };
    case 'sector':
      return { kind: 'sector' };
    case 'activity':
      return hasAttribute(spec, 'code') ? { kind: 'indicator' } : { kind: 'activity' };
    case 'indicator':
      return { kind: 'indicator' };
    case 'adm1':
      return { kind: hasAttribute(spec, 'code') ? 'adm1' : 'adm1-name' };
    case 'adm2':
      return { kind: hasAttribute(spec, 'code') ? 'adm2' : 'adm2-name' };
    case 'date':
      return { kind: 'date' };
    case 'reached':
    case 'targeted': {
      if (hasAttribute(spec, 'total')) return { kind: 'value', measure: spec.tag, cell: 'total' };
      const cell = cellOf(spec);
      if (!cell) return null;
      const all = [cell.sex, cell.age, cell.populationGroup, cell.disability].every(
        (v) => v === NOT_DISAGGREGATED,
      );
      return { kind: 'value', measure: spec.tag, cell: all ? 'total' : cell };
    }
  }
  return null;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface UploadContext {
  readonly framework: Framework;
  readonly period: string;
  /** The reporting organisation: `#org` must name it (acronym or name) when given. */
  readonly organisation: { readonly acronym: string; readonly name: string };
  readonly gazetteer: readonly GazetteerArea[];
  /** Problems kept (the rest are counted). */
  readonly maxProblems?: number;
  /**
   * The hashtag of each column, given by the caller (a KoboToolbox export read through the
   * organisation's mapping): row 0 is the file's header row, data start on row 1, and problems
   * name a column as `header (hashtag)`. Absent: found from the hashtag row or the template headers.
   */
  readonly columns?: readonly (string | null)[];
  /**
   * Rows of the same indicator and admin-2 area are added up instead of refused as duplicates
   * (a KoboToolbox export has one row per submission, several per area and month).
   */
  readonly sumRepeats?: boolean;
}

/** A p-code the user may have meant: normalised code (case, ISO3 prefix, zero padding) or the area's name. */
export function suggestPcode(
  raw: string,
  level: number,
  gazetteer: readonly GazetteerArea[],
  iso2: string,
): GazetteerArea | null {
  const areas = gazetteer.filter((a) => a.level === level);
  const text = raw.trim();
  const upper = text.toUpperCase().replace(/\s+/g, '');
  const byCode = new Map(areas.map((a) => [a.pcode.toUpperCase(), a]));
  const candidates = new Set<string>([upper]);
  const m = /^([A-Z]{2,3})(\d+)$/.exec(upper);
  if (m) {
    const digits = m[2]!;
    for (const prefix of [m[1]!, iso2]) {
      candidates.add(prefix + digits);
      for (let pad = 1; pad <= 3; pad++)
        candidates.add(prefix + digits.replace(/^0+/, '').padStart(digits.length + pad, '0'));
      candidates.add(prefix + digits.replace(/^0/, ''));
      // Admin-2 codes pad each level: MZ104 → MZ0104.
      if (level === 2 && digits.length === 3) candidates.add(prefix + '0' + digits);
    }
  }
  for (const c of candidates) {
    const hit = byCode.get(c);
    if (hit) return hit;
  }
  const name = fold(text);
  return areas.find((a) => fold(a.name) === name) ?? null;
}

function pcodeProblem(
  level: 1 | 2,
  country: string,
  s: GazetteerArea | null,
): Pick<UploadProblem, 'code' | 'params'> {
  return s
    ? { code: 'unknown-pcode-suggest', params: { level, country, pcode: s.pcode, name: s.name } }
    : { code: 'unknown-pcode', params: { level, country } };
}

const DIGITS = /^\d+$/;

/** Validates the rows of a file (row 0 = the file's first line). */
export function parseReportUpload(rows: readonly (readonly string[])[], ctx: UploadContext): UploadResult {
  const max = ctx.maxProblems ?? 100;
  const problems: UploadProblem[] = [];
  let total = 0;
  const add = (p: UploadProblem) => {
    total++;
    if (problems.length < max) problems.push(p);
  };
  const fail = (): UploadResult => ({ ok: false, problems, total });

  // Columns: given by the caller, else by hashtag (HXL), else by the template's header texts.
  const given = ctx.columns;
  const tagRow = given ? -1 : findHashtagRow(rows);
  const headerRow = tagRow > 0 ? tagRow - 1 : 0;
  const template = templateColumns(ctx.framework);
  const byHeader = new Map(template.map((c) => [fold(c.header), c.hashtag]));
  const roles: (Role | null)[] = [];
  const names: string[] = [];
  const width = given
    ? given.length
    : Math.max(0, ...rows.slice(0, Math.max(tagRow, 0) + 1).map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const header = rows[headerRow]?.[c] ?? '';
    const tagText = given
      ? (given[c] ?? '')
      : tagRow >= 0
        ? (rows[tagRow]?.[c] ?? '')
        : (byHeader.get(fold(header)) ?? '');
    const spec = parseTagSpec(tagText);
    const role = spec ? roleOfSpec(spec) : null;
    roles.push(role);
    names.push(
      (given && tagText !== '') || (tagRow >= 0 && tagRow !== headerRow)
        ? `${header} (${tagText.trim()})`.trim()
        : tagText || header,
    );
    if (spec && !role && (spec.tag === 'reached' || spec.tag === 'targeted'))
      add({
        row: tagRow + 1,
        column: tagText,
        value: tagText,
        message: 'Unknown disaggregation attribute',
        code: 'unknown-disaggregation',
        params: {},
      });
  }
  const dataStart = tagRow >= 0 ? tagRow + 1 : 1;
  // The column plan, once: the first column of each kind, and each value column's cell keys
  // (made here, not per value: a 100,000-row file has 720,000 values).
  const firstOf = new Map<Role['kind'], number>();
  roles.forEach((r, c) => {
    if (r && !firstOf.has(r.kind)) firstOf.set(r.kind, c);
  });
  const col = (kind: Role['kind']) => firstOf.get(kind) ?? -1;
  const valueColumns = roles.flatMap((role, c) =>
    role?.kind === 'value'
      ? [
          {
            c,
            role,
            cellKey: role.cell === 'total' ? '' : `${role.measure}|${key(role.cell)}`,
            plainKey: role.cell === 'total' ? '' : key(role.cell),
            targetedKey: role.cell === 'total' ? '' : `targeted|${key(role.cell)}`,
            name: names[c]!,
          },
        ]
      : [],
  );
  const need = (kind: Role['kind'], label: string) => {
    if (col(kind) < 0)
      add({
        row: null,
        column: label,
        value: null,
        message: `Missing column ${label}`,
        code: 'missing-column',
        params: { column: label },
      });
  };
  need('adm1', '#adm1+code');
  need('adm2', '#adm2+code');
  if (col('indicator') < 0 && col('activity') < 0)
    add({
      row: null,
      column: '#activity',
      value: null,
      message: 'Missing column #activity or #indicator+code',
      code: 'missing-activity-column',
      params: {},
    });
  if (!roles.some((r) => r?.kind === 'value'))
    add({
      row: null,
      column: '#reached',
      value: null,
      message: 'No #reached or #targeted column',
      code: 'no-value-column',
      params: {},
    });
  if (total > 0) return fail();

  const f = ctx.framework;
  const iso2 = ctx.gazetteer.find((a) => a.level === 1)?.pcode.slice(0, 2) ?? '';
  const areas = new Map(ctx.gazetteer.map((a) => [a.pcode.toUpperCase(), a]));
  const indicators = new Map(f.indicators.map((i) => [i.id.toLowerCase(), i]));
  const byActivity = new Map<string, Indicator[]>();
  for (const i of f.indicators)
    byActivity.set(fold(i.activity), [...(byActivity.get(fold(i.activity)) ?? []), i]);
  const orgNames = new Set([fold(ctx.organisation.acronym), fold(ctx.organisation.name)]);
  // Texts that repeat on every row (organisation, activity) are folded once each.
  const folded = new Map<string, string>();
  const foldRepeated = (text: string) => {
    let f = folded.get(text);
    if (f === undefined) {
      f = fold(text);
      if (folded.size < 10_000) folded.set(text, f);
    }
    return f;
  };
  const wantedCells = new Map(
    f.indicators.map((i) => [i, new Set(disaggregationCells(i.disaggregation).map(key))]),
  );
  const columnOf = {
    org: col('org'),
    indicator: col('indicator'),
    activity: col('activity'),
    adm1: col('adm1'),
    adm2: col('adm2'),
    date: col('date'),
  };
  const seen = new Map<string, number>();
  const values: ParsedValue[] = [];
  let dataRows = 0;

  for (let r = dataStart; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    dataRows++;
    const line = r + 1;
    const cellAt = (c: number) => (c < 0 ? '' : (row[c] ?? '').trim());
    const get = (kind: keyof typeof columnOf) => cellAt(columnOf[kind]);
    const at = (kind: Role['kind']) => names[col(kind)] ?? kind;
    const before = total;
    const org = get('org');
    if (org !== '' && !orgNames.has(foldRepeated(org)))
      add({
        row: line,
        column: at('org'),
        value: org,
        message: `The organisation is not ${ctx.organisation.acronym}, the organisation you report for`,
        code: 'not-your-organisation',
        params: { organisation: ctx.organisation.acronym },
      });
    // Indicator.
    let indicator: Indicator | undefined;
    const code = get('indicator');
    const activity = get('activity');
    if (code !== '') {
      indicator = indicators.get(code.toLowerCase());
      if (!indicator)
        add({
          row: line,
          column: at('indicator'),
          value: code,
          message: `Not an indicator of ${f.code}; use one of ${f.indicators.map((i) => i.id).join(', ')}`,
          code: 'unknown-indicator',
          params: { framework: f.code, indicators: f.indicators.map((i) => i.id).join(', ') },
        });
    } else {
      const matches = byActivity.get(foldRepeated(activity)) ?? [];
      if (matches.length === 1) indicator = matches[0];
      else
        add({
          row: line,
          column: at(col('activity') >= 0 ? 'activity' : 'indicator'),
          value: activity,
          message:
            matches.length > 1
              ? 'This activity has several indicators: give #indicator+code'
              : `Not an activity of ${f.code}; use one of ${[...new Set(f.indicators.map((i) => i.activity))].join(', ')}`,
          code: matches.length > 1 ? 'ambiguous-activity' : 'unknown-activity',
          params: {
            framework: f.code,
            activities: [...new Set(f.indicators.map((i) => i.activity))].join(', '),
          },
        });
    }
    // Areas.
    const adm1 = get('adm1').toUpperCase();
    const adm2 = get('adm2').toUpperCase();
    const a1 = areas.get(adm1);
    const a2 = areas.get(adm2);
    if (!a1 || a1.level !== 1) {
      const s = suggestPcode(get('adm1'), 1, ctx.gazetteer, iso2);
      add({
        row: line,
        column: at('adm1'),
        value: get('adm1'),
        message: `Not an admin-1 p-code of ${f.countryIso3}${s ? `; did you mean ${s.pcode} (${s.name})?` : ''}`,
        ...pcodeProblem(1, f.countryIso3, s),
      });
    }
    if (!a2 || a2.level !== 2) {
      const s = suggestPcode(get('adm2'), 2, ctx.gazetteer, iso2);
      add({
        row: line,
        column: at('adm2'),
        value: get('adm2'),
        message: `Not an admin-2 p-code of ${f.countryIso3}${s ? `; did you mean ${s.pcode} (${s.name})?` : ''}`,
        ...pcodeProblem(2, f.countryIso3, s),
      });
    } else if (a1 && a1.level === 1 && a2.parentPcode?.toUpperCase() !== a1.pcode.toUpperCase()) {
      add({
        row: line,
        column: at('adm2'),
        value: get('adm2'),
        message: `${a2.pcode} (${a2.name}) is not in ${a1.pcode} (${a1.name}); it lies in ${a2.parentPcode ?? '?'}`,
        code: 'adm2-not-in-adm1',
        params: {
          adm2: a2.pcode,
          adm2Name: a2.name,
          adm1: a1.pcode,
          adm1Name: a1.name,
          parent: a2.parentPcode ?? '?',
        },
      });
    }
    // Date in the period.
    const date = get('date');
    if (
      columnOf.date >= 0 &&
      date !== '' &&
      !(/^\d{4}-\d{2}(-\d{2})?$/.test(date) && date.startsWith(ctx.period))
    )
      add({
        row: line,
        column: at('date'),
        value: date,
        message: `The date is not in the period ${ctx.period} (write YYYY-MM-DD)`,
        code: 'date-outside-period',
        params: { period: ctx.period },
      });
    // Values.
    const cells = new Map<
      string,
      {
        measure: Measure;
        cell: CellKeys;
        value: number;
        column: string;
        plainKey: string;
        targetedKey: string;
      }
    >();
    const totals = new Map<Measure, { value: number; column: string }>();
    for (const { c, role, cellKey, plainKey, targetedKey, name } of valueColumns) {
      const text = cellAt(c);
      if (text === '') continue;
      // Plain digits (the usual case) need no separator handling.
      const plain = DIGITS.test(text);
      const value = plain ? Number(text) : Number(text.replace(/[ ,]/g, ''));
      if ((!plain && !DIGITS.test(text.replace(/[ ,](?=\d{3}\b)/g, ''))) || value > 2_000_000_000) {
        add({
          row: line,
          column: name,
          value: text,
          message: 'Not a whole number ≥ 0',
          code: 'not-a-whole-number',
          params: {},
        });
        continue;
      }
      if (role.cell === 'total') totals.set(role.measure, { value, column: name });
      else
        cells.set(cellKey, {
          measure: role.measure,
          cell: role.cell,
          value,
          column: name,
          plainKey,
          targetedKey,
        });
    }
    if (indicator) {
      const wanted = wantedCells.get(indicator)!;
      for (const v of cells.values())
        if (!wanted.has(v.plainKey))
          add({
            row: line,
            column: v.column,
            value: String(v.value),
            message: `${indicator.id} is not disaggregated so; leave this cell empty`,
            code: 'cell-not-asked',
            params: { indicator: indicator.id },
          });
        else if (v.measure === 'targeted' && !indicator.hasTarget)
          add({
            row: line,
            column: v.column,
            value: String(v.value),
            message: `${indicator.id} has no target`,
            code: 'no-target',
            params: { indicator: indicator.id },
          });
      for (const m of ['reached', 'targeted'] as const) {
        // The measure's cells counted and added in one pass (no array per row and measure).
        let parts = 0;
        let sum = 0;
        for (const v of cells.values())
          if (v.measure === m) {
            parts++;
            sum += v.value;
          }
        const t = totals.get(m);
        if (parts > 0 && t) {
          if (sum !== t.value)
            add({
              row: line,
              column: t.column,
              value: String(t.value),
              message: `The disaggregations add up to ${sum}, not ${t.value}`,
              code: 'sum-mismatch',
              params: { sum, total: t.value },
            });
        }
        if (m === 'reached' && parts === 0 && !t)
          add({
            row: line,
            column: '#reached',
            value: null,
            message: 'No figure reached',
            code: 'no-reached',
            params: {},
          });
        const d = indicator.disaggregation;
        if (parts === 0 && t && (d.sex || d.age || d.populationGroup || d.disability))
          add({
            row: line,
            column: t.column,
            value: String(t.value),
            message: `${indicator.id} is reported by disaggregation: fill the ${m} cells, not only the total`,
            code: 'disaggregation-required',
            params: { indicator: indicator.id, measure: m },
          });
      }
      if (indicator.reachedNotAboveTargeted) {
        for (const v of cells.values()) {
          if (v.measure !== 'reached') continue;
          const tv = cells.get(v.targetedKey);
          if (tv && v.value > tv.value)
            add({
              row: line,
              column: v.column,
              value: String(v.value),
              message: `Reached (${v.value}) is above targeted (${tv.value})`,
              code: 'reached-above-targeted',
              params: { reached: v.value, targeted: tv.value },
            });
        }
      }
      const dup = `${indicator.id}|${adm2}`;
      const first = seen.get(dup);
      if (first !== undefined && !ctx.sumRepeats)
        add({
          row: line,
          column: at('adm2'),
          value: get('adm2'),
          message: `Duplicate: ${indicator.id} in ${adm2} is already on row ${first}`,
          code: 'duplicate',
          params: { indicator: indicator.id, adm2, row: first },
        });
      else seen.set(dup, line);
    }
    if (total > before || !indicator || !a1 || !a2) continue;
    if (cells.size > 0)
      for (const v of cells.values())
        values.push({
          indicator: indicator.id,
          adm1: a1.pcode,
          adm2: a2.pcode,
          sex: v.cell.sex,
          age: v.cell.age,
          populationGroup: v.cell.populationGroup,
          disability: v.cell.disability,
          measure: v.measure,
          value: v.value,
        });
    else
      for (const [measure, t] of totals)
        values.push({
          indicator: indicator.id,
          adm1: a1.pcode,
          adm2: a2.pcode,
          sex: NOT_DISAGGREGATED,
          age: NOT_DISAGGREGATED,
          populationGroup: NOT_DISAGGREGATED,
          disability: NOT_DISAGGREGATED,
          measure,
          value: t.value,
        });
  }
  if (dataRows === 0)
    add({
      row: null,
      column: null,
      value: null,
      message: 'The file has no data rows',
      code: 'no-data-rows',
      params: {},
    });
  if (total > 0) return fail();
  const kept = ctx.sumRepeats ? sumValues(values) : values;
  const tooBig = kept.find((v) => v.value > 2_000_000_000);
  if (tooBig) {
    add({
      row: null,
      column: null,
      value: String(tooBig.value),
      message: `${tooBig.indicator} in ${tooBig.adm2} adds up to more than 2,000,000,000`,
      code: 'not-a-whole-number',
      params: {},
    });
    return fail();
  }
  return { ok: true, values: kept, rows: dataRows };
}

/** Adds up the values of the same indicator, area, disaggregation cell and measure (first order kept). */
function sumValues(values: readonly ParsedValue[]): ParsedValue[] {
  const out = new Map<string, ParsedValue>();
  for (const v of values) {
    const k = `${v.indicator}|${v.adm2}|${key(v)}|${v.measure}`;
    const prev = out.get(k);
    out.set(k, prev ? { ...prev, value: prev.value + v.value } : v);
  }
  return [...out.values()];
}
