/**
 * Typed client of the registry, ISP, request and agreement routes (docs: contracts-isp). Its JSON
 * calls go through the main client's `createRequest` (JSON bodies, `ApiError` with the API's code
 * and field errors, CSRF header on writes, `onUnauthenticated` on a 401); it adds multipart uploads
 * with progress (XMLHttpRequest, since fetch cannot report upload progress).
 */
import type { DecisionJson, Isp, IspChange, LintResult, EndorsementStatus } from '@steward/core/isp/index';
import { ApiError, apiErrorFrom, createRequest } from './client';

export type ReviewStatus = 'ok' | 'soon' | 'overdue';
export type Sensitivity = 'low' | 'moderate' | 'high' | 'severe';

export interface RegistrySummary {
  readonly id: string;
  readonly title: string;
  readonly organisationId: string;
  readonly organisationAcronym: string;
  readonly dataTypes: readonly string[];
  readonly aggregationLevel: string;
  readonly containsPersonalData: boolean;
  readonly includesNames: boolean;
  readonly includesCoordinates: boolean;
  readonly sensitivity: Sensitivity | null;
  readonly nextReviewOn: string | null;
  readonly reviewStatus: ReviewStatus;
  readonly sharedWithCluster: boolean;
  readonly updatedAt: string;
  readonly fileCount: number;
  readonly quarantinedFiles: number;
}

export interface RegistryInput {
  title: string;
  description: string;
  purpose: string;
  kind: 'asset' | 'activity';
  dataTypes: string[];
  containsPersonalData: boolean;
  containsDemographicData: boolean;
  dataSubjects: string;
  collectionMethod: string;
  legalBasis: string;
  storageLocation: string;
  accessDescription: string;
  aggregationLevel: string;
  includesNames: boolean;
  includesCoordinates: boolean;
  retentionPeriod: string;
  destructionMethod: string;
  impactAssessmentRef?: string;
  focalPoint: string;
  lastReviewedOn?: string;
  nextReviewOn: string;
  sharedWithCluster: boolean;
}

export interface FileFinding {
  readonly column: string;
  readonly kind: string;
  readonly confidence: number | string;
  readonly reason: string;
}

export interface FileInfo {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly version: number;
  readonly uploadedAt: string;
  readonly quarantined: boolean;
  readonly findings: readonly FileFinding[];
  readonly undeclared: readonly string[];
  /** Why the scanner could not read the file (then it is quarantined until accepted). */
  readonly scanProblem?: {
    readonly code: string;
    readonly message: string;
    readonly limit?: string;
    readonly max?: number;
  } | null;
}

export interface HistoryItem {
  readonly at: string;
  readonly actorName: string;
  readonly action: string;
  readonly changes: readonly { field: string; from: unknown; to: unknown }[];
}

export interface RegistryEntry extends Omit<RegistryInput, 'impactAssessmentRef' | 'lastReviewedOn'> {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationAcronym?: string;
  readonly impactAssessmentRef?: string | null;
  readonly lastReviewedOn?: string | null;
  readonly sensitivity?: Sensitivity | null;
  readonly decision?: DecisionJson | null;
  readonly updatedAt?: string;
  readonly history?: readonly HistoryItem[];
  readonly files?: readonly FileInfo[];
}

export interface IspVersionSummary {
  readonly id: string;
  readonly version: string;
  readonly status: Isp['status'];
  readonly createdAt: string;
  readonly endorsements: number;
}

export interface IspEndorsementRecord {
  readonly organisationId: string;
  readonly acronym: string;
  readonly userName: string;
  readonly at: string;
  readonly version: string;
}

export interface IspVersion {
  readonly id: string;
  readonly version: string;
  readonly status: Isp['status'];
  readonly context: string;
  readonly reviewDue: string;
  readonly isp: Isp;
  readonly lint: LintResult;
  readonly endorsement: EndorsementStatus;
  readonly endorsements: readonly IspEndorsementRecord[];
  /** Status changes that lower protection, waiting for a second person with a cluster role. */
  readonly pendingChanges?: readonly PendingStatusChange[];
  /** Set when this call recorded such a request instead of changing the status (HTTP 202). */
  readonly requestedChange?: PendingStatusChange;
}

/** One way a successor protects less than the version in force (core `Relaxation`). */
export interface Relaxation {
  readonly kind: string;
  readonly dataType?: string;
  readonly aggregation?: string;
  readonly recipient?: string;
  readonly purpose?: string;
  readonly subject?: string;
  readonly from?: string | number;
  readonly to?: string | number;
}

export interface PendingStatusChange {
  readonly id: string;
  readonly toStatus: Isp['status'];
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly relaxations: readonly Relaxation[];
}

export interface RegistryQuery {
  dataType?: string;
  sensitivity?: string;
  owner?: string;
  reviewDue?: '' | 'overdue' | 'soon';
  q?: string;
  sort?: 'title' | 'updatedAt' | 'nextReviewOn' | 'sensitivity';
  order?: 'asc' | 'desc';
}

export interface IspClientOptions {
  readonly csrfToken: () => string | null;
  readonly onUnauthenticated: () => void;
  readonly fetch?: typeof fetch;
}

/** Query string from the set values only (`?a=1&b=x`, or '' when none). */
export function queryString(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function createIspClient(options: IspClientOptions) {
  const request = createRequest(options);

  /** Multipart upload with progress (0…1). */
  function upload<T>(path: string, file: File, onProgress: (fraction: number) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.setRequestHeader('accept', 'application/json');
      const csrf = options.csrfToken();
      if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
      xhr.onload = () => {
        let parsed: unknown;
        try {
          parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
        } catch {
          parsed = undefined;
        }
        if (xhr.status >= 200 && xhr.status < 300) {
          onProgress(1);
          resolve(parsed as T);
        } else {
          const error = apiErrorFrom(
            xhr.status,
            xhr.statusText,
            parsed,
            xhr.getResponseHeader('retry-after'),
          );
          if (error.code === 'unauthenticated') options.onUnauthenticated();
          reject(error);
        }
      };
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    });
  }

  const id = encodeURIComponent;

  return {
    // Registry
    listRegistry: (query: RegistryQuery = {}) =>
      request<{ items: RegistrySummary[] }>('GET', `/api/registry${queryString({ ...query })}`),
    getEntry: (entryId: string) => request<RegistryEntry>('GET', `/api/registry/${id(entryId)}`),
    createEntry: (input: RegistryInput) => request<RegistryEntry>('POST', '/api/registry', input),
    updateEntry: (entryId: string, input: Partial<RegistryInput>) =>
      request<RegistryEntry>('PATCH', `/api/registry/${id(entryId)}`, input),
    deleteEntry: (entryId: string) => request<void>('DELETE', `/api/registry/${id(entryId)}`),
    uploadFile: (entryId: string, file: File, onProgress: (fraction: number) => void) =>
      upload<FileInfo>(`/api/registry/${id(entryId)}/files`, file, onProgress),
    confirmFile: (
      entryId: string,
      fileId: string,
      body: { action: 'declare' } | { action: 'accept'; justification: string },
    ) => request<FileInfo>('POST', `/api/registry/${id(entryId)}/files/${id(fileId)}/confirm`, body),
    fileDownloadUrl: (entryId: string, fileId: string) =>
      `/api/registry/${id(entryId)}/files/${id(fileId)}/download`,
    exportUrl: (format: 'csv' | 'xlsx') => `/api/registry/export?format=${format}`,

    // ISP
    getIsp: () => request<{ active: IspVersion | null; versions: IspVersionSummary[] }>('GET', '/api/isp'),
    getIspVersion: (versionId: string) => request<IspVersion>('GET', `/api/isp/versions/${id(versionId)}`),
    createIspVersion: (from: string) => request<IspVersion>('POST', '/api/isp/versions', { from }),
    saveIspVersion: (versionId: string, isp: Isp) =>
      request<IspVersion>('PUT', `/api/isp/versions/${id(versionId)}`, { isp }),
    setIspStatus: (versionId: string, status: 'in-consultation' | 'endorsed' | 'superseded') =>
      request<IspVersion>('POST', `/api/isp/versions/${id(versionId)}/status`, { status }),
    approveIspStatusChange: (requestId: string) =>
      request<IspVersion>('POST', `/api/isp/status-requests/${id(requestId)}/approve`),
    rejectIspStatusChange: (requestId: string) =>
      request<IspVersion>('POST', `/api/isp/status-requests/${id(requestId)}/reject`),
    endorseIsp: (versionId: string) =>
      request<IspVersion>('POST', `/api/isp/versions/${id(versionId)}/endorse`),
    ispDiff: (from: string, to: string) =>
      request<{ changes: IspChange[]; text: string }>('GET', `/api/isp/diff${queryString({ from, to })}`),
    odrlUrl: (versionId: string) => `/api/isp/versions/${id(versionId)}/odrl`,
  };
}

export type IspClient = ReturnType<typeof createIspClient>;

/** Field errors of an ApiError by field name (the first segment of each path). */
export function fieldErrorMap(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const f of error.fields) {
    const key = f.path.split(/[.[]/)[0] ?? f.path;
    if (!(key in out)) out[key] = f.message;
  }
  return out;
}
