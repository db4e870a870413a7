import { cellText, datasetFromColumns, type Dataset } from '../dataset';
import type { ReadLimits } from '../../limits';
import { fileLabel, type IoError, type ReadResult } from './errors';
import { neutraliseFormula } from './formula-guard';
import { limitError } from './limits';
import { ByteTableBuilder, RANGE, TEXT, type CsvPart } from './byte-table-builder';
import type { TableBuilderOptions } from './table-builder';

export interface CsvReadOptions extends TableBuilderOptions {
  /** Field delimiter; detected from the first lines when omitted (`,` `;` tab `|`). */
  readonly delimiter?: string;
  /** File name used in error messages. */
  readonly file?: string;
  /** Rows, columns and cell length checked while reading (core/src/limits.ts); none when omitted. */
  readonly limits?: ReadLimits;
  /**
   * The input's size in bytes when known (a file's): the columns are then sized once for the rows
   * it holds, estimated from the lines read before the header was parsed, instead of growing by
   * doubling. Only an allocation size: the result is the same with or without it. Never more
   * rows than `limits.rows`.
   */
  readonly sizeHint?: number;
  /**
   * Part mode: the input is a later part of a file, starting at the beginning of a record (after a
   * line feed that is not inside quotes), with the file's header and `delimiter` given. No header
   * line, encoding signature or BOM is looked for; `finishPart` returns the rows for the reader of
   * the file's beginning to `absorb`. Used to read the two halves of a large file on two threads.
   * `start`, the part's offset in the file (0 when omitted): a NUL byte among the file's first
   * 4 KiB is an error in the part as in one read (the part is then read again by the first reader).
   */
  readonly part?: { readonly header: readonly string[]; readonly start?: number };
  /**
   * Whether plain records go through the fast path (`ByteTableBuilder.addSimpleRecords`); true when
   * omitted. Off, every record takes the general parser: the same result, for comparing the two.
   */
  readonly plainRecords?: boolean;
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;
/** Text gathered before the delimiter is guessed. */
const DETECT_SAMPLE_CHARS = 64 * 1024;
const MAX_RAGGED_LINES = 5;
/** The most records the general parser reads before the fast path is tried again. */
const MAX_GENERAL_REST = 256;
/** Bytes of a chunk whose line feeds are counted for the estimate of the rows (`expectedRows`). */
const COUNT_LINES_BYTES = 1 << 20;
/** The file's first bytes checked for NUL bytes (a UTF-16 or binary file). */
const SIGNATURE_BYTES = 4096;

/**
 * Streaming CSV reader. Feed `Uint8Array` chunks with `push`, then call `finish` once.
 * UTF-8 only (a UTF-8 BOM is skipped); a UTF-16 BOM, NUL bytes or invalid UTF-8 give an `encoding`
 * error naming the line. Quoted fields may hold delimiters, doubled quotes and newlines.
 *
 * It parses the bytes straight into the columnar model (`ByteTableBuilder`): a field is a byte
 * range, numbers are parsed from the bytes and categories found by hashing the bytes, so no string
 * is made per cell; only the unfinished last record of a chunk is copied. Memory is about one typed
 * array per column.
 */
export class CsvReader {
  /**
   * Validates the chunks that are not pure ASCII. `ignoreBOM`: the decoder does not know where the
   * file starts (ASCII chunks bypass it), so the file's BOM is dropped from the sample here, in
   * `take`, and a U+FEFF later in the file is a character wherever the chunks begin.
   */
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private head: Uint8Array | null = new Uint8Array(0);
  private error: IoError | null = null;
  private delimiter: string | null;
  /** Bytes not yet parsed: the unfinished record of the previous chunk (or the detection sample). */
  private pending: Uint8Array = new Uint8Array(0);
  private sample = '';
  private atStart = true;
  /** No partial UTF-8 character is held by the decoder (the last chunk ended on an ASCII byte). */
  private decoderClean = true;
  /** The bytes of a character the last chunk decoded ended within (at most 3), else none. */
  private unfinished: Uint8Array = NO_BYTES;
  private chunkLines = 0;
  private chunkCounted = 0;
  /** Bytes whose line feeds were counted (`newlinesSeen`), for the estimate of the rows. */
  private countedBytes = 0;
  private line = 1;
  private bytesSeen = 0;
  private newlinesSeen = 0;
  private header: string[] | null = null;
  private builder: ByteTableBuilder | null = null;
  private raggedLines: number[] = [];
  private raggedCount = 0;
  // The current record's fields.
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private kinds = new Uint8Array(64);
  private texts: (string | undefined)[] = [];
  private nf = 0;
  /** The columns are sized (part mode sizes them from its first lines). */
  private reserved = false;
  /** A part was absorbed: only `finish` may follow. */
  private absorbed = false;
  /** Bytes of the file's beginning checked for NUL bytes (the first 4 KiB), or a part's start. */
  private nulChecked = 0;
  /** The line of the next byte checked for NUL (line feeds counted in the first 4 KiB). */
  private nulLine = 1;
  private readonly plainRecords: boolean;
  /** Records left for the general parser before the fast path is tried again (`parse`). */
  private generalOnly = 0;
  /** How many records the general parser read after the fast path last stopped early. */
  private generalRest = 0;

  constructor(private readonly options: CsvReadOptions = {}) {
    if (options.delimiter !== undefined && (options.delimiter.length !== 1 || options.delimiter > '\x7f')) {
      throw new RangeError('CSV delimiter must be a single ASCII character');
    }
    this.delimiter = options.delimiter ?? null;
    this.plainRecords = options.plainRecords ?? true;
    if (options.part) {
      if (this.delimiter === null) throw new RangeError('a CSV part needs its delimiter');
      this.head = null;
      this.atStart = false;
      this.nulChecked = Math.min(Math.max(0, options.part.start ?? 0), SIGNATURE_BYTES);
      this.header = [...options.part.header];
      this.builder = new ByteTableBuilder(this.header, options.naStrings);
    }
  }

  /** The delimiter given or detected so far (null while still unknown). */
  get detectedDelimiter(): string | null {
    return this.delimiter;
  }

  /** The header's column names once read (null before). */
  get columnNames(): readonly string[] | null {
    return this.header;
  }

  /**
   * Whether the bytes pushed so far end exactly between two records, with the header read, no
   * error and no ragged row: then a part read from the next byte on can be absorbed.
   */
  atRecordBoundary(): boolean {
    return (
      this.error === null &&
      this.head === null &&
      this.delimiter !== null &&
      this.builder !== null &&
      this.pending.length === 0 &&
      this.raggedCount === 0
    );
  }

  /**
   * Part mode: ends the input and returns its rows, or null when the part has any error or
   * ragged row (the caller then reads those bytes with the reader of the file's beginning, which
   * reports the error with its exact line).
   */
  finishPart(): CsvPart | null {
    if (!this.options.part) throw new RangeError('finishPart is for a reader in part mode');
    if (!this.error) this.take(new Uint8Array(0), true);
    if (this.error || this.raggedCount > 0) return null;
    return this.builder!.toPart();
  }

  /**
   * Appends the rows of a part that starts right where the pushed bytes end (read by a reader in
   * part mode with this file's header and delimiter). Returns false, absorbing nothing, when the
   * pushed bytes do not end between records (`atRecordBoundary`) or a row limit is set: the
   * caller then pushes the part's bytes here instead. After a part, only `finish` may be called.
   */
  absorb(part: CsvPart): boolean {
    if (this.options.limits || !this.atRecordBoundary()) return false;
    if (part.columns.length !== this.header!.length) return false;
    this.builder!.absorb(part);
    this.absorbed = true;
    return true;
  }

  /** Adds the next chunk of bytes. Returns the error once the input is known to be unreadable. */
  push(chunk: Uint8Array): IoError | null {
    if (this.absorbed) throw new RangeError('no push after a part was absorbed');
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
    } else if (this.nulChecked < SIGNATURE_BYTES) {
      // The first 4 KiB are checked for NUL bytes whatever the chunks: only the first chunk was,
      // so a NUL at byte 100 was refused or read as a character depending on its size.
      const nul = this.nulError(chunk, this.nulChecked);
      if (nul) return (this.error = nul);
    }
    this.nulChecked += chunk.length;
    this.take(chunk, false);
    return this.error;
  }

  /** Ends the input and returns the dataset or the first error. */
  finish(): ReadResult {
    if (!this.error && this.head) {
      const head = this.head;
      this.head = null;
      const sig = this.checkSignature(head);
      if (sig) this.error = sig;
      else if (head.length > 0) this.take(head, false);
    }
    if (!this.error) this.take(new Uint8Array(0), true);
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
    return this.nulError(b, 0);
  }

  /**
   * A NUL byte among the file's first 4 KiB, in `b` starting at byte `offset` of the file, with
   * its own line and byte (it was always said to be on line 1, byte offset 0).
   */
  private nulError(b: Uint8Array, offset: number): IoError | null {
    const probe = Math.min(b.length, SIGNATURE_BYTES - offset);
    let line = this.nulLine;
    for (let i = 0; i < probe; i++) {
      const c = b[i];
      if (c === 10) line++;
      else if (c === 0) {
        // Invalid UTF-8 before it is the file's first problem, as when the NUL comes in a later
        // chunk: the decoder says so (the error did not depend on the chunking).
        if (!validUtf8Prefix(joinBytes(this.unfinished, b.subarray(0, i)))) return null;
        const file = this.options.file;
        return {
          code: 'encoding',
          file,
          line,
          byteOffset: offset + i,
          message: `${fileLabel(file)} contains NUL bytes (line ${line}, byte ${offset + i}): it looks like UTF-16 or a binary file, not UTF-8 text.`,
        };
      }
    }
    this.nulLine = line;
    return null;
  }

  /** Validates a chunk as UTF-8, then parses what is complete. */
  private take(chunk: Uint8Array, final: boolean): void {
    let text = '';
    try {
      // Pure ASCII (the common case) is valid UTF-8: the decoder runs only on chunks with a byte
      // above 0x7F, or to finish a character split across chunks; while the delimiter is unknown,
      // an ASCII chunk's first bytes are the detection sample's text.
      // The lines are counted only until the columns are sized (from the lines seen before the
      // header, or in part mode the first lines), in at most a MiB of a chunk (a whole file pushed
      // at once); an error's line is found from the parser's.
      const high = hasHighByte(chunk);
      this.chunkLines = 0;
      this.chunkCounted = 0;
      if (this.header === null || (this.options.part && !this.reserved)) {
        const span = Math.min(chunk.length, COUNT_LINES_BYTES);
        let lines = 0;
        for (let p = chunk.indexOf(10); p !== -1 && p < span; p = chunk.indexOf(10, p + 1)) lines++;
        this.chunkLines = lines;
        this.chunkCounted = span;
      }
      if (high || !this.decoderClean) {
        text = this.decoder.decode(chunk, { stream: !final });
        this.decoderClean = chunk.length > 0 && chunk[chunk.length - 1]! < 0x80;
        this.unfinished = this.decoderClean ? NO_BYTES : unfinishedUtf8(joinBytes(this.unfinished, chunk));
        if (this.atStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      } else if (this.delimiter === null) {
        // An ASCII chunk is its own text: only what the detection sample still lacks is decoded
        // (decoding a whole file pushed at once was a third of the reader's time).
        text = ascii.decode(chunk.subarray(0, Math.max(0, DETECT_SAMPLE_CHARS - this.sample.length)));
      }
    } catch {
      // A character begun at the end of the previous chunk is looked at with this one: the invalid
      // byte may be its first (it was said to be the next chunk's first byte).
      const joined = joinBytes(this.unfinished, chunk);
      const at = firstInvalidUtf8(joined) - this.unfinished.length;
      // The line where the unparsed bytes begin (the parser's count), then their line feeds.
      let line = this.line;
      for (let p = this.pending.indexOf(10); p !== -1; p = this.pending.indexOf(10, p + 1)) line++;
      for (let i = 0; i < at && i < chunk.length; i++) if (chunk[i] === 10) line++;
      const byte = joined[at + this.unfinished.length];
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
    this.newlinesSeen += this.chunkLines;
    this.countedBytes += this.chunkCounted;
    if (this.options.part && !this.reserved && this.newlinesSeen > 0) {
      // Part mode has no header line to size the columns at: size them from the first lines.
      this.reserved = true;
      const estimate = expectedRows(
        this.options.sizeHint,
        this.countedBytes,
        this.newlinesSeen,
        this.header!.length,
      );
      const maxRows = this.options.limits?.rows;
      const rows = maxRows === undefined ? estimate : Math.min(estimate, maxRows);
      if (rows > 0) this.builder!.reserve(rows);
    }
    if (this.atStart && chunk.length > 0) {
      this.atStart = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let data: Uint8Array;
    if (this.pending.length === 0) data = chunk;
    else if (chunk.length === 0) data = this.pending;
    else {
      data = new Uint8Array(this.pending.length + chunk.length);
      data.set(this.pending);
      data.set(chunk, this.pending.length);
    }
    this.pending = new Uint8Array(0);
    if (this.delimiter === null) {
      if (this.sample.length < DETECT_SAMPLE_CHARS) this.sample += text;
      if (this.sample.length < DETECT_SAMPLE_CHARS && !final) {
        this.pending = data.slice();
        return;
      }
      // Exactly the first 64 Ki characters, however the bytes came in chunks: a sample as long as
      // the first chunk made the guess depend on the chunk's size (a two-thread read's first push
      // is not a stream's first chunk) and could give another delimiter for the same file.
      this.delimiter = detectDelimiter(this.sample.slice(0, DETECT_SAMPLE_CHARS), final);
      this.sample = '';
    }
    this.parse(data, final);
  }

  private field(s: number, e: number): void {
    const j = this.nf++;
    if (j === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const next = make(a.length * 2);
        next.set(a);
        return next;
      };
      this.starts = grow(this.starts, (n) => new Int32Array(n));
      this.ends = grow(this.ends, (n) => new Int32Array(n));
      this.kinds = grow(this.kinds, (n) => new Uint8Array(n));
    }
    this.starts[j] = s;
    this.ends[j] = e;
    this.kinds[j] = RANGE;
  }

  private textField(value: string): void {
    this.field(0, 0);
    this.kinds[this.nf - 1] = TEXT;
    this.texts[this.nf - 1] = value;
  }

  private parse(b: Uint8Array, final: boolean): void {
    const n = b.length;
    const d = this.delimiter!.charCodeAt(0);
    let i = 0;
    let line = this.line;
    const limits = this.options.limits;
    const maxFieldBytes = limits?.cellChars ?? Number.POSITIVE_INFINITY;
    outer: while (i < n) {
      const builder = this.builder;
      if (builder !== null && this.header !== null && this.generalOnly === 0 && this.plainRecords) {
        // Plain records (one line, plain fields): each byte read once, straight into the columns.
        const before = builder.rowCount;
        const maxRows =
          limits?.rows === undefined ? Number.POSITIVE_INFINITY : limits.rows - this.raggedCount;
        i = builder.addSimpleRecords(b, i, n, d, maxRows, maxFieldBytes);
        const taken = builder.rowCount - before;
        line += taken;
        if (i >= n) break;
        // The next record is for the general parser (it keeps a record cut by the end of the
        // bytes). When the fast path keeps stopping after a few records (a quoted field in
        // every row), it rests for more and more records.
        if (!builder.stoppedAtEnd) {
          this.generalRest = taken >= 4 ? 0 : Math.min(MAX_GENERAL_REST, Math.max(1, 2 * this.generalRest));
          this.generalOnly = this.generalRest + 1;
        }
      }
      if (this.generalOnly > 0) this.generalOnly--;
      const recStart = i;
      const startLine = line;
      this.nf = 0;
      for (;;) {
        let k: number;
        if (b[i] === 34) {
          // Quoted field.
          let j = i + 1;
          let escaped = false;
          let q: number;
          for (;;) {
            q = b.indexOf(34, j);
            if (q === -1 || (q === n - 1 && !final)) {
              if (final && q === -1) {
                this.error = {
                  code: 'unterminated-quote',
                  file: this.options.file,
                  line: startLine,
                  column: this.nf + 1,
                  message:
                    `${fileLabel(this.options.file)}: a quoted field starting at line ${startLine}, ` +
                    `field ${this.nf + 1}, is never closed.`,
                };
                return;
              }
              this.keep(b, recStart, startLine);
              return;
            }
            for (let p = b.indexOf(10, j); p !== -1 && p < q; p = b.indexOf(10, p + 1)) line++;
            if (b[q + 1] === 34) {
              escaped = true;
              j = q + 2;
              continue;
            }
            break;
          }
          k = q + 1;
          // Tolerate stray characters after the closing quote: keep them.
          const after = k;
          while (k < n) {
            const c = b[k]!;
            if (c === d || c === 10 || c === 13) break;
            k++;
          }
          if (escaped || k > after) {
            let value = utf8.decode(b.subarray(i + 1, q));
            if (escaped) value = value.replaceAll('""', '"');
            if (k > after) value += utf8.decode(b.subarray(after, k));
            this.textField(value);
          } else this.field(i + 1, q);
        } else {
          k = i;
          while (k < n) {
            const c = b[k]!;
            if (c === d || c === 10 || c === 13) break;
            k++;
          }
          this.field(i, k);
        }
        if (this.options.limits && this.overLimit(b, startLine)) return;
        if (k >= n) {
          if (!final) {
            this.keep(b, recStart, startLine);
            return;
          }
          this.emit(b, startLine);
          break outer;
        }
        const c = b[k]!;
        if (c === d) {
          i = k + 1;
          if (i >= n) {
            if (!final) {
              this.keep(b, recStart, startLine);
              return;
            }
            this.field(i, i);
            this.emit(b, startLine);
            break outer;
          }
          continue;
        }
        if (c === 13) {
          if (k + 1 >= n && !final) {
            this.keep(b, recStart, startLine);
            return;
          }
          i = b[k + 1] === 10 ? k + 2 : k + 1;
        } else {
          i = k + 1;
        }
        line++;
        this.line = line;
        this.emit(b, startLine);
        if (this.error) return;
        continue outer;
      }
    }
    this.line = line;
  }

  /** Keeps the unfinished record for the next chunk (a copy: the chunk may be reused). */
  private keep(b: Uint8Array, recStart: number, startLine: number): void {
    this.pending = b.slice(recStart);
    this.line = startLine;
    // An unfinished record longer than any allowed record (4 bytes a character at most): stop
    // before buffering more.
    const l = this.options.limits;
    if (
      l?.cellChars !== undefined &&
      this.pending.length > 4 * l.cellChars * (this.header?.length ?? l.columns ?? 1) + 65_536
    )
      this.error = limitError(this.options.file, 'cellChars', l.cellChars, { line: startLine });
  }

  /** Checks the field just produced: its length and the number of fields in its record. */
  private overLimit(b: Uint8Array, line: number): boolean {
    const l = this.options.limits!;
    const j = this.nf - 1;
    const file = this.options.file;
    if (l.columns !== undefined && this.nf > l.columns)
      this.error = limitError(file, 'columns', l.columns, { line });
    else if (l.cellChars !== undefined) {
      // Bytes bound characters from above: decode only a field that might be too long.
      const long =
        this.kinds[j] === TEXT
          ? this.texts[j]!.length > l.cellChars
          : this.ends[j]! - this.starts[j]! > l.cellChars && this.text(b, j).length > l.cellChars;
      if (long) this.error = limitError(file, 'cellChars', l.cellChars, { line, column: this.nf });
    }
    return this.error !== null;
  }

  private text(b: Uint8Array, j: number): string {
    return this.kinds[j] === TEXT ? this.texts[j]! : utf8.decode(b.subarray(this.starts[j]!, this.ends[j]!));
  }

  private emit(b: Uint8Array, line: number): void {
    const nf = this.nf;
    if (nf === 1 && this.kinds[0] === RANGE && this.starts[0] === this.ends[0]) return; // blank line
    if (!this.header) {
      const fields = Array.from({ length: nf }, (_, j) => this.text(b, j));
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
      this.builder = new ByteTableBuilder(names, this.options.naStrings);
      // Never more than the row limit allows (issue 7 §2: limits before memory): a file of
      // many tiny rows over the limit would otherwise reserve them all before being refused.
      const maxRows = this.options.limits?.rows;
      const estimate = expectedRows(
        this.options.sizeHint,
        this.countedBytes,
        this.newlinesSeen,
        names.length,
      );
      const rows = maxRows === undefined ? estimate : Math.min(estimate, maxRows);
      if (rows > 0) this.builder.reserve(rows);
      return;
    }
    const maxRows = this.options.limits?.rows;
    if (maxRows !== undefined && this.builder!.rowCount + this.raggedCount >= maxRows) {
      this.error = limitError(this.options.file, 'rows', maxRows, { line });
      return;
    }
    if (nf !== this.header.length) {
      this.raggedCount++;
      if (this.raggedLines.length < MAX_RAGGED_LINES) this.raggedLines.push(line);
      return;
    }
    this.builder!.addRow(b, this.starts, this.ends, this.kinds, this.texts);
  }
}

const utf8 = new TextDecoder('utf-8');
/** For bytes known to be ASCII (no byte above 0x7F): one character a byte. */
const ascii = new TextDecoder('utf-8');

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

/** Whether any byte is above 0x7F (not ASCII); four bytes at a time where the bytes are aligned. */
function hasHighByte(b: Uint8Array): boolean {
  const n = b.length;
  let i = 0;
  while (i < n && ((b.byteOffset + i) & 3) !== 0) if (b[i++]! > 0x7f) return true;
  const words = (n - i) >>> 2;
  if (words > 0) {
    const w = new Uint32Array(b.buffer, b.byteOffset + i, words);
    let acc = 0;
    for (let k = 0; k < words; k++) acc |= w[k]!;
    if ((acc & 0x80808080) !== 0) return true;
    i += words * 4;
  }
  for (; i < n; i++) if (b[i]! > 0x7f) return true;
  return false;
}

/** Index of the first byte that breaks UTF-8 (skipping leading continuation bytes of a split char). */
const NO_BYTES = new Uint8Array(0);

/** `a` then the first bytes of `b` (all of them when `a` is empty: `b` itself). */
function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Whether `b` is valid UTF-8, a character unfinished at its end allowed. */
function validUtf8Prefix(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The bytes at the end of `b` of a character not finished there (at most 3), else none. */
function unfinishedUtf8(b: Uint8Array): Uint8Array {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue;
    if (c < 0xc0) return NO_BYTES;
    const need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
    return need >= k ? b.slice(b.length - k) : NO_BYTES;
  }
  return NO_BYTES;
}

function firstInvalidUtf8(b: Uint8Array): number {
  // `b` begins with the bytes of a character the previous chunk left unfinished (`unfinished`), so
  // a continuation byte at its start is invalid (they were skipped: a lone 0x80 went unnamed).
  let i = 0;
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
    // The second byte's range (no overlong form, no surrogate, nothing above U+10FFFF), as the
    // decoder checks it: ED A0 80 was taken for a character, and the error put at the file's end.
    if (i + 1 < b.length) {
      const c1 = b[i + 1]!;
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      if (c1 < lo || c1 > hi) return i;
    }
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
  const reader = new CsvReader({ sizeHint: bytes.length, ...options });
  if (!options.limits) reader.push(bytes);
  // With limits, in chunks: a limit then stops the reader early.
  else
    for (let p = 0; p < bytes.length; p += LIMITED_CHUNK)
      if (reader.push(bytes.subarray(p, p + LIMITED_CHUNK))) break;
  return reader.finish();
}

/**
 * Rows a file of `size` bytes holds, estimated from the bytes and lines seen so far (5 % over),
 * for sizing the columns; 0 when there is nothing to go by. At most one row per `columns` bytes
 * (a record has a delimiter between fields and a line end), so that the columns never reserve
 * more than about 8 bytes per byte of the file, and at most 2^28 rows.
 */
export function expectedRows(
  size: number | undefined,
  bytesSeen: number,
  lines: number,
  columns: number,
): number {
  if (size === undefined || !(size > 0) || lines <= 0 || bytesSeen <= 0) return 0;
  const perLine = bytesSeen / lines;
  const estimate = Math.ceil((size / perLine) * 1.05) + 16;
  return Math.min(estimate, Math.ceil(size / Math.max(1, columns)) + 1, 2 ** 28);
}

/**
 * Where a part of a CSV file starting at or after byte `from` may begin: just after the next line
 * feed (-1 when there is none). Whether that is really a record boundary (and not a line feed inside
 * quotes) is known only once the bytes before it are read: `CsvReader.atRecordBoundary`.
 */
export function nextLineStart(bytes: Uint8Array, from: number): number {
  const lf = bytes.indexOf(10, Math.max(0, from));
  return lf === -1 ? -1 : lf + 1;
}

/** Bytes given to the reader at a time by `readCsvBytes` when limits are checked. */
const LIMITED_CHUNK = 1024 * 1024;

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
  /**
   * Neutralise text cells a spreadsheet would run as formulas (formula-guard.ts). On by default:
   * every CSV the product writes is guarded; only a caller writing for a program, not a person,
   * may turn it off.
   */
  readonly formulaGuard?: boolean;
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
  const guard = options.formulaGuard ?? true;
  const text = (s: string) => (guard ? neutraliseFormula(s) : s);
  const cols = dataset.columns;
  yield cols.map((c) => quoteCsvField(text(c.name), d, edge)).join(d) + nl;
  let out: string[] = [];
  for (let r = 0; r < dataset.rowCount; r++) {
    const cells = new Array<string>(cols.length);
    for (let j = 0; j < cols.length; j++) {
      const col = cols[j]!;
      const v = cellText(col, r) ?? '';
      // Numbers are never formulas; text cells are guarded.
      cells[j] = quoteCsvField(col.kind === 'numeric' ? v : text(v), d, edge);
    }
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
  const guard = options.formulaGuard ?? true;
  let out = '';
  for (const row of rows)
    out += row.map((f) => quoteCsvField(guard ? neutraliseFormula(f) : f, d, edge)).join(d) + nl;
  return out;
}
