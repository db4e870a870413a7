/**
 * The registry bodies as the API describes them (generated: packages/web/src/api/schema.d.ts) and
 * the links the pages build. Calls go through the one typed client (`useApi()`); file uploads with
 * progress through `useUpload()`.
 */
import type { components, paths } from '../../api/steward-client';

export type RegistrySummary = components['schemas']['RegistrySummary'];
export type RegistryEntry = components['schemas']['RegistryEntry'];
export type FileInfo = components['schemas']['RegistryFile'];
export type FileFinding = FileInfo['findings'][number];
export type HistoryItem = RegistryEntry['history'][number];
export type Sensitivity = RegistrySummary['sensitivity'];
export type ReviewStatus = RegistrySummary['reviewStatus'];
type ListQuery = NonNullable<paths['/api/registry']['get']['parameters']['query']>;
/** Filters and order of the registry list (the query of GET /api/registry; '' = no review filter). */
export type RegistryQuery = Omit<ListQuery, 'reviewDue' | 'sensitivity' | 'dia'> & {
  reviewDue?: ListQuery['reviewDue'] | '';
  /** 'missing': own entries that lack a required DIA. */
  dia?: ListQuery['dia'] | '';
  sensitivity?: string;
};

/**
 * What the entry form sends. The API takes the entry as a free-form object and validates it in the
 * registry service field by field (errors name the field), so this one body is written here.
 */
export type RegistryInput = {
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
};

const id = encodeURIComponent;

/** Links the browser follows to save a file (downloads go through the ISP on the server). */
export const fileDownloadUrl = (entryId: string, fileId: string) =>
  `/api/registry/${id(entryId)}/files/${id(fileId)}/download`;
export const registryExportUrl = (format: 'csv' | 'xlsx') => `/api/registry/export?format=${format}`;
export const fileUploadPath = (entryId: string) => `/api/registry/${id(entryId)}/files`;
