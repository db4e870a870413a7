import { cellText, datasetFromColumns, type Dataset } from '../dataset';
import type { ReadLimits } from '../../limits';
import { fileLabel, type IoError, type ReadResult } from './errors';
import { InflateBudget, LimitExceeded, limitError } from './limits';
import { TableBuilder, type TableBuilderOptions } from './table-builder';
import { XmlStream, decodeXmlEntities } from './xml-stream';
import { readZipDirectory, writeZipStored, zipEntryStream, ZipFormatError, type ZipEntry } from './zip';

export interface XlsxReadOptions extends TableBuilderOptions {
  /** Sheet to read, by name; the first sheet when omitted. */
  readonly sheet?: string;
  /** File name used in error messages. */
  readonly file?: string;
  /**
   * Rows, columns, cell length, inflated bytes and compression ratio checked while reading
   * (core/src/limits.ts); none when omitted.
   */
  readonly limits?: ReadLimits;
}

const MAX_RAGGED_LINES = 5;

/**
 * Reads the first (or a named) worksheet of an XLSX workbook. The first non-empty row is the header.
 * The sheet XML is inflated and tokenised as a stream (no DOM), rows feed the same column builder
 * as the CSV reader. Shared strings, inline strings (including rich-text runs), numbers and booleans
 * (TRUE/FALSE) are read; error cells (#N/A …) are missing. Dates stay as Excel serial numbers.
 */
export async function readXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<ReadResult> {
  const file = options.file;
  const fail = (code: IoError['code'], message: string, extra: Partial<IoError> = {}): ReadResult => ({
    ok: false,
    error: { code, file, message: `${fileLabel(file)}: ${message}`, ...extra },
  });
  if (bytes.length === 0) return fail('empty-file', 'the file is empty.');
  const dir = readZipDirectory(bytes);
  if (typeof dir === 'string') return fail('invalid-xlsx', `not a readable XLSX workbook: ${dir}.`);
  const budget = new InflateBudget(options.limits ?? {}, file);
  const zipEntryText = (b: Uint8Array, entry: ZipEntry) => readEntryText(b, entry, budget);
  try {
    const wbEntry = dir.get('xl/workbook.xml');
    if (!wbEntry) return fail('invalid-xlsx', 'not an XLSX workbook (xl/workbook.xml is missing).');
    const sheets: { name: string; rid: string }[] = [];
    new XmlStream({
      open: (name, a) => {
        if (name === 'sheet' && a.name !== undefined) sheets.push({ name: a.name, rid: a.id ?? '' });
      },
      close: () => {},
      text: () => {},
    }).push(await zipEntryText(bytes, wbEntry));
    const rels = new Map<string, { target: string; type: string }>();
    const relsEntry = dir.get('xl/_rels/workbook.xml.rels');
    if (relsEntry) {
      new XmlStream({
        open: (name, a) => {
          if (name === 'Relationship' && a.Id) rels.set(a.Id, { target: a.Target ?? '', type: a.Type ?? '' });
        },
        close: () => {},
        text: () => {},
      }).push(await zipEntryText(bytes, relsEntry));
    }
    if (sheets.length === 0) return fail('invalid-xlsx', 'the workbook has no worksheet.');
    const wanted = options.sheet === undefined ? sheets[0]! : sheets.find((s) => s.name === options.sheet);
    if (!wanted) {
      return fail(
        'sheet-not-found',
        `no sheet named "${options.sheet}". Sheets: ${sheets.map((s) => s.name).join(', ')}.`,
        { column: options.sheet },
      );
    }
    const resolve = (target: string): string =>
      target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const sheetPath = rels.get(wanted.rid)
      ? resolve(rels.get(wanted.rid)!.target)
      : `xl/worksheets/sheet${sheets.indexOf(wanted) + 1}.xml`;
    const sheetEntry = dir.get(sheetPath);
    if (!sheetEntry) return fail('invalid-xlsx', `the worksheet part ${sheetPath} is missing.`);
    const ssRel = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
    const ssEntry = dir.get(ssRel ? resolve(ssRel.target) : 'xl/sharedStrings.xml');
    const shared = ssEntry ? await readSharedStrings(bytes, ssEntry, budget, options) : [];
    const read = await readSheet(bytes, sheetEntry, shared, wanted.name, options, budget);
    return read.ok ? { ...read, sheets: sheets.map((x) => x.name) } : read;
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, error: e.error };
    if (e instanceof ZipFormatError || e instanceof TypeError) {
      return fail('invalid-xlsx', `the workbook is damaged (${e.message}).`);
    }
    throw e;
  }
}

async function readSharedStrings(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  options: XlsxReadOptions,
): Promise<string[]> {
  const maxChars = options.limits?.cellChars;
  const out: string[] = [];
  let cur = '';
  let inT = false;
  let phonetic = 0;
  const xml = new XmlStream({
    open: (name, _a, self) => {
      if (name === 'si') cur = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !self && phonetic === 0) inT = true;
    },
    close: (name) => {
      if (name === 'si') out.push(cur);
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text: (t) => {
      if (!inT) return;
      cur += t;
      if (maxChars !== undefined && cur.length > maxChars)
        throw new LimitExceeded(
          limitError(options.file, 'cellChars', maxChars, { column: 'shared strings' }),
        );
    },
  });
  await pipeText(bytes, entry, xml, budget, maxChars, options.file);
  return out;
}

/** Inflates a part chunk by chunk, counting the bytes against the budget; stops inflating on a limit. */
async function inflate(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  budget.checkDeclared(entry.size, entry.compressedSize, entry.name);
  const stream = zipEntryStream(bytes, entry);
  if (typeof stream === 'string') throw new ZipFormatError(stream);
  const reader = stream.getReader();
  let part = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      part += value.length;
      budget.add(value.length, part, entry.compressedSize, entry.name);
      onChunk(value);
    }
  } catch (e) {
    await reader.cancel().catch(() => {});
    throw e;
  }
}

async function readEntryText(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Promise<string> {
  const decoder = new TextDecoder();
  let out = '';
  await inflate(bytes, entry, budget, (chunk) => (out += decoder.decode(chunk, { stream: true })));
  return out + decoder.decode();
}

async function pipeText(
  bytes: Uint8Array,
  entry: ZipEntry,
  xml: XmlStream,
  budget: InflateBudget,
  maxChars: number | undefined,
  file?: string,
): Promise<void> {
  const decoder = new TextDecoder();
  await inflate(bytes, entry, budget, (chunk) => {
    xml.push(decoder.decode(chunk, { stream: true }));
    // Text not yet ended by a tag is buffered: no cell may hold more than the limit.
    if (maxChars !== undefined && xml.buffered > maxChars + 65_536)
      throw new LimitExceeded(limitError(file, 'cellChars', maxChars, { column: entry.name }));
  });
  xml.push(decoder.decode());
}

/** Column index (0-based) from a cell reference such as "AB12". */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

async function readSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  shared: readonly string[],
  sheetName: string,
  options: XlsxReadOptions,
  budget: InflateBudget,
): Promise<ReadResult> {
  const file = options.file;
  const limits = options.limits ?? {};
  const over = (limit: 'rows' | 'columns' | 'cellChars', max: number) =>
    new LimitExceeded(limitError(file, limit, max, { line: rowNumber }));
  let header: string[] | null = null;
  let builder: TableBuilder | null = null;
  let row: string[] = [];
  let rowNumber = 0;
  let col = -1;
  let type = '';
  let value = '';
  let capture = false;
  let phonetic = 0;
  const ragged: number[] = [];
  let raggedCount = 0;

  const endRow = (): void => {
    let last = row.length - 1;
    while (last >= 0 && (row[last] ?? '') === '') last--;
    if (last < 0) return; // empty row
    if (!header) {
      header = Array.from({ length: last + 1 }, (_, j) => {
        const h = (row[j] ?? '').trim();
        return h === '' ? `column_${j + 1}` : h;
      });
      builder = new TableBuilder(header, options);
      return;
    }
    if (limits.rows !== undefined && builder!.rowCount + raggedCount >= limits.rows)
      throw over('rows', limits.rows);
    if (last >= header.length) {
      raggedCount++;
      if (ragged.length < MAX_RAGGED_LINES) ragged.push(rowNumber);
      return;
    }
    builder!.addRow(row);
  };

  const xml = new XmlStream({
    open: (name, a, self) => {
      if (name === 'row') {
        row = [];
        rowNumber = a.r ? Number(a.r) : rowNumber + 1;
        col = -1;
      } else if (name === 'c') {
        col = a.r ? columnIndex(a.r) : col + 1;
        if (limits.columns !== undefined && col >= limits.columns) throw over('columns', limits.columns);
        type = a.t ?? 'n';
        value = '';
      } else if (name === 'rPh') phonetic++;
      else if ((name === 'v' || name === 't') && !self && phonetic === 0) capture = true;
    },
    close: (name) => {
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c') {
        let text = value;
        if (type === 's') text = shared[Number(value)] ?? '';
        else if (type === 'b') text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : '';
        else if (type === 'e') text = '';
        while (row.length < col) row.push('');
        row[col] = text;
      } else if (name === 'row') endRow();
    },
    text: (t) => {
      if (!capture) return;
      value += t;
      if (limits.cellChars !== undefined && value.length > limits.cellChars)
        throw over('cellChars', limits.cellChars);
    },
  });
  await pipeText(bytes, entry, xml, budget, limits.cellChars, file);

  if (!header) {
    return {
      ok: false,
      error: { code: 'empty-file', file, message: `${fileLabel(file)}: sheet "${sheetName}" is empty.` },
    };
  }
  const width = (header as string[]).length;
  if (raggedCount > 0) {
    return {
      ok: false,
      error: {
        code: 'ragged-rows',
        file,
        line: ragged[0],
        lines: ragged,
        count: raggedCount,
        message:
          `${fileLabel(file)}: sheet "${sheetName}" has ${raggedCount} row(s) with values beyond the header's ` +
          `${width} column(s), at row(s) ${ragged.join(', ')}${raggedCount > ragged.length ? ', …' : ''}.`,
      },
    };
  }
  const b = builder as TableBuilder | null;
  if (!b || b.rowCount === 0) {
    return {
      ok: false,
      error: {
        code: 'empty-file',
        file,
        message: `${fileLabel(file)}: sheet "${sheetName}" has a header but no data rows.`,
      },
    };
  }
  return { ok: true, dataset: datasetFromColumns(b.finish()), sheet: sheetName };
}

export interface XlsxWriteOptions {
  /** Name of the data sheet (default "data"). */
  readonly sheetName?: string;
  /**
   * Optional second sheet named "metadata": one row per entry, columns `key` and `value`
   * (e.g. data-sharing agreement ids).
   */
  readonly metadata?: Readonly<Record<string, string>> | readonly (readonly [string, string])[];
  /**
   * Further sheets after the data sheet, each its rows as written (first row the header), e.g. the
   * repeat-group sheets of a KoboToolbox export (test-data/kobo).
   */
  readonly sheets?: readonly {
    readonly name: string;
    readonly rows: readonly (readonly (string | number | null)[])[];
  }[];
  /** Every sheet shown right to left (column A on the right), for a workbook in Arabic. */
  readonly rightToLeft?: boolean;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function escapeXml(s: string): string {
  // Characters XML 1.0 forbids are dropped.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
  );
}

function columnLetters(j: number): string {
  let s = '';
  for (let n = j + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(rows: Iterable<readonly (string | number | null)[]>, rightToLeft = false): Uint8Array {
  const enc = new TextEncoder();
  const view = rightToLeft ? '<sheetViews><sheetView rightToLeft="1" workbookViewId="0"/></sheetViews>' : '';
  const parts: Uint8Array[] = [enc.encode(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}">${view}<sheetData>`)];
  let r = 0;
  let buf: string[] = [];
  for (const cells of rows) {
    r++;
    let line = `<row r="${r}">`;
    for (let j = 0; j < cells.length; j++) {
      const v = cells[j];
      if (v === null || v === undefined) continue;
      const ref = `${columnLetters(j)}${r}`;
      line +=
        typeof v === 'number'
          ? `<c r="${ref}"><v>${v}</v></c>`
          : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
    }
    buf.push(line + '</row>');
    if (buf.length === 5000) {
      parts.push(enc.encode(buf.join('')));
      buf = [];
    }
  }
  parts.push(enc.encode(buf.join('') + '</sheetData></worksheet>'));
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

function safeSheetName(name: string): string {
  const s = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  return s === '' ? 'data' : s;
}

/**
 * Writes a minimal valid XLSX (stored ZIP entries, inline strings, numbers as numbers, missing
 * values as absent cells), optionally with a second "metadata" sheet. Deterministic bytes.
 */
export function writeXlsx(dataset: Dataset, options: XlsxWriteOptions = {}): Uint8Array {
  const enc = new TextEncoder();
  const dataName = safeSheetName(options.sheetName ?? 'data');
  const cols = dataset.columns;
  function* dataRows(): Generator<(string | number | null)[]> {
    yield cols.map((c) => c.name);
    for (let r = 0; r < dataset.rowCount; r++) {
      yield cols.map((c) => {
        if (c.kind === 'numeric') {
          const v = c.values[r]!;
          return Number.isFinite(v) ? v : null;
        }
        return cellText(c, r);
      });
    }
  }
  const rtl = options.rightToLeft === true;
  const sheets: { name: string; xml: Uint8Array }[] = [{ name: dataName, xml: sheetXml(dataRows(), rtl) }];
  if (options.metadata) {
    const entries = Array.isArray(options.metadata)
      ? (options.metadata as readonly (readonly [string, string])[])
      : Object.entries(options.metadata as Record<string, string>);
    sheets.push({
      name: dataName === 'metadata' ? 'metadata_1' : 'metadata',
      xml: sheetXml([['key', 'value'], ...entries.map(([k, v]) => [k, v])], rtl),
    });
  }
  for (const extra of options.sheets ?? []) {
    const name = safeSheetName(extra.name);
    if (sheets.some((s) => s.name === name)) throw new Error(`writeXlsx: two sheets named "${name}".`);
    sheets.push({ name, xml: sheetXml(extra.rows, rtl) });
  }
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '</Types>';
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>';
  const workbook =
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>` +
    sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    '</sheets></workbook>';
  const wbRels =
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    '</Relationships>';
  const styles =
    `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '</styleSheet>';
  return writeZipStored([
    { name: '[Content_Types].xml', data: enc.encode(contentTypes) },
    { name: '_rels/.rels', data: enc.encode(rootRels) },
    { name: 'xl/workbook.xml', data: enc.encode(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: enc.encode(wbRels) },
    { name: 'xl/styles.xml', data: enc.encode(styles) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
  ]);
}

export { decodeXmlEntities };
