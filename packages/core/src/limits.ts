/**
 * Limits on files uploaded to the server, set in ONE place. The CSV and XLSX readers check them
 * while streaming (before the memory is spent) when a caller passes them; the services pass these
 * values for every upload (registry import, registry file scan). Each limit has a stable name that
 * the error the user sees carries (`limit`, `max`), rendered through i18n in the web app.
 */

/** The name of a limit, as carried in errors (`details.limit`). */
export type LimitName =
  | 'fileBytes'
  | 'rows'
  | 'columns'
  | 'cellChars'
  | 'uncompressedBytes'
  | 'compressionRatio'
  | 'errorsKept'
  | 'parseMemoryMb'
  | 'directoryImportServices';

/** What the readers check while streaming; a missing field means no limit. */
export interface ReadLimits {
  /** Data rows (the header excluded). */
  readonly rows?: number;
  /** Columns (fields) of any row, the header included. */
  readonly columns?: number;
  /** Characters of one cell. */
  readonly cellChars?: number;
  /** XLSX: bytes inflated from all the ZIP parts read, together. */
  readonly uncompressedBytes?: number;
  /** XLSX: inflated bytes per compressed byte of one ZIP part (zip bomb). */
  readonly compressionRatio?: number;
}

const MiB = 1024 * 1024;

/** Every upload limit of the server. */
export const UPLOAD_LIMITS = {
  /** Bytes of one uploaded file (registry file or import); the HTTP body limit follows it. */
  fileBytes: 25 * MiB,
  /** Rows of a file scanned for identifying columns. */
  rows: 1_000_000,
  /** Rows of a registry import (one entry each). */
  importRows: 5_000,
  /**
   * Rows of one table of an HSDS tabular data package import (a service has several attributes,
   * schedules, languages, areas and contacts; the services themselves are capped by the import).
   */
  directoryImportRows: 50_000,
  /** Services of one HSDS import (JSON file or data package), written in one transaction. */
  directoryImportServices: 2_000,
  columns: 1_000,
  /** Excel's own limit for one cell. */
  cellChars: 32_767,
  uncompressedBytes: 200 * MiB,
  /** Apache POI refuses parts that inflate more than 100 times, as we do. */
  compressionRatio: 100,
  /** Problems kept and reported for one import; the rest are counted ("and N more"). */
  errorsKept: 100,
  /** Heap of the worker thread that parses uploads: a runaway parse ends the worker, not the server. */
  parseMemoryMb: 512,
} as const;

/** Inflated bytes of one part below which the compression ratio is not checked (tiny parts compress well). */
export const RATIO_GRACE_BYTES = 1 * MiB;

/** The reader limits for a file scanned after upload. */
export const SCAN_READ_LIMITS: ReadLimits = {
  rows: UPLOAD_LIMITS.rows,
  columns: UPLOAD_LIMITS.columns,
  cellChars: UPLOAD_LIMITS.cellChars,
  uncompressedBytes: UPLOAD_LIMITS.uncompressedBytes,
  compressionRatio: UPLOAD_LIMITS.compressionRatio,
};

/** The reader limits for a registry import. */
export const IMPORT_READ_LIMITS: ReadLimits = { ...SCAN_READ_LIMITS, rows: UPLOAD_LIMITS.importRows };

/** The reader limits for each CSV of an HSDS tabular data package import (service directory). */
export const DIRECTORY_IMPORT_READ_LIMITS: ReadLimits = {
  ...SCAN_READ_LIMITS,
  rows: UPLOAD_LIMITS.directoryImportRows,
};
