/** The catalogue page's filters and the API query they make (pure, tested). */
import type { AggregationLevel, SensitivityLevel } from '@steward/core/vocabulary/index';

export interface CatalogueFilterValues {
  q: string;
  owner: string;
  dataType: string;
  aggregationLevel: string;
  sensitivity: string;
  requestable: boolean;
}

export const EMPTY_CATALOGUE_FILTERS: CatalogueFilterValues = {
  q: '',
  owner: '',
  dataType: '',
  aggregationLevel: '',
  sensitivity: '',
  requestable: false,
};

export function isFiltering(f: CatalogueFilterValues): boolean {
  return Boolean(f.q.trim() || f.owner || f.dataType || f.aggregationLevel || f.sensitivity || f.requestable);
}

/** The query of GET /api/catalogue: only the filters that are set, and the page. */
export function catalogueQuery(f: CatalogueFilterValues, page: number) {
  const q = f.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(f.owner ? { owner: f.owner } : {}),
    ...(f.dataType ? { dataType: f.dataType } : {}),
    ...(f.aggregationLevel ? { aggregationLevel: f.aggregationLevel as AggregationLevel } : {}),
    ...(f.sensitivity ? { sensitivity: f.sensitivity as SensitivityLevel } : {}),
    ...(f.requestable ? { requestable: 'true' as const } : {}),
    ...(page > 1 ? { page } : {}),
  };
}
