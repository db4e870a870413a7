/**
 * The sharing bodies as the API describes them (generated: packages/web/src/api/schema.d.ts) and
 * the links the pages build. Calls go through the one typed client (`useApi()`).
 */
import type { components } from '../../api/steward-client';

export type SharingRequest = components['schemas']['SharingRequest'];
export type IspDecisionBody = components['schemas']['IspDecisionBody'];
export type Agreement = components['schemas']['Agreement'];
export type ApproveRequestBody = components['schemas']['ApproveRequestBody'];
export type ClusterAgreement = components['schemas']['ClusterAgreements']['items'][number];
export type Notification = components['schemas']['Notification'];

/** The download of an agreement's asset (a link: the browser saves the file). */
export const agreementDownloadUrl = (agreementId: string) =>
  `/api/agreements/${encodeURIComponent(agreementId)}/download`;

/**
 * What a request asks for. The API takes the request body as a free-form object and validates it
 * in the sharing service (field by field), so this one body is written here.
 */
export interface RequestInput {
  registryEntryId: string;
  purpose: string;
  intendedUse: string;
  recipients: string;
  requestedDurationDays: number;
  contactEmail: string;
}
