import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { CliError, defineCommand } from '../framework';

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'Restore a backup into an empty database (PGlite data folder or PostgreSQL server)',
  description:
    'Read a file written by "steward backup" into the database the other commands use (DATABASE_URL, else the data folder STEWARD_DATA_DIR), which must be empty: a new data folder, or a new database made with createdb. The schema is migrated first and must be the version the backup was made with. Everything is written in one transaction, and only when the whole file checks out (row counts and checksum), so a damaged or incomplete file writes nothing. Sessions are not restored: everyone signs in again. The audit log is verified afterwards; check it against your latest signed checkpoint with "steward audit verify --checkpoint FILE".',
  flags: {},
  positionals: [{ name: 'FILE', description: 'A backup written by "steward backup"', required: true }],
  examples: [
    'STEWARD_DATA_DIR=./restored steward restore steward-2026-12-06.backup',
    'DATABASE_URL=postgres://postgres@127.0.0.1:5432/steward_restored steward restore steward-2026-12-06.backup',
  ],
  async run({ positionals, io }) {
    const name = positionals[0];
    if (!name) throw new CliError('name the backup file: steward restore FILE', 2);
    const path = resolve(io.cwd, name);
    if (!existsSync(path)) throw new CliError(`${name}: no such file`);
    const { withEnvironment } = await import('../environment');
    const { restoreBackup, BackupError } = await import('@steward/db');
    return withEnvironment(io, 'restore', async ({ db, services, location }) => {
      const gunzip = createGunzip();
      const input = createReadStream(path).pipe(gunzip);
      const lines = createInterface({ input, crlfDelay: Infinity });
      // Take the iterator now: readline emits lines as soon as the file is read, and lines
      // emitted before iteration starts (while the transaction opens) would otherwise be lost.
      const iterator = lines[Symbol.asyncIterator]();
      const iterable: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
      let result;
      try {
        result = await restoreBackup(db, iterable);
      } catch (error) {
        if (error instanceof BackupError)
          throw new CliError(`${name}: ${error.message}; nothing was restored`);
        if ((error as NodeJS.ErrnoException).code?.startsWith('Z_'))
          throw new CliError(
            `${name}: not a complete gzip file (${(error as Error).message}); nothing was restored`,
          );
        throw error;
      } finally {
        lines.close();
      }
      const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
      io.stdout(
        `Restored ${total} rows from ${name} (made ${result.header.createdAt}) into ${location}. Sessions were not restored: everyone signs in again.\n`,
      );
      const stored = result.filesByKey['db-1'] ?? 0;
      const configured = result.filesByKey.env ?? 0;
      if (stored > 0 && !result.includesFileKey)
        io.stderr(
          `WARNING: ${stored} registry file(s) are encrypted with a stored key this backup does not contain; they cannot be decrypted here.\n`,
        );
      if (configured > 0 && !io.env.STEWARD_FILE_KEY && !process.env.STEWARD_FILE_KEY)
        io.stderr(
          `${configured} registry file(s) are encrypted with STEWARD_FILE_KEY: set it to the same key before serving.\n`,
        );
      const audit = await services.audit.verify();
      if (!audit.ok) {
        io.stderr(
          `steward: the restored audit log is broken at entry ${audit.brokenAt.sequence}: ${audit.brokenAt.reason}\n`,
        );
        return 1;
      }
      io.stdout(
        `Audit log intact: ${audit.entries} entries verified. Check it against your latest checkpoint: steward audit verify --checkpoint FILE\n`,
      );
      return 0;
    });
  },
});
