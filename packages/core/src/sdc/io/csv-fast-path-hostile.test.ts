// Attack review (review2) of the CSV reader's fast path for plain records (decision 0015, addendum
// 3): hostile bytes — NUL, invalid UTF-8, lone CR, quotes mid-field, a BOM mid-file, very long
// fields, numbers such as 1e309, -0, 0x10, Arabic-Indic digits, a leading + or space — read with
// the fast path give exactly what the general parser gives (columns, or the same error with its
// row and column), in any chunking and under the row, column and cell limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFastPathAsGeneral, sameColumn } from './test-support/fast-path';
import { CsvReader } from './csv';

const enc = (s: string) => new TextEncoder().encode(s);
const HOSTILE: Uint8Array[] = [
  '1e309',
  '-1e309',
  '-0',
  '-0.0',
  '0x10',
  '١٢٣',
  '+5',
  ' 7',
  '7 ',
  '1_000',
  'Infinity',
  'NaN',
  '9007199254740993',
  '0.1e1',
  'a"b',
  '"a"b',
  '\uFEFF1',
  '1\uFEFF',
  'x'.repeat(300),
  '9'.repeat(300),
].map(enc);
const BYTES: Uint8Array[] = [
  Uint8Array.of(0),
  Uint8Array.of(0x31, 0, 0x32),
  Uint8Array.of(0xff),
  Uint8Array.of(0xc3),
  Uint8Array.of(0xe2, 0x82),
  Uint8Array.of(0xed, 0xa0, 0x80),
  Uint8Array.of(0x31, 0x0d, 0x32),
  Uint8Array.of(0x80),
];
const PLAIN = ['0', '12', '-7', '1.5', '', 'x', 'North', 'é', '日本'].map(enc);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('CSV fast path: hostile bytes', () => {
  it('gives what the general parser gives, errors and limits included', () => {
    const cell = fc.oneof(
      { arbitrary: fc.constantFrom(...PLAIN), weight: 6 },
      { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
      { arbitrary: fc.constantFrom(...BYTES), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 17 }), fc.constant(1 << 16)), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom('none', 'rows', 'cells', 'columns'),
        (rows, nl, sizes, twist) => {
          const line = enc(nl);
          const comma = enc(',');
          const parts: Uint8Array[] = [enc('a,b,c'), line];
          for (const r of rows) {
            r.forEach((c, j) => {
              if (j > 0) parts.push(comma);
              parts.push(c);
            });
            parts.push(line);
          }
          const bytes = concat(parts);
          const limits =
            twist === 'rows'
              ? { rows: Math.max(1, rows.length >> 1) }
              : twist === 'cells'
                ? { cellChars: 8 }
                : twist === 'columns'
                  ? { columns: 3 }
                  : undefined;
          expectFastPathAsGeneral(bytes, sizes, limits);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('says where a NUL byte of the first 4 KiB is: its line and byte, in any chunking', () => {
    const text = enc('a,b\n1,2\nx,y');
    const bytes = concat([text, Uint8Array.of(0), enc(',3\n')]);
    for (const size of [1, 2, 3, 5, 8, bytes.length]) {
      for (const plainRecords of [true, false]) {
        const reader = new CsvReader({ delimiter: ',', plainRecords });
        for (let p = 0; p < bytes.length; p += size) if (reader.push(bytes.subarray(p, p + size))) break;
        const out = reader.finish();
        expect(out.ok).toBe(false);
        if (out.ok) continue;
        expect(out.error).toMatchObject({ code: 'encoding', line: 3, byteOffset: text.length });
        expect(out.error.message).toContain(`line 3, byte ${text.length}`);
      }
    }
  });

  it('detects the same delimiter whatever the chunking, with hostile bytes around it', () => {
    const cell = fc.oneof(
      { arbitrary: fc.constantFrom(...PLAIN), weight: 6 },
      { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
      { arbitrary: fc.constantFrom(...BYTES), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 5 }),
        (rows, delimiter, nl, sizes) => {
          const d = enc(delimiter);
          const line = enc(nl);
          const parts: Uint8Array[] = [enc(['a', 'b', 'c'].join(delimiter)), line];
          for (const r of rows) {
            r.forEach((c, j) => {
              if (j > 0) parts.push(d);
              parts.push(c);
            });
            parts.push(line);
          }
          const bytes = concat(parts);
          const read = (chunked: boolean, plainRecords: boolean) => {
            const reader = new CsvReader({ plainRecords });
            if (!chunked) reader.push(bytes);
            else
              for (let p = 0, s = 0; p < bytes.length; s++) {
                const size = sizes[s % sizes.length]!;
                if (reader.push(bytes.subarray(p, p + size))) break;
                p += size;
              }
            return reader.finish();
          };
          const whole = read(false, false);
          for (const [chunked, plainRecords] of [
            [true, true],
            [true, false],
            [false, true],
          ] as const) {
            const other = read(chunked, plainRecords);
            if (!whole.ok || !other.ok) {
              expect(other).toEqual(whole);
              continue;
            }
            expect(other.dataset.rowCount).toBe(whole.dataset.rowCount);
            expect(other.dataset.columns.map((c) => c.name)).toEqual(
              whole.dataset.columns.map((c) => c.name),
            );
            other.dataset.columns.forEach((c, j) => sameColumn(c, whole.dataset.columns[j]!));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
