/**
 * Test helpers: locate the repository and the shared reference data, and load reference CSVs with
 * Steward's own reader (so every reference test also exercises io/).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../dataset';
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
/** The read-only shared folder beside the repository. */
export const sharedDir = path.resolve(repoRoot, '../shared');
export const sdcReferenceDir = path.join(sharedDir, 'reference-data', 'sdc');

export function referencePath(relative: string): string {
  return path.join(sdcReferenceDir, relative);
}

/** Loads e.g. `free1.csv` or `fixtures/freqCalc_fixture_noNA.csv`; throws if it cannot be read. */
export function loadReferenceCsv(relative: string): Dataset {
  const file = referencePath(relative);
  const result = readCsvBytes(new Uint8Array(readFileSync(file)), { file: relative });
  if (!result.ok) throw new Error(result.error.message);
  return result.dataset;
}
