/** The publication service's named types and constants (input, report source, view, result). */
import type { PublicationAudience, PublicationTableInput, Snapshot } from '@steward/core/publication/index';
import type { AggregationLevel } from '@steward/core/vocabulary/index';

export const PUBLICATION_AUDIT = {
  published: 'publication.published',
  refused: 'publication.refused',
  unpublished: 'publication.unpublished',
} as const;

/** Most cells a published table may have (the LP audit runs on every primary). */
export const MAX_PUBLICATION_CELLS = 2000;

export interface PublishInput {
  readonly title: string;
  readonly kind?: 'table' | 'dashboard';
  readonly dataType: string;
  readonly aggregation: AggregationLevel;
  readonly audience: PublicationAudience;
  /** For audience 'organisation': the organisation that receives it. */
  readonly audienceOrganisationId?: string | null;
  /** The table, given as is … */
  readonly table?: PublicationTableInput;
  /** … or computed in the database from approved partner reports, with the publisher's rights. */
  readonly report?: ReportSource;
  /** The signed-off DIA that covers a publication finer than admin-2 or with coordinates (§9.2). */
  readonly assessmentId?: string;
  /** The table carries point coordinates (also detected from its dimensions and codes). */
  readonly includesCoordinates?: boolean;
}

/** A publication input whose table is known (given, or computed from a report source). */
export type ResolvedPublishInput = PublishInput & { table: PublicationTableInput };

/** A table of approved report values (issue 10 reporting): framework, months, dimensions. */
export interface ReportSource {
  readonly framework: string;
  readonly periods: readonly string[];
  readonly by: readonly string[];
  readonly measure?: 'reached' | 'targeted';
  readonly indicator?: string;
}

export interface PublicationView {
  id: string;
  title: string;
  kind: 'table' | 'dashboard';
  dataType: string;
  aggregation: string;
  audience: PublicationAudience;
  audienceOrganisationId: string | null;
  status: 'published' | 'unpublished';
  version: number;
  publishedAt: string;
  unpublishedAt: string | null;
  snapshot: Snapshot;
  checks: Record<string, unknown>;
  includesCoordinates: boolean;
  /** The DIA that covered it (finer than admin-2 or with coordinates), or null. */
  assessmentId: string | null;
}

export interface PublishResult {
  publication: PublicationView;
  /** Shown once: the public link's token (audience public only). */
  publicToken: string | null;
}

/** What the public link shows: the snapshot and its title, nothing else. */
export interface PublicSnapshotView {
  title: string;
  kind: string;
  dataType: string;
  aggregation: string;
  version: number;
  publishedAt: string;
  snapshot: Snapshot;
}

/** A snapshot as a file: CSV, HXL-tagged CSV or XLSX. */
export interface SnapshotFile {
  body: string | Uint8Array;
  contentType: string;
  extension: string;
}
