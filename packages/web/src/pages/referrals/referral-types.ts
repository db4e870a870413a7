/** Bodies of the referral routes as the web app reads them (ciphertext and workflow metadata only). */
import type { Envelope, PassphraseWrapped, SealedBox } from '@steward/core/referrals/index';

export interface KeyStatus {
  userKey: { publicKey: string; wrappedPrivateKey: PassphraseWrapped; fingerprint: string } | null;
  organisationKey: {
    keyId: string;
    publicKey: string;
    fingerprint: string;
    rotationRequired: boolean;
  } | null;
  copies: {
    orgKeyId: string;
    kind: 'member' | 'history';
    oldKeyId: string | null;
    box: SealedBox;
  }[];
  pendingMembers: { userId: string; displayName: string; publicKey: string; fingerprint: string }[];
  members: {
    userId: string;
    displayName: string;
    role: 'caseworker' | 'partner-focal-point';
    publicKey: string | null;
    fingerprint: string | null;
    holdsCurrentKey: boolean;
  }[];
}

export interface OrgPublicKey {
  organisationId: string;
  acronym: string;
  keyId: string;
  publicKey: string;
  fingerprint: string;
}

export interface ReferralView {
  id: string;
  reference: string;
  direction: 'sent' | 'received';
  from: string;
  to: string;
  serviceId: string;
  serviceName: string;
  serviceType: string;
  priority: 'emergency' | 'urgent' | 'normal';
  state: 'draft' | 'sent' | 'accepted' | 'in_service' | 'closed' | 'declined' | 'withdrawn';
  outcome: 'service_provided' | 'service_not_provided' | null;
  adm1: string;
  adm2: string;
  sentAt: string;
  dueBy: string;
  overdue: boolean;
  consentWithdrawn: boolean;
  consentRef: string | null;
  /** Consent override metadata (names for the sending organisation only). */
  override: {
    legalBasis: string;
    status: 'pending' | 'approved' | 'refused';
    requestedBy: string | null;
    requestedByName: string | null;
    requestedAt: string;
    decidedBy: string | null;
    decidedByName: string | null;
    decidedAt: string | null;
  } | null;
  updatedAt: string;
  content: Envelope;
}

export interface ReferralEventView {
  version: number;
  fromState: string | null;
  toState: string;
  outcome: string | null;
  by: string;
  at: string;
  content: Envelope | null;
}

export type ReferralDetail = ReferralView & { history: ReferralEventView[] };

export interface StatsAnswer {
  dimensions: string[];
  threshold: number;
  cells: ({
    count: number | null;
    status: 'published' | 'suppressed-primary' | 'suppressed-secondary';
  } & Record<string, string | number | null>)[];
}

export interface ReferralArea {
  pcode: string;
  name: string;
  adm1: string | null;
  adm1Name: string | null;
}

/** What a referral's main envelope holds once decrypted (as the CLI and the browser write it). */
export interface ReferralContent {
  payload?: Record<string, unknown>;
  consent?: Record<string, unknown>;
  priority?: string;
  /** A consent override's legal basis and justification (encrypted with the content). */
  override?: { legalBasis?: string; justification?: string };
}

export const STATE_TONE = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'info',
  in_service: 'info',
  closed: 'ok',
  declined: 'warning',
  withdrawn: 'neutral',
} as const;

export const PRIORITY_TONE = { emergency: 'danger', urgent: 'warning', normal: 'neutral' } as const;

export const REFERRAL_ROLES = ['caseworker', 'partner-focal-point'] as const;
export const STATS_ROLES = ['cluster-coordinator', 'cluster-imo'] as const;
