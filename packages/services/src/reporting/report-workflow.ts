/**
 * The report workflow: the organisation submits a draft or returned report; a cluster role
 * returns it (with a comment) or approves it. Every step is an event, audited.
 */
import { updateReport } from '@steward/db/repositories/reporting';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { ReportDeps } from './report-deps';
import type { ReportView } from './report-types';

export interface ReportWorkflow {
  submitReport(actor: Actor, id: string): Promise<ReportView>;
  returnReport(actor: Actor, id: string, comment: string): Promise<ReportView>;
  approveReport(actor: Actor, id: string): Promise<ReportView>;
}

export function createReportWorkflow(deps: ReportDeps): ReportWorkflow {
  const { ctx, asActor, view, event, mustFindReport, codeOf } = deps;
  return {
    async submitReport(actor: Actor, id: string): Promise<ReportView> {
      requireRole(actor, DATA_MANAGER_ROLES, 'submit reports');
      return asActor(actor, async (tx) => {
        const row = await mustFindReport(tx, id);
        if (row.organisationId !== actor.activeOrganisationId)
          throw new ServiceError('forbidden', 'Only the reporting organisation submits its report.');
        if (row.state !== 'draft' && row.state !== 'returned')
          throw new ServiceError(
            'conflict',
            `The report is ${row.state}; only a draft or returned report is submitted.`,
          );
        const next = (await updateReport(tx, id, {
          state: 'submitted',
          submittedAt: ctx.clock(),
          at: ctx.clock(),
        }))!;
        await event(tx, actor, next, 'submitted');
        return view(tx, next, await codeOf(tx, next));
      });
    },

    async returnReport(actor: Actor, id: string, comment: string): Promise<ReportView> {
      requireRole(actor, CLUSTER_ROLES, 'return reports');
      const text = comment.trim();
      if (text === '' || text.length > 2000)
        throw new ServiceError('validation', 'Say why the report is returned (1–2000 characters).');
      return asActor(actor, async (tx) => {
        const row = await mustFindReport(tx, id);
        if (row.state !== 'submitted')
          throw new ServiceError('conflict', `The report is ${row.state}, not submitted.`);
        const next = (await updateReport(tx, id, {
          state: 'returned',
          returnComment: text,
          at: ctx.clock(),
        }))!;
        await event(tx, actor, next, 'returned', text);
        return view(tx, next, await codeOf(tx, next));
      });
    },

    async approveReport(actor: Actor, id: string): Promise<ReportView> {
      requireRole(actor, CLUSTER_ROLES, 'approve reports');
      return asActor(actor, async (tx) => {
        const row = await mustFindReport(tx, id);
        if (row.state !== 'submitted')
          throw new ServiceError('conflict', `The report is ${row.state}, not submitted.`);
        const next = (await updateReport(tx, id, {
          state: 'approved',
          approvedAt: ctx.clock(),
          approvedBy: actor.userId,
          returnComment: null,
          at: ctx.clock(),
        }))!;
        await event(tx, actor, next, 'approved');
        return view(tx, next, await codeOf(tx, next));
      });
    },
  };
}
