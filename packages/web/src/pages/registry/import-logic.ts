/**
 * What the registry import expects (POST /api/registry/import): one row per entry, the
 * RegistryInput field names as the header row, in this order in the template. The server
 * validates every row and imports nothing when any row fails; this module only describes the
 * columns and builds the template the page offers for download.
 */
import {
  OPTIONAL_REGISTRY_FIELDS,
  REGISTRY_FIELDS,
  REQUIRED_REGISTRY_FIELDS,
} from '@steward/core/registry/fields';

/** Columns a row must fill. */
export const REQUIRED_IMPORT_COLUMNS = REQUIRED_REGISTRY_FIELDS;

/** Columns that may be left empty (legalBasis is required when containsPersonalData is true). */
export const OPTIONAL_IMPORT_COLUMNS = OPTIONAL_REGISTRY_FIELDS;

/** Every column, in the order of the entry form (and of the registry export). */
export const IMPORT_COLUMNS = REGISTRY_FIELDS;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const TEMPLATE_FILE_NAME = 'steward-registry-import-template.csv';

/** The template: the header row only (an example row would be imported if left in). */
export function templateCsv(): string {
  return `${IMPORT_COLUMNS.join(',')}\r\n`;
}

/** The template as a link target, built in the browser (no request). */
export function templateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`;
}

/** Only CSV and Excel files are accepted (by name, as the server decides by name). */
export function isImportFileName(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name.trim());
}

/** An error path of the import ("row 3, column nextReviewOn") split for display, else null. */
export function parseImportPath(path: string): { row: number | null; column: string } | null {
  const both = /^row (\d+), column (.+)$/.exec(path);
  if (both) return { row: Number(both[1]), column: both[2]! };
  const column = /^column (.+)$/.exec(path);
  if (column) return { row: null, column: column[1]! };
  return null;
}
