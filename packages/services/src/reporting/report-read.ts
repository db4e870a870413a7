/**
 * Reading reports: a report with its figures (a cluster role's view of another organisation's
 * report is audited), the list for a framework and period, a report's history, and the
 * gazetteer areas of a framework for the form's picker.
 */
import { listAdminAreas } from '@steward/db/repositories/reference';
import { listReportEvents, listReportValues, listReports } from '@steward/db/repositories/reporting';
import { appendAuditAs } from '../audit';
import type { Actor } from '../types';
import { mustFindFramework } from './frameworks';
import type { ReportDeps } from './report-deps';
import type { FrameworkArea, ReportHistoryItem, ReportValueView, ReportView } from './report-types';

export interface ReportReading {
  /** A report and its figures (the organisation's own; cluster roles: submitted or later). */
  reportValues(actor: Actor, id: string): Promise<{ report: ReportView; values: ReportValueView[] }>;
  /** The gazetteer a framework's p-codes are checked against (admin-1 and admin-2), for the form's picker. */
  frameworkAreas(actor: Actor, framework: string): Promise<FrameworkArea[]>;
  /** Reports the actor can see for a framework (and period): its own; cluster roles every submitted one. */
  listReports(actor: Actor, framework: string, period?: string): Promise<ReportView[]>;
  reportHistory(actor: Actor, id: string): Promise<ReportHistoryItem[]>;
}

export function createReportReading(deps: ReportDeps): ReportReading {
  const { ctx, asActor, view, mustFindReport, codeOf, checkPeriod } = deps;
  return {
    async reportValues(actor: Actor, id: string): Promise<{ report: ReportView; values: ReportValueView[] }> {
      return asActor(actor, async (tx) => {
        const row = await mustFindReport(tx, id);
        const values = (await listReportValues(tx, id)).map((v) => ({
          indicator: v.indicator,
          adm1: v.adm1,
          adm2: v.adm2,
          sex: v.sex,
          age: v.age,
          populationGroup: v.populationGroup,
          disability: v.disability,
          measure: v.measure,
          value: v.value,
        }));
        if (row.organisationId !== actor.activeOrganisationId)
          await appendAuditAs(tx, ctx.clock(), actor, {
            action: 'reporting.report.view',
            targetType: 'report',
            targetId: row.id,
            organisationId: row.organisationId,
            details: { period: row.period, version: row.version },
          });
        return { report: await view(tx, row, await codeOf(tx, row)), values };
      });
    },

    async frameworkAreas(actor: Actor, framework: string) {
      return asActor(actor, async (tx) => {
        const f = await mustFindFramework(tx, framework);
        return (await listAdminAreas(tx, f.countryIso3))
          .filter((a) => a.level === 1 || a.level === 2)
          .map((a) => ({ pcode: a.pcode, name: a.name, level: a.level, parentPcode: a.parentPcode }));
      });
    },

    async listReports(actor: Actor, framework: string, period?: string): Promise<ReportView[]> {
      if (period !== undefined) checkPeriod(period);
      return asActor(actor, async (tx) => {
        const f = await mustFindFramework(tx, framework);
        const rows = await listReports(tx, f.id, period);
        return Promise.all(rows.map((r) => view(tx, r, f.code)));
      });
    },

    async reportHistory(actor: Actor, id: string) {
      return asActor(actor, async (tx) => {
        await mustFindReport(tx, id);
        return (await listReportEvents(tx, id)).map((e) => ({
          at: e.at.toISOString(),
          action: e.action,
          version: e.version,
          comment: e.comment,
        }));
      });
    },
  };
}
