import { defineCommand } from '../framework';

export const auditVerifyCommand = defineCommand({
  name: 'audit verify',
  summary: 'Check the audit log hash chain; exit 1 at the first broken link',
  description:
    'Walk the tamper-evident audit log from the first entry and recompute every hash. Prints the number of entries checked; exits with code 1 and names the first broken link (its sequence number and why) when an entry was edited, deleted or reordered.',
  flags: {},
  async run({ io }) {
    const { withEnvironment } = await import('../environment');
    return withEnvironment(io, 'audit verify', async ({ services }) => {
      const result = await services.audit.verify();
      if (result.ok) {
        io.stdout(`Audit log intact: ${result.entries} entries verified.\n`);
        return 0;
      }
      io.stderr(
        `steward: audit log broken at entry ${result.brokenAt.sequence}: ${result.brokenAt.reason} (${result.entries} entries checked)\n`,
      );
      return 1;
    });
  },
});
