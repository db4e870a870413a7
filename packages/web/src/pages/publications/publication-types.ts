import type { Snapshot } from './snapshot-figures';

export interface PublicationChecks {
  readonly isp?: {
    readonly decision: string;
    readonly rule: string | null;
    readonly explanation: string;
    readonly ispVersion: string;
  };
  readonly primaryRule?: string;
  readonly threshold?: number;
  readonly primaryCount?: number;
  readonly secondaryCount?: number;
  readonly audit?: { readonly safe: boolean };
}

export interface Publication {
  readonly id: string;
  readonly title: string;
  readonly kind: 'table' | 'dashboard';
  readonly dataType: string;
  readonly aggregation: string;
  readonly audience: 'public' | 'cluster' | 'organisation';
  readonly audienceOrganisationId: string | null;
  readonly status: 'published' | 'unpublished';
  readonly version: number;
  readonly publishedAt: string;
  readonly snapshot: Snapshot;
  readonly checks: PublicationChecks;
}

export interface PublicSnapshot {
  readonly title: string;
  readonly kind: 'table' | 'dashboard';
  readonly publishedAt: string;
  readonly version: number;
  readonly snapshot: Snapshot;
}
