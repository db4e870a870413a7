/**
 * Reporting deadlines and reminders (issue 10). A period's report is due on the framework's
 * `dueDay` of the following month (`dueDate`). `sendReportReminders(now)` — run by `steward serve`
 * every few hours and by `steward reporting remind` under cron — gives every member organisation
 * (the cluster lead excepted) that has not submitted a period's report an in-app notification
 * REMINDER_DAYS_BEFORE days before the deadline ("due soon") and once it has passed ("overdue"),
 * and mails it to the organisation's reporting roles when SMTP is set (the text and a link only:
 * framework code, period and date, never figures).
 *
 * Idempotent: a reminder is sent once per organisation, framework, period and stage (the stored
 * notification is the record: a second run finds it and creates nothing). Every reminder is in
 * the audit log. Periods older than REMINDER_OVERDUE_MONTHS months past their deadline are left
 * alone (the completeness view still shows them overdue).
 */
import { dueDate, type Framework } from '@steward/core/reporting/index';
import type { Tx } from '@steward/db';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { hasReportReminder, listFrameworks, listReports } from '@steward/db/repositories/reporting';
import { appendAuditAs } from '../audit';
import type { MailNotice, MailNotifier } from '../mail/mailer';
import { insertNotice, type NoticeKind } from '../notifications/notices';
import { systemCaller, type Context } from '../types';
import { runAs } from '../util';

/** "Due soon" this many days before the deadline (the deadline's day included). */
export const REMINDER_DAYS_BEFORE = 5;
/** Overdue periods are reminded while their deadline is at most this many months old. */
export const REMINDER_OVERDUE_MONTHS = 3;

export type ReportReminderStage = 'soon' | 'overdue';

const KIND: Record<ReportReminderStage, NoticeKind> = {
  soon: 'reporting-deadline-soon',
  overdue: 'reporting-overdue',
};
const DAY_MS = 86_400_000;

/** The stage of a deadline on `today` (both YYYY-MM-DD), or null when not near yet. */
export function reportReminderStage(due: string, today: string): ReportReminderStage | null {
  if (today > due) return 'overdue';
  const from = new Date(Date.parse(`${due}T00:00:00Z`) - REMINDER_DAYS_BEFORE * DAY_MS)
    .toISOString()
    .slice(0, 10);
  return today >= from ? 'soon' : null;
}

/** The periods whose deadline may call for a reminder on `today`: this month back a few months. */
export function candidatePeriods(today: string): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let back = 0; back <= REMINDER_OVERDUE_MONTHS + 1; back++) {
    const total = y * 12 + (m - 1) - back;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

export interface ReportReminder {
  framework: string;
  period: string;
  organisationId: string;
  organisation: string;
  stage: ReportReminderStage;
  dueOn: string;
}

export interface ReportReminderRun {
  today: string;
  /** Organisation × period pairs whose report is due soon or overdue and not submitted. */
  due: number;
  /** Reminders created by this run (none for those reminded before). */
  created: ReportReminder[];
}

export function createReportReminders(ctx: Context, mail?: MailNotifier) {
  const caller = systemCaller('reporting-reminders');
  return {
    /** Sends the reporting reminders due on the day of `now` (UTC). Idempotent. */
    async sendReportReminders(now: Date): Promise<ReportReminderRun> {
      const today = now.toISOString().slice(0, 10);
      const outbox: MailNotice[] = [];
      const run = await runAs(ctx, caller, async (tx: Tx) => {
        const orgs = (await listOrganisations(tx)).filter(
          (o) => o.isClusterMember && o.type !== 'cluster-lead' && o.status !== 'inactive',
        );
        const created: ReportReminder[] = [];
        let due = 0;
        for (const row of await listFrameworks(tx)) {
          if (row.status !== 'active') continue;
          const f = { ...(row.definition as Framework), code: row.code };
          for (const period of candidatePeriods(today)) {
            const dueOn = dueDate(f, period);
            const stage = reportReminderStage(dueOn, today);
            if (!stage) continue;
            // Overdue only for recent deadlines.
            if (
              stage === 'overdue' &&
              Date.parse(today) - Date.parse(dueOn) > REMINDER_OVERDUE_MONTHS * 31 * DAY_MS
            )
              continue;
            const reports = await listReports(tx, row.id, period);
            for (const org of orgs) {
              const report = reports.find((r) => r.organisationId === org.id);
              if (report && (report.state === 'submitted' || report.state === 'approved')) continue;
              due += 1;
              const kind = KIND[stage];
              if (await hasReportReminder(tx, { organisationId: org.id, kind, framework: row.code, period }))
                continue;
              const notice = await insertNotice(
                tx,
                {
                  organisationId: org.id,
                  kind,
                  params: { framework: row.code, period, date: dueOn },
                  link: `/reporting`,
                },
                now,
              );
              outbox.push({
                organisationId: org.id,
                kind,
                params: notice.params,
                link: notice.link,
                audience: notice.audience,
              });
              await appendAuditAs(tx, now, caller, {
                action: 'reporting.reminder',
                targetType: 'organisation',
                targetId: org.id,
                organisationId: org.id,
                details: { framework: row.code, period, stage, dueOn },
              });
              created.push({
                framework: row.code,
                period,
                organisationId: org.id,
                organisation: org.acronym,
                stage,
                dueOn,
              });
            }
          }
        }
        return { today, due, created };
      });
      mail?.send(outbox);
      return run;
    },
  };
}

export type ReportReminders = ReturnType<typeof createReportReminders>;
