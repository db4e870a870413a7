import type { LimitName } from '../../limits';
import type { Dataset } from '../dataset';

/** Why a file could not be read. Expected outcomes of bad input are values, never throws. */
export type IoErrorCode =
  | 'empty-file'
  | 'encoding'
  | 'ragged-rows'
  | 'unterminated-quote'
  | 'duplicate-header'
  | 'invalid-xlsx'
  | 'unsupported-xlsx'
  | 'sheet-not-found'
  | 'limit-exceeded';

export interface IoError {
  readonly code: IoErrorCode;
  /** One plain-English line naming the file, line and column where known. Never quotes cell values. */
  readonly message: string;
  readonly file?: string;
  /** 1-based physical line (CSV) or sheet row (XLSX) of the first problem. */
  readonly line?: number;
  /** Column name or 1-based column number concerned, when there is one. */
  readonly column?: string | number;
  /** For ragged rows: the first few offending line numbers. */
  readonly lines?: readonly number[];
  /** For ragged rows: how many rows are ragged in total. */
  readonly count?: number;
  /** For encoding errors: 0-based byte offset of the first invalid byte. */
  readonly byteOffset?: number;
  /** For `limit-exceeded`: the limit's name and value (core/src/limits.ts). */
  readonly limit?: LimitName;
  readonly max?: number;
}

export type ReadResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly delimiter?: string;
      /** XLSX: the sheet read, and every sheet of the workbook in order. */
      readonly sheet?: string;
      readonly sheets?: readonly string[];
    }
  | { readonly ok: false; readonly error: IoError };

export function fileLabel(file: string | undefined): string {
  return file ? `"${file}"` : 'the file';
}
