/** The referral workflow's named types: views (no content in plaintext), inputs, results, counts. */
import type {
  Envelope,
  OverrideLegalBasis,
  ReferralOutcome,
  ReferralPriority,
  ReferralState,
} from '@steward/core/referrals/index';
import type { CellPublicationStatus } from '@steward/core/publication/index';

export interface ReferralView {
  id: string;
  reference: string;
  direction: 'sent' | 'received';
  from: string;
  to: string;
  serviceId: string;
  serviceName: string;
  serviceType: string;
  priority: ReferralPriority;
  state: ReferralState;
  outcome: ReferralOutcome | null;
  adm1: string;
  adm2: string;
  sentAt: string;
  dueBy: string;
  overdue: boolean;
  consentWithdrawn: boolean;
  /** The opaque consent reference (sending organisation only; null for the receiver or older referrals). */
  consentRef: string | null;
  /**
   * Consent override (plaintext metadata only; the justification is in the encrypted content):
   * `pending` until a second person of the sending organisation approves or refuses
   * (or the requester cancels it). Names are
   * given to the sending organisation only.
   */
  override: ReferralOverrideView | null;
  updatedAt: string;
  /** Encrypted payload + consent (decrypt on the device). */
  content: Envelope;
}

export interface ReferralOverrideView {
  legalBasis: OverrideLegalBasis;
  status: 'pending' | 'approved' | 'refused' | 'cancelled';
  requestedBy: string | null;
  requestedByName: string | null;
  requestedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
}

export interface ReferralEventView {
  version: number;
  fromState: ReferralState | null;
  toState: ReferralState;
  outcome: ReferralOutcome | null;
  by: string;
  at: string;
  /** Encrypted reason/note, or null. */
  content: Envelope | null;
}

export const STATS_DIMENSIONS = [
  'service',
  'state',
  'priority',
  'month',
  'adm1',
  'adm2',
  'receiverType',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

export interface StatsCell {
  [dimension: string]: string | number | null;
  count: number | null;
  status: CellPublicationStatus;
}

/** A referral with its state changes, oldest first. */
export type ReferralDetail = ReferralView & { history: ReferralEventView[] };

/** What the sending device sends: metadata in plaintext, the payload and consent encrypted. */
export interface SendReferralInput {
  id: string;
  to: string;
  serviceId: string;
  priority: string;
  adm2: string;
  content: unknown;
  consentChecked: boolean;
  /** False when the device's consent check failed: then only with an override. Default true. */
  consentCovered?: boolean | undefined;
  /** A consent override (legal basis only; the justification is in the encrypted content). */
  override?: { legalBasis: string } | null | undefined;
  /** Opaque reference of the consent record (random, chosen on the device); see consent.ts. */
  consentRef?: string | null | undefined;
}

/** A sent referral, or a draft waiting for the second person of a consent override. */
export interface SentReferral {
  id: string;
  reference: string;
  state: 'sent' | 'draft';
  dueBy: string;
}

/** A state change; reasons and notes arrive encrypted in `content`. */
export interface ReferralUpdateInput {
  state: string;
  outcome?: string | undefined;
  content?: unknown;
  version?: number;
}

export interface ReferralUpdated {
  id: string;
  state: ReferralState;
  outcome: ReferralOutcome | null;
}

/** Counts for cluster roles, protected by the disclosure engine. */
export interface ReferralStats {
  dimensions: StatsDimension[];
  threshold: number;
  cells: StatsCell[];
}
