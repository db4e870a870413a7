import { cellText, datasetFromColumns, type Dataset } from '../dataset';
import { fileLabel, type IoError, type ReadResult } from './errors';
import { TableBuilder, type TableBuilderOptions } from './table-builder';

export interface CsvReadOptions extends TableBuilderOptions {
  /** Field delimiter; detected from the first lines when omitted (`,` `;` tab `|`). */
  readonly delimiter?: string;
  /** File name used in error messages. */
  readonly file?: string;
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;
/** Text gathered before the delimiter is guessed. */
const DETECT_SAMPLE_CHARS = 64 * 1024;
const MAX_RAGGED_LINES = 5;

/**
 * Streaming CSV reader. Feed `Uint8Array` chunks with `push`, then call `finish` once.
 * UTF-8 only (a UTF-8 BOM is skipped); a UTF-16 BOM, NUL bytes or invalid UTF-8 give an `encoding`
 * error naming the line. Quoted fields may hold delimiters, doubled quotes and newlines. Columns
 * are built as rows arrive (see `TableBuilder`), so memory is about one typed array per column.
 */
export class CsvReader {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private head: Uint8Array | null = new Uint8Array(0);
  private error: IoError | null = null;
  private delimiter: string | null;
  private buf = '';
  private line = 1;
  private bytesSeen = 0;
  private newlinesSeen = 0;
  private sawBytes = false;
  private header: string[] | null = null;
  private builder: TableBuilder | null = null;
  private raggedLines: number[] = [];
  private raggedCount = 0;
  private readonly fields: string[] = [];

  constructor(private readonly options: CsvReadOptions = {}) {
    if (options.delimiter !== undefined && options.delimiter.length !== 1) {
      throw new RangeError('CSV delimiter must be a single character');
    }
    this.delimiter = options.delimiter ?? null;
  }

  /** Adds the next chunk of bytes. Returns the error once the input is known to be unreadable. */
  push(chunk: Uint8Array): IoError | null {
    if (this.error) return this.error;
    if (chunk.length === 0) return null;
    if (this.head) {
      // Hold back the first bytes until the encoding signature can be checked.
      const merged = new Uint8Array(this.head.length + chunk.length);
      merged.set(this.head);
      merged.set(chunk, this.head.length);
      if (merged.length < 4) {
        this.head = merged;
        return null;
      }
      this.head = null;
      const sig = this.checkSignature(merged);
      if (sig) return (this.error = sig);
      chunk = merged;
    }
    this.decodeChunk(chunk, false);
    return this.error;
  }

  /** Ends the input and returns the dataset or the first error. */
  finish(): ReadResult {
    if (!this.error && this.head) {
      const head = this.head;
      this.head = null;
      const sig = this.checkSignature(head);
      if (sig) this.error = sig;
      else if (head.length > 0) this.decodeChunk(head, false);
    }
    if (!this.error) this.decodeChunk(new Uint8Array(0), true);
    if (this.error) return { ok: false, error: this.error };
    const file = this.options.file;
    if (!this.header) {
      return {
        ok: false,
        error: { code: 'empty-file', file, message: `${fileLabel(file)} is empty: no header and no data.` },
      };
    }
    if (this.raggedCount > 0) {
      const n = this.header.length;
      const lines = this.raggedLines;
      return {
        ok: false,
        error: {
          code: 'ragged-rows',
          file,
          line: lines[0],
          lines,
          count: this.raggedCount,
          message:
            `${fileLabel(file)} has ${this.raggedCount} row(s) whose number of fields differs from the ` +
            `header's ${n}, at line(s) ${lines.join(', ')}${this.raggedCount > lines.length ? ', …' : ''}.`,
        },
      };
    }
    const builder = this.builder!;
    if (builder.rowCount === 0) {
      return {
        ok: false,
        error: { code: 'empty-file', file, message: `${fileLabel(file)} has a header but no data rows.` },
      };
    }
    return { ok: true, dataset: datasetFromColumns(builder.finish()), delimiter: this.delimiter ?? ',' };
  }

  private checkSignature(b: Uint8Array): IoError | null {
    const file = this.options.file;
    const enc = (message: string): IoError => ({ code: 'encoding', file, line: 1, byteOffset: 0, message });
    if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
      return enc(
        `${fileLabel(file)} is UTF-16 encoded (byte-order mark found). Save it as UTF-8 CSV and retry.`,
      );
    }
    if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
      return enc(`${fileLabel(file)} is a ZIP archive (an XLSX workbook?), not a CSV text file.`);
    }
    const probe = Math.min(b.length, 4096);
    for (let i = 0; i < probe; i++) {
      if (b[i] === 0) {
        return enc(
          `${fileLabel(file)} contains NUL bytes (line 1, byte ${i}): it looks like UTF-16 or a binary file, not UTF-8 text.`,
        );
      }
    }
    return null;
  }

  private decodeChunk(chunk: Uint8Array, final: boolean): void {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: !final });
    } catch {
      const at = firstInvalidUtf8(chunk);
      let line = this.newlinesSeen + 1;
      for (let i = 0; i < at && i < chunk.length; i++) if (chunk[i] === 10) line++;
      const byte = chunk[at];
      this.error = {
        code: 'encoding',
        file: this.options.file,
        line,
        byteOffset: this.bytesSeen + at,
        message:
          `${fileLabel(this.options.file)} is not valid UTF-8: invalid byte` +
          `${byte === undefined ? '' : ` 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`} at line ${line}. ` +
          `It may be Latin-1/Windows-1252 or UTF-16; save it as UTF-8 CSV and retry.`,
      };
      return;
    }
    this.bytesSeen += chunk.length;
    for (let p = chunk.indexOf(10); p !== -1; p = chunk.indexOf(10, p + 1)) this.newlinesSeen++;
    if (text.length > 0) {
      this.sawBytes = true;
      this.buf = this.buf.length === 0 ? text : this.buf + text;
    }
    if (this.delimiter === null) {
      if (this.buf.length < DETECT_SAMPLE_CHARS && !final) return;
      this.delimiter = detectDelimiter(this.buf, final);
    }
    this.parse(final);
  }

  private parse(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    const d = this.delimiter!.charCodeAt(0);
    const fields = this.fields;
    let i = 0;
    let line = this.line;
    outer: while (i < n) {
      const recStart = i;
      const startLine = line;
      fields.length = 0;
      for (;;) {
        let value: string;
        let k: number;
        if (s.charCodeAt(i) === 34) {
          // Quoted field.
          let j = i + 1;
          let parts = '';
          for (;;) {
            const q = s.indexOf('"', j);
            if (q === -1 || (q === n - 1 && !final)) {
              if (final && q === -1) {
                this.error = {
                  code: 'unterminated-quote',
                  file: this.options.file,
                  line: startLine,
                  column: fields.length + 1,
                  message:
                    `${fileLabel(this.options.file)}: a quoted field starting at line ${startLine}, ` +
                    `field ${fields.length + 1}, is never closed.`,
                };
                return;
              }
              this.keep(recStart, startLine);
              return;
            }
            for (let p = s.indexOf('\n', j); p !== -1 && p < q; p = s.indexOf('\n', p + 1)) line++;
            if (s.charCodeAt(q + 1) === 34) {
              parts += s.slice(j, q + 1);
              j = q + 2;
              continue;
            }
            parts += s.slice(j, q);
            k = q + 1;
            break;
          }
          // Tolerate stray characters after the closing quote: keep them.
          const after = k;
          while (k < n) {
            const c = s.charCodeAt(k);
            if (c === d || c === 10 || c === 13) break;
            k++;
          }
          value = k > after ? parts + s.slice(after, k) : parts;
        } else {
          k = i;
          while (k < n) {
            const c = s.charCodeAt(k);
            if (c === d || c === 10 || c === 13) break;
            k++;
          }
          value = s.slice(i, k);
        }
        fields.push(value);
        if (k >= n) {
          if (!final) {
            this.keep(recStart, startLine);
            return;
          }
          this.emit(startLine);
          break outer;
        }
        const c = s.charCodeAt(k);
        if (c === d) {
          i = k + 1;
          if (i >= n) {
            if (!final) {
              this.keep(recStart, startLine);
              return;
            }
            fields.push('');
            this.emit(startLine);
            break outer;
          }
          continue;
        }
        if (c === 13) {
          if (k + 1 >= n && !final) {
            this.keep(recStart, startLine);
            return;
          }
          i = s.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
        } else {
          i = k + 1;
        }
        line++;
        this.line = line;
        this.emit(startLine);
        if (this.error) return;
        continue outer;
      }
    }
    this.buf = '';
    this.line = line;
  }

  private keep(recStart: number, startLine: number): void {
    this.buf = this.buf.slice(recStart);
    this.line = startLine;
  }

  private emit(line: number): void {
    const fields = this.fields;
    if (fields.length === 1 && fields[0] === '') return; // blank line
    if (!this.header) {
      const names = fields.map((f, j) => (f.trim() === '' ? `column_${j + 1}` : f.trim()));
      const seen = new Set<string>();
      for (let j = 0; j < names.length; j++) {
        const name = names[j]!;
        if (seen.has(name)) {
          this.error = {
            code: 'duplicate-header',
            file: this.options.file,
            line,
            column: name,
            message: `${fileLabel(this.options.file)}: the header names column "${name}" twice (column ${j + 1}).`,
          };
          return;
        }
        seen.add(name);
      }
      this.header = names;
      this.builder = new TableBuilder(names, this.options);
      return;
    }
    if (fields.length !== this.header.length) {
      this.raggedCount++;
      if (this.raggedLines.length < MAX_RAGGED_LINES) this.raggedLines.push(line);
      return;
    }
    this.builder!.addRow(fields);
  }
}

/** Guesses the delimiter: the candidate giving the same number (> 1) of fields on the most lines. */
export function detectDelimiter(sample: string, complete: boolean): string {
  let best = ',';
  let bestScore = 0;
  for (const d of CANDIDATE_DELIMITERS) {
    const counts = fieldCounts(sample, d, 30, complete);
    if (counts.length === 0) continue;
    const first = counts[0]!;
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length;
    // Prefer consistency, then more fields.
    const score = (consistent / counts.length) * 1000 + Math.min(first, 999);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function fieldCounts(s: string, d: string, maxLines: number, complete: boolean): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let fieldsInLine = 1;
  let lineHasText = false;
  for (let i = 0; i < s.length && counts.length < maxLines; i++) {
    const c = s[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === d) fieldsInLine++;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (lineHasText || fieldsInLine > 1) counts.push(fieldsInLine);
      fieldsInLine = 1;
      lineHasText = false;
      continue;
    }
    lineHasText = true;
  }
  if (complete && counts.length < maxLines && (lineHasText || fieldsInLine > 1)) counts.push(fieldsInLine);
  return counts;
}

/** Index of the first byte that breaks UTF-8 (skipping leading continuation bytes of a split char). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length && i < 3 && (b[i]! & 0xc0) === 0x80) i++;
  while (i < b.length) {
    const c = b[i]!;
    let need: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return b.length;
      if ((b[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>;

/** Reads a CSV from any chunk source (Node stream, `Blob.stream()`, array of chunks). */
export async function readCsv(source: ByteSource, options: CsvReadOptions = {}): Promise<ReadResult> {
  const reader = new CsvReader(options);
  for await (const chunk of iterate(source)) {
    if (reader.push(chunk)) break;
  }
  return reader.finish();
}

/** Reads a CSV already in memory. */
export function readCsvBytes(bytes: Uint8Array, options: CsvReadOptions = {}): ReadResult {
  const reader = new CsvReader(options);
  reader.push(bytes);
  return reader.finish();
}

/** Reads CSV text (already decoded). */
export function readCsvText(text: string, options: CsvReadOptions = {}): ReadResult {
  return readCsvBytes(new TextEncoder().encode(text), options);
}

export async function* iterate(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (typeof (source as ReadableStream<Uint8Array>).getReader === 'function') {
    const r = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await r.read();
        if (done) return;
        yield value;
      }
    } finally {
      r.releaseLock();
    }
  }
  yield* source as AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export interface CsvWriteOptions {
  readonly delimiter?: string;
  /** Line ending; RFC 4180 uses CRLF (the default). */
  readonly newline?: '\r\n' | '\n';
  /** Rows per yielded chunk in `csvChunks`. */
  readonly rowsPerChunk?: number;
  /**
   * Also quote a field that starts or ends with white space (beyond what RFC 4180 requires), so
   * that tools which trim unquoted fields keep it. Off by default.
   */
  readonly quoteEdgeSpace?: boolean;
}

/**
 * One field quoted as RFC 4180 requires: when it holds the delimiter, a quote, CR or LF (and, with
 * `quoteEdgeSpace`, when it starts or ends with white space).
 */
export function quoteCsvField(value: string, delimiter = ',', quoteEdgeSpace = false): string {
  let needs = quoteEdgeSpace && /^\s|\s$/.test(value);
  for (let i = 0; !needs && i < value.length; i++) {
    const c = value[i];
    if (c === '"' || c === '\n' || c === '\r' || c === delimiter) needs = true;
  }
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes a dataset as CSV text in chunks (header first); missing values are empty fields. */
export function* csvChunks(dataset: Dataset, options: CsvWriteOptions = {}): Generator<string> {
  const d = options.delimiter ?? ',';
  const nl = options.newline ?? '\r\n';
  const per = options.rowsPerChunk ?? 2000;
  const edge = options.quoteEdgeSpace ?? false;
  const cols = dataset.columns;
  yield cols.map((c) => quoteCsvField(c.name, d, edge)).join(d) + nl;
  let out: string[] = [];
  for (let r = 0; r < dataset.rowCount; r++) {
    const cells = new Array<string>(cols.length);
    for (let j = 0; j < cols.length; j++) cells[j] = quoteCsvField(cellText(cols[j]!, r) ?? '', d, edge);
    out.push(cells.join(d));
    if (out.length === per) {
      yield out.join(nl) + nl;
      out = [];
    }
  }
  if (out.length > 0) yield out.join(nl) + nl;
}

export function writeCsv(dataset: Dataset, options: CsvWriteOptions = {}): string {
  return [...csvChunks(dataset, options)].join('');
}

/** Rows of text (the first usually a header) as CSV, one line each; `rowsPerChunk` does not apply. */
export function writeCsvRows(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const d = options.delimiter ?? ',';
  const nl = options.newline ?? '\r\n';
  const edge = options.quoteEdgeSpace ?? false;
  let out = '';
  for (const row of rows) out += row.map((f) => quoteCsvField(f, d, edge)).join(d) + nl;
  return out;
}
