import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, defineCommand } from '../framework';

export const auditVerifyCommand = defineCommand({
  name: 'audit verify',
  summary: 'Check the audit log hash chain (and a signed checkpoint); exit 1 at the first broken link',
  description:
    'Walk the tamper-evident audit log from the first entry and recompute every hash. Prints the number of entries checked; exits with code 1 and names the first broken link (its sequence number and why) when an entry was edited, deleted or reordered. With --checkpoint FILE (made by "steward audit checkpoint"), also checks the checkpoint\'s signature and that the log still holds the signed entry with the signed hash: this catches a chain rewritten with recomputed hashes, a dropped tail and an emptied log. When this installation\'s audit signing key is available, a checkpoint signed by another key is refused.',
  flags: {
    checkpoint: {
      type: 'string',
      valueName: 'FILE',
      description: 'A signed checkpoint (JSON) the log must still match',
    },
  },
  examples: ['steward audit verify', 'steward audit verify --checkpoint head.json'],
  async run({ flags, io }) {
    let checkpoint: string | undefined;
    if (flags.checkpoint) {
      try {
        checkpoint = readFileSync(resolve(io.cwd, flags.checkpoint), 'utf8');
      } catch (error) {
        throw new CliError(
          `--checkpoint: cannot read ${flags.checkpoint} (${(error as NodeJS.ErrnoException).code})`,
        );
      }
    }
    const { loadAuditSigningKey, publicKeyOf } = await import('../audit-key');
    const key = checkpoint === undefined ? null : loadAuditSigningKey(io, false);
    const { withEnvironment } = await import('../environment');
    return withEnvironment(io, 'audit verify', async ({ services }) => {
      const result = await services.audit.verify({
        ...(checkpoint === undefined ? {} : { checkpoint }),
        ...(key ? { trustedPublicKey: publicKeyOf(key.privateKey) } : {}),
      });
      if (result.ok) {
        io.stdout(
          `Audit log intact: ${result.entries} entries verified${result.checkpoint ? `; matches the signed checkpoint of entry ${result.checkpoint.sequence}` : ''}.\n`,
        );
        return 0;
      }
      io.stderr(
        `steward: audit log broken at entry ${result.brokenAt.sequence}: ${result.brokenAt.reason} (${result.entries} entries checked)\n`,
      );
      return 1;
    });
  },
});
