/**
 * Publication (issue 10): a table leaves for an audience only as a frozen, checked snapshot.
 * publish → ISP decision (recorded by the decision point) + core checkPublication (threshold,
 * secondary suppression, interval audit) → snapshot stored, or refusal naming cells and rule.
 * Republishing re-checks the stored source under the ISP in force; unpublishing is immediate.
 * Every publish, refusal and unpublish is audited with what was checked. A public link is an
 * unguessable token (only its SHA-256 is stored) that reads the snapshot and nothing else.
 *
 * One small file per use case; this file only puts them together:
 * - publish.ts (body checked by input.ts, table from report-table.ts, checked and refused by
 *   check.ts, area names frozen by area-names.ts), republish.ts, unpublish.ts
 * - reading.ts (list, get, the public snapshot), files.ts (snapshotFile: CSV, HXL, XLSX)
 * Shared helpers live in deps.ts, named types in types.ts, row → view in views.ts.
 */
import type { Context } from '../types';
import { createPublicationDeps } from './deps';
import { createPublicationPublishing } from './publish';
import { createPublicationReading } from './reading';
import { createPublicationRepublishing } from './republish';
import { createPublicationUnpublishing } from './unpublish';

export * from './types';
export { withAreaNames } from './area-names';
export { snapshotFile } from './files';

export function createPublicationService(ctx: Context) {
  const deps = createPublicationDeps(ctx);
  return {
    ...createPublicationPublishing(deps),
    ...createPublicationRepublishing(deps),
    ...createPublicationUnpublishing(deps),
    ...createPublicationReading(deps),
  };
}

export type PublicationService = ReturnType<typeof createPublicationService>;
