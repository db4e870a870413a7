/**
 * Missing-value codes: the texts a file uses for "no value" (R's `NA`, SPSS/Stata's `.`, survey
 * sentinels such as `-99` or `999`). An empty cell is always missing; these codes add to it, for the
 * whole file and per column. A missing key value is a wildcard in every frequency count, exactly as
 * a suppressed one (sdcMicro's NA).
 *
 * Comparison: a categorical cell matches a code when its text, trimmed, equals the code; a numeric
 * cell matches when the code is a number of the same value (`-99` matches a cell written `-99.0`).
 * After the codes are applied, a column whose remaining values are all numbers becomes numeric, as
 * if the reader had met empty cells there (so a weight column written `1.5, NA, 2` is a weight).
 */
import {
  MISSING_CODE,
  datasetFromColumns,
  type CategoricalColumn,
  type Column,
  type Dataset,
  type NumericColumn,
} from '../dataset';
import { parseNumber } from '../io/table-builder';
import { fail, ok, type MethodResult } from '../methods/result';

export interface MissingCodes {
  /** Codes that mean "missing" in every column. */
  readonly all?: readonly string[];
  /** Extra codes for one column (added to `all`). */
  readonly columns?: Readonly<Record<string, readonly string[]>>;
}

export interface MissingCodesApplied {
  /** The codes for the whole file, as given. */
  readonly all: readonly string[];
  /** The extra codes per column, as given. */
  readonly columns: Readonly<Record<string, readonly string[]>>;
  /** Cells turned missing, per column that had at least one. */
  readonly cells: Readonly<Record<string, number>>;
  /** Total cells turned missing. */
  readonly total: number;
}

/** Largest number of codes accepted (for the file, and per column). */
export const MAX_MISSING_CODES = 50;
const MAX_CODE_LENGTH = 100;

/** Checks a `MissingCodes` value (from JSON or flags); the field names the culprit. */
export function validateMissingCodes(
  value: unknown,
  columnNames: readonly string[],
  field = 'missing',
): MethodResult<MissingCodes> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(field, 'must be an object like {"all": ["NA", "."], "columns": {"age": ["-99"]}}');
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) {
    if (key !== 'all' && key !== 'columns')
      return fail(`${field}.${key}`, 'unknown field; expected all, columns');
  }
  const list = (raw: unknown, at: string): MethodResult<string[]> => {
    if (!Array.isArray(raw)) return fail(at, 'must be a list of texts');
    if (raw.length > MAX_MISSING_CODES) return fail(at, `at most ${MAX_MISSING_CODES} codes`);
    for (let i = 0; i < raw.length; i++) {
      const c: unknown = raw[i];
      if (typeof c !== 'string') return fail(`${at}[${i}]`, 'must be a text');
      if (c.trim() === '')
        return fail(`${at}[${i}]`, 'an empty code is not needed: empty cells are always missing');
      if (c.length > MAX_CODE_LENGTH) return fail(`${at}[${i}]`, `at most ${MAX_CODE_LENGTH} characters`);
    }
    return ok(raw.map((c: string) => c.trim()));
  };
  let all: string[] = [];
  if (v.all !== undefined) {
    const r = list(v.all, `${field}.all`);
    if (!r.ok) return r;
    all = r.value;
  }
  const columns: Record<string, string[]> = {};
  if (v.columns !== undefined) {
    if (typeof v.columns !== 'object' || v.columns === null || Array.isArray(v.columns)) {
      return fail(`${field}.columns`, 'must map column names to lists of codes');
    }
    for (const [name, codes] of Object.entries(v.columns as Record<string, unknown>)) {
      if (!columnNames.includes(name)) {
        return fail(
          `${field}.columns.${name}`,
          `unknown column "${name}"; available: ${columnNames.join(', ')}`,
        );
      }
      const r = list(codes, `${field}.columns.${name}`);
      if (!r.ok) return r;
      columns[name] = r.value;
    }
  }
  return ok({ all, columns });
}

/**
 * Applies the codes: every matching cell becomes missing. Returns the new dataset (columns without
 * a match are shared, not copied) and how many cells each column lost.
 */
export function applyMissingCodes(
  dataset: Dataset,
  codes: MissingCodes,
): MethodResult<{ dataset: Dataset; applied: MissingCodesApplied }> {
  const names = dataset.columns.map((c) => c.name);
  const checked = validateMissingCodes(codes, names);
  if (!checked.ok) return checked;
  const all = checked.value.all ?? [];
  const perColumn = checked.value.columns ?? {};
  const cells: Record<string, number> = {};
  let total = 0;
  const columns = dataset.columns.map((col) => {
    const list = [...all, ...(perColumn[col.name] ?? [])];
    if (list.length === 0) return col;
    const r = col.kind === 'categorical' ? applyToCategorical(col, list) : applyToNumeric(col, list);
    if (r.count > 0) {
      cells[col.name] = r.count;
      total += r.count;
    }
    return r.column;
  });
  return ok({
    dataset: total === 0 ? dataset : datasetFromColumns(columns),
    applied: { all, columns: perColumn, cells, total },
  });
}

function applyToNumeric(col: NumericColumn, codes: readonly string[]): { column: Column; count: number } {
  const targets = codes.map(parseNumber).filter((n): n is number => n !== null);
  if (targets.length === 0) return { column: col, count: 0 };
  let values: Float64Array | null = null;
  let count = 0;
  for (let i = 0; i < col.values.length; i++) {
    const v = col.values[i]!;
    if (targets.includes(v)) {
      values ??= Float64Array.from(col.values);
      values[i] = Number.NaN;
      count++;
    }
  }
  return { column: values ? { kind: 'numeric', name: col.name, values } : col, count };
}

function applyToCategorical(
  col: CategoricalColumn,
  codes: readonly string[],
): { column: Column; count: number } {
  const set = new Set(codes);
  const numericCodes = codes.map(parseNumber).filter((n): n is number => n !== null);
  const remap = new Int32Array(col.levels.length);
  const levels: string[] = [];
  let dropped = 0;
  for (let l = 0; l < col.levels.length; l++) {
    const text = col.levels[l]!.trim();
    const asNumber = numericCodes.length > 0 ? parseNumber(text) : null;
    if (set.has(text) || (asNumber !== null && numericCodes.includes(asNumber))) {
      remap[l] = MISSING_CODE;
      dropped++;
    } else {
      remap[l] = levels.length;
      levels.push(col.levels[l]!);
    }
  }
  if (dropped === 0) return { column: col, count: 0 };
  const codesOut = new Int32Array(col.codes.length);
  let count = 0;
  for (let i = 0; i < col.codes.length; i++) {
    const c = col.codes[i]!;
    if (c === MISSING_CODE) codesOut[i] = MISSING_CODE;
    else {
      const m = remap[c]!;
      codesOut[i] = m;
      if (m === MISSING_CODE) count++;
    }
  }
  // All remaining values numbers: the column is numeric, as the reader would have made it.
  const parsed = levels.map(parseNumber);
  if (levels.length > 0 && parsed.every((n) => n !== null)) {
    const nums = parsed as number[];
    const values = new Float64Array(codesOut.length);
    for (let i = 0; i < codesOut.length; i++) {
      const c = codesOut[i]!;
      values[i] = c === MISSING_CODE ? Number.NaN : nums[c]!;
    }
    return { column: { kind: 'numeric', name: col.name, values }, count };
  }
  return { column: { kind: 'categorical', name: col.name, levels, codes: codesOut }, count };
}

/**
 * Parses a command-line list such as `NA,.,-99`: comma-separated, trimmed; a code holding a comma
 * can be quoted (`"a,b"`). Empty entries are errors (empty cells are always missing).
 */
export function parseMissingList(text: string): MethodResult<string[]> {
  const out: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let item: string;
    while (i < text.length && text[i] === ' ') i++;
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return fail('missing', `unclosed quote in "${text}"`);
      item = text.slice(i + 1, end);
      i = end + 1;
      while (i < text.length && text[i] !== ',') i++;
    } else {
      const end = text.indexOf(',', i);
      item = (end < 0 ? text.slice(i) : text.slice(i, end)).trim();
      i = end < 0 ? text.length : end;
    }
    if (item.trim() === '')
      return fail('missing', `empty code in "${text}" (empty cells are always missing)`);
    out.push(item.trim());
    i++;
  }
  if (out.length > MAX_MISSING_CODES) return fail('missing', `at most ${MAX_MISSING_CODES} codes`);
  return ok(out);
}
