/**
 * A report's parsed values as columns (decision 0029 addendum): each text column as codes into
 * one dictionary of distinct texts, the figures as an Int32Array. Built where the file is
 * validated (the parse worker) and handed to the store without copying: the typed arrays'
 * buffers are transferred, and the store reads each column straight into its array parameter.
 */
import type { ParsedValue } from './upload';

/** The text columns, in the store's order. */
export const VALUE_TEXT_COLUMNS = [
  'indicator',
  'adm1',
  'adm2',
  'sex',
  'age',
  'populationGroup',
  'disability',
  'measure',
] as const;

export type ValueTextColumn = (typeof VALUE_TEXT_COLUMNS)[number];

export interface ReportValueColumns {
  readonly length: number;
  /** The distinct texts; `codes[c][i]` indexes it for column VALUE_TEXT_COLUMNS[c] of value i. */
  readonly texts: readonly string[];
  readonly codes: readonly Uint32Array[];
  /** Whole numbers 0 … 2,000,000,000. */
  readonly values: Int32Array;
}

export function toValueColumns(values: readonly ParsedValue[]): ReportValueColumns {
  const n = values.length;
  const texts: string[] = [];
  const index = new Map<string, number>();
  const codes = VALUE_TEXT_COLUMNS.map(() => new Uint32Array(n));
  const figures = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    for (let c = 0; c < VALUE_TEXT_COLUMNS.length; c++) {
      const text = v[VALUE_TEXT_COLUMNS[c]!];
      let k = index.get(text);
      if (k === undefined) {
        k = texts.length;
        texts.push(text);
        index.set(text, k);
      }
      codes[c]![i] = k;
    }
    if (!Number.isInteger(v.value) || v.value < 0 || v.value > 2_147_483_647)
      throw new RangeError('toValueColumns: figures are whole numbers within 32 bits');
    figures[i] = v.value;
  }
  return { length: n, texts, codes, values: figures };
}

/** Value i of the columns (tests, small reads). */
export function valueAt(columns: ReportValueColumns, i: number): ParsedValue {
  const text = (c: number) => columns.texts[columns.codes[c]![i]!]!;
  return {
    indicator: text(0),
    adm1: text(1),
    adm2: text(2),
    sex: text(3),
    age: text(4),
    populationGroup: text(5),
    disability: text(6),
    measure: text(7) as ParsedValue['measure'],
    value: columns.values[i]!,
  };
}

/** The buffers to transfer with the columns (postMessage's transfer list). */
export function valueColumnBuffers(columns: ReportValueColumns): ArrayBuffer[] {
  return [...columns.codes.map((c) => c.buffer as ArrayBuffer), columns.values.buffer as ArrayBuffer];
}
