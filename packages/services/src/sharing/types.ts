/** The sharing service's named types and constants (requests, agreements, cluster view, notifications). */
import type { AgreementStatus } from '@steward/core/sharing/access';
import type { AgreementRow, NotificationRow } from '@steward/db/repositories/sharing';
import type { DecisionBody } from '../registry/views';

/** Cluster view: an active agreement that ends within this many days counts as expiring soon. */
export const EXPIRING_SOON_DAYS = 30;

export interface RequestView {
  id: string;
  registryEntryId: string;
  entryTitle: string;
  requester: string;
  requesterOrganisationId: string | null;
  providerOrganisationId: string;
  provider: string;
  purpose: string;
  intendedUse: string;
  recipients: string;
  requestedDurationDays: number;
  contactEmail: string;
  status: 'pending' | 'approved' | 'rejected';
  rejectReason: string | null;
  decision: DecisionBody | null;
  /**
   * For the provider of a pending request from a member: the data types that would flow to that
   * member for the first time (a new partner flow needs a signed-off DIA, decision 0024) and the
   * DIA linking the entry that covers it, if any. Null otherwise.
   */
  flow: { newDataTypes: string[]; coveredBy: string | null } | null;
  createdAt: string;
  agreementId: string | null;
}

export interface AgreementView {
  id: string;
  reference: string;
  registryEntryId: string;
  entryTitle: string;
  entryVersion: number;
  providerOrganisation: string;
  providerOrganisationId: string;
  recipientOrganisation: string;
  recipientOrganisationId: string | null;
  purpose: string;
  conditions: string[];
  startsOn: string;
  expiresOn: string;
  status: AgreementStatus;
  signatories: { name: string; role: string; organisation: string; signedOn: string }[];
  revokedAt: string | null;
  revokedReason: string | null;
  dataTypes: string[];
  sensitivity: string;
  /** The file version approved (null: the entry had no released file when approved). */
  fileId: string | null;
  /** Newer uploads are given without a new approval. */
  includesLaterVersions: boolean;
}

/** One agreement in the cluster view: metadata only, no asset contents. */
export interface ClusterAgreementItem {
  id: string;
  reference: string;
  dataTypes: string[];
  sensitivity: AgreementRow['sensitivity'];
  provider: string;
  recipient: string;
  status: AgreementStatus;
  startsOn: string;
  expiresOn: string;
}

export interface ClusterAgreements {
  items: ClusterAgreementItem[];
  /** Active agreements ending within EXPIRING_SOON_DAYS. */
  expiringSoon: number;
}

/** The file a recipient downloads under an agreement, with the ISP decision that allowed it. */
export interface AgreementDownload {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  decision: DecisionBody;
  reference: string;
}

export interface NotificationView {
  id: NotificationRow['id'];
  kind: NotificationRow['kind'];
  text: NotificationRow['text'];
  params: NotificationRow['params'];
  link: NotificationRow['link'];
  createdAt: string;
  readAt: string | null;
}
