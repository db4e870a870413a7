/**
 * What the report use cases share: running as the actor, today's date, the period check, the
 * report view, the event row with its audit entry, finding a report the actor can see.
 */
import { isPeriod } from '@steward/core/reporting/index';
import type { Tx } from '@steward/db';
import { listOrganisations } from '@steward/db/repositories/organisations';
import {
  findFrameworkById,
  findReportById,
  insertReportEvent,
  type ReportRow,
} from '@steward/db/repositories/reporting';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import type { ReportEventAction, ReportView } from './report-types';

export interface ReportDeps {
  ctx: Context;
  asActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Today as YYYY-MM-DD from the injected clock. */
  today(): string;
  /** Throws `validation` unless `period` is YYYY-MM. */
  checkPeriod(period: string): void;
  /** The report as its viewers see it; `code`: its framework's code. */
  view(tx: Tx, row: ReportRow, code: string): Promise<ReportView>;
  /** Records what happened to the report (event row) and audits it as `reporting.report.<action>`. */
  event(
    tx: Tx,
    actor: Actor,
    row: ReportRow,
    action: ReportEventAction,
    comment?: string | null,
  ): Promise<void>;
  mustFindReport(tx: Tx, id: string): Promise<ReportRow>;
  /** The code of the report's framework. */
  codeOf(tx: Tx, row: ReportRow): Promise<string>;
}

export function createReportDeps(ctx: Context): ReportDeps {
  const today = () => ctx.clock().toISOString().slice(0, 10);
  return {
    ctx,
    asActor: (actor, fn) => ctx.db.withActor(dbActor(actor, ctx.clock()), fn),
    today,

    checkPeriod(period) {
      if (!isPeriod(period))
        throw new ServiceError('validation', `"${period}" is not a period: write YYYY-MM.`);
    },

    async view(tx, row, code) {
      const acronyms = new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
      return {
        id: row.id,
        framework: code,
        organisationId: row.organisationId,
        organisation: acronyms.get(row.organisationId) ?? '?',
        period: row.period,
        state: row.state,
        version: row.version,
        dueOn: row.dueOn,
        overdue: row.state !== 'approved' && row.state !== 'submitted' && row.dueOn < today(),
        returnComment: row.returnComment,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        approvedAt: row.approvedAt?.toISOString() ?? null,
      };
    },

    async event(tx, actor, row, action, comment) {
      await insertReportEvent(tx, {
        reportId: row.id,
        organisationId: row.organisationId,
        at: ctx.clock(),
        actorUserId: actor.userId,
        action,
        version: row.version,
        comment: comment ?? null,
      });
      await appendAuditAs(tx, ctx.clock(), actor, {
        action: `reporting.report.${action}` as const,
        targetType: 'report',
        targetId: row.id,
        organisationId: row.organisationId,
        details: { period: row.period, version: row.version },
      });
    },

    async mustFindReport(tx, id) {
      const row = await findReportById(tx, id);
      if (!row) throw new ServiceError('not-found', `There is no report ${id} that you can see.`);
      return row;
    },

    async codeOf(tx, row) {
      return (await findFrameworkById(tx, row.frameworkId))?.code ?? '?';
    },
  };
}
