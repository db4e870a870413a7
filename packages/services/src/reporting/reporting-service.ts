/**
 * Partner reporting (issue 10), composed from small use-case files:
 * - frameworks.ts: list, get, create, update (cluster roles write)
 * - aggregate.ts: the protected aggregate, computed in the database with the viewer's rights
 * Named types in types.ts. Tables and functions for other modules: docs in reporting/README.md.
 */
import type { Context } from '../types';
import { createAggregate } from './aggregate';
import { createFrameworks } from './frameworks';

export * from './types';
export { aggregateInTx, aggregationLevelOf, thresholdOf } from './aggregate';

export function createReportingService(ctx: Context) {
  return {
    ...createFrameworks(ctx),
    ...createAggregate(ctx),
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
