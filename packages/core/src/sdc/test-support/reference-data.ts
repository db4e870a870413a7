/**
 * Test helpers: locate the repository and its reference data (test-data/sdc), and load reference CSVs with
 * Steward's own reader (so every reference test also exercises io/).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  asCategorical,
  cellText,
  datasetFromColumns,
  numericFromValues,
  type Column,
  type Dataset,
} from '../dataset';
import { readCsvBytes } from '../io/csv';

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
/** The disclosure-control reference data kept in the repository (see test-data/sdc/README.md). */
export const sdcReferenceDir = path.join(repoRoot, 'test-data', 'sdc');

export function referencePath(relative: string): string {
  return path.join(sdcReferenceDir, relative);
}

export interface ReferenceCsvOptions {
  /** Field delimiter; detected by the reader when omitted. */
  readonly delimiter?: string;
  /**
   * Fixes the column types instead of inferring them: only these columns are numeric (other text is
   * NaN), every other column is categorical (numbers become levels), as sdcMicro treats key variables.
   */
  readonly numericOnly?: readonly string[];
}

/** Loads e.g. `free1.csv` or `fixtures/freqCalc_fixture_noNA.csv`; throws if it cannot be read. */
export function loadReferenceCsv(relative: string, options: ReferenceCsvOptions = {}): Dataset {
  const file = referencePath(relative);
  const result = readCsvBytes(new Uint8Array(readFileSync(file)), {
    file: relative,
    ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  const numeric = options.numericOnly;
  if (numeric === undefined) return result.dataset;
  return datasetFromColumns(
    result.dataset.columns.map((c) => (numeric.includes(c.name) ? asNumeric(c) : asCategorical(c))),
  );
}

function asNumeric(col: Column): Column {
  if (col.kind === 'numeric') return col;
  return numericFromValues(
    col.name,
    Array.from(col.codes, (_, r) => cellText(col, r)),
  );
}

/** A reference file's text (e.g. a hierarchy CSV that a parser under test reads itself). */
export function readReferenceText(relative: string): string {
  return readFileSync(referencePath(relative), 'utf8');
}

/** A reference CSV as its header and rows of cell text (a missing value is ''). */
export function readReferenceRows(relative: string): { header: string[]; rows: string[][] } {
  const ds = loadReferenceCsv(relative);
  const cols = ds.columns;
  return {
    header: cols.map((c) => c.name),
    rows: Array.from({ length: ds.rowCount }, (_, r) => cols.map((c) => cellText(c, r) ?? '')),
  };
}
