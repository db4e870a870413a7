/** The registry service's named types and constants (entries, files, views, filters, downloads). */
import { UPLOAD_LIMITS } from '@steward/core/limits';
import type { SensitivityLevel } from '@steward/core/vocabulary/index';
import type { DecisionBody } from './views';
import { REGISTRY_FIELDS, type RegistryInput } from './validation';

/** The byte limit of one uploaded file (set with the other upload limits in core/src/limits.ts). */
export const MAX_FILE_BYTES = UPLOAD_LIMITS.fileBytes;
export const REVIEW_SOON_DAYS = 30;

export type ReviewStatus = 'ok' | 'soon' | 'overdue';

export interface RegistrySummary {
  id: string;
  title: string;
  organisationId: string;
  organisationAcronym: string;
  dataTypes: string[];
  aggregationLevel: string;
  containsPersonalData: boolean;
  includesNames: boolean;
  includesCoordinates: boolean;
  sensitivity: SensitivityLevel;
  nextReviewOn: string;
  reviewStatus: ReviewStatus;
  sharedWithCluster: boolean;
  updatedAt: string;
  fileCount: number;
  quarantinedFiles: number;
  /** The entry belongs to the actor's active organisation. */
  own: boolean;
  /** draft | active: an entry that triggers a DIA is activated once a linked DIA is signed off. */
  status: 'draft' | 'active';
  /** Own entries only: a DIA is required (§9.2) and no linked one is signed off and in date. */
  diaMissing: boolean;
}

/** Own entries: whether a DIA is required, why, and which linked one satisfies it. */
export interface EntryDiaView {
  reasons: string[];
  satisfiedBy: string | null;
  missing: boolean;
  /** The organisation's DIAs that link the entry. */
  assessments: { id: string; title: string; status: string; reviewDue: string | null }[];
  /** Where the web app starts a DIA that links the entry. */
  start: string;
}

export interface FileInfo {
  id: string;
  name: string;
  size: number;
  version: number;
  uploadedAt: string;
  quarantined: boolean;
  findings: { column: string; kind: string; confidence: number; reason: string }[];
  undeclared: string[];
  acceptedAt: string | null;
  justification: string | null;
  /** Why the scanner could not read the file (it is then quarantined until accepted). */
  scanProblem: { code: string; message: string; limit?: string; max?: number } | null;
}

export interface HistoryItem {
  at: string;
  actorName: string;
  action: string;
  changes: FieldChange[];
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface RegistryEntryView extends RegistryInput {
  id: string;
  organisationId: string;
  organisationAcronym: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  sensitivity: SensitivityLevel;
  reviewStatus: ReviewStatus;
  /** The ISP decision for sharing this entry with the cluster (display). */
  decision: DecisionBody;
  history: HistoryItem[];
  files: FileInfo[];
  status: 'draft' | 'active';
  /** Null for another organisation's entry (its DIAs are its own). */
  dia: EntryDiaView | null;
}

export interface RegistryFilters {
  dataType?: string;
  sensitivity?: string;
  owner?: string;
  reviewDue?: 'overdue' | 'soon';
  /** 'missing': own entries that lack a required DIA. */
  dia?: 'missing';
  status?: 'draft' | 'active';
  q?: string;
  sort?: 'title' | 'updatedAt' | 'nextReviewOn' | 'sensitivity';
  order?: 'asc' | 'desc';
}

export interface Download {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  decision: DecisionBody;
}

/** A file as received by an upload route. */
export interface UploadedFile {
  name: string;
  contentType?: string;
  bytes: Uint8Array;
}

/** The CSV/XLSX columns of the registry export and import (the RegistryInput fields). */
export const EXPORT_COLUMNS = ['id', 'organisation', ...REGISTRY_FIELDS, 'sensitivity', 'updatedAt'] as const;
