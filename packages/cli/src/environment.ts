/**
 * Opens what a command needs: the database (PostgreSQL server when DATABASE_URL is set, else
 * embedded PGlite in STEWARD_DATA_DIR, default ./.steward/data, locked against a second
 * process), with migrations applied, and the services on top of it.
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createDatabase, migrate, type Database } from '@steward/db';
import { createServices } from '@steward/services';
import { CliError, type Io } from './framework';
import { type DataFolderLock, lockDataFolder } from './lock';

export type Services = ReturnType<typeof createServices>;

export interface Environment {
  readonly db: Database;
  readonly services: Services;
  /** Where the data lives, for messages: the data folder, or the server URL without password. */
  readonly location: string;
  readonly embedded: boolean;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = './.steward/data';

export function dataDirOf(io: Pick<Io, 'env' | 'cwd'>): string {
  return resolve(io.cwd, io.env.STEWARD_DATA_DIR || DEFAULT_DATA_DIR);
}

export function randomBytes(n: number): Uint8Array {
  return new Uint8Array(nodeRandomBytes(n));
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}

export async function openEnvironment(
  io: Pick<Io, 'env' | 'cwd'>,
  options: { command: string; migrate?: boolean },
): Promise<Environment> {
  const url = io.env.DATABASE_URL || undefined;
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new CliError(`DATABASE_URL must start with postgres:// or postgresql:// (got "${redactUrl(url)}")`);
  }
  const dataDir = dataDirOf(io);
  const lock: DataFolderLock | null = url ? null : lockDataFolder(dataDir, options.command);
  let db: Database;
  try {
    db = await createDatabase(url ?? { dataDir });
    if (options.migrate !== false) await migrate(db);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const services = createServices({
    db,
    clock: () => new Date(),
    randomBytes,
    config: {},
  });
  return {
    db,
    services,
    location: url ? redactUrl(url) : dataDir,
    embedded: !url,
    async close() {
      try {
        await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** Runs `fn` with an open environment and always closes it. */
export async function withEnvironment<T>(
  io: Pick<Io, 'env' | 'cwd'>,
  command: string,
  fn: (env: Environment) => Promise<T>,
): Promise<T> {
  const env = await openEnvironment(io, { command });
  try {
    return await fn(env);
  } finally {
    await env.close();
  }
}
