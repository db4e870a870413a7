/** Row → view: a publication as the API shows it. */
import type { Snapshot } from '@steward/core/publication/index';
import type { PublicationRow } from '@steward/db/repositories/publication';
import type { PublicationView } from './types';

export function publicationView(row: PublicationRow): PublicationView {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    dataType: row.dataType,
    aggregation: row.aggregation,
    audience: row.audience,
    audienceOrganisationId: row.audienceOrganisationId,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt.toISOString(),
    unpublishedAt: row.unpublishedAt?.toISOString() ?? null,
    snapshot: row.snapshot as unknown as Snapshot,
    checks: row.checks,
    includesCoordinates: row.includesCoordinates,
    assessmentId: row.assessmentId,
  };
}
