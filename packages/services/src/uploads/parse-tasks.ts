/** The jobs the parse worker runs: CPU-heavy reading of uploads, kept off the request path. */
import { parseRegistryImport, type ImportParse } from '../registry/import-parse';
import { scanFile, type ScanResult } from '../registry/files';
import { readReportRows, type ReportRowsParse } from '../reporting/read-rows';
import { readHsdsPackage, type HsdsPackageParse } from '../directory/hsds-package-read';

export type ParseJob =
  | { task: 'registry-import'; name: string; bytes: Uint8Array }
  | { task: 'scan'; name: string; bytes: Uint8Array }
  | { task: 'report-rows'; name: string; bytes: Uint8Array; otherSheets?: boolean }
  | { task: 'hsds-package'; name: string; bytes: Uint8Array };

export type ParseOutput<J extends ParseJob> = J extends { task: 'registry-import' }
  ? ImportParse
  : J extends { task: 'report-rows' }
    ? ReportRowsParse
    : J extends { task: 'hsds-package' }
      ? HsdsPackageParse
      : ScanResult;

export async function runParseJob(
  job: ParseJob,
): Promise<ImportParse | ScanResult | ReportRowsParse | HsdsPackageParse> {
  switch (job.task) {
    case 'registry-import':
      return parseRegistryImport(job.name, job.bytes);
    case 'scan':
      return scanFile(job.name, job.bytes);
    case 'report-rows':
      return readReportRows(job.name, job.bytes, { otherSheets: job.otherSheets ?? false });
    case 'hsds-package':
      return readHsdsPackage(job.name, job.bytes);
  }
}
