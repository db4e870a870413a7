import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  categoricalFromStrings,
  cellText,
  datasetFromColumns,
  numericFromValues,
  type Dataset,
} from '../dataset';
import { deflateZip } from '../test-support/deflate-zip';
import { loadReferenceCsv } from '../test-support/reference-data';
import { crc32, readXlsx, writeXlsx } from './index';
import { readZipDirectory, zipEntryText } from './zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A tiny workbook written by hand, as Excel lays it out: shared strings, rich text, gaps. */
function handBuilt(sheet1: string, extra: Record<string, string> = {}): Uint8Array {
  return deflateZip({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Raw data" sheetId="1" r:id="rId7"/><sheet name="Other" sheetId="2" r:id="rId8"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${REL}/worksheet" Target="worksheets/first.xml"/><Relationship Id="rId8" Type="${REL}/worksheet" Target="/xl/worksheets/second.xml"/><Relationship Id="rId9" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="${MAIN}" count="6" uniqueCount="6"><si><t>name</t></si><si><t>sexe</t></si><si><t>âge</t></si><si><r><rPr><b/></rPr><t>Aminata</t></r><r><t xml:space="preserve"> D&amp;iallo</t></r><rPh><t>ignored</t></rPh></si><si><t>F</t></si><si><t>M</t></si></sst>`,
    'xl/worksheets/first.xml': sheet1,
    'xl/worksheets/second.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="A2"><v>42</v></c></row></sheetData></worksheet>`,
    ...extra,
  });
}

const SHEET1 =
  `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
  '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row>' +
  '<x:row r="2"><x:c r="A2" t="s"><x:v>3</x:v></x:c><x:c r="B2" t="s"><x:v>4</x:v></x:c><x:c r="C2"><x:v>34</x:v></x:c><x:c r="D2" t="b"><x:v>1</x:v></x:c></x:row>' +
  '<x:row r="4"><x:c r="B4" t="s"><x:v>5</x:v></x:c><x:c r="C4" s="3"><x:v>7.5</x:v></x:c><x:c r="D4" t="b"><x:v>0</x:v></x:c></x:row>' +
  '<x:row r="5"><x:c r="A5" t="str"><x:f>A2</x:f><x:v>formula &lt;text&gt;</x:v></x:c><x:c r="C5" t="e"><x:v>#N/A</x:v></x:c></x:row>' +
  '</x:sheetData></x:worksheet>';

function texts(ds: Dataset, name: string): (string | null)[] {
  const col = ds.columns.find((c) => c.name === name)!;
  return Array.from({ length: ds.rowCount }, (_, r) => cellText(col, r));
}

describe('readXlsx on a hand-built workbook (DEFLATE entries)', () => {
  it('reads shared strings, rich text, inline strings, numbers, booleans, gaps and errors', async () => {
    const r = await readXlsx(handBuilt(SHEET1));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.sheet).toBe('Raw data');
    const ds = r.dataset;
    expect(ds.columns.map((c) => c.name)).toEqual(['name', 'sexe', 'âge', 'ok']);
    expect(ds.rowCount).toBe(3); // the empty row 3 is skipped
    expect(texts(ds, 'name')).toEqual(['Aminata D&iallo', null, 'formula <text>']);
    expect(texts(ds, 'sexe')).toEqual(['F', 'M', null]);
    expect(ds.columns[2]!.kind).toBe('numeric');
    expect(texts(ds, 'âge')).toEqual(['34', '7.5', null]);
    expect(texts(ds, 'ok')).toEqual(['TRUE', 'FALSE', null]);
  });
  it('reads a named sheet and reports an unknown one with the list of sheets', async () => {
    const r = await readXlsx(handBuilt(SHEET1), { sheet: 'Other' });
    expect(r.ok && texts(r.dataset, 'x')).toEqual(['42']);
    const bad = await readXlsx(handBuilt(SHEET1), { sheet: 'Nope', file: 'f.xlsx' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'sheet-not-found' } });
    expect(!bad.ok && bad.error.message).toContain('Raw data, Other');
  });
  it('reports values beyond the header as ragged rows with their row numbers', async () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>1</v></c><c r="C3"><v>2</v></c></row></sheetData></worksheet>`;
    const r = await readXlsx(handBuilt(sheet), { file: 'r.xlsx' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'ragged-rows', lines: [3], count: 1, file: 'r.xlsx' },
    });
  });
  it('rejects an empty sheet, a non-zip and a zip without workbook', async () => {
    const empty = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    expect(await readXlsx(handBuilt(empty))).toMatchObject({ ok: false, error: { code: 'empty-file' } });
    expect(await readXlsx(new TextEncoder().encode('a,b\n1,2\n'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-xlsx' },
    });
    expect(await readXlsx(deflateZip({ 'x.txt': 'hello' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-xlsx' },
    });
    expect(await readXlsx(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'empty-file' } });
  });
});

describe('writeXlsx → readXlsx round trip', () => {
  it('keeps names, types, missing values and special characters', async () => {
    const ds = datasetFromColumns([
      categoricalFromStrings('nom', ['Zoë', '', 'a & b <c> "d"', 'line\nbreak', '0771234567']),
      numericFromValues('poids', [1.5, null, -3, 1e-7, 123456789012]),
      categoricalFromStrings('region', ['SN01', 'SN02', null, 'SN01', 'SN02']),
    ]);
    const r = await readXlsx(writeXlsx(ds));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.sheet).toBe('data');
    for (const col of ds.columns) expect(texts(r.dataset, col.name)).toEqual(texts(ds, col.name));
    expect(r.dataset.columns.map((c) => c.kind)).toEqual(['categorical', 'numeric', 'categorical']);
  });
  it('round-trips the Adult reference file (30,162 rows) and writes a metadata sheet', async () => {
    const ds = loadReferenceCsv('arx-adult/adult.csv');
    const bytes = writeXlsx(ds, { metadata: { agreement: 'DSA-2025-014', purpose: 'research & planning' } });
    const r = await readXlsx(bytes);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.dataset.rowCount).toBe(30162);
    for (const name of ['sex', 'age', 'occupation']) expect(texts(r.dataset, name)).toEqual(texts(ds, name));
    const meta = await readXlsx(bytes, { sheet: 'metadata' });
    expect(meta.ok && texts(meta.dataset, 'value')).toEqual(['DSA-2025-014', 'research & planning']);
  });
  it('shows every sheet right to left when asked (an Arabic workbook), and reads back the same', async () => {
    const ds = datasetFromColumns([categoricalFromStrings('الاسم', ['أمينة', 'TRI'])]);
    const views = async (bytes: Uint8Array) => {
      const dir = readZipDirectory(bytes);
      if (typeof dir === 'string') throw new Error(dir);
      const out: string[] = [];
      for (const [name, entry] of dir)
        if (name.startsWith('xl/worksheets/'))
          out.push(/<sheetView [^>]*rightToLeft="1"/.test(await zipEntryText(bytes, entry)) ? 'rtl' : 'ltr');
      return out;
    };
    const options = { metadata: { key: 'value' }, sheets: [{ name: 'other', rows: [['a'], ['b']] }] };
    const rtl = writeXlsx(ds, { ...options, rightToLeft: true });
    expect(await views(rtl)).toEqual(['rtl', 'rtl', 'rtl']);
    expect(await views(writeXlsx(ds, options))).toEqual(['ltr', 'ltr', 'ltr']);
    const r = await readXlsx(rtl);
    if (!r.ok) throw new Error(r.error.message);
    expect(texts(r.dataset, 'الاسم')).toEqual(['أمينة', 'TRI']);
  });
  it('writes identical bytes for identical input and a zip that unzip -t accepts', () => {
    const ds = loadReferenceCsv('francdat.csv');
    const a = writeXlsx(ds);
    expect(writeXlsx(ds)).toEqual(a);
    const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-'));
    const file = path.join(dir, 'f.xlsx');
    writeFileSync(file, a);
    let unzipAvailable = true;
    let out = '';
    try {
      out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') unzipAvailable = false;
      else throw e;
    }
    if (unzipAvailable) expect(out).toContain('No errors detected');
  });
  it('crc32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
