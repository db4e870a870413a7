/** XLSX reading through the core's streaming reader. */
import type { ReadResult } from '@steward/core/sdc/io/errors';
import { readXlsx } from '@steward/core/sdc/io/index';

export function readXlsxBytes(bytes: Uint8Array, name: string): Promise<ReadResult> {
  return readXlsx(bytes, { file: name });
}
