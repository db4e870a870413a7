/** Test helpers: a minimal CSV reader for the shared reference files (R `write.csv` output). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoricalFromStrings, datasetFromColumns, numericFromValues, type Dataset } from '../../dataset';
import { buildTable, type Table } from '../table';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../../../..');
export const sdcReferenceDir = path.resolve(repoRoot, '../shared/reference-data/sdc');

/** Parses RFC-4180-style CSV (quoted fields, doubled quotes). Returns header and rows. */
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records;
  return { header: header ?? [], rows: rows.filter((r) => r.length > 1 || r[0] !== '') };
}

export function readReferenceCsv(file: string): { header: string[]; rows: string[][] } {
  return parseCsv(readFileSync(path.join(sdcReferenceDir, file), 'utf8'));
}

/** Loads a reference CSV as a Dataset; `numeric` names the numeric columns. */
export function loadReferenceDataset(file: string, numeric: readonly string[]): Dataset {
  const { header, rows } = readReferenceCsv(file);
  return datasetFromColumns(
    header.map((name, j) => {
      const raw = rows.map((r) => r[j] ?? '');
      return numeric.includes(name) ? numericFromValues(name, raw) : categoricalFromStrings(name, raw);
    }),
  );
}

/** sdcTable's `sdc_testproblem()`: region total→{A,B,C,D} × gender total→{male,female}, value `val`. */
export function testProblem(): Table {
  const data = loadReferenceDataset('sdcTable_microdata1.csv', ['val']);
  const built = buildTable(data, {
    dimensions: [
      {
        variable: 'region',
        total: 'total',
        hierarchy: ['A', 'B', 'C', 'D'].map((code) => ({ code, parent: 'total' })),
      },
      {
        variable: 'gender',
        total: 'total',
        hierarchy: ['male', 'female'].map((code) => ({ code, parent: 'total' })),
      },
    ],
    value: 'val',
  });
  if (!built.ok) throw new Error(built.error);
  return built.value;
}
