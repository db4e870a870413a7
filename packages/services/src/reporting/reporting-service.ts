/**
 * Partner reporting (issue 10), composed from small use-case files:
 * - frameworks.ts: list, get, create, update (cluster roles write)
 * - aggregate.ts: the protected aggregate, computed in the database with the viewer's rights
 * - reports: report-template.ts (the template), reports.ts (all-or-nothing import, corrections),
 *   report-kobo.ts (the KoboToolbox mapping step), report-read.ts (a report, its figures, lists,
 *   history), report-workflow.ts (submit / return / approve), report-completeness.ts; shared helpers
 *   in report-deps.ts, their named types in report-types.ts
 * Named types in types.ts. Tables and functions for other modules: docs in reporting/README.md.
 */
import type { Context } from '../types';
import { createAggregate } from './aggregate';
import { createFrameworks } from './frameworks';
import { createReportCompleteness } from './report-completeness';
import { createReportDeps } from './report-deps';
import { createReportKobo } from './report-kobo';
import { createReportReading } from './report-read';
import { createReportTemplate } from './report-template';
import { createReportWorkflow } from './report-workflow';
import { createReportImport } from './reports';

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
export type { CompletenessRow, FrameworkArea, ReportHistoryItem, ReportEventAction } from './report-types';

export type { KoboColumn, KoboInspection } from './kobo';

/** The reports' use cases (template, import, Kobo mapping, reading, workflow, completeness). */
function createReports(ctx: Context) {
  const deps = createReportDeps(ctx);
  return {
    ...createReportTemplate(deps),
    ...createReportImport(deps),
    ...createReportKobo(deps),
    ...createReportReading(deps),
    ...createReportWorkflow(deps),
    ...createReportCompleteness(deps),
  };
}

export function createReportingService(ctx: Context) {
  return {
    ...createFrameworks(ctx),
    ...createAggregate(ctx),
    ...createReports(ctx),
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
