import { defineCommand } from '../framework';

export const registryRemindCommand = defineCommand({
  name: 'registry remind',
  summary: 'Send review-due reminders for registry entries (for cron; steward serve also does it)',
  description:
    'Create an in-app notification for the owner organisation of every registry entry whose next review date is within 14 days or already past, once per entry, review date and stage (due soon, then overdue): running it again creates nothing new, and a changed review date is reminded again. Each reminder is written into the entry history and the audit log. `steward serve` runs the same at start and every 6 hours; use this command from cron when the server is not running all the time. Prints how many entries were checked, how many are due and how many reminders were created.',
  flags: {
    json: {
      type: 'boolean',
      description:
        'Print one JSON object {checked, due, created: [{entryId, organisationId, stage, nextReviewOn}]}',
    },
  },
  examples: ['steward registry remind', '0 7 * * * cd /srv/steward && steward registry remind'],
  async run({ flags, io }) {
    const { withEnvironment } = await import('../environment');
    return withEnvironment(io, 'registry remind', async ({ services }) => {
      const run = await services.registry.sendReviewReminders(new Date());
      if (flags.json) {
        io.stdout(JSON.stringify(run) + '\n');
        return 0;
      }
      const soon = run.created.filter((r) => r.stage === 'soon').length;
      const overdue = run.created.length - soon;
      io.stdout(
        `Review reminders: ${run.created.length} created (${soon} due soon, ${overdue} overdue); ${run.due} of ${run.checked} entries are due for review.\n`,
      );
      return 0;
    });
  },
});
