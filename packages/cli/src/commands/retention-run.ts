import { defineCommand } from '../framework';

export const retentionRunCommand = defineCommand({
  name: 'retention run',
  summary: 'Destroy data whose retention ended and whose owner approved destruction (for cron)',
  description:
    "Operations command (works on the database directly). For every retention schedule that is due and that its owner approved, destroys the entry's stored files and their per-file encryption keys (crypto-shredding), keeps each file's record as a tombstone, and writes what, when, who approved and how, with the content hash, into the audit log. Due schedules not approved are reminded once; 30 days overdue they are escalated once. --dry-run lists what would happen and changes nothing.",
  flags: {
    'dry-run': { type: 'boolean', description: 'List what would be destroyed; change nothing' },
    json: {
      type: 'boolean',
      description:
        'Print one JSON object {dryRun, today, destroyed: [{scheduleId, files: [...]}], reminded, escalated}',
    },
  },
  examples: ['steward retention run --dry-run', '30 2 * * * cd /srv/steward && steward retention run --json'],
  async run({ flags, io }) {
    const { withEnvironment } = await import('../environment');
    const { systemCaller } = await import('@steward/services/types');
    return withEnvironment(io, 'retention run', async ({ services }) => {
      const r = await services.retention.run(systemCaller('retention-run'), { dryRun: flags['dry-run'] });
      if (flags.json) {
        io.stdout(`${JSON.stringify(r)}\n`);
        return 0;
      }
      const files = r.destroyed.reduce((n, d) => n + d.files.length, 0);
      const verb = r.dryRun ? 'would destroy' : 'destroyed';
      io.stdout(
        `Retention ${r.today}: ${verb} ${files} file(s) of ${r.destroyed.length} approved schedule(s); ${r.reminded.length} reminded, ${r.escalated.length} escalated.\n`,
      );
      for (const d of r.destroyed)
        for (const f of d.files) io.stdout(`  ${f.name} v${f.version} sha256 ${f.sha256} (${d.method})\n`);
      return 0;
    });
  },
});
