import { defineCommand } from '../framework';

export const reportingRemindCommand = defineCommand({
  name: 'reporting remind',
  summary:
    'Send reporting deadline reminders to partners who have not submitted (for cron; steward serve also does it)',
  description:
    "Operations command (works on the database directly). For every active reporting framework, gives each member organisation that has not submitted a period's report an in-app notification 5 days before the deadline (the framework's due day of the following month) and once the deadline has passed, mailed to its reporting roles when STEWARD_SMTP_URL is set (framework, period and date only). Once per organisation, period and stage: running it again creates nothing new. Each reminder is in the audit log. `steward serve` runs the same at start and every 6 hours.",
  flags: {
    json: {
      type: 'boolean',
      description:
        'Print one JSON object {today, due, created: [{framework, period, organisationId, organisation, stage, dueOn}]}',
    },
  },
  examples: ['steward reporting remind', '0 7 * * * cd /srv/steward && steward reporting remind --json'],
  async run({ flags, io }) {
    const { withEnvironment } = await import('../environment');
    return withEnvironment(io, 'reporting remind', async ({ services }) => {
      const run = await services.reporting.sendReportReminders(new Date());
      await services.mail.idle();
      if (flags.json) {
        io.stdout(`${JSON.stringify(run)}\n`);
        return 0;
      }
      const soon = run.created.filter((r) => r.stage === 'soon').length;
      io.stdout(
        `Reporting reminders ${run.today}: ${run.created.length} created (${soon} due soon, ${run.created.length - soon} overdue); ${run.due} report(s) due or overdue and not submitted.\n`,
      );
      for (const r of run.created)
        io.stdout(`  ${r.organisation} ${r.framework} ${r.period}: ${r.stage} (due ${r.dueOn})\n`);
      return 0;
    });
  },
});
