/**
 * Scanning an uploaded file with the disclosure engine's identifying-column detection, and
 * deciding quarantine: identifying columns the entry does not declare quarantine the file, and so
 * does a file the scanner cannot read (issue 7 §8), with the reason. Reading is bounded by the
 * upload limits (core/src/limits.ts). Runs in the parse worker (uploads/parse-pool.ts).
 */
import { SCAN_READ_LIMITS } from '@steward/core/limits';
import { readCsvBytes, readXlsx } from '@steward/core/sdc/io/index';
import { detectColumns, type ColumnFinding } from '@steward/core/sdc/detect/index';
import type { FileFinding, ScanProblem } from '@steward/db/schema/registry';

/** Minimum detection confidence reported as a finding. */
export const FINDING_THRESHOLD = 0.5;
/**
 * Minimum confidence that quarantines a file when undeclared. Header and values agreeing gives
 * 0.95; value shape alone on small files (e.g. capitalised category labels looking like names)
 * stays below, and is reported without quarantining.
 */
export const QUARANTINE_THRESHOLD = 0.9;

const NAME_KINDS = new Set(['person-name']);
const COORDINATE_KINDS = new Set(['gps-latitude', 'gps-longitude', 'gps-pair']);
const PERSONAL_KINDS = new Set([
  'person-name',
  'phone',
  'email',
  'id-document',
  'date-of-birth',
  'record-id',
]);

export interface ScanResult {
  scanned: boolean;
  findings: FileFinding[];
  /** Why the file could not be read as a table (then it is quarantined). */
  problem?: ScanProblem;
}

export function isTabular(name: string): 'csv' | 'xlsx' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** Reads a CSV/XLSX file and returns the identifying columns found (never cell values). */
export async function scanFile(name: string, bytes: Uint8Array): Promise<ScanResult> {
  const kind = isTabular(name);
  if (!kind)
    return {
      scanned: false,
      findings: [],
      problem: {
        code: 'not-tabular',
        message: `"${name}" is not a CSV or XLSX file: the scanner cannot look for identifying columns in it.`,
      },
    };
  const options = { file: name, limits: SCAN_READ_LIMITS };
  const read = kind === 'csv' ? readCsvBytes(bytes, options) : await readXlsx(bytes, options);
  if (!read.ok) {
    const { code, message, limit, max } = read.error;
    return {
      scanned: false,
      findings: [],
      problem: { code, message, ...(limit ? { limit } : {}), ...(max !== undefined ? { max } : {}) },
    };
  }
  const detection = detectColumns(read.dataset);
  return {
    scanned: true,
    findings: detection.findings
      .filter((f: ColumnFinding) => f.role === 'direct-identifier' && f.confidence >= FINDING_THRESHOLD)
      .map((f) => ({ column: f.column, kind: f.kind, confidence: f.confidence, reason: f.reason })),
  };
}

/** Columns whose kind the entry does not declare (names, coordinates, personal data). */
export function undeclaredColumns(
  findings: readonly FileFinding[],
  entry: { includesNames: boolean; includesCoordinates: boolean; containsPersonalData: boolean },
): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (f.confidence < QUARANTINE_THRESHOLD) continue;
    const undeclared =
      (NAME_KINDS.has(f.kind) && !entry.includesNames) ||
      (COORDINATE_KINDS.has(f.kind) && !entry.includesCoordinates) ||
      (PERSONAL_KINDS.has(f.kind) && !entry.containsPersonalData);
    if (undeclared && !out.includes(f.column)) out.push(f.column);
  }
  return out;
}

/** The entry flags that would declare every finding. */
export function flagsDeclaring(findings: readonly FileFinding[]): {
  includesNames?: true;
  includesCoordinates?: true;
  containsPersonalData?: true;
} {
  const out: { includesNames?: true; includesCoordinates?: true; containsPersonalData?: true } = {};
  for (const f of findings) {
    if (NAME_KINDS.has(f.kind)) out.includesNames = true;
    if (COORDINATE_KINDS.has(f.kind)) out.includesCoordinates = true;
    if (PERSONAL_KINDS.has(f.kind)) out.containsPersonalData = true;
  }
  return out;
}

/** What an upload stores from a scan: quarantined when undeclared identifiers are found or the scanner could not read it. */
export function quarantineOf(
  scan: ScanResult,
  entry: { includesNames: boolean; includesCoordinates: boolean; containsPersonalData: boolean },
): { quarantined: boolean; undeclared: string[]; scanProblem: ScanProblem | null } {
  const undeclared = undeclaredColumns(scan.findings, entry);
  const scanProblem = scan.scanned ? null : (scan.problem ?? { code: 'unreadable', message: 'Not scanned.' });
  return { quarantined: undeclared.length > 0 || scanProblem !== null, undeclared, scanProblem };
}
