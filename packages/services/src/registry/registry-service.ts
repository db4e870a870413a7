/**
 * The data management registry, composed from small use-case files:
 * - entries.ts (list via entry-list.ts, get via entry-view.ts, create, update with field-level
 *   history, remove)
 * - file-upload.ts (encrypted at rest, scanned by files.ts, quarantined when identifying columns
 *   are not declared), file-release.ts (owner releases a quarantined file), file-download.ts (ISP)
 * - export.ts (CSV/XLSX through the ISP decision point), import.ts (all-or-nothing import)
 * Shared helpers live in deps.ts, named types in types.ts, row → view mappings in views.ts.
 */
import type { Context } from '../types';
import { createRegistryDeps } from './deps';
import { createRegistryEntries } from './entries';
import { createRegistryExport } from './export';
import { createFileDownload } from './file-download';
import { createFileRelease } from './file-release';
import { createFileUpload } from './file-upload';
import { createRegistryImport } from './import';

export * from './types';
export { decisionBody, fileInfo, reviewStatus, type DecisionBody } from './views';

export function createRegistryService(ctx: Context) {
  const deps = createRegistryDeps(ctx);
  return {
    ...createRegistryEntries(deps),
    ...createFileUpload(deps),
    ...createFileRelease(deps),
    ...createFileDownload(deps),
    ...createRegistryExport(deps),
    ...createRegistryImport(deps),
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
