/** XLSX reading, delegated to the core reader once it exists (see the report). */
import type { ReadResult } from '@steward/core/sdc/io/errors';

export function readXlsxBytes(_bytes: Uint8Array, name: string): ReadResult {
  return {
    ok: false,
    error: {
      code: 'unsupported-xlsx',
      file: name,
      message: `"${name}": XLSX reading is not available in this build; save the sheet as CSV (UTF-8) and retry.`,
    },
  };
}
