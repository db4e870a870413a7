/**
 * Issue 7 §2 "one upload kills the server", at the readers: every limit is checked while
 * streaming, stops the reader early and is named in the error (limit, max, line).
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_READ_LIMITS, SCAN_READ_LIMITS, UPLOAD_LIMITS } from '../../limits';
import { deflateZip } from '../test-support/deflate-zip';
import { zipBombXlsx } from '../test-support/zip-bomb';
import { readCsvBytes, readXlsx } from './index';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** `rows` lines of one short column, written into one buffer without building a string. */
function oneColumnCsv(rows: number): Uint8Array {
  const line = Buffer.from('x\n');
  const out = Buffer.alloc(2 + rows * 2);
  out.write('a\n');
  for (let i = 0; i < rows; i++) line.copy(out, 2 + i * 2);
  return new Uint8Array(out);
}

function xlsx(sheetData: string): Uint8Array {
  return deflateZip({
    'xl/workbook.xml': `<workbook xmlns="${MAIN}"><sheets><sheet name="data" sheetId="1"/></sheets></workbook>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`,
  });
}

describe('one upload kills the server: CSV limits', () => {
  it('an 8 MB CSV of 4,000,000 one-column rows stops at the row limit, naming it', () => {
    const bytes = oneColumnCsv(4_000_000);
    const before = process.memoryUsage().heapUsed;
    const r = readCsvBytes(bytes, { file: 'big.csv', limits: IMPORT_READ_LIMITS });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'rows', max: UPLOAD_LIMITS.importRows, file: 'big.csv' },
    });
    expect(!r.ok && r.error.line).toBe(UPLOAD_LIMITS.importRows + 2);
    expect(!r.ok && r.error.message).toContain('"rows"');
    // Stopped early: far less than the 4,000,000 rows were built (~32 MB as numbers).
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(24 * 1024 * 1024);
  });
  it('without limits, the same reader still reads the whole file (the SDC engine in the browser)', () => {
    const r = readCsvBytes(oneColumnCsv(200_000));
    expect(r.ok && r.dataset.rowCount).toBe(200_000);
  });
  it('stops at the column limit on the header and on a data row', () => {
    const wide = Array.from({ length: UPLOAD_LIMITS.columns + 1 }, (_, i) => `c${i}`).join(',');
    expect(readCsvBytes(Buffer.from(`${wide}\n`), { limits: SCAN_READ_LIMITS })).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'columns', max: UPLOAD_LIMITS.columns, line: 1 },
    });
    const row = ','.repeat(UPLOAD_LIMITS.columns + 5);
    expect(readCsvBytes(Buffer.from(`a,b\n1,2\n${row}\n`), { limits: SCAN_READ_LIMITS })).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'columns', line: 3 },
    });
  });
  it('stops at the cell length limit, also for a quoted cell that never ends', () => {
    const long = 'y'.repeat(UPLOAD_LIMITS.cellChars + 1);
    expect(readCsvBytes(Buffer.from(`a,b\n1,${long}\n`), { limits: SCAN_READ_LIMITS })).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'cellChars', max: UPLOAD_LIMITS.cellChars, line: 2, column: 2 },
    });
    const open = Buffer.alloc(8 * 1024 * 1024, 'z');
    open.write('a\n"');
    expect(readCsvBytes(open, { limits: SCAN_READ_LIMITS })).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'cellChars', line: 2 },
    });
  });
  it('a file within every limit reads as before', () => {
    const r = readCsvBytes(Buffer.from('a,b\n1,x\n2,y\n'), { limits: IMPORT_READ_LIMITS });
    expect(r.ok && r.dataset.rowCount).toBe(2);
  });
});

describe('one upload kills the server: XLSX limits (zip bomb)', () => {
  it('a ~1 MB XLSX whose sheet inflates to 400 MB is refused by its compression ratio', async () => {
    const bomb = await zipBombXlsx(400 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const r = await readXlsx(bomb, { file: 'bomb.xlsx', limits: IMPORT_READ_LIMITS });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'compressionRatio', max: UPLOAD_LIMITS.compressionRatio },
    });
    expect(!r.ok && r.error.message).toContain('bomb.xlsx');
  }, 60_000);
  it('a bomb that lies about its size in the ZIP directory is stopped while inflating', async () => {
    const bomb = await zipBombXlsx(100 * 1024 * 1024, { lieAboutSize: true });
    const before = process.memoryUsage().heapUsed;
    // Only the byte limits, so that the row limit (which would also stop it) does not come first.
    const r = await readXlsx(bomb, {
      file: 'bomb.xlsx',
      limits: {
        compressionRatio: UPLOAD_LIMITS.compressionRatio,
        uncompressedBytes: UPLOAD_LIMITS.uncompressedBytes,
      },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'limit-exceeded', limit: 'compressionRatio' } });
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);
  it('the total of inflated bytes is limited across parts', async () => {
    const bomb = await zipBombXlsx(20 * 1024 * 1024, { lieAboutSize: true });
    const r = await readXlsx(bomb, { limits: { uncompressedBytes: 5 * 1024 * 1024 } });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'uncompressedBytes', max: 5 * 1024 * 1024 },
    });
  }, 60_000);
  it('rows, columns and cell length are checked on the sheet, naming the row', async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>' +
      Array.from({ length: 5 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`).join(
        '',
      );
    expect(await readXlsx(xlsx(rows), { limits: { rows: 3 } })).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'rows', max: 3, line: 5 },
    });
    const far = '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1"><v>1</v></c></row>';
    expect(await readXlsx(xlsx(far), { limits: SCAN_READ_LIMITS })).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'columns', line: 1 },
    });
    const long = `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${'q'.repeat(UPLOAD_LIMITS.cellChars + 1)}</t></is></c></row>`;
    expect(await readXlsx(xlsx(long), { limits: SCAN_READ_LIMITS })).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', limit: 'cellChars', line: 2 },
    });
  });
});
