/**
 * Opens what a command needs: the database (PostgreSQL server when DATABASE_URL is set, else
 * embedded PGlite in STEWARD_DATA_DIR, default ./.steward/data, locked against a second process
 * by @steward/db), with migrations applied, and the services on top of it.
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createDatabase, DatabaseInUseError, migrate, type Database } from '@steward/db';
import {
  createServices,
  createSmtpMailer,
  parseSmtpUrl,
  systemCaller,
  type Mailer,
  type Services,
  type SystemCaller,
} from '@steward/services';
import { CliError, type Io } from './framework';

export type { Services };

export interface Environment {
  readonly db: Database;
  readonly services: Services;
  /** The caller for work the installation does itself (recorded in the audit log as "cli"). */
  readonly caller: SystemCaller;
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

/** E-mail for notifications: STEWARD_SMTP_URL and STEWARD_MAIL_FROM, both or neither (in-app only). */
export function mailerOf(io: Pick<Io, 'env'>): Mailer | undefined {
  const url = io.env.STEWARD_SMTP_URL || undefined;
  const from = io.env.STEWARD_MAIL_FROM || undefined;
  if (!url && !from) return undefined;
  if (!url || !from)
    throw new CliError('set both STEWARD_SMTP_URL and STEWARD_MAIL_FROM to send e-mail, or neither');
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(from)) throw new CliError('STEWARD_MAIL_FROM must be an e-mail address');
  try {
    return createSmtpMailer({ ...parseSmtpUrl(url), from }, { clock: () => new Date(), randomBytes });
  } catch (error) {
    throw new CliError(`STEWARD_SMTP_URL: ${(error as Error).message}`);
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
  const appUrl = io.env.DATABASE_APP_URL || undefined;
  const mailer = mailerOf(io);
  let db: Database;
  try {
    db = url
      ? await createDatabase({ url, ...(appUrl ? { appUrl } : {}) })
      : await createDatabase({ dataDir: dataDirOf(io) });
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      throw new CliError(
        `the data folder ${error.dataDir} is in use by another Steward process (pid ${error.otherPid}), so "steward ${options.command}" cannot open it. Stop that process first, or set STEWARD_DATA_DIR to another folder.`,
      );
    }
    throw error;
  }
  try {
    if (options.migrate !== false) await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  const services = createServices({
    db,
    clock: () => new Date(),
    randomBytes,
    mailer,
    // Two-factor sign-in is required for administrators and cluster roles unless turned off explicitly.
    config: process.env.STEWARD_REQUIRE_TWO_FACTOR === 'false' ? { twoFactorRequired: false } : {},
  });
  return {
    db,
    services,
    caller: systemCaller('cli'),
    location: db.location,
    embedded: db.kind === 'pglite',
    close: async () => {
      await services.mail.idle();
      await db.close();
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

/** The organisation with this acronym (any case), or a one-line error listing the acronyms there are. */
export async function organisationByAcronym(
  env: Environment,
  acronym: string,
): Promise<{ id: string; acronym: string; name: string }> {
  const all = await env.services.organisations.list(env.caller);
  const found = all.find((o) => o.acronym.toLowerCase() === acronym.trim().toLowerCase());
  if (found) return found;
  const known = all.map((o) => o.acronym).sort();
  throw new CliError(
    `there is no organisation with the acronym "${acronym}"${known.length ? ` (there are: ${known.join(', ')})` : ' (there are none yet: load the demo with "steward demo")'}`,
  );
}
