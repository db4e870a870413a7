/**
 * Test-only helpers: a small CSV reader for the shared reference data (the production readers live
 * in sdc/io). Node APIs are allowed here (test-support only).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  categoricalFromStrings,
  datasetFromColumns,
  numericFromValues,
  type Column,
  type Dataset,
} from '../../dataset';

function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && readFileSync(pkg, 'utf8').includes('"workspaces"')) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
}

export const repoRoot = findRepoRoot();
export const sharedDir = path.resolve(repoRoot, '../shared');
export const sdcDir = path.join(sharedDir, 'reference-data', 'sdc');

export function parseCsvText(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readCsv(file: string, delimiter = ','): { header: string[]; rows: string[][] } {
  const all = parseCsvText(readFileSync(file, 'utf8'), delimiter);
  const [header, ...rows] = all;
  return { header: header ?? [], rows };
}

/** Loads a CSV as a Dataset: columns in `numeric` become numeric, all others categorical. */
export function loadDataset(
  file: string,
  opts: { delimiter?: string; numeric?: readonly string[] } = {},
): Dataset {
  const { header, rows } = readCsv(file, opts.delimiter ?? ',');
  const columns: Column[] = header.map((name, c) => {
    const raw = rows.map((r) => r[c] ?? '');
    return opts.numeric?.includes(name) ? numericFromValues(name, raw) : categoricalFromStrings(name, raw);
  });
  return datasetFromColumns(columns);
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
