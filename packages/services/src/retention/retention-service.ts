/**
 * Retention and destruction (issue 11 §4; principle 11; domain notes §13).
 *
 * - The owner sets each registry entry's (or agreement's) schedule: period in months, trigger
 *   (collection, case closure, agreement end) with its date, destruction method → due date.
 * - When the period ends the owner is reminded in the app; 30 days later the task is escalated.
 * - The owner approves destruction; `steward retention run` (operations, for cron) destroys every
 *   approved, due entry's stored files: ciphertext AND wrapped per-file key (crypto-shredding),
 *   leaving the file row as a tombstone, with one audit entry per file naming what (file, version,
 *   SHA-256 of the content), when, who approved and how (method).
 *
 * One small file per use case; this file only puts them together:
 * - schedules.ts (setSchedule, list, counts; body checked by input.ts)
 * - destruction.ts (approve, destroyNow), run.ts (the operations run), both destroying through
 *   destroy.ts (files and keys, tombstone, audit, copy requests to recipients)
 * - copies.ts (the recipient's copies to destroy, confirmCopy)
 * Shared helpers live in deps.ts, named types in types.ts, row → view mappings in views.ts.
 */
import type { Context } from '../types';
import { createRetentionCopies } from './copies';
import { createRetentionDeps } from './deps';
import { createRetentionDestruction } from './destruction';
import { createRetentionRun } from './run';
import { createRetentionSchedules } from './schedules';

export * from './types';

export function createRetentionService(ctx: Context) {
  const deps = createRetentionDeps(ctx);
  return {
    ...createRetentionSchedules(deps),
    ...createRetentionDestruction(deps),
    ...createRetentionCopies(deps),
    ...createRetentionRun(deps),
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
