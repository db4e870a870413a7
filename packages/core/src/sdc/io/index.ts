export type { IoError, IoErrorCode, ReadResult } from './errors';
export {
  CsvReader,
  readCsv,
  readCsvBytes,
  readCsvText,
  detectDelimiter,
  writeCsv,
  writeCsvRows,
  csvChunks,
  quoteCsvField,
  nextLineStart,
  type CsvReadOptions,
  type CsvWriteOptions,
} from './csv';
export type { CsvPart, CsvPartColumn } from './byte-table-builder';
export { readXlsx, writeXlsx, type XlsxReadOptions, type XlsxWriteOptions } from './xlsx';
export { isFormulaLike, neutraliseFormula, restoreFormula } from './formula-guard';
export { limitError } from './limits';
export { parseNumber, TableBuilder, type TableBuilderOptions } from './table-builder';
export { crc32, writeZipStored, readZipDirectory } from './zip';
