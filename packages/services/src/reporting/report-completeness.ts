/** Completeness (cluster roles): who reported for which period, what is overdue, which areas are covered. */
import { dueDate } from '@steward/core/reporting/index';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { listReports, reportAreas } from '@steward/db/repositories/reporting';
import { CLUSTER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import { mustFindFramework } from './frameworks';
import type { ReportDeps } from './report-deps';
import type { CompletenessRow } from './report-types';

export interface ReportCompleteness {
  /**
   * Completeness (cluster roles): for each member organisation and period, the report's state
   * (`missing` when none was submitted) and the admin-2 areas it covers.
   */
  completeness(actor: Actor, framework: string, periods: readonly string[]): Promise<CompletenessRow[]>;
}

export function createReportCompleteness(deps: ReportDeps): ReportCompleteness {
  const { asActor, checkPeriod, today } = deps;
  return {
    async completeness(actor: Actor, framework: string, periods: readonly string[]) {
      requireRole(actor, CLUSTER_ROLES, 'see reporting completeness');
      periods.forEach(checkPeriod);
      return asActor(actor, async (tx) => {
        const f = await mustFindFramework(tx, framework);
        const orgs = (await listOrganisations(tx)).filter(
          (o) => o.isClusterMember && o.type !== 'cluster-lead',
        );
        const rows = (await Promise.all(periods.map((p) => listReports(tx, f.id, p)))).flat();
        const areas = await reportAreas(tx, f.id, [...periods]);
        return orgs.map((o) => ({
          organisation: o.acronym,
          organisationId: o.id,
          periods: periods.map((p) => {
            const r = rows.find((x) => x.organisationId === o.id && x.period === p);
            return {
              period: p,
              state: r ? r.state : ('missing' as const),
              reportId: r?.id ?? null,
              overdue: (!r || r.state === 'draft' || r.state === 'returned') && dueDate(f, p) < today(),
              areas: r ? (areas.get(r.id) ?? []) : [],
            };
          }),
        }));
      });
    },
  };
}
