/**
 * What an HSDS import of the service directory adjusted, and what it says when a file holds no
 * services: stable codes with their parameters (issue 9). The web page renders them through i18n
 * (`dir.import.adjust.<code>`, `dir.import.note.<code>`); the CLI prints the English sentences
 * below. Pure: no I/O.
 */

/** Codes of the adjustments an import makes (the file is imported; the value is not kept). */
export const IMPORT_ADJUSTMENT_CODES = [
  /** A location's latitude/longitude out of range or one of them missing: kept without its point. */
  'location-point-dropped',
  /** A table of the data package that the directory does not keep (programs, funding …). */
  'table-not-imported',
] as const;
export type ImportAdjustmentCode = (typeof IMPORT_ADJUSTMENT_CODES)[number];

/** One adjustment: where (file, row and column, or the JSON path), its code and parameters. */
export interface ImportAdjustment {
  path: string;
  code: ImportAdjustmentCode;
  params: Record<string, string | number>;
}

/** Kinds of file that hold no services (the result's note). */
export const IMPORT_NOTE_CODES = ['no-services'] as const;
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];
/** What the file was when it held no services. */
export const NO_SERVICE_KINDS = ['document', 'package', 'location', 'taxonomy', 'metadata'] as const;
export type NoServiceKind = (typeof NO_SERVICE_KINDS)[number];

export interface ImportNote {
  code: ImportNoteCode;
  params: { kind: NoServiceKind };
}

/** An adjustment or note as a client reads it: a code it may not know yet. */
export interface CodedText {
  code: string;
  params: Readonly<Record<string, string | number>>;
}

/**
 * A one-line English description of an adjustment (CLI; the web renders the code via i18n);
 * undefined for a code this version does not know.
 */
export function describeImportAdjustment(a: CodedText): string | undefined {
  switch (a.code as ImportAdjustmentCode) {
    case 'location-point-dropped':
      return `coordinates out of range or incomplete (latitude ${String(a.params.latitude ?? 'none')}, longitude ${String(a.params.longitude ?? 'none')}): the location is kept without its point`;
    case 'table-not-imported':
      return `not imported: Steward's directory keeps no HSDS ${String(a.params.table)} table`;
    default:
      return undefined;
  }
}

/** The English sentence of a note (CLI); undefined for a code or kind this version does not know. */
export function describeImportNote(n: CodedText): string | undefined {
  const what: Partial<Record<string, string>> = {
    document: 'The file holds no services',
    package: 'The package holds no services',
    location: 'The file is an HSDS location with no services',
    taxonomy: 'The file is an HSDS taxonomy with no services',
    metadata: 'The file is an HSDS metadata document with no services',
  };
  const kind = what[String(n.params.kind)];
  return n.code === 'no-services' && kind ? `${kind}: nothing to import.` : undefined;
}
