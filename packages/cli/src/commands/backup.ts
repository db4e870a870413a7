import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { defineCommand } from '../framework';

export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'Write a backup of the database (PGlite data folder or PostgreSQL server) to a file',
  description:
    'Write every table of the database the other commands use (DATABASE_URL, else the data folder STEWARD_DATA_DIR) to one gzip-compressed file (mode 0600), from one consistent snapshot. Sessions and sign-in counters are never included (a restore signs everyone out). The file-encryption key stored in the database is included only with --include-file-key: without it, files encrypted with that key cannot be decrypted after a restore, so either keep that key separately or set STEWARD_FILE_KEY (kept outside the database) for your files. A server can be backed up while Steward serves; an embedded data folder only while no other Steward process uses it. Restore with "steward restore FILE" into an empty database.',
  flags: {
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: 'The backup file to write',
      required: true,
    },
    'include-file-key': {
      type: 'boolean',
      description:
        'Also include the file-encryption key stored in the database (anyone with the backup can then read every file)',
    },
  },
  examples: ['steward backup -o steward-2026-12-06.backup', 'steward restore steward-2026-12-06.backup'],
  async run({ flags, io }) {
    const target = resolve(io.cwd, flags.output);
    const temporary = `${target}.${process.pid}.tmp`;
    const { withEnvironment } = await import('../environment');
    const { writeBackup } = await import('@steward/db');
    return withEnvironment(io, 'backup', async ({ db }) => {
      const file = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
      const gzip = createGzip();
      gzip.pipe(file);
      let summary;
      try {
        summary = await writeBackup(
          db,
          async (line) => {
            if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
          },
          { includeFileKey: flags['include-file-key'], at: new Date() },
        );
        gzip.end();
        await finished(file);
        renameSync(temporary, target);
      } catch (error) {
        gzip.destroy();
        file.destroy();
        rmSync(temporary, { force: true });
        throw error;
      }
      const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
      io.stdout(
        `Backup written to ${flags.output}: ${total} rows from ${Object.keys(summary.rows).length} tables (audit log: ${summary.rows.audit_log ?? 0} entries). Sessions are not included.\n`,
      );
      const stored = summary.filesByKey['db-1'] ?? 0;
      const configured = summary.filesByKey.env ?? 0;
      if (summary.includesFileKey)
        io.stderr(
          'WARNING: this backup CONTAINS the file-encryption key: anyone who has it can read every registry file. Keep it as safe as the key itself.\n',
        );
      else if (stored > 0)
        io.stderr(
          `WARNING: ${stored} registry file(s) are encrypted with the key stored in the database, which this backup does NOT contain: they cannot be decrypted after a restore. Use --include-file-key (and keep the backup safe), or set STEWARD_FILE_KEY.\n`,
        );
      if (configured > 0)
        io.stderr(
          `${configured} registry file(s) are encrypted with STEWARD_FILE_KEY: keep that key; a restored installation needs it.\n`,
        );
      return 0;
    });
  },
});
