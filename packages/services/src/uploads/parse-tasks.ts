/** The jobs the parse worker runs: CPU-heavy reading of uploads, kept off the request path. */
import { parseRegistryImport, type ImportParse } from '../registry/import-parse';
import { scanFile, type ScanResult } from '../registry/files';
import { readReportRows, type ReportRowsParse } from '../reporting/read-rows';
import { readHsdsPackage, type HsdsPackageParse } from '../directory/hsds-package-read';
import { inspectKoboExport, type KoboInspectJob, type KoboInspectParse } from '../reporting/kobo';
import {
  reportImportTransfer,
  validateReportImport,
  type ReportImportJob,
  type ReportImportParse,
} from '../reporting/validate-import';

export type ParseJob =
  | { task: 'registry-import'; name: string; bytes: Uint8Array }
  | { task: 'scan'; name: string; bytes: Uint8Array }
  | { task: 'report-rows'; name: string; bytes: Uint8Array; otherSheets?: boolean }
  | { task: 'hsds-package'; name: string; bytes: Uint8Array }
  | ReportImportJob
  | KoboInspectJob;

export type ParseOutput<J extends ParseJob> = J extends { task: 'registry-import' }
  ? ImportParse
  : J extends { task: 'report-rows' }
    ? ReportRowsParse
    : J extends { task: 'hsds-package' }
      ? HsdsPackageParse
      : J extends { task: 'report-import' }
        ? ReportImportParse
        : J extends { task: 'kobo-inspect' }
          ? KoboInspectParse
          : ScanResult;

type AnyParseOutput =
  ImportParse | ScanResult | ReportRowsParse | HsdsPackageParse | ReportImportParse | KoboInspectParse;

export async function runParseJob(job: ParseJob): Promise<AnyParseOutput> {
  switch (job.task) {
    case 'registry-import':
      return parseRegistryImport(job.name, job.bytes);
    case 'scan':
      return scanFile(job.name, job.bytes);
    case 'report-rows':
      return readReportRows(job.name, job.bytes, { otherSheets: job.otherSheets ?? false });
    case 'hsds-package':
      return readHsdsPackage(job.name, job.bytes);
    case 'report-import':
      return validateReportImport(job);
    case 'kobo-inspect':
      return inspectKoboExport(job);
  }
}

/** The buffers a job's result hands back without copying (transferred, not cloned). */
export function transferOf(job: ParseJob, result: AnyParseOutput): ArrayBuffer[] {
  return job.task === 'report-import' ? reportImportTransfer(result as ReportImportParse) : [];
}
