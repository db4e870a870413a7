/**
 * Gaps of the service directory (issue 10, "areas with needs and no partner", seen from the
 * directory): for every district of the gazetteer and every service type, how many active
 * services cover it (coverage p-codes or a location in the district or its province). A district
 * with none of a type is a gap. Counts only: no organisation, no location point. Computed in the
 * database over the services the caller may read.
 */
import { directoryCoverage, type DirectoryCoverageRow } from '@steward/db/repositories/directory';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import type { DirectoryDeps } from './deps';

export type { DirectoryCoverageRow };

export interface DirectoryCoverage {
  country: string;
  /** Every district × every service type (filtered to one type when asked). */
  items: DirectoryCoverageRow[];
}

/** The country of the directory's gazetteer (as the area filter's parents). */
const COUNTRY = 'MOZ';

export function createDirectoryCoverage(deps: DirectoryDeps) {
  return {
    async coverage(
      caller: Caller,
      filter: { serviceType?: string | undefined } = {},
    ): Promise<DirectoryCoverage> {
      if (caller.via === 'system')
        throw new ServiceError('forbidden', 'The directory is used by signed-in members.');
      const rows = await deps.as(caller, (tx) => directoryCoverage(tx, COUNTRY));
      const items = filter.serviceType ? rows.filter((r) => r.serviceType === filter.serviceType) : rows;
      return { country: COUNTRY, items };
    },
  };
}
