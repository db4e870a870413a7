/** The retention service's named types: schedules, copies to destroy, the run's result, counts. */
import type { RetentionStatus, RetentionTrigger } from '@steward/core/retention/index';

export interface RetentionView {
  id: string;
  registryEntryId: string | null;
  agreementId: string | null;
  target: string;
  periodMonths: number;
  trigger: RetentionTrigger;
  triggerOn: string;
  dueOn: string;
  destructionMethod: string;
  status: RetentionStatus;
  approved: boolean;
  approvedAt: string | null;
  destroyedAt: string | null;
  /** The tombstone of what was destroyed (files with their SHA-256); empty before destruction. */
  destroyedFiles: { name: string; version: number; sha256: string; size: number }[];
  /** Recipients asked to destroy their copies, and whether they confirmed (the owner's view). */
  copies: RetentionCopyView[];
}

/** One recipient's copy of shared data to destroy (the owner and the recipient see it). */
export interface RetentionCopyView {
  id: string;
  scheduleId: string;
  agreementId: string;
  agreementReference: string;
  owner: string;
  recipient: string;
  requestedAt: string;
  confirmedAt: string | null;
  method: string | null;
}

export interface DestroyedFile {
  fileId: string;
  name: string;
  version: number;
  sha256: string;
  size: number;
  /** The per-file key was destroyed too (files stored before per-file keys have none). */
  keyDestroyed: boolean;
}

/** One schedule's destruction (or, in a dry run, what it would destroy). */
export interface DestroyedSchedule {
  scheduleId: string;
  organisationId: string;
  registryEntryId: string | null;
  agreementId: string | null;
  method: string;
  files: DestroyedFile[];
}

export interface RetentionRunResult {
  dryRun: boolean;
  today: string;
  destroyed: DestroyedSchedule[];
  /** Due, not approved: the owner was (or would be) reminded. */
  reminded: string[];
  /** Overdue by more than 30 days, not approved: escalated. */
  escalated: string[];
}

export interface RetentionCounts {
  due: number;
  overdue: number;
}
