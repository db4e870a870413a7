/**
 * Partner reporting (issue 10), composed from small use-case files:
 * - frameworks.ts: list, get, create, update (cluster roles write)
 * - aggregate.ts: the protected aggregate, computed in the database with the viewer's rights
 * - reports.ts: template, all-or-nothing import, submit / return / approve, corrections, completeness
 * Named types in types.ts. Tables and functions for other modules: docs in reporting/README.md.
 */
import type { Context } from '../types';
import { createAggregate } from './aggregate';
import { createFrameworks } from './frameworks';
import { createReports } from './reports';

export * from './types';
export { aggregateInTx, aggregationLevelOf, thresholdOf } from './aggregate';
export {
  entryRows,
  problemLine,
  type ImportResult,
  type ImportSource,
  type ReportEntry,
  type ReportValueView,
  type ReportView,
  type TemplateFile,
} from './reports';

export type { KoboColumn, KoboInspection } from './kobo';

export function createReportingService(ctx: Context) {
  return {
    ...createFrameworks(ctx),
    ...createAggregate(ctx),
    ...createReports(ctx),
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
