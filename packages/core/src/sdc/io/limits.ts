/**
 * Limit checks shared by the CSV and XLSX readers (the values are set in core/src/limits.ts).
 * A reader calls these where rows, fields, cell text and inflated bytes are produced; an exceeded
 * limit becomes an `IoError` with code `limit-exceeded`, naming the limit and its value.
 */
import { RATIO_GRACE_BYTES, type LimitName, type ReadLimits } from '../../limits';
import { fileLabel, type IoError } from './errors';

const WHAT: Record<LimitName, (max: number) => string> = {
  fileBytes: (m) => `is larger than ${m} bytes`,
  rows: (m) => `has more than ${m} data rows`,
  columns: (m) => `has more than ${m} columns`,
  cellChars: (m) => `has a cell longer than ${m} characters`,
  uncompressedBytes: (m) => `inflates to more than ${m} bytes`,
  compressionRatio: (m) => `has a part that inflates more than ${m} times (a ZIP bomb?)`,
  errorsKept: (m) => `has more than ${m} problems`,
  parseMemoryMb: (m) => `needs more than ${m} MB of memory to read`,
  directoryImportServices: (m) => `holds more than ${m} services`,
};

export function limitError(
  file: string | undefined,
  limit: LimitName,
  max: number,
  where: { line?: number; column?: string | number } = {},
): IoError {
  const at = where.line !== undefined ? ` (at line ${where.line})` : '';
  return {
    code: 'limit-exceeded',
    file,
    limit,
    max,
    ...where,
    message: `${fileLabel(file)} ${WHAT[limit](max)}${at}: limit "${limit}" is ${max}. Nothing was read.`,
  };
}

/** Thrown inside a streaming reader to stop it; the reader turns it into its error value. */
export class LimitExceeded extends Error {
  override readonly name = 'LimitExceeded';
  constructor(readonly error: IoError) {
    super(error.message);
  }
}

/** Counts inflated bytes of ZIP parts against `uncompressedBytes` (all parts) and `compressionRatio` (each part). */
export class InflateBudget {
  private total = 0;
  constructor(
    private readonly limits: ReadLimits,
    private readonly file: string | undefined,
  ) {}

  /** Before inflating: the sizes the archive declares (they may lie; `add` checks the real ones). */
  checkDeclared(size: number, compressedSize: number, part: string): void {
    const { uncompressedBytes: maxTotal, compressionRatio: maxRatio } = this.limits;
    if (maxRatio !== undefined && size > RATIO_GRACE_BYTES && size > maxRatio * Math.max(1, compressedSize))
      throw new LimitExceeded(limitError(this.file, 'compressionRatio', maxRatio, { column: part }));
    if (maxTotal !== undefined && this.total + size > maxTotal)
      throw new LimitExceeded(limitError(this.file, 'uncompressedBytes', maxTotal, { column: part }));
  }

  /** While inflating: `partSoFar` bytes of a part whose compressed size is `compressedSize`. */
  add(chunk: number, partSoFar: number, compressedSize: number, part: string): void {
    this.total += chunk;
    const { uncompressedBytes: maxTotal, compressionRatio: maxRatio } = this.limits;
    if (maxTotal !== undefined && this.total > maxTotal)
      throw new LimitExceeded(limitError(this.file, 'uncompressedBytes', maxTotal, { column: part }));
    if (
      maxRatio !== undefined &&
      partSoFar > RATIO_GRACE_BYTES &&
      partSoFar > maxRatio * Math.max(1, compressedSize)
    )
      throw new LimitExceeded(limitError(this.file, 'compressionRatio', maxRatio, { column: part }));
  }
}
