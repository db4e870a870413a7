/**
 * The data incident register (issue 11 §2; domain notes §8): notify (short form), record facts,
 * classify, treat, close (personal-data incidents only when every linked agreement's
 * notification duty is done), record the learning; types the cluster adds; notices to partners
 * of linked agreements; the cluster's anonymised summary; counts for the diagnostic.
 */
import type { Context } from '../types';
import { createIncidentDeps } from './deps';
import { createIncidentRead } from './read';
import { createIncidentRecord } from './record';
import { createIncidentReport } from './report';
import { createIncidentTypes } from './types';

export type { IncidentView, DutyView } from './views';
export type { IncidentTypeView } from './types';
export type { IncidentCounts, IncidentListItem, IncidentNotice } from './read';

export function createIncidentsService(ctx: Context) {
  const deps = createIncidentDeps(ctx);
  return {
    ...createIncidentReport(deps),
    ...createIncidentRecord(deps),
    ...createIncidentRead(deps),
    ...createIncidentTypes(deps),
  };
}
