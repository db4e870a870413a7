/**
 * A CSV file read in two parts (the second by a reader in part mode, as `steward` does on a
 * second thread) and joined with `absorb`: the same dataset, or the same error with the same line,
 * as one reader over the whole file — on the reference files at many split points, with quoted
 * newlines across the split, CRLF, a BOM, multi-byte characters at the split, columns whose type
 * changes between the parts, and bad files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from './errors';
import { CsvReader, nextLineStart, readCsvBytes, type CsvReadOptions } from './csv';

const SDC = join(import.meta.dirname, '../../../../../test-data/sdc');
const enc = new TextEncoder();

/**
 * Reads `bytes` as steward's two-thread read does: the reader pushes [0, split), a part reader
 * reads [split, end), and the part is absorbed when the split was a record boundary; otherwise
 * the reader pushes the rest itself. `absorbed` tells which way it went.
 */
function readInParts(
  bytes: Uint8Array,
  split: number,
  options: CsvReadOptions = {},
): { result: ReadResult; absorbed: boolean } {
  const reader = new CsvReader({ sizeHint: bytes.length, ...options });
  reader.push(bytes.subarray(0, split));
  const delimiter = reader.detectedDelimiter;
  const header = reader.columnNames;
  let absorbed = false;
  if (delimiter !== null && header !== null) {
    const partReader = new CsvReader({
      delimiter,
      part: { header, start: split },
      sizeHint: bytes.length - split,
      ...(options.naStrings ? { naStrings: options.naStrings } : {}),
    });
    // In uneven chunks, as a file is read.
    for (let p = split, size = 7; p < bytes.length; p += size, size = size * 3 + 1)
      if (partReader.push(bytes.subarray(p, p + size))) break;
    const part = partReader.finishPart();
    // A structured clone, as a message between threads makes it.
    if (part) absorbed = reader.absorb(structuredClone(part));
  }
  if (!absorbed) reader.push(bytes.subarray(split));
  return { result: reader.finish(), absorbed };
}

function expectSame(got: ReadResult, want: ReadResult): void {
  expect(got.ok).toBe(want.ok);
  if (!got.ok || !want.ok) {
    expect(got).toEqual(want);
    return;
  }
  expect(got.delimiter).toBe(want.delimiter);
  expect(got.dataset.rowCount).toBe(want.dataset.rowCount);
  got.dataset.columns.forEach((c, j) => {
    const w = want.dataset.columns[j]!;
    expect(c.name).toBe(w.name);
    expect(c.kind).toBe(w.kind);
    if (c.kind === 'numeric' && w.kind === 'numeric')
      expect(Array.from(c.values)).toEqual(Array.from(w.values));
    if (c.kind === 'categorical' && w.kind === 'categorical') {
      expect(c.levels).toEqual(w.levels);
      expect(Array.from(c.codes)).toEqual(Array.from(w.codes));
    }
  });
}

/** Splits at the line start after each tenth of the file: the same as one read, every time. */
function checkSplits(bytes: Uint8Array, options: CsvReadOptions = {}): number {
  const whole = readCsvBytes(bytes, options);
  let absorbed = 0;
  for (let tenth = 1; tenth < 10; tenth++) {
    const split = nextLineStart(bytes, Math.floor((bytes.length * tenth) / 10));
    if (split <= 0 || split >= bytes.length) continue;
    const r = readInParts(bytes, split, options);
    expectSame(r.result, whole);
    if (r.absorbed) absorbed++;
  }
  return absorbed;
}

describe('CSV read in two parts and joined', () => {
  it('gives the same dataset as one read on every reference file, split anywhere', () => {
    const files = [
      ...readdirSync(SDC).filter((f) => f.endsWith('.csv')),
      ...readdirSync(join(SDC, 'fixtures')).map((f) => join('fixtures', f)),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(join(SDC, f)));
      // Past the delimiter's 64 Ki-character sample, the parts are joined (not re-read).
      const absorbed = checkSplits(bytes);
      if (bytes.length > 100_000) expect(absorbed, f).toBeGreaterThan(0);
    }
  });

  it('quoted fields holding line feeds and delimiters across the split, CRLF, a BOM, multi-byte characters', () => {
    const rows: string[] = [];
    for (let i = 0; i < 250; i++) {
      const note = i % 5 === 0 ? `"line one\nline ""two"", ${i}"` : i % 7 === 0 ? 'Zoë – 日本' : `n${i % 11}`;
      rows.push(`${i % 13},${note},${(i * 0.25).toFixed(2)},é${i % 3}`);
    }
    for (const nl of ['\n', '\r\n']) {
      const text = '\uFEFFid,note,score,place' + nl + rows.join(nl) + nl;
      const bytes = enc.encode(text);
      const whole = readCsvBytes(bytes);
      expect(whole.ok).toBe(true);
      let absorbed = 0;
      let inside = 0;
      // Every line feed of the file a split point: inside quotes the part is not usable.
      for (let p = nextLineStart(bytes, 0); p > 0 && p < bytes.length; p = nextLineStart(bytes, p)) {
        const r = readInParts(bytes, p, { delimiter: ',' });
        expectSame(r.result, whole);
        if (r.absorbed) absorbed++;
        else inside++;
      }
      expect(absorbed).toBeGreaterThan(180);
      expect(inside).toBeGreaterThan(40);
    }
    // A split inside a multi-byte character is not a line start; the next line start is.
    const bytes = enc.encode('a,b\n' + 'x,日本語\n'.repeat(50));
    const mid = bytes.indexOf(0xe6, 30) + 1;
    expect(bytes[nextLineStart(bytes, mid) - 1]).toBe(10);
    expectSame(readInParts(bytes, nextLineStart(bytes, mid), { delimiter: ',' }).result, readCsvBytes(bytes));
  });

  it('a column numeric in one part and text in the other, or empty in one, ends as one read makes it', () => {
    // e: text, then numbers written as R writes them ("3.50"): their categories keep that text.
    const lines = ['a,b,c,d,e'];
    for (let i = 0; i < 100; i++) lines.push(`${i},${i}.50,,${i % 2 ? '' : '7'},t${i % 2}`);
    for (let i = 0; i < 100; i++) lines.push(`x${i % 3},${i}.50,z${i % 4},1.0,${i % 9}.50`);
    for (let i = 0; i < 100; i++) lines.push(`${i},N/A,${i},007,${i % 7}.0`);
    const bytes = enc.encode(lines.join('\n'));
    for (const naStrings of [undefined, ['N/A']]) {
      const options = { delimiter: ',', ...(naStrings ? { naStrings } : {}) };
      const whole = readCsvBytes(bytes, options);
      for (let p = nextLineStart(bytes, 0); p > 0 && p < bytes.length; p = nextLineStart(bytes, p)) {
        const r = readInParts(bytes, p, options);
        expect(r.absorbed).toBe(true);
        expectSame(r.result, whole);
      }
    }
  });

  it('random files split at random line starts: the same columns as one read', () => {
    const cells = [
      '',
      ' ',
      '12',
      '-7',
      '0',
      '-0',
      '1.50',
      '.5',
      '007',
      '1e5',
      ' 12 ',
      'NA',
      'a,b',
      'say "hi"',
      'two\nlines',
      'é',
      'x',
      'North',
    ];
    const quote = (c: string) => (/[",\n\r]/.test(c) || c === '' ? `"${c.replaceAll('"', '""')}"` : c);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...cells), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 40,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (rows, at, crlf) => {
          const nl = crlf ? '\r\n' : '\n';
          const bytes = enc.encode(['c0,c1,c2', ...rows.map((r) => r.map(quote).join(','))].join(nl) + nl);
          const split = nextLineStart(bytes, Math.floor(at * bytes.length));
          if (split <= 0 || split >= bytes.length) return;
          const options = { delimiter: ',', naStrings: ['NA'] };
          expectSame(readInParts(bytes, split, options).result, readCsvBytes(bytes, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the delimiter is guessed from the first 64 Ki characters, whatever the first chunk (attack review)', () => {
    // Lines of 5,000 characters: the first twenty have one more field with ';' than with ',', the
    // rest three more with ','. A guess over the first chunk's lines (up to 30) changed with the
    // chunk's size: a two-thread read's first 128 KiB found ',' where a stream's first MiB found ';'.
    const pad = 'x'.repeat(5000);
    const lines = ['h1,h2,h3;h4'];
    for (let i = 0; i < 40; i++) lines.push(i < 20 ? `${pad}${i},b,c;d` : `${pad}${i},b,c,d,e;f`);
    const bytes = enc.encode(lines.join('\n') + '\n');
    const whole = readCsvBytes(bytes);
    for (const first of [70_000, 100_000, 131_072, 150_000]) {
      const reader = new CsvReader({ sizeHint: bytes.length });
      reader.push(bytes.subarray(0, first));
      reader.push(bytes.subarray(first));
      expect(reader.finish(), `first chunk ${first}`).toEqual(whole);
    }
    // ',' from the first 13 lines, so the later lines' five fields are ragged; before, a first
    // chunk of 131,072 bytes read it with ';' and a first chunk of 70,000 bytes refused it.
    expect(!whole.ok && whole.error.code).toBe('ragged-rows');
  });

  it('hostile files split at every line feed: CR-only ends, U+FEFF or NUL after the split, many quoted line feeds, stray quotes', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${i},v${i % 5},${i * 1.5}`);
    const every = (text: string): number => {
      const bytes = enc.encode(text);
      const whole = readCsvBytes(bytes, { delimiter: ',' });
      let absorbed = 0;
      for (let p = nextLineStart(bytes, 0); p > 0 && p < bytes.length; p = nextLineStart(bytes, p)) {
        const r = readInParts(bytes, p, { delimiter: ',' });
        expectSame(r.result, whole);
        if (r.absorbed) absorbed++;
      }
      return absorbed;
    };
    // CR-only line ends: a line feed only inside quotes, never a record boundary.
    expect(every(['a,b,c', ...rows.map((r, i) => (i % 9 ? r : `${i},"x\ny\nz",1`))].join('\r'))).toBe(0);
    // A line starting with U+FEFF (a BOM's bytes) right after the split stays in its cell.
    expect(every('a,b,c\n' + rows.map((r, i) => (i % 4 ? r : `\uFEFFx${i},y,1`)).join('\n'))).toBe(60);
    // A NUL byte in the first 4 KiB is refused whatever the first chunk; after them, read.
    expect(every('a,b,c\n' + rows.join('\n') + '\n5,\u0000x,1\n' + rows.join('\n'))).toBe(0);
    expect(
      every(`a,b,c\n${'x'.repeat(5000)},1,2\n` + rows.join('\n') + '\n5,\u0000x,1\n' + rows.join('\n')),
    ).toBe(122);
    const lf =
      'a,b,c\n' + rows.slice(0, 20).join('\n') + '\n1,"' + '\nq,r,s'.repeat(40) + 'x",2\n' + rows.join('\n');
    expect(every(lf)).toBe(81);
    expect(every('a,b,c\n' + rows.map((r, i) => (i % 3 ? r : `a"b,"c\nd",1`)).join('\n'))).toBe(60);
    expect(every('a,b,c\n' + rows.map((r, i) => (i % 3 ? r : `"q"x,"y""z"w,1`)).join('\n'))).toBe(60);
  });

  it('a bad second part: the error and its line are those of one read (the part is read again)', () => {
    const good = Array.from({ length: 200 }, (_, i) => `${i},v${i % 9}`);
    const cases: Record<string, Uint8Array> = {
      ragged: enc.encode(['a,b', ...good, '1,2,3', ...good, '4'].join('\n')),
      unterminated: enc.encode(['a,b', ...good, '1,"never closed', ...good].join('\n')),
      latin1: new Uint8Array([
        ...enc.encode(['a,b', ...good, '1,caf'].join('\n')),
        0xe9,
        10,
        ...enc.encode(good.join('\n')),
      ]),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const whole = readCsvBytes(bytes, { file: `${name}.csv` });
      expect(whole.ok, name).toBe(false);
      const r = readInParts(bytes, nextLineStart(bytes, Math.floor(bytes.length / 2)), {
        file: `${name}.csv`,
      });
      expect(r.absorbed, name).toBe(false);
      expect(r.result, name).toEqual(whole);
    }
  });

  it('refuses to absorb when the first part does not end between records, or after a row limit', () => {
    const bytes = enc.encode('a,b\n1,"x\ny"\n2,z\n');
    const reader = new CsvReader({ delimiter: ',' });
    reader.push(bytes.subarray(0, nextLineStart(bytes, 6)));
    expect(reader.atRecordBoundary()).toBe(false);
    const partReader = new CsvReader({ delimiter: ',', part: { header: ['a', 'b'] } });
    partReader.push(bytes.subarray(nextLineStart(bytes, 6)));
    // The part itself ("y"\n2,z) is ragged or unterminated: no part.
    expect(partReader.finishPart()).toBeNull();
    const limited = new CsvReader({ delimiter: ',', limits: { rows: 10 } });
    limited.push(enc.encode('a,b\n1,2\n'));
    expect(limited.atRecordBoundary()).toBe(true);
    expect(limited.absorb({ rows: 1, columns: [] })).toBe(false);
    expect(() => new CsvReader({ part: { header: ['a'] } })).toThrow(RangeError);
  });
});
