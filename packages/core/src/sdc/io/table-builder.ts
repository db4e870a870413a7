import { MISSING_CODE, type CategoricalColumn, type Column, type NumericColumn } from '../dataset';
import { GrowableFloat64, GrowableInt32 } from './growable';

/**
 * A number as the readers accept it: optional minus, no leading zeros ("007" stays text, as do phone
 * numbers and codes), optional fraction and exponent. "NaN", "Infinity", hex and thousands
 * separators are text.
 */
const NUMBER_RE = /^-?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export function parseNumber(raw: string): number | null {
  const t = raw.trim();
  return NUMBER_RE.test(t) ? Number(t) : null;
}

/**
 * Builds one column incrementally. It stays numeric (8 bytes a row) while every non-missing value
 * parses as a number, remembering only the raw text of non-canonical numbers ("1.50", "-0"); at the
 * first non-numeric value it converts what it has to a dictionary-encoded column (4 bytes a row plus
 * the distinct strings). So the type is decided on the whole column, without keeping raw strings.
 */
class ColumnBuilder {
  private mode: 'numeric' | 'categorical' = 'numeric';
  private nums: GrowableFloat64 | null;
  private exceptions: Map<number, string> | null = new Map();
  private codes: GrowableInt32 | null = null;
  private dict: Map<string, number> | null = null;
  private levels: string[] = [];
  private seenValue = false;
  rows = 0;

  constructor(
    readonly name: string,
    initial: number,
  ) {
    this.nums = new GrowableFloat64(initial);
  }

  addMissing(): void {
    if (this.mode === 'numeric') this.nums!.push(Number.NaN);
    else this.codes!.push(MISSING_CODE);
    this.rows++;
  }

  add(raw: string): void {
    this.seenValue = true;
    if (this.mode === 'numeric') {
      const n = parseNumber(raw);
      if (n !== null) {
        this.nums!.push(n);
        if (String(n) !== raw) this.exceptions!.set(this.rows, raw);
        this.rows++;
        return;
      }
      this.toCategorical();
    }
    this.codes!.push(this.codeOf(raw));
    this.rows++;
  }

  private codeOf(v: string): number {
    let code = this.dict!.get(v);
    if (code === undefined) {
      code = this.levels.length;
      this.levels.push(v);
      this.dict!.set(v, code);
    }
    return code;
  }

  private toCategorical(): void {
    const nums = this.nums!;
    const exceptions = this.exceptions!;
    this.mode = 'categorical';
    this.dict = new Map();
    this.codes = new GrowableInt32(Math.max(1024, nums.length * 2));
    for (let i = 0; i < nums.length; i++) {
      const v = nums.get(i);
      if (Number.isNaN(v)) this.codes.push(MISSING_CODE);
      else this.codes.push(this.codeOf(exceptions.get(i) ?? String(v)));
    }
    this.nums = null;
    this.exceptions = null;
  }

  finish(): Column {
    if (this.mode === 'numeric' && !this.seenValue) {
      const codes = new Int32Array(this.rows).fill(MISSING_CODE);
      return { kind: 'categorical', name: this.name, levels: [], codes } satisfies CategoricalColumn;
    }
    if (this.mode === 'numeric') {
      return { kind: 'numeric', name: this.name, values: this.nums!.toArray() } satisfies NumericColumn;
    }
    return {
      kind: 'categorical',
      name: this.name,
      levels: this.levels,
      codes: this.codes!.toArray(),
    } satisfies CategoricalColumn;
  }
}

export interface TableBuilderOptions {
  /** Raw values treated as missing besides the empty string (compared after trimming). */
  readonly naStrings?: readonly string[];
}

/** Turns rows of raw strings into typed columns; shared by the CSV and XLSX readers. */
export class TableBuilder {
  private readonly builders: ColumnBuilder[];
  private readonly na: Set<string>;
  rowCount = 0;

  constructor(
    readonly header: readonly string[],
    options: TableBuilderOptions = {},
  ) {
    this.builders = header.map((h) => new ColumnBuilder(h, 1024));
    this.na = new Set(options.naStrings ?? []);
  }

  /** `fields` has one entry per header column (missing trailing entries count as empty). */
  addRow(fields: readonly string[]): void {
    const na = this.na;
    for (let j = 0; j < this.builders.length; j++) {
      const raw = fields[j] ?? '';
      const b = this.builders[j]!;
      if (raw === '' || (na.size > 0 && na.has(raw.trim())) || isBlank(raw)) b.addMissing();
      else b.add(raw);
    }
    this.rowCount++;
  }

  finish(): Column[] {
    return this.builders.map((b) => b.finish());
  }
}

function isBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c !== 32 && c !== 9) return false;
  return s.trim() === '';
}
