import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCommand } from '../framework';

export const auditCheckpointCommand = defineCommand({
  name: 'audit checkpoint',
  summary: 'Verify the audit log and sign its head (Ed25519) into a checkpoint file',
  description:
    'Walk the audit log hash chain and, when it is intact, sign its head (last sequence and hash) with the audit signing key, which is kept outside the database: STEWARD_AUDIT_KEY (PEM PKCS#8 or base64 DER), else the file STEWARD_AUDIT_KEY_FILE (default: audit-signing-key.pem in the data folder, created with mode 0600 on first use). The checkpoint carries the public key, so "steward audit verify --checkpoint FILE" needs no secret. Keep checkpoints off this machine (and give them to partners): a chain rewritten, cut short or emptied after a checkpoint no longer verifies against it.',
  flags: {
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: 'Write the checkpoint to FILE (JSON); default: standard output',
    },
  },
  examples: ['steward audit checkpoint -o head.json', 'steward audit verify --checkpoint head.json'],
  async run({ flags, io }) {
    const { loadAuditSigningKey } = await import('../audit-key');
    const key = loadAuditSigningKey(io, true)!;
    if (key.created)
      io.stderr(
        `steward: created a new audit signing key in ${key.source} (mode 0600). Keep a copy somewhere safe, off this machine.\n`,
      );
    const { withEnvironment } = await import('../environment');
    return withEnvironment(io, 'audit checkpoint', async ({ services }) => {
      const checkpoint = await services.audit.checkpoint(key.privateKey);
      const text = `${JSON.stringify(checkpoint, null, 2)}\n`;
      if (flags.output) {
        const target = resolve(io.cwd, flags.output);
        const temporary = `${target}.${process.pid}.tmp`;
        writeFileSync(temporary, text, { flag: 'wx' });
        renameSync(temporary, target);
        io.stdout(
          `Checkpoint of entry ${checkpoint.sequence} (hash ${checkpoint.hash.slice(0, 16)}…) signed by key ${checkpoint.keyId}, written to ${flags.output}.\n`,
        );
      } else io.stdout(text);
      return 0;
    });
  },
});
