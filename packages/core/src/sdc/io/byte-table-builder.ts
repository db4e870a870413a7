/**
 * Columns built straight from the bytes of a file: no string per cell. A numeric column parses its
 * numbers from the bytes; a categorical column finds a cell's dictionary code by hashing its byte
 * range, and makes a string only once per distinct value. The result is the same as `TableBuilder`
 * fed the decoded strings (same types, levels in first-seen order, same missing values); fields the
 * fast paths do not cover (surrounding blanks, exponents, more than 15 digits, escaped quotes) go
 * through the string path with exactly `TableBuilder`'s rules.
 */
import { MISSING_CODE, type Column } from '../dataset';
import { GrowableFloat64, GrowableInt32 } from './growable';
import { parseNumber } from './table-builder';

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Set by `numberFromBytes`: whether `String(value)` gives back the field's bytes exactly. */
let canonical = false;
/**
 * Set by `numberFromBytes` when not canonical: the field's shape (digits after the point, digits
 * before it, whether it has a point, a minus), from which `plainDecimalText` writes it back.
 */
let shape = 0;

/**
 * The text of a plain decimal from its value and shape (`numberFromBytes`): the mantissa is
 * |value|·10^fraction rounded, exact for at most 15 digits (the error of the correctly rounded
 * value times an exact power of ten stays below 10^15·2^-52 < 0.5).
 */
export function plainDecimalText(value: number, fieldShape: number): string {
  const frac = fieldShape & 15;
  const int = (fieldShape >> 4) & 15;
  const m = Math.round(Math.abs(value) * POW10[frac]!);
  const digits = String(m).padStart(int + frac, '0');
  const sign = fieldShape & 512 ? '-' : '';
  return sign + digits.slice(0, int) + (fieldShape & 256 ? '.' + digits.slice(int) : '');
}

/**
 * The number in `b[s..e)` when it is a plain decimal the fast path covers (optional minus, no
 * leading zero, optional fraction, at most 15 digits, no exponent); otherwise NaN (not a number, or
 * not covered: the caller then uses the string path). Exact: a mantissa below 2^53 divided by an
 * exact power of ten is correctly rounded, as `Number(text)` is.
 */
export function numberFromBytes(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let neg = false;
  if (b[i] === 45) {
    neg = true;
    i++;
  }
  const intStart = i;
  let m = 0;
  while (i < e) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    m = m * 10 + c;
    i++;
  }
  const intLen = i - intStart;
  if (intLen > 1 && b[intStart] === 48) return Number.NaN;
  let fracLen = 0;
  let dot = false;
  if (i < e && b[i] === 46) {
    dot = true;
    i++;
    while (i < e) {
      const c = b[i]! - 48;
      if (c < 0 || c > 9) break;
      m = m * 10 + c;
      i++;
      fracLen++;
    }
  }
  if (i !== e || intLen + fracLen === 0 || intLen + fracLen > 15) return Number.NaN;
  let v = fracLen === 0 ? m : m / POW10[fracLen]!;
  if (neg) v = -v;
  const a = Math.abs(v);
  canonical =
    intLen > 0 &&
    !(dot && fracLen === 0) &&
    !(fracLen > 0 && b[e - 1] === 48) &&
    !(neg && m === 0) &&
    (m === 0 || (a >= 1e-6 && a < 1e21));
  if (!canonical) shape = fracLen | (intLen << 4) | (dot ? 256 : 0) | (neg ? 512 : 0);
  return v;
}

/** Adds the texts of shaped rows (`plainDecimalText`) to `texts`, rows offset by `base`. */
function addShaped(
  texts: Map<number, string>,
  values: Float64Array | GrowableFloat64,
  rows: Int32Array,
  rowShapes: Int32Array,
  base: number,
): void {
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const v = values instanceof Float64Array ? values[row]! : values.get(row);
    texts.set(base + row, plainDecimalText(v, rowShapes[k]!));
  }
}

/** A dictionary of byte strings → codes (open addressing, FNV-1a). */
class ByteDict {
  private arena = new Uint8Array(4096);
  private used = 0;
  private starts = new GrowableInt32(64);
  private lengths = new GrowableInt32(64);
  private hashes = new GrowableInt32(64);
  private table = new Int32Array(64); // code + 1; 0 = empty
  private mask = 63;
  size = 0;

  find(b: Uint8Array, s: number, e: number, h: number): number {
    const len = e - s;
    const arena = this.arena;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return -1;
      const code = entry - 1;
      if (this.hashes.get(code) !== h || this.lengths.get(code) !== len) continue;
      const st = this.starts.get(code);
      let same = true;
      for (let k = 0; k < len; k++) {
        if (arena[st + k] !== b[s + k]) {
          same = false;
          break;
        }
      }
      if (same) return code;
    }
  }

  add(b: Uint8Array, s: number, e: number, h: number): number {
    const len = e - s;
    if (this.used + len > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.used + len));
      next.set(this.arena.subarray(0, this.used));
      this.arena = next;
    }
    this.arena.set(b.subarray(s, e), this.used);
    const code = this.size++;
    this.starts.push(this.used);
    this.lengths.push(len);
    this.hashes.push(h);
    this.used += len;
    if (this.size * 2 > this.table.length) this.rehash();
    else this.place(code, h);
    return code;
  }

  private place(code: number, h: number): void {
    let slot = h & this.mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
    this.table[slot] = code + 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    this.mask = this.table.length - 1;
    for (let c = 0; c < this.size; c++) this.place(c, this.hashes.get(c));
  }
}

function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = s; k < e; k++) h = Math.imul(h ^ b[k]!, 0x01000193);
  return h;
}

/**
 * One column, numeric until a value is not a number (then dictionary-encoded), as TableBuilder.
 * The fields without `private` are also written by `ByteTableBuilder.addSimpleRecords`.
 */
class ByteColumn {
  numeric = true;
  nums: GrowableFloat64 | null = new GrowableFloat64(1024);
  private exceptions: Map<number, string> | null = new Map();
  /**
   * Rows whose number came from the bytes but is not written as `String(n)` ("110.0", ".5"), with
   * their shapes: their texts are made only if the column turns categorical (most never do).
   */
  shapedRows: GrowableInt32 | null = new GrowableInt32(64);
  shapes: GrowableInt32 | null = new GrowableInt32(64);
  codes: GrowableInt32 | null = null;
  dict: ByteDict | null = null;
  private levels: string[] = [];
  seenValue = false;
  rows = 0;

  /** Rows the columns are sized for (`reserve`). */
  private reserved = 0;

  constructor(readonly name: string) {}

  /** Sizes the column for `rows` rows at once. */
  reserve(rows: number): void {
    this.reserved = rows;
    if (this.numeric) this.nums!.reserve(rows);
    else this.codes!.reserve(rows);
  }

  addMissing(): void {
    if (this.numeric) this.nums!.push(Number.NaN);
    else this.codes!.push(MISSING_CODE);
    this.rows++;
  }

  /** A non-empty field without surrounding blanks or escapes. */
  addBytes(b: Uint8Array, s: number, e: number): void {
    if (this.numeric) {
      const c0 = b[s]!;
      if ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 46) {
        const v = numberFromBytes(b, s, e);
        if (v === v) {
          this.seenValue = true;
          if (!canonical) {
            this.shapedRows!.push(this.rows);
            this.shapes!.push(shape);
          }
          this.nums!.push(v);
          this.rows++;
          return;
        }
      }
      this.addString(utf8.decode(b.subarray(s, e)));
      return;
    }
    this.seenValue = true;
    this.codes!.push(this.codeOfBytes(b, s, e));
    this.rows++;
  }

  /** The string path: exactly TableBuilder's ColumnBuilder.add. */
  addString(raw: string): void {
    this.seenValue = true;
    if (this.numeric) {
      const n = parseNumber(raw);
      if (n !== null) {
        this.nums!.push(n);
        if (String(n) !== raw) this.exceptions!.set(this.rows, raw);
        this.rows++;
        return;
      }
      this.toCategorical();
    }
    this.codes!.push(this.codeOfString(raw));
    this.rows++;
  }

  private codeOfBytes(b: Uint8Array, s: number, e: number): number {
    const dict = this.dict!;
    const h = hashBytes(b, s, e);
    const found = dict.find(b, s, e, h);
    if (found >= 0) return found;
    return this.newLevel(b, s, e, h);
  }

  /** Adds the value `b[s..e)`, hashed `h`, not yet in the dictionary; returns its code. */
  newLevel(b: Uint8Array, s: number, e: number, h: number): number {
    this.levels.push(utf8.decode(b.subarray(s, e)));
    return this.dict!.add(b, s, e, h);
  }

  private codeOfString(v: string): number {
    const bytes = encoder.encode(v);
    return this.codeOfBytes(bytes, 0, bytes.length);
  }

  private toCategorical(): void {
    const nums = this.nums!;
    const exceptions = this.exceptions!;
    addShaped(exceptions, nums, this.shapedRows!.toArray(), this.shapes!.toArray(), 0);
    this.numeric = false;
    this.dict = new ByteDict();
    this.codes = new GrowableInt32(Math.max(1024, nums.length * 2, this.reserved));
    for (let i = 0; i < nums.length; i++) {
      const v = nums.get(i);
      if (Number.isNaN(v)) this.codes.push(MISSING_CODE);
      else this.codes.push(this.codeOfString(exceptions.get(i) ?? String(v)));
    }
    this.nums = null;
    this.exceptions = null;
    this.shapedRows = null;
    this.shapes = null;
  }

  /** The column as read so far, before `finish` (see `CsvPartColumn`). */
  toPart(): CsvPartColumn {
    if (this.numeric)
      return {
        kind: 'numeric',
        values: this.nums!.toArray(),
        exceptions: this.exceptions!,
        shapedRows: this.shapedRows!.toArray(),
        shapes: this.shapes!.toArray(),
        seenValue: this.seenValue,
      };
    return { kind: 'categorical', levels: this.levels, codes: this.codes!.toArray() };
  }

  /**
   * Appends the rows of a part read separately (the rest of the same column): afterwards the
   * column is what reading those rows here would have made — the same kind, levels in first-seen
   * order over both, the same codes, numbers and texts.
   */
  absorb(part: CsvPartColumn): void {
    const base = this.rows;
    if (part.kind === 'numeric') {
      const values = part.values;
      if (this.numeric) {
        this.nums!.append(values);
        for (const [i, text] of part.exceptions) this.exceptions!.set(base + i, text);
        const rows = part.shapedRows;
        for (let k = 0; k < rows.length; k++) {
          this.shapedRows!.push(base + rows[k]!);
          this.shapes!.push(part.shapes[k]!);
        }
        if (part.seenValue) this.seenValue = true;
      } else {
        // Numbers after text: each is the category of its text, as toCategorical makes them.
        const texts = new Map(part.exceptions);
        addShaped(texts, values, part.shapedRows, part.shapes, 0);
        const codes = this.codes!;
        codes.reserve(base + values.length);
        for (let i = 0; i < values.length; i++) {
          const v = values[i]!;
          codes.push(v !== v ? MISSING_CODE : this.codeOfString(texts.get(i) ?? String(v)));
        }
      }
      this.rows += values.length;
      return;
    }
    if (this.numeric) this.toCategorical();
    this.seenValue = true;
    // The part's levels in its own first-seen order: those new here come after the present ones.
    const remap = new Int32Array(part.levels.length);
    for (let l = 0; l < part.levels.length; l++) remap[l] = this.codeOfString(part.levels[l]!);
    const codes = this.codes!;
    const from = part.codes;
    codes.reserve(base + from.length);
    for (let i = 0; i < from.length; i++) {
      const c = from[i]!;
      codes.push(c === MISSING_CODE ? MISSING_CODE : remap[c]!);
    }
    this.rows += from.length;
  }

  finish(): Column {
    if (this.numeric && !this.seenValue) {
      return {
        kind: 'categorical',
        name: this.name,
        levels: [],
        codes: new Int32Array(this.rows).fill(MISSING_CODE),
      };
    }
    if (this.numeric) return { kind: 'numeric', name: this.name, values: this.nums!.toArray() };
    return { kind: 'categorical', name: this.name, levels: this.levels, codes: this.codes!.toArray() };
  }
}

/**
 * One column of a part of a file read on its own (`CsvReader` in part mode), in the state the
 * reader keeps before `finish`, so that parts can be joined exactly (`ByteTableBuilder.absorb`).
 * Plain data (typed arrays, a Map, strings): it can be posted between threads.
 */
export type CsvPartColumn =
  | {
      readonly kind: 'numeric';
      /** One value per row; NaN for a missing one. */
      readonly values: Float64Array;
      /** Row → the cell's text where `String(value)` is not the text of the file (string path). */
      readonly exceptions: ReadonlyMap<number, string>;
      /** Rows read as plain decimals not written as `String(value)`, and their shapes. */
      readonly shapedRows: Int32Array;
      readonly shapes: Int32Array;
      /** Whether any cell had a value (a column of only missing cells becomes categorical). */
      readonly seenValue: boolean;
    }
  | {
      readonly kind: 'categorical';
      /** Values in first-seen order within the part. */
      readonly levels: readonly string[];
      readonly codes: Int32Array;
    };

/** The rows of a part of a CSV file, read on their own (see `CsvReader` part mode). */
export interface CsvPart {
  readonly rows: number;
  readonly columns: readonly CsvPartColumn[];
}

/** Field kinds in a parsed record: a byte range, or a string (escaped quotes, stray text). */
export const RANGE = 0;
export const TEXT = 1;

/** Rows of byte-range fields → typed columns (the CSV reader's sink). */
export class ByteTableBuilder {
  private readonly columns: ByteColumn[];
  private readonly na: Set<string>;
  private readonly naMaxBytes: number;
  rowCount = 0;
  /**
   * Set by `addSimpleRecords`: it stopped because the bytes ended within a record (the general
   * parser keeps that record for the next chunk), not at a record that is not plain.
   */
  stoppedAtEnd = false;

  constructor(header: readonly string[], naStrings: readonly string[] = []) {
    this.columns = header.map((h) => new ByteColumn(h));
    this.na = new Set(naStrings);
    this.naMaxBytes = Math.max(0, ...naStrings.map((s) => encoder.encode(s).length + 64));
  }

  /**
   * Adds one record: field j is `b[starts[j]..ends[j])` when `kinds[j]` is RANGE, else `texts[j]`.
   * Rules as TableBuilder: empty or blank is missing, as is a naString (after trimming).
   */
  addRow(
    b: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    kinds: Uint8Array,
    texts: readonly (string | undefined)[],
  ): void {
    const cols = this.columns;
    const na = this.na;
    for (let j = 0; j < cols.length; j++) {
      const col = cols[j]!;
      if (kinds[j] === TEXT) {
        const raw = texts[j]!;
        if (raw === '' || (na.size > 0 && na.has(raw.trim())) || isBlank(raw)) col.addMissing();
        else col.addString(raw);
        continue;
      }
      const s = starts[j]!;
      const e = ends[j]!;
      if (s === e) {
        col.addMissing();
        continue;
      }
      const first = b[s]!;
      const last = b[e - 1]!;
      if (first === 32 || first === 9 || last === 32 || last === 9) {
        // Surrounding blanks: the string path decides (blank → missing, " 12 " → 12 with its text).
        const raw = utf8.decode(b.subarray(s, e));
        if ((na.size > 0 && na.has(raw.trim())) || isBlank(raw)) col.addMissing();
        else col.addString(raw);
        continue;
      }
      if (na.size > 0 && e - s <= this.naMaxBytes && na.has(utf8.decode(b.subarray(s, e)).trim())) {
        col.addMissing();
        continue;
      }
      col.addBytes(b, s, e);
    }
    this.rowCount++;
  }

  /**
   * The CSV reader's fast path: adds the records of `b` from `i` on while each is one line of
   * exactly one field a column, every field plain — a number the fast path of `numberFromBytes`
   * covers (or empty) in a numeric column, a value not starting with a quote nor starting or
   * ending with a blank (or empty) in a categorical one, at most `maxFieldBytes` bytes — ending
   * with LF, CRLF or CR before `n`, and fewer than `maxRows` rows. Each field's bytes are read
   * once: the number is parsed, or the value hashed, while its end is looked for; the value is
   * written in place at the row's index, and the row counts only once its line ends, so that a
   * record stopped half-way leaves the columns as they were (a level it met first stays in the
   * dictionary: the record read again meets it at the same place). Returns where it stopped: the
   * start of the first record it did not take (the caller's general parser reads that one),
   * or `n`. The same columns as `addRow` would make, record by record. Not for one column (a
   * blank line would read as a missing value) or NA strings: returns `i`.
   */
  addSimpleRecords(
    b: Uint8Array,
    i: number,
    n: number,
    d: number,
    maxRows: number,
    maxFieldBytes: number,
  ): number {
    const cols = this.columns;
    const nc = cols.length;
    if (nc < 2 || this.na.size > 0) return i;
    const last = nc - 1;
    const first = this.rowCount;
    let row = first;
    let cap = 0;
    const nums: (Float64Array | null)[] = new Array<Float64Array | null>(nc);
    const codes: (Int32Array | null)[] = new Array<Int32Array | null>(nc);
    const snapshot = (): void => {
      cap = 2 ** 31 - 1;
      for (let j = 0; j < nc; j++) {
        const col = cols[j]!;
        const a = col.numeric ? col.nums!.raw() : null;
        const c = col.numeric ? null : col.codes!.raw();
        nums[j] = a;
        codes[j] = c;
        cap = Math.min(cap, a !== null ? a.length : c!.length);
      }
    };
    snapshot();
    let p = i;
    records: while (i < n && row < maxRows) {
      if (row >= cap) {
        // Grow every column by doubling: the lengths are set to the rows written so far first.
        for (const col of cols) {
          const g = col.numeric ? col.nums! : col.codes!;
          g.length = row;
          g.reserve(Math.max(16, 2 * row));
        }
        snapshot();
      }
      p = i;
      for (let j = 0; j < nc; j++) {
        if (p >= n) break records;
        const s = p;
        const values = nums[j];
        if (values != null) {
          let c = b[p]!;
          let neg = false;
          if (c === 45) {
            neg = true;
            p++;
          }
          const intStart = p;
          let m = 0;
          while (p < n) {
            c = b[p]! - 48;
            if (c < 0 || c > 9) break;
            m = m * 10 + c;
            p++;
          }
          const intLen = p - intStart;
          let fracLen = 0;
          let dot = false;
          if (p < n && b[p] === 46) {
            dot = true;
            p++;
            const fracStart = p;
            while (p < n) {
              c = b[p]! - 48;
              if (c < 0 || c > 9) break;
              m = m * 10 + c;
              p++;
            }
            fracLen = p - fracStart;
          }
          if (p === s)
            values[row] = Number.NaN; // empty (or not a number: the end test below)
          else {
            if (intLen + fracLen === 0 || intLen + fracLen > 15 || (intLen > 1 && b[intStart] === 48))
              break records;
            let v = fracLen === 0 ? m : m / POW10[fracLen]!;
            if (neg) v = -v;
            values[row] = v;
            const a = neg ? -v : v;
            const isCanonical =
              intLen > 0 &&
              !(dot && fracLen === 0) &&
              !(fracLen > 0 && b[p - 1] === 48) &&
              !(neg && m === 0) &&
              (m === 0 || (a >= 1e-6 && a < 1e21));
            if (!isCanonical) {
              const col = cols[j]!;
              col.shapedRows!.push(row);
              col.shapes!.push(fracLen | (intLen << 4) | (dot ? 256 : 0) | (neg ? 512 : 0));
            }
          }
        } else {
          let h = 0x811c9dc5 | 0;
          while (p < n) {
            const c = b[p]!;
            if (c === d || c === 10 || c === 13) break;
            h = Math.imul(h ^ c, 0x01000193);
            p++;
          }
          // A field cut by the end of the bytes is not looked up (its end is not known).
          if (p >= n) break records;
          let code = MISSING_CODE;
          if (p > s) {
            // A quoted field, or blanks around the value: the general parser's string path.
            const c0 = b[s]!;
            const end = b[p - 1]!;
            if (c0 === 34 || c0 === 32 || c0 === 9 || end === 32 || end === 9) break records;
            const col = cols[j]!;
            code = col.dict!.find(b, s, p, h);
            if (code < 0) code = col.newLevel(b, s, p, h);
          }
          codes[j]![row] = code;
        }
        if (p >= n || p - s > maxFieldBytes) break records;
        const c = b[p]!;
        if (j < last) {
          if (c !== d) break records;
          p++;
        } else if (c === 10) p++;
        else if (c === 13 && p + 1 < n) p += b[p + 1] === 10 ? 2 : 1;
        else break records;
      }
      row++;
      i = p;
    }
    // The rows taken count; the row stopped half-way does not (its shaped numbers are dropped).
    for (const col of cols) {
      col.rows = row;
      if (col.numeric) {
        const g = col.nums!;
        g.length = row;
        const shaped = col.shapedRows!;
        while (shaped.length > 0 && shaped.get(shaped.length - 1) >= row) {
          shaped.length--;
          col.shapes!.length--;
        }
        if (!col.seenValue) {
          const values = g.raw();
          for (let r = first; r < row; r++) {
            if (values[r] === values[r]) {
              col.seenValue = true;
              break;
            }
          }
        }
      } else col.codes!.length = row;
    }
    this.rowCount = row;
    this.stoppedAtEnd = p >= n || (p === n - 1 && b[p] === 13);
    return i;
  }

  /** Sizes every column for `rows` rows at once (an estimate: more rows still fit, by growing). */
  reserve(rows: number): void {
    for (const c of this.columns) c.reserve(rows);
  }

  /** The rows read so far, as a part another builder can absorb. */
  toPart(): CsvPart {
    return { rows: this.rowCount, columns: this.columns.map((c) => c.toPart()) };
  }

  /** Appends a part's rows (same columns, read separately from the rest of the same file). */
  absorb(part: CsvPart): void {
    if (part.columns.length !== this.columns.length)
      throw new RangeError(`part has ${part.columns.length} columns, expected ${this.columns.length}`);
    for (let j = 0; j < this.columns.length; j++) this.columns[j]!.absorb(part.columns[j]!);
    this.rowCount += part.rows;
  }

  finish(): Column[] {
    return this.columns.map((c) => c.finish());
  }
}

/** As TableBuilder: only spaces and tabs at the start, and nothing but white space. */
function isBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c !== 32 && c !== 9) return false;
  return s.trim() === '';
}
