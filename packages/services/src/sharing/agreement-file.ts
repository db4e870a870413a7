/**
 * The file given to an agreement's recipient: the provider's latest version with the agreement
 * named inside it (a metadata sheet for XLSX, a first "#" line for CSV). A CSV is written again
 * through the core CSV writer, so that its formula-like cells are neutralised (issue 7 §4) like
 * every CSV Steward writes. The content type is the server's own detection.
 */
import { describeConditionKey } from '@steward/core/isp/index';
import { SCAN_READ_LIMITS } from '@steward/core/limits';
import { readCsvBytes, readXlsx, writeCsv, writeXlsx } from '@steward/core/sdc/io/index';
import { isTabular } from '../registry/files';
import { detectContentType } from '../uploads/content-type';

export interface AgreementFileMeta {
  agreement: string;
  agreementId: string;
  provider: string;
  expiresOn: string;
  conditions: string[];
}

export interface PackagedFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export async function packageAgreementFile(
  file: { name: string },
  plain: Uint8Array,
  meta: AgreementFileMeta,
): Promise<PackagedFile> {
  const name = `${meta.agreement}-${file.name}`;
  // The conditions in words (an agreement stores their keys, e.g. `suppress-below-n:5`).
  const conditions = meta.conditions.map(describeConditionKey);
  const kind = isTabular(file.name);
  if (kind === 'xlsx') {
    const read = await readXlsx(plain, { file: file.name, limits: SCAN_READ_LIMITS });
    if (read.ok) {
      const bytes = writeXlsx(read.dataset, {
        metadata: { ...meta, conditions: conditions.join('; ') },
      });
      return { name, contentType: detectContentType(name, bytes), bytes };
    }
  }
  if (kind === 'csv') {
    const read = readCsvBytes(plain, { file: file.name, limits: SCAN_READ_LIMITS });
    if (read.ok) {
      const header =
        `# Steward agreement ${meta.agreement} (id ${meta.agreementId}); expires ${meta.expiresOn}; ` +
        `conditions: ${conditions.join('; ') || 'none'}\r\n`;
      const bytes = new TextEncoder().encode(
        header + writeCsv(read.dataset, { delimiter: read.delimiter ?? ',' }),
      );
      return { name, contentType: detectContentType(name, bytes), bytes };
    }
  }
  // Not a table the readers can read (then it was quarantined and its owner accepted it): as stored.
  return { name, contentType: detectContentType(name, plain), bytes: plain };
}
