/**
 * Whether the catalogue shows one entry to the transaction's actor's organisation, by the same rule
 * as the listing (list.ts): the database gives it (shared with the cluster, active, active owner, not
 * destroyed; steward_catalogue_entries) and the ISP lets the viewer's organisation have it in some
 * way (decide.ts). Request creation uses it so that an entry the catalogue hides cannot be asked for
 * by id (issue 8): the caller answers "not found", revealing nothing about it.
 */
import type { Tx } from '@steward/db';
import { findCatalogueEntry } from '@steward/db/repositories/catalogue';
import { loadActiveIsp } from '../isp/decision-point';
import { catalogueDecision } from './decide';

export async function catalogueShowsEntry(
  tx: Tx,
  entryId: string,
  viewerOrganisationId: string,
): Promise<boolean> {
  const row = await findCatalogueEntry(tx, entryId);
  if (!row) return false;
  return catalogueDecision(await loadActiveIsp(tx), row, row.organisationId === viewerOrganisationId).listed;
}
