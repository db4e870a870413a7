/**
 * Proposes missing-value codes from the data: the usual spellings of "no value" (`NA`, `N/A`, `.`,
 * `NULL`, …) wherever they appear as a value, and numeric sentinels (`-99`, `-999`, `999`, `9999`)
 * only where they stand apart from the column's other values (a `-99` in a column otherwise ≥ 0,
 * a `999` above every other value by at least a factor of two). The user confirms; nothing is applied
 * here. Empty cells are always missing and are counted per column for the report.
 */
import { MISSING_CODE, type Column, type Dataset } from '../dataset';
import { parseNumber } from '../io/table-builder';

/** Texts proposed wherever they appear (compared after trimming). */
export const TEXT_MISSING_CANDIDATES = [
  'NA',
  'N/A',
  'n/a',
  'na',
  '#N/A',
  'NULL',
  'null',
  '.',
  '-',
  'NaN',
] as const;
/** Numbers proposed only when they stand apart from the column's other values. */
export const NUMERIC_MISSING_CANDIDATES = [-99, -999, -9, 99, 999, 9999] as const;

export interface MissingProposal {
  /** The code, as it appears in the file. */
  readonly code: string;
  /** Columns where it appears, with the number of cells. */
  readonly columns: readonly { readonly column: string; readonly cells: number }[];
  /** Cells over all columns. */
  readonly cells: number;
}

export interface MissingSurvey {
  /** Proposed codes, most frequent first. */
  readonly proposals: readonly MissingProposal[];
  /** Missing cells already (empty, or made missing by codes), per column that has any. */
  readonly missingCells: Readonly<Record<string, number>>;
}

export function proposeMissingCodes(
  dataset: Dataset,
  options: { readonly exclude?: readonly string[] } = {},
): MissingSurvey {
  const exclude = new Set(options.exclude ?? []);
  const found = new Map<string, { column: string; cells: number }[]>();
  const add = (code: string, column: string, cells: number): void => {
    if (exclude.has(code)) return;
    const list = found.get(code) ?? [];
    list.push({ column, cells });
    found.set(code, list);
  };
  const missingCells: Record<string, number> = {};
  for (const col of dataset.columns) {
    // One pass over a column: its missing cells counted on the way.
    const missing =
      col.kind === 'categorical' ? surveyCategorical(col, add) : surveyNumeric(col.name, col.values, add);
    if (missing > 0) missingCells[col.name] = missing;
  }
  const proposals = [...found.entries()]
    .map(([code, columns]) => ({ code, columns, cells: columns.reduce((s, c) => s + c.cells, 0) }))
    .sort((a, b) => b.cells - a.cells || a.code.localeCompare(b.code));
  return { proposals, missingCells };
}

/** Adds the column's proposals; returns its missing cells. */
function surveyCategorical(
  col: Extract<Column, { kind: 'categorical' }>,
  add: (code: string, column: string, cells: number) => void,
): number {
  const counts = new Float64Array(col.levels.length);
  let missing = 0;
  for (let i = 0; i < col.codes.length; i++) {
    const c = col.codes[i]!;
    if (c !== MISSING_CODE) counts[c]!++;
    else missing++;
  }
  const texts = new Set<string>(TEXT_MISSING_CANDIDATES);
  // Numbers among the levels: a sentinel there is judged like in a numeric column.
  const numbers: number[] = [];
  const numberCounts = new Map<number, { text: string; cells: number }>();
  for (let l = 0; l < col.levels.length; l++) {
    const text = col.levels[l]!.trim();
    if (texts.has(text)) {
      add(text, col.name, counts[l]!);
      continue;
    }
    const n = parseNumber(text);
    if (n !== null) {
      numbers.push(n);
      const prev = numberCounts.get(n);
      numberCounts.set(n, { text: prev?.text ?? text, cells: (prev?.cells ?? 0) + counts[l]! });
    }
  }
  if (numbers.length === 0) return missing;
  for (const sentinel of sentinelsAmong(numbers)) {
    const entry = numberCounts.get(sentinel)!;
    add(entry.text, col.name, entry.cells);
  }
  return missing;
}

/** Adds the column's proposals; returns its missing cells. */
function surveyNumeric(
  name: string,
  values: Float64Array,
  add: (code: string, column: string, cells: number) => void,
): number {
  // One pass: missing cells, counts of the candidates, and the range of the other values.
  const candidates = NUMERIC_MISSING_CANDIDATES as readonly number[];
  const counts = new Float64Array(candidates.length);
  let min = Infinity;
  let max = -Infinity;
  let found = false;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) {
      missing++;
      continue;
    }
    // Every candidate is ≤ -9 or ≥ 99: values between are compared with none of them.
    if (
      (v <= -9 || v >= 99) &&
      (v === -99 || v === -999 || v === -9 || v === 99 || v === 999 || v === 9999)
    ) {
      counts[candidates.indexOf(v)]!++;
      found = true;
    } else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!found || min === Infinity) return missing;
  candidates.forEach((c, i) => {
    if (counts[i]! > 0 && standsApart(c, min, max)) add(String(c), name, counts[i]!);
  });
  return missing;
}

/** A negative code in a column otherwise ≥ 0; a positive one above twice the largest other value. */
function standsApart(code: number, min: number, max: number): boolean {
  return code < 0 ? min >= 0 : code > 2 * max && max >= 0;
}

/** The candidate sentinels that stand apart from the other (distinct) values. */
function sentinelsAmong(values: readonly number[]): number[] {
  const present = (NUMERIC_MISSING_CANDIDATES as readonly number[]).filter((c) => values.includes(c));
  if (present.length === 0) return [];
  const others = values.filter((v) => !(NUMERIC_MISSING_CANDIDATES as readonly number[]).includes(v));
  if (others.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of others) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return present.filter((s) => standsApart(s, min, max));
}
