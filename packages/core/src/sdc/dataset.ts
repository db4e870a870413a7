/**
 * The columnar dataset every part of the disclosure-control engine works on.
 *
 * - A categorical column is dictionary-encoded: `codes[i]` indexes `levels`; `MISSING_CODE` (-1)
 *   marks a missing value (sdcMicro's NA, a wildcard in frequency counts).
 * - A numeric column stores Float64Array values; `NaN` marks a missing value.
 * - Columns are immutable by convention: methods return new columns / datasets.
 */

export const MISSING_CODE = -1;

export type ColumnRole =
  'direct-identifier' | 'key' | 'sensitive' | 'weight' | 'household' | 'numeric' | 'other';

export interface CategoricalColumn {
  readonly kind: 'categorical';
  readonly name: string;
  /** Distinct values in first-seen order (or a given order); codes index into it. */
  readonly levels: readonly string[];
  /** One code per row; MISSING_CODE for a missing value. */
  readonly codes: Int32Array;
}

export interface NumericColumn {
  readonly kind: 'numeric';
  readonly name: string;
  /** One value per row; NaN for a missing value. */
  readonly values: Float64Array;
}

export type Column = CategoricalColumn | NumericColumn;

export interface Dataset {
  readonly rowCount: number;
  readonly columns: readonly Column[];
}

/** Misuse (a programming error, not bad user data): the core throws only for these. */
export class SdcUsageError extends Error {
  override readonly name = 'SdcUsageError';
}

export function column(dataset: Dataset, name: string): Column {
  const found = dataset.columns.find((c) => c.name === name);
  if (!found) {
    throw new SdcUsageError(
      `Unknown column "${name}". Available: ${dataset.columns.map((c) => c.name).join(', ')}`,
    );
  }
  return found;
}

export function hasColumn(dataset: Dataset, name: string): boolean {
  return dataset.columns.some((c) => c.name === name);
}

/** Builds a categorical column from raw strings; `null`, `undefined` and '' are missing. */
export function categoricalFromStrings(
  name: string,
  raw: ReadonlyArray<string | null | undefined>,
  levelOrder?: readonly string[],
): CategoricalColumn {
  const levels: string[] = levelOrder ? [...levelOrder] : [];
  const index = new Map<string, number>(levels.map((l, i) => [l, i]));
  const codes = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (v === null || v === undefined || v === '') {
      codes[i] = MISSING_CODE;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = levels.length;
      levels.push(v);
      index.set(v, code);
    }
    codes[i] = code;
  }
  return { kind: 'categorical', name, levels, codes };
}

/** Builds a numeric column; `null`, `undefined`, '' and unparsable strings become NaN. */
export function numericFromValues(
  name: string,
  raw: ReadonlyArray<number | string | null | undefined>,
): NumericColumn {
  const values = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (v === null || v === undefined || v === '') values[i] = Number.NaN;
    else values[i] = typeof v === 'number' ? v : Number(v);
  }
  return { kind: 'numeric', name, values };
}

/** Treats a numeric column as categorical (each distinct number a level), as sdcMicro does for keys. */
export function asCategorical(col: Column): CategoricalColumn {
  if (col.kind === 'categorical') return col;
  const raw: (string | null)[] = new Array(col.values.length);
  for (let i = 0; i < col.values.length; i++) {
    const v = col.values[i]!;
    raw[i] = Number.isNaN(v) ? null : String(v);
  }
  return categoricalFromStrings(col.name, raw);
}

/** The string value of a cell, or null when missing. */
export function cellText(col: Column, row: number): string | null {
  if (col.kind === 'categorical') {
    const code = col.codes[row]!;
    return code === MISSING_CODE ? null : col.levels[code]!;
  }
  const v = col.values[row]!;
  return Number.isNaN(v) ? null : String(v);
}

export function datasetFromColumns(columns: readonly Column[]): Dataset {
  const rowCount = columns.length === 0 ? 0 : lengthOf(columns[0]!);
  for (const c of columns) {
    if (lengthOf(c) !== rowCount) {
      throw new SdcUsageError(`Column "${c.name}" has ${lengthOf(c)} rows, expected ${rowCount}`);
    }
  }
  return { rowCount, columns };
}

export function replaceColumn(dataset: Dataset, replacement: Column): Dataset {
  column(dataset, replacement.name);
  return datasetFromColumns(dataset.columns.map((c) => (c.name === replacement.name ? replacement : c)));
}

function lengthOf(c: Column): number {
  return c.kind === 'categorical' ? c.codes.length : c.values.length;
}
