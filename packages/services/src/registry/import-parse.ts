/**
 * The CPU-heavy half of a registry import, run in the parse worker (uploads/parse-pool.ts): read
 * the CSV/XLSX within the upload limits and validate every row. Pure: bytes in, entries or
 * problems out. Problems are kept up to `UPLOAD_LIMITS.errorsKept` and counted beyond.
 */
import { IMPORT_READ_LIMITS, UPLOAD_LIMITS } from '@steward/core/limits';
import { cellText } from '@steward/core/sdc/dataset';
import { readCsvBytes, readXlsx, restoreFormula, type IoError } from '@steward/core/sdc/io/index';
import { REGISTRY_FIELDS, validateRegistryInput, type FieldProblem, type RegistryInput } from './validation';

export type ImportParse =
  | { kind: 'read-error'; error: IoError }
  | { kind: 'problems'; problems: FieldProblem[]; total: number }
  | { kind: 'ok'; values: RegistryInput[] };

/** Columns of the registry export that the import accepts and ignores. */
const EXPORT_ONLY = ['id', 'organisation', 'sensitivity', 'updatedAt'] as const;

/** Keeps the first `max` problems and counts all of them. */
export class ProblemList {
  readonly kept: FieldProblem[] = [];
  total = 0;
  constructor(private readonly max: number) {}
  add(p: FieldProblem): void {
    this.total++;
    if (this.kept.length < this.max) this.kept.push(p);
  }
}

/**
 * Leading lines starting with "#" (the registry export's own first line, "# Steward registry
 * export …") are comments: skipped, and counted so that row numbers stay those a spreadsheet shows.
 */
export function skipCommentLines(bytes: Uint8Array): {
  bytes: Uint8Array;
  skipped: number;
  steward: boolean;
} {
  let p = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const steward = startsWithText(bytes, p, STEWARD_MARK);
  let skipped = 0;
  while (bytes[p] === 0x23 /* # */) {
    const nl = bytes.indexOf(0x0a, p);
    if (nl < 0) return { bytes: new Uint8Array(0), skipped: skipped + 1, steward };
    p = nl + 1;
    skipped++;
  }
  return { bytes: p === 0 ? bytes : bytes.subarray(p), skipped, steward };
}

/** The first line of every registry CSV export (export.ts). */
export const STEWARD_MARK = '# Steward registry export';

function startsWithText(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The English labels of the entry fields (the web form's), accepted as import headers. */
export const REGISTRY_FIELD_LABELS: Readonly<Record<(typeof REGISTRY_FIELDS)[number], string>> = {
  title: 'Title',
  description: 'Description',
  purpose: 'Purpose',
  kind: 'Kind',
  dataTypes: 'Data types',
  containsPersonalData: 'Contains personal data',
  containsDemographicData: 'Contains demographically identifiable data',
  dataSubjects: 'Data subjects',
  collectionMethod: 'Collection method',
  legalBasis: 'Legal basis',
  storageLocation: 'Storage location or system',
  accessDescription: 'Who has access',
  aggregationLevel: 'Aggregation level',
  includesNames: 'Includes names',
  includesCoordinates: 'Includes coordinates',
  consentObtained: 'Consent obtained',
  retentionPeriod: 'Retention period',
  destructionMethod: 'Destruction method',
  impactAssessmentRef: 'Impact assessment reference',
  focalPoint: 'Focal point',
  lastReviewedOn: 'Last reviewed on',
  nextReviewOn: 'Next review on',
  sharedWithCluster: 'Share this entry’s description with the cluster',
};

/** Case, spaces, underscores, hyphens and punctuation do not matter in a header. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const HEADERS: ReadonlyMap<string, string> = new Map([
  ...[...REGISTRY_FIELDS, ...EXPORT_ONLY].map((f) => [squash(f), f] as const),
  ...REGISTRY_FIELDS.map((f) => [squash(REGISTRY_FIELD_LABELS[f]), f] as const),
]);

/** The field a header names (its code or English label), or undefined. */
export function headerField(header: string): string | undefined {
  return HEADERS.get(squash(header));
}

export async function parseRegistryImport(name: string, bytes: Uint8Array): Promise<ImportParse> {
  const xlsx = name.toLowerCase().endsWith('.xlsx');
  const options = { file: name, limits: IMPORT_READ_LIMITS };
  let skipped = 0;
  let steward = false;
  let read;
  if (xlsx) read = await readXlsx(bytes, options);
  else {
    const body = skipCommentLines(bytes);
    skipped = body.skipped;
    steward = body.steward;
    read = readCsvBytes(body.bytes, options);
  }
  if (!read.ok) return { kind: 'read-error', error: read.error };
  const ds = read.dataset;
  const problems = new ProblemList(UPLOAD_LIMITS.errorsKept);
  // Headers may be the field codes or their English labels, in any case and spacing (issue 8).
  const fields: { column: (typeof ds.columns)[number]; field: string }[] = [];
  const taken = new Map<string, string>();
  let unknown = 0;
  for (const c of ds.columns) {
    const field = headerField(c.name);
    if (field === undefined) {
      unknown++;
      problems.add({ path: `column ${c.name}`, message: 'Unknown column' });
      continue;
    }
    const earlier = taken.get(field);
    if (earlier !== undefined) {
      problems.add({ path: `column ${c.name}`, message: `Same field as column ${earlier}` });
      continue;
    }
    taken.set(field, c.name);
    if ((REGISTRY_FIELDS as readonly string[]).includes(field)) fields.push({ column: c, field });
  }
  // The valid columns once, not in every problem.
  if (unknown > 0)
    problems.add({
      path: 'columns',
      message: `Valid columns (the field or its label): ${REGISTRY_FIELDS.map(
        (f) => `${f} (${REGISTRY_FIELD_LABELS[f]})`,
      ).join(', ')}`,
    });
  // A registry CSV export has its formula-like cells neutralised (core formula-guard): undo it.
  const text = steward ? restoreFormula : (v: string) => v;
  const values: RegistryInput[] = [];
  for (let r = 0; r < ds.rowCount; r++) {
    const record: Record<string, string> = {};
    for (const { column, field } of fields) record[field] = text(cellText(column, r) ?? '');
    const v = validateRegistryInput(record, { lenientText: true });
    // Row numbers as a spreadsheet shows them: the header is row 1 (after any comment lines).
    if (!v.ok)
      for (const p of v.problems)
        problems.add({ path: `row ${r + 2 + skipped}, column ${p.path}`, message: p.message });
    else values.push(v.value as RegistryInput);
  }
  if (ds.rowCount === 0) problems.add({ path: 'file', message: 'The file has no rows' });
  if (problems.total > 0) return { kind: 'problems', problems: problems.kept, total: problems.total };
  return { kind: 'ok', values };
}
