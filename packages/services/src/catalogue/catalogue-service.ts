/**
 * The cluster catalogue (issue 8): every member organisation's registry entries that their owners
 * share with the cluster, as metadata only, each with what the ISP allows the viewer's
 * organisation to do with it; searchable, filterable, in pages. Composed from small files:
 * list.ts (the use case), decide.ts (the ISP decision per entry), types.ts.
 */
import type { Context } from '../types';
import { createCatalogueList } from './list';

export * from './types';

export function createCatalogueService(ctx: Context) {
  return { ...createCatalogueList(ctx) };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
