import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzleNodePg, type NodePgDatabase, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { DatabaseUnavailableError, isConnectionError } from './errors';
import { acquireDataDirLock } from './lock';
import { pglitePreparedQueries, pgliteSimpleQuery } from './pglite-prepared';
import { nameRepeatedStatements, statementNames } from './prepared';
import type * as schema from './schema/index';

export type Schema = typeof schema;
/**
 * The query builder is made WITHOUT the schema (no relational `tx.query.<table>` API, which the
 * code never used): drizzle builds one relational query builder per table for every transaction
 * it opens when given one (about 2 % of a registry list's CPU on PGlite; decision 0013, sixth
 * round). Selects, inserts, updates and raw SQL take their tables from the schema modules as before.
 */
type NoRelations = Record<string, never>;
/** A transaction handle, as passed to repositories. */
export type Tx = PgTransaction<PgQueryResultHKT, NoRelations, ExtractTablesWithRelations<NoRelations>>;
type Orm = PgDatabase<PgQueryResultHKT, NoRelations>;

/** Runs a raw SQL query and returns its rows (both drivers return `{ rows }`). */
export async function queryRows<T>(runner: Tx | Orm, query: SQL): Promise<T[]> {
  const result = (await runner.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The application role every request runs as (see docs/decisions/0002). */
export const APP_ROLE = 'steward_app';

/**
 * The extensions every PGlite instance loads: pgcrypto (its contrib bundle shipped with PGlite),
 * for the actor MAC (hmac, gen_random_bytes; decision 0033). A data folder migrated with it cannot
 * be opened without it.
 */
export const PGLITE_EXTENSIONS = { pgcrypto };

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));

/**
 * Who is acting, for row-level security. `organisationId` narrows the actor to one of their
 * organisations (the active one, or a token's scope); `admin` asks for admin visibility, which the
 * database grants only if the user really is an enabled admin.
 */
export interface DbActor {
  userId: string;
  organisationId?: string | null;
  admin?: boolean;
  /**
   * Today (YYYY-MM-DD) by the application's clock, for the policies that depend on the date
   * (agreements in force, `steward_today()`); the database's own date when absent.
   */
  today?: string;
  /**
   * The same request's transaction kept open after its authentication (`Database.batchHeld`):
   * `withActor` continues in it (the actor switched, signed, inside the transaction) instead of
   * opening a new one, when it is still open; otherwise it is ignored.
   */
  continues?: HeldTransaction;
}

/**
 * An application transaction left open after `Database.batchHeld`'s statements (authentication,
 * which reads only), for the same request's next `withActor`: taken over by the first `withActor`
 * given it as `continues` while it is open, else ended (COMMIT) by `release()` or, at the latest,
 * when the current turn of the event loop ends its microtasks (setImmediate), so it never waits on
 * anything but the request's own code running on (no I/O, no body read, no other request).
 */
export interface HeldTransaction {
  /** True until taken over by a withActor or ended. */
  readonly open: boolean;
  /** Ends the transaction now unless taken over (idempotent). */
  release(): void;
}

/**
 * One statement of `Database.batch`: SQL text without parameters, or text whose `$1`, `$2`… stand
 * for `values` (text or NULL; the text holds no other `$n`, not even inside a literal).
 */
export type BatchStatement = string | { readonly text: string; readonly values: readonly (string | null)[] };

/**
 * A batch statement as text without parameters: its values written as literals (sqlLiteral), for
 * the simple query protocol (PGlite's one-call batch).
 */
export function inlineValues(statement: BatchStatement): string {
  if (typeof statement === 'string') return statement;
  const { text, values } = statement;
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = values[Number(n) - 1];
    if (value === undefined) throw new RangeError(`batch statement: no value for $${n}`);
    return sqlLiteral(value);
  });
}

/** Why system work runs as the owner. A closed list, so every use is visible in review. */
export type SystemReason =
  'migrate' | 'demo-load' | 'audit-verify' | 'bootstrap' | 'meta' | 'test' | 'backup' | 'restore';

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** The data folder (PGlite) or the server URL without its password. */
  readonly location: string;
  /** Runs `fn` in a transaction as the application role, with the actor set for RLS. */
  withActor<T>(actor: DbActor, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in a transaction as the application role with no actor: RLS hides every tenant
   * row. For sign-in, which only uses the SECURITY DEFINER lookups and the login-attempt counters.
   */
  withAnonymous<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `statements` (each ONE statement: SQL text, with `$1`… standing for `values` when given;
   * the caller checks the values) in one transaction as the application role with `actor` (null: no
   * actor, as `withAnonymous`), sent to the database as ONE message with the transaction's start and
   * end, and returns the rows of each statement. For hot reads whose round trips cost more than
   * their work (authenticating a request). Rolled back if any statement fails. On the server a
   * statement with values travels as a named (prepared) statement, parsed and planned once per
   * connection; on PGlite the values are written into the text as literals (one simple query).
   */
  batch(actor: DbActor | null, statements: readonly BatchStatement[]): Promise<Record<string, unknown>[][]>;
  /**
   * As `batch` with no actor (the statements in one round trip after BEGIN and the anonymous
   * prelude), but the transaction is left open (`HeldTransaction`) for the same request's next
   * `withActor`, which continues in it with its own actor: authentication and the request's work in
   * ONE transaction (decision 0013, thirteenth round). The statements must only read.
   */
  batchHeld(
    statements: readonly BatchStatement[],
  ): Promise<{ rows: Record<string, unknown>[][]; held: HeldTransaction }>;
  /** Runs `fn` in a transaction as the owner (no RLS). Only for the reasons listed in SystemReason. */
  asSystem<T>(reason: SystemReason, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** True when a trivial query succeeds. Never throws. */
  ping(): Promise<boolean>;
  /** True when every committed migration has been applied. Never throws (false when unreachable). */
  migrationsCurrent(): Promise<boolean>;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** `postgres://…` for a server; absent for embedded PGlite. Defaults to DATABASE_URL. */
  url?: string;
  /** Embedded data folder. Defaults to STEWARD_DATA_DIR, else ./.steward/data. */
  dataDir?: string;
  /** Server only: a URL that logs in as steward_app. Defaults to DATABASE_APP_URL. */
  appUrl?: string;
  /** Server only: pool size of the application pool (default 10). */
  poolSize?: number;
}

/** Default data folder: STEWARD_DATA_DIR, else ./.steward/data (relative to the working directory). */
export function defaultDataDir(): string {
  return resolve(process.env.STEWARD_DATA_DIR || './.steward/data');
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

async function mapErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (caught) {
    // Drizzle wraps driver errors ("Failed query: …"); hand on the driver's error, which carries
    // the SQLSTATE `code` (e.g. 23505 unique violation, 42501 insufficient privilege).
    const error =
      caught instanceof Error && caught.message.startsWith('Failed query') && caught.cause instanceof Error
        ? caught.cause
        : caught;
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('28')) {
      // invalid_authorization_specification / invalid_password: a login was refused.
      throw new DatabaseUnavailableError(
        `The database refused the login (${code}). The application logs in as ${APP_ROLE}: give it a password (ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '…') and set DATABASE_APP_URL=postgres://${APP_ROLE}:…@host/db.`,
        { cause: error },
      );
    }
    if (isConnectionError(error) && !(error instanceof DatabaseUnavailableError)) {
      throw new DatabaseUnavailableError(
        'The database is unreachable. Check that PostgreSQL is running and DATABASE_URL is right.',
        { cause: error },
      );
    }
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when the actor's values are exactly UUIDs, a YYYY-MM-DD date or empty (only such are signed). */
function actorFieldsValid(actor: DbActor | null): boolean {
  const userId = actor?.userId ?? '';
  const organisationId = actor?.organisationId ?? '';
  const today = actor?.today ?? '';
  return (
    (!userId || UUID.test(userId)) &&
    (!organisationId || UUID.test(organisationId)) &&
    (!today || ISO_DATE.test(today))
  );
}

/**
 * The actor settings as the database checks them (docs/decisions/0033): the four settings, the
 * issued-at time (ms since the epoch) and an HMAC-SHA256 over
 * `user|organisation|admin|today|issued|backend` (backend: the pg_backend_pid() of the connection the
 * settings are for, so that a prelude read from another connection — pg_stat_activity shows every
 * steward_app connection's current query — cannot be replayed there; migration 0069) made with the
 * database's actor key (table steward_actor_key, which steward_app cannot read); the
 * getters (steward_actor_user_id() …) honour the settings only when the MAC is right and issued-at
 * is within minutes of the transaction's start. Null when a value is not exactly a UUID, a
 * YYYY-MM-DD date or empty (such a value is never signed).
 */
export function signedActorSettings(
  actor: DbActor | null,
  key: Uint8Array,
  backendPid: number,
  issuedAt: number = Date.now(),
): {
  userId: string;
  organisationId: string;
  admin: 'on' | 'off';
  today: string;
  at: string;
  mac: string;
} | null {
  if (!actorFieldsValid(actor)) return null;
  const userId = actor?.userId ?? '';
  const organisationId = actor?.organisationId ?? '';
  const today = actor?.today ?? '';
  if (key.length !== 32) throw new RangeError('signedActorSettings: the actor key must be 32 bytes');
  if (!Number.isSafeInteger(backendPid) || backendPid <= 0)
    throw new RangeError('signedActorSettings: the backend pid must be a positive integer');
  const admin = actor?.admin ? 'on' : 'off';
  const at = String(Math.floor(issuedAt));
  const mac = createHmac('sha256', key)
    .update([userId, organisationId, admin, today, at, String(backendPid)].join('|'))
    .digest('hex');
  return { userId, organisationId, admin, today, at, mac };
}

/** The set_config calls of signedActorSettings, as text (every value checked: UUID, date, digits, hex). */
function actorSettingsCalls(signed: NonNullable<ReturnType<typeof signedActorSettings>>): string {
  return `set_config('app.user_id', '${signed.userId}', true), set_config('app.organisation_id', '${signed.organisationId}', true), set_config('app.admin', '${signed.admin}', true), set_config('app.today', '${signed.today}', true), set_config('app.actor_at', '${signed.at}', true), set_config('app.actor_mac', '${signed.mac}', true)`;
}

/**
 * The start of every application transaction, in one statement: the role, as `SET LOCAL ROLE`
 * would (`set_config('role', …, true)` is the same setting), then the signed actor (see
 * signedActorSettings). Written with literals (so that it can travel in the same message as BEGIN,
 * or as a simple query on PGlite), only for values that are exactly a UUID, a date or empty; null
 * otherwise (the caller then refuses the actor).
 */
export function actorPreludeText(actor: DbActor | null, key: Uint8Array, backendPid: number): string | null {
  const signed = signedActorSettings(actor, key, backendPid);
  if (!signed) return null;
  return `select set_config('role', '${APP_ROLE}', true), ${actorSettingsCalls(signed)}`;
}

/**
 * The actor settings of `actor`, signed for the connection whose pg_backend_pid() is `backendPid`,
 * as one `select set_config(…)` statement (tests, actAs).
 */
export function actorSettingsText(
  actor: DbActor | null,
  key: Uint8Array,
  backendPid: number,
  issuedAt?: number,
): string {
  const signed = signedActorSettings(actor, key, backendPid, issuedAt);
  if (!signed) throw new TypeError('the actor must be given as UUIDs and a YYYY-MM-DD date');
  return `select ${actorSettingsCalls(signed)}`;
}

/**
 * The actor key of each open application transaction's database and its connection's backend pid
 * (actAs signs with them).
 */
const transactionKeys = new WeakMap<object, { key: Uint8Array; backendPid: number }>();

/** The driver's own client under a transaction handle (a pg client, or PGlite's transaction). */
function clientOf(tx: Tx): { exec?: (text: string) => Promise<{ rows: unknown[] }[]>; query?: unknown } {
  return (tx as unknown as { session: { client: ReturnType<typeof clientOf> } }).session.client;
}

/**
 * True when `tx` runs on embedded PGlite, whose statements run as synchronous WebAssembly on the
 * application's own thread: nothing else (no other request, not `/api/health`) is served while one
 * runs, so long work there is cut into short statements with a turn of the event loop between them
 * (see `letOthersRun`).
 */
export function runsInProcess(tx: Tx): boolean {
  return typeof clientOf(tx).exec === 'function';
}

/** Lets the event loop serve what is waiting (timers, sockets) before the caller goes on. */
export function letOthersRun(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * PGlite: how many transactions may start in one turn of the event loop (decision 0013, tenth
 * round). PGlite runs every statement as synchronous WebAssembly on this thread, and a request's
 * awaits on it resolve at once, so a turn that reads the requests of 50 connections ran all of them
 * to the end before the next turn; Node takes up ONE new connection per turn, so a connection
 * opened while the server was saturated waited a turn of up to ~300 ms for each connection queued
 * before it (the PGlite list's 4 s p99, ninth round). With a bound, a turn runs at most this many
 * transactions (about one authenticated read: its authentication and its work), the others wait
 * their turn in order of arrival, and new connections are taken up between them.
 */
export const PGLITE_TRANSACTIONS_PER_TURN = 2;

/**
 * A first-come, first-served gate letting at most `perTurn` callers through per turn of the event
 * loop. `enter()` returns null when the caller may go on at once, else a promise that resolves at
 * its turn (in the check phase of a later loop iteration: after that iteration's I/O, accepts
 * included). Callers never overtake one another: once one waits, every later caller waits behind it.
 */
export function turnGate(perTurn: number): { enter(): Promise<void> | null; readonly waiting: number } {
  if (!Number.isInteger(perTurn) || perTurn < 1) throw new RangeError('turnGate: perTurn must be ≥ 1');
  let budget = perTurn;
  const queue: (() => void)[] = [];
  let scheduled = false;
  const refill = () => {
    scheduled = false;
    budget = perTurn;
    while (budget > 0 && queue.length > 0) {
      budget -= 1;
      queue.shift()!();
    }
    // A callback queued from an immediate runs in the NEXT iteration's check phase, after its I/O.
    if (budget < perTurn) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(refill);
  };
  return {
    enter() {
      if (budget > 0 && queue.length === 0) {
        budget -= 1;
        schedule();
        return null;
      }
      schedule();
      return new Promise<void>((resolve) => queue.push(resolve));
    },
    get waiting() {
      return queue.length;
    },
  };
}

/** Statements held for the end of a transaction (deferToCommit), by transaction handle. */
const atCommit = new WeakMap<object, string[]>();

/**
 * Holds `text` (statements without parameters, every value a checked literal: see sqlLiteral) to
 * be run at the end of the transaction, just before COMMIT; on the server in the same message as
 * COMMIT. For work that takes a lock held until the transaction ends (appending to the audit
 * chain), so that the lock is held for no round trip to the application. A failure there rolls the
 * whole transaction back, as it would have at once.
 */
export function deferToCommit(tx: Tx, text: string): void {
  const list = atCommit.get(tx);
  if (list) list.push(text);
  else atCommit.set(tx, [text]);
}

function takeDeferred(tx: Tx): string[] {
  const list = atCommit.get(tx) ?? [];
  atCommit.delete(tx);
  return list;
}

/** Runs what deferToCommit held for `tx` (drivers whose COMMIT is sent by drizzle). */
async function flushDeferred(tx: Tx): Promise<void> {
  const list = takeDeferred(tx);
  if (list.length) await execBatch(tx, list.join(';\n'));
}

/**
 * A string as an SQL literal (node-postgres' escapeLiteral rule: quotes doubled, and backslashes
 * doubled in an E'' literal, so it is right whatever standard_conforming_strings says). Null → NULL.
 */
export function sqlLiteral(value: string | null): string {
  if (value === null) return 'NULL';
  if (value.includes('\0')) throw new TypeError('sqlLiteral: text cannot hold a NUL character');
  const body = value.replaceAll("'", "''");
  return value.includes('\\') ? ` E'${body.replaceAll('\\', '\\\\')}'` : `'${body}'`;
}

/**
 * Runs statements without parameters in one round trip on the transaction's connection (simple
 * query protocol) and returns the rows of each. The text must hold no value the caller did not
 * check (see actorPreludeText).
 */
export async function execBatch(tx: Tx, text: string): Promise<Record<string, unknown>[][]> {
  const client = clientOf(tx);
  if (typeof client.exec === 'function') {
    return (await client.exec(text)).map((r) => r.rows as Record<string, unknown>[]);
  }
  const result = (await (client as pg.ClientBase).query(text)) as unknown as
    pg.QueryResult | pg.QueryResult[];
  return (Array.isArray(result) ? result : [result]).map((r) => r.rows as Record<string, unknown>[]);
}

/**
 * Runs `work`, which asks `tx` for several queries together (Promise.all), with the connection's
 * writes held until every one of them is sent: on the server they leave in ONE write (one system
 * call instead of one per query) and, the connection being pipelined (databaseFromUrl), are
 * answered in one round trip. The writes are released once the work's synchronous part and its
 * microtasks are done (setImmediate), or when it settles, whichever is first. On PGlite (no socket)
 * the work runs as it is.
 */
export async function together<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  const release = holdWrites(clientOf(tx));
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * Holds the writes of a node-postgres client's socket (cork) until the current work's synchronous
 * part and microtasks are done (setImmediate) or the returned function is called, whichever is
 * first; the messages written meanwhile leave together. Nothing to hold on PGlite.
 */
function holdWrites(client: unknown): () => void {
  const stream = (client as { connection?: { stream?: { cork?: () => void; uncork?: () => void } } } | null)
    ?.connection?.stream;
  if (typeof stream?.cork !== 'function' || typeof stream.uncork !== 'function') return () => {};
  stream.cork();
  let held = true;
  const release = () => {
    if (held) {
      held = false;
      clearImmediate(timer);
      stream.uncork!();
    }
  };
  const timer = setImmediate(release);
  return release;
}

/**
 * Switches the actor of an application transaction that is already open (`withAnonymous`), for
 * the rest of it: authenticating a request looks the credential up, then loads who it belongs to,
 * in one transaction instead of two. The role stays the application role.
 */
export async function actAs(tx: Tx, actor: DbActor): Promise<void> {
  if (!actor.userId) throw new TypeError('actAs needs a userId');
  const signing = transactionKeys.get(tx);
  if (!signing) throw new TypeError('actAs needs an application transaction');
  await execBatch(tx, actorSettingsText(actor, signing.key, signing.backendPid));
}

/**
 * Switches the actor of an open application transaction to `text` (signed settings) and runs
 * `work` in it. On the server the switch is not waited for: `work`'s first statements are written
 * behind it in the same write and run after it on the connection (in order), as BEGIN and the
 * prelude are in a new transaction; should the switch fail, they fail too (the transaction is
 * aborted) and the switch's error is the one thrown. On PGlite it runs first (one call).
 */
async function switchActorThen<T>(tx: Tx, text: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = clientOf(tx);
  if (typeof client.exec === 'function') {
    await execBatch(tx, text);
    return work(tx);
  }
  const release = holdWrites(client);
  const switched = (client as pg.ClientBase).query(text).then(
    () => null,
    (error: unknown) => error,
  );
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    release();
    throw (await switched) ?? error;
  }
  release();
  const error = await switched;
  if (error) throw error;
  return result;
}

interface Driver {
  kind: 'pglite' | 'postgres';
  location: string;
  app: Orm;
  owner: Orm;
  /** Statements to run at the start of every system transaction. */
  systemPrelude: string | null;
  /**
   * Runs a transaction on `orm` (default: `orm.transaction`); `prelude` (statement text without
   * parameters, made for the connection's pg_backend_pid(), which `fn` is given too) travels in
   * the same message as BEGIN.
   */
  transaction?: <T>(
    orm: Orm,
    fn: (tx: Tx, backendPid: number, sendNow: () => void) => Promise<T>,
    prelude?: (backendPid: number) => string,
  ) => Promise<T>;
  /**
   * When the last statement was sent or ended (PGlite: its one connection serves one transaction at a
   * time, so a health check queues behind a long one, such as an import of thousands of rows).
   */
  lastStatementAt?: () => number;
  /**
   * Runs `prelude` and `statements` as one transaction in one message on the application's
   * connection; the rows of each of `statements`.
   */
  batch?: (
    prelude: (backendPid: number) => string,
    statements: readonly BatchStatement[],
  ) => Promise<Record<string, unknown>[][]>;
  /** Prepares a new application transaction's handle (PGlite: its repeated statements run prepared). */
  onAppTransaction?: (tx: Tx) => void;
  runMigrations(): Promise<void>;
  close(): Promise<void>;
}

/** Each transaction's database-wide cache (see databaseCache). */
const transactionCaches = new WeakMap<object, Map<string, unknown>>();

/**
 * A cache shared by every transaction of the database that opened `tx` (one map per Database, so
 * two databases in one process never share an entry), for values a repository can check are
 * still current in the transaction's own snapshot (e.g. the ISP in force, by row version). Null
 * for a handle not opened by a Database.
 */
export function databaseCache(tx: Tx): Map<string, unknown> | null {
  return transactionCaches.get(tx) ?? null;
}

function makeDatabase(driver: Driver): Database & { readonly [driverKey]: Driver } {
  const cache = new Map<string, unknown>();
  /** `fn`, with its transaction handle given the database's cache first. */
  const withCache =
    <T>(fn: (tx: Tx) => Promise<T>) =>
    (tx: Tx): Promise<T> => {
      transactionCaches.set(tx, cache);
      return fn(tx);
    };
  let openTransactions = 0;
  let migrationsKnownCurrent = false;
  // PGlite: transactions started per turn of the event loop bounded (PGLITE_TRANSACTIONS_PER_TURN).
  const gate = driver.kind === 'pglite' ? turnGate(PGLITE_TRANSACTIONS_PER_TURN) : null;
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const wait = gate?.enter();
    return wait ? wait.then(work) : work();
  };
  /**
   * PGlite: a transaction is open and sent or finished a statement within the last second, so the
   * database is working; a health check answers from that instead of queueing behind the transaction.
   */
  const busyAndWorking = () =>
    driver.lastStatementAt !== undefined &&
    openTransactions > 0 &&
    Date.now() - driver.lastStatementAt() < 1_000;
  const inTx = async <T>(orm: Orm, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    openTransactions += 1;
    try {
      return await inTxOnce(orm, fn);
    } finally {
      openTransactions -= 1;
    }
  };
  const inTxOnce = <T>(orm: Orm, fn: (tx: Tx) => Promise<T>): Promise<T> =>
    mapErrors(() =>
      driver.transaction
        ? driver.transaction(orm, fn)
        : orm.transaction(async (tx) => {
            const result = await fn(tx as unknown as Tx);
            await flushDeferred(tx as unknown as Tx);
            return result;
          }),
    );
  const asSystem = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
    inTx(
      driver.owner,
      withCache(async (tx) => {
        if (driver.systemPrelude) await tx.execute(sql.raw(driver.systemPrelude));
        return fn(tx);
      }),
    );
  /**
   * The actor key (decision 0033), read once through the owner's connection, then kept in memory.
   * A failed read is not kept (tried again on the next transaction). With it, the backend pid of
   * that connection: on PGlite (one connection) the pid every prelude is signed for.
   */
  let actorKey: Uint8Array | null = null;
  let ownerPid = 0;
  let actorKeyLoading: Promise<Uint8Array> | null = null;
  const loadActorKey = (): Promise<Uint8Array> => {
    actorKeyLoading ??= mapErrors(async () => {
      const rows = await asSystem((tx) =>
        queryRows<{ key: unknown; pid: unknown }>(
          tx,
          sql`select key, pg_backend_pid() as pid from steward_actor_key`,
        ),
      );
      const raw = rows[0]?.key;
      ownerPid = Number(rows[0]?.pid ?? 0);
      const key =
        typeof raw === 'string' && raw.startsWith('\\x')
          ? Buffer.from(raw.slice(2), 'hex')
          : raw instanceof Uint8Array
            ? Buffer.from(raw)
            : null;
      if (!key || key.length !== 32)
        throw new DatabaseUnavailableError(
          'The actor key is missing: run `steward migrate` (decision 0033).',
        );
      actorKey = key;
      return key;
    }).finally(() => {
      actorKeyLoading = null;
    });
    return actorKeyLoading;
  };
  /** `work` with the actor key at hand (at once once loaded). */
  const withKey = <T>(work: (key: Uint8Array) => Promise<T>): Promise<T> =>
    actorKey ? work(actorKey) : loadActorKey().then(work);
  /** An application transaction with its actor: BEGIN and the actor in one round trip where possible. */
  const asApp = <T>(actor: DbActor | null, work: (tx: Tx) => Promise<T>): Promise<T> =>
    withKey((key) => {
      if (!actorFieldsValid(actor))
        throw new TypeError('the actor must be given as UUIDs and a YYYY-MM-DD date');
      // Signed for the connection the transaction runs on (its pg_backend_pid(); migration 0069).
      const prelude = (backendPid: number) => actorPreludeText(actor, key, backendPid)!;
      const withSigning = (backendPid: number) =>
        withCache((tx: Tx) => {
          transactionKeys.set(tx, { key, backendPid });
          return work(tx);
        });
      if (driver.transaction)
        return mapErrors(() =>
          driver.transaction!(driver.app, (tx, backendPid) => withSigning(backendPid)(tx), prelude),
        );
      return inTx(driver.app, async (tx) => {
        driver.onAppTransaction?.(tx);
        await execBatch(tx, prelude(ownerPid));
        return withSigning(ownerPid)(tx);
      });
    });
  /**
   * How each HeldTransaction this database made is taken over (so that a handle of another
   * database is never taken): null once it is no longer open.
   */
  const takeovers = new WeakMap<
    HeldTransaction,
    (actor: DbActor, work: (tx: Tx) => Promise<unknown>) => Promise<unknown> | null
  >();
  /** The statements of batchHeld in the open transaction: their rows (sent at once on the server). */
  const readHeld = async (
    tx: Tx,
    statements: readonly BatchStatement[],
    sendNow: () => void,
    prelude: string | null,
  ): Promise<Record<string, unknown>[][]> => {
    const client = clientOf(tx);
    if (typeof client.exec === 'function')
      // PGlite: the prelude and the statements in one call (values written as literals).
      return (await execBatch(tx, [prelude!, ...statements.map(inlineValues)].join(';\n'))).slice(1);
    const pgClient = client as pg.ClientBase;
    const sent = statements.map((s) =>
      typeof s === 'string' ? pgClient.query(s) : pgClient.query({ text: s.text, values: [...s.values] }),
    );
    // Written with BEGIN and the prelude (held by the transaction), answered in one round trip.
    sendNow();
    const settled = await Promise.allSettled(sent);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map(
      (r) => (r as PromiseFulfilledResult<pg.QueryResult>).value.rows as Record<string, unknown>[],
    );
  };
  const batchHeld = (
    statements: readonly BatchStatement[],
  ): Promise<{ rows: Record<string, unknown>[][]; held: HeldTransaction }> =>
    withKey((key) =>
      inTurn(
        () =>
          new Promise((resolveRows, rejectRows) => {
            type Continuation = (tx: Tx, backendPid: number) => Promise<unknown>;
            let state: 'reading' | 'open' | 'ended' = 'reading';
            let proceed!: (next: Continuation | null) => void;
            const next = new Promise<Continuation | null>((resolve) => {
              proceed = resolve;
            });
            const held: HeldTransaction = {
              get open() {
                return state === 'open';
              },
              release() {
                if (state !== 'open') return;
                state = 'ended';
                proceed(null);
              },
            };
            const body = async (tx: Tx, backendPid: number, sendNow: () => void, prelude: string | null) => {
              transactionCaches.set(tx, cache);
              transactionKeys.set(tx, { key, backendPid });
              const rows = await readHeld(tx, statements, sendNow, prelude);
              state = 'open';
              resolveRows({ rows, held });
              // Not taken over by the code that runs on from here without waiting: ended.
              setImmediate(() => held.release());
              const continuation = await next;
              return continuation ? continuation(tx, backendPid) : undefined;
            };
            const anonymous = (backendPid: number) => actorPreludeText(null, key, backendPid)!;
            const ended: Promise<unknown> = driver.transaction
              ? mapErrors(() =>
                  driver.transaction!(
                    driver.app,
                    (tx, pid, sendNow) => body(tx, pid, sendNow, null),
                    anonymous,
                  ),
                )
              : inTx(driver.app, (tx) => {
                  driver.onAppTransaction?.(tx);
                  return body(tx, ownerPid, () => {}, anonymous(ownerPid));
                });
            takeovers.set(held, (actor, work) => {
              if (state !== 'open') return null;
              state = 'ended';
              // The actor switched inside the transaction, signed for its connection, as a new
              // transaction's prelude would set it; then the work, whose end ends the transaction.
              proceed((tx, backendPid) =>
                switchActorThen(tx, actorPreludeText(actor, key, backendPid)!, work),
              );
              return ended;
            });
            // A failure before the rows reaches the caller; after, the taker-over (or no one: ended
            // by release, a read-only transaction whose COMMIT failing changes nothing).
            ended.catch((error: unknown) => {
              if (state === 'reading') rejectRows(error);
            });
          }),
      ),
    );
  return {
    [driverKey]: driver,
    kind: driver.kind,
    location: driver.location,
    // async: a refused actor is a rejected promise, never a synchronous throw.
    async withActor(actor, fn) {
      if (!actor.userId) throw new TypeError('withActor needs a userId');
      const takeover = actor.continues ? takeovers.get(actor.continues) : undefined;
      if (takeover) {
        if (!actorFieldsValid(actor))
          throw new TypeError('the actor must be given as UUIDs and a YYYY-MM-DD date');
        const continued = takeover(actor, fn as (tx: Tx) => Promise<unknown>);
        if (continued) return continued as ReturnType<typeof fn>;
      }
      return inTurn(() => asApp(actor, fn));
    },
    batchHeld,
    withAnonymous(fn) {
      return inTurn(() => asApp(null, fn));
    },
    async batch(actor, statements) {
      if (actor && !actor.userId) throw new TypeError('batch needs a userId or no actor');
      return withKey((key) => {
        if (!actorFieldsValid(actor))
          throw new TypeError('batch: the actor must be given as UUIDs and a YYYY-MM-DD date');
        // PGlite has one connection: signed for its pid, read with the key (the driver passes 0).
        const prelude = (backendPid: number) =>
          actorPreludeText(actor, key, driver.kind === 'pglite' ? ownerPid : backendPid)!;
        if (driver.batch) return inTurn(() => mapErrors(() => driver.batch!(prelude, statements)));
        const text = [prelude(ownerPid), ...statements.map(inlineValues)].join(';\n');
        return inTurn(() => inTx(driver.app, async (tx) => (await execBatch(tx, text)).slice(1)));
      });
    },
    asSystem: (_reason, fn) => inTurn(() => asSystem(fn)),
    async ping() {
      if (busyAndWorking()) return true;
      try {
        await mapErrors(() => driver.owner.execute(sql`select 1`));
        return true;
      } catch {
        return false;
      }
    },
    async migrationsCurrent() {
      // Applied migrations are never taken back: once current, current for this process's life.
      if (migrationsKnownCurrent) return true;
      try {
        const files = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
        const last = files.at(-1);
        if (!last) return true;
        const applied = await asSystem(async (tx) => {
          const [exists] = await queryRows<{ t: unknown }>(
            tx,
            sql`select to_regclass('drizzle.__drizzle_migrations') as t`,
          );
          if (!exists?.t) return 0;
          const [result] = await queryRows<{ last: unknown }>(
            tx,
            sql`select max(created_at) as last from drizzle.__drizzle_migrations`,
          );
          return Number(result?.last ?? 0);
        });
        migrationsKnownCurrent = applied >= last.folderMillis;
        return migrationsKnownCurrent;
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}

const driverKey = Symbol('steward.db.driver');

/** Applies the committed migrations as the owner. Idempotent. */
export async function migrate(db: Database): Promise<void> {
  const driver = (db as Database & { [driverKey]?: Driver })[driverKey];
  if (!driver) throw new TypeError('migrate() needs a Database made by createDatabase()');
  await mapErrors(() => driver.runMigrations());
}

/** Wraps an open PGlite instance (used by createDatabase and the test harness). */
export function databaseFromPglite(client: PGlite, location: string, onClose?: () => void): Database {
  let lastStatementAt = 0;
  const orm = drizzlePglite(client, {
    logger: {
      logQuery: () => {
        lastStatementAt = Date.now();
      },
    },
  }) as unknown as Orm;
  const prepared = pglitePreparedQueries(client);
  return makeDatabase({
    kind: 'pglite',
    location,
    lastStatementAt: () => lastStatementAt,
    onAppTransaction(tx) {
      const handle = clientOf(tx) as unknown as { query: Parameters<typeof prepared>[0] };
      const query = prepared(handle.query.bind(handle));
      // A statement's end counts as the database working too: a statement that ran longer than the
      // health window (a big insert under load) must not send the next health check to queue
      // behind the whole transaction (issue 7; health during a month's replacement).
      handle.query = async (text, params, options) => {
        try {
          return await query(text, params, options);
        } finally {
          lastStatementAt = Date.now();
        }
      };
      // execBatch's statements (the actor prelude, the audit append held for the end): one call each.
      (handle as unknown as { exec: (text: string) => Promise<unknown> }).exec = (text) =>
        client._runExclusiveQuery(async () => {
          try {
            return await pgliteSimpleQuery(client, text);
          } finally {
            lastStatementAt = Date.now();
          }
        });
    },
    // The statements in ONE call into the backend (one simple-protocol query), as the server
    // sends them in one message: several statements in one simple query run as one implicit
    // transaction (PostgreSQL commits them together at the end, or rolls every one back on an
    // error, leaving no transaction open), so the prelude's local settings end with it. It holds
    // PGlite's transaction lock, so it never runs inside another transaction. Before: BEGIN,
    // the statements and COMMIT as three calls inside a drizzle transaction (decision 0013).
    async batch(prelude, statements) {
      // One connection: the prelude is signed for its pid, read with the actor key (makeDatabase).
      const text = [prelude(0), ...statements.map(inlineValues)].join(';\n');
      lastStatementAt = Date.now();
      try {
        // PGlite's two locks, as its `exec` takes them; then its file-system sync, as `exec` does
        // after a statement outside a transaction.
        const results = await client._runExclusiveTransaction(() =>
          client._runExclusiveQuery(async () => {
            const rows = await pgliteSimpleQuery(client, text);
            await client.syncToFs();
            return rows;
          }),
        );
        return results.slice(1).map((r) => r.rows as Record<string, unknown>[]);
      } finally {
        lastStatementAt = Date.now();
      }
    },
    app: orm,
    owner: orm,
    // The one connection's session user is the superuser `postgres`; system work resets the
    // role for the transaction only.
    systemPrelude: 'SET LOCAL ROLE postgres',
    async runMigrations() {
      await client.exec('RESET ROLE');
      await migratePglite(orm as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
      // From here on the connection works as the application role outside transactions too.
      await client.exec(`SET ROLE ${APP_ROLE}`);
    },
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        onClose?.();
      }
    },
  });
}

/**
 * The backend pid of a connected node-postgres client (its BackendKeyData, what pg_backend_pid()
 * answers on that connection): the actor prelude is signed for it (migration 0069).
 */
function processIdOf(client: pg.ClientBase): number {
  const pid = (client as unknown as { processID?: unknown }).processID;
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0)
    throw new DatabaseUnavailableError('The database connection gave no backend pid.');
  return pid;
}

/**
 * The application's own login on a server when DATABASE_APP_URL is not set: the owner's URL with
 * the user `steward_app` and no password (the password then comes from ~/.pgpass or the server's
 * trust/peer/cert rules). The migrations give steward_app LOGIN; production sets a password and
 * DATABASE_APP_URL (see README and docs/decisions/0002).
 */
export function appUrlFor(url: string): string {
  const parsed = new URL(url);
  parsed.username = APP_ROLE;
  parsed.password = '';
  return parsed.toString();
}

/**
 * Wraps node-postgres pools for a server URL (used by createDatabase and the test harness).
 * Application transactions run on a pool that logs in as steward_app (`appUrl`, else derived by
 * `appUrlFor`), so an injected `RESET ROLE` cannot become the owner; the owner's pool (2
 * connections) serves migrations and system work only. `appUrl: 'set-role'` keeps the old mode
 * (owner pool + SET LOCAL ROLE), for tests that compare the two.
 */
export function databaseFromUrl(url: string, options: { appUrl?: string; poolSize?: number } = {}): Database {
  const common = { connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 };
  const appUrl = options.appUrl === 'set-role' ? null : (options.appUrl ?? appUrlFor(url));
  const ownerPool = new pg.Pool({
    connectionString: url,
    max: appUrl ? 2 : (options.poolSize ?? 10),
    ...common,
  });
  // Pipelined: queries a transaction asks for together (Promise.all) are written at once and
  // answered in order, one round trip instead of one each (node-postgres pipeline mode; each query
  // keeps its own Sync, so an error fails that query and, in a transaction, the ones after it).
  // Nothing here keeps a portal open (cursors, streams), which pipeline mode refuses.
  const appPool = appUrl
    ? new pg.Pool({ connectionString: appUrl, max: options.poolSize ?? 10, pipeline: true, ...common })
    : null;
  // An idle client losing its connection must not crash the process; the next query reports it.
  ownerPool.on('error', () => {});
  appPool?.on('error', () => {});
  // The application's repeated statements are named, so each connection parses and plans them once
  // (prepared.ts). The owner's pool (migrations, system work) sends its statements as they are.
  const names = statementNames();
  appPool?.on('connect', (client) => nameRepeatedStatements(client, names));
  const owner = drizzleNodePg(ownerPool) as unknown as Orm;
  const pools = new Map<unknown, pg.Pool>([[owner, ownerPool]]);
  // Only in 'set-role' mode does the owner's pool serve the application too: every application
  // transaction starts with SET LOCAL ROLE steward_app (see docs/decisions/0002).
  const app = appPool ? (drizzleNodePg(appPool) as unknown as Orm) : owner;
  if (appPool) pools.set(app, appPool);
  const clientOrms = new WeakMap<pg.PoolClient, Orm>();
  /**
   * A transaction on a client checked out here rather than by drizzle: drizzle's pool
   * transaction never releases a client whose BEGIN fails (a connection that died while idle),
   * and a checked-out client losing its connection emits 'error', which would crash the process
   * without a listener. A client whose connection failed is discarded, not returned to the pool.
   */
  const transaction = async <T>(
    orm: Orm,
    fn: (tx: Tx, backendPid: number, sendNow: () => void) => Promise<T>,
    prelude?: (backendPid: number) => string,
  ): Promise<T> => {
    const pool = pools.get(orm);
    if (!pool)
      return orm.transaction(async (tx) => {
        const [pidRows] = await execBatch(tx as unknown as Tx, 'select pg_backend_pid() as pid');
        const backendPid = Number(pidRows?.[0]?.pid);
        if (prelude) await execBatch(tx as unknown as Tx, prelude(backendPid));
        const result = await fn(tx as unknown as Tx, backendPid, () => {});
        await flushDeferred(tx as unknown as Tx);
        return result;
      });
    const client = await pool.connect();
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      let clientOrm = clientOrms.get(client);
      if (!clientOrm) {
        clientOrm = drizzleNodePg(client) as unknown as Orm;
        clientOrms.set(client, clientOrm);
      }
      // drizzle's own transaction, with the prelude in BEGIN's message (one round trip less).
      type Args = ConstructorParameters<
        typeof NodePgTransaction<NoRelations, ExtractTablesWithRelations<NoRelations>>
      >;
      const { dialect, session } = clientOrm as unknown as { dialect: Args[0]; session: Args[1] };
      const relations = (session as unknown as { schema: Args[2] }).schema;
      const tx = new NodePgTransaction(dialect, session, relations) as unknown as Tx;
      // BEGIN and the actor are not waited for: the transaction's first queries are written behind
      // them, in the same write (holdWrites), and run after them on this one connection (in order;
      // pipelined on the application's pool). Should that message fail, the queries behind it fail
      // too (the transaction is aborted: BEGIN is its first statement, so nothing ever runs outside
      // the transaction or without its actor), and its error is the one thrown.
      const release = holdWrites(client);
      const backendPid = processIdOf(client);
      const begun = client.query(prelude ? `begin;\n${prelude(backendPid)}` : 'begin').then(
        () => null,
        (error: unknown) => error,
      );
      let result: T;
      try {
        result = await fn(tx, backendPid, release);
        release();
        const beginError = await begun;
        if (beginError) throw beginError;
        await client.query([...takeDeferred(tx), 'commit'].join(';\n'));
      } catch (error) {
        release();
        const beginError = await begun;
        // A connection that failed cannot roll back; the pool discards it below.
        if (!broken) await client.query('rollback').catch(() => {});
        throw beginError ?? error;
      }
      return result;
    } catch (error) {
      if (isConnectionError(error) || isConnectionError((error as { cause?: unknown }).cause))
        broken ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };
  /**
   * BEGIN with the prelude, the statements and COMMIT in one write on an application connection,
   * answered in one round trip (pipelined). A statement with values goes with the extended
   * protocol, so the connection names it (nameRepeatedStatements) and parses and plans it once;
   * before, the whole batch was one simple query whose statements were parsed and planned on
   * every request (about 0.3 ms of the backend's CPU for a session check, 0.13 ms named).
   * BEGIN is the message's first statement, so nothing runs outside the transaction; a failing
   * statement aborts it, the ones after it fail too and COMMIT ends it as a rollback; the first
   * error in order is the one thrown.
   */
  const batch = async (
    prelude: (backendPid: number) => string,
    statements: readonly BatchStatement[],
  ): Promise<Record<string, unknown>[][]> => {
    const client = await (appPool ?? ownerPool).connect();
    const backendPid = processIdOf(client);
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      const release = holdWrites(client);
      let settled: PromiseSettledResult<pg.QueryResult>[];
      try {
        const sent: Promise<pg.QueryResult>[] = [client.query(`begin;\n${prelude(backendPid)}`)];
        for (const s of statements)
          sent.push(
            typeof s === 'string' ? client.query(s) : client.query({ text: s.text, values: [...s.values] }),
          );
        sent.push(client.query('commit'));
        release();
        settled = await Promise.allSettled(sent);
      } finally {
        release();
      }
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      return settled
        .slice(1, -1)
        .map((r) => (r as PromiseFulfilledResult<pg.QueryResult>).value.rows as Record<string, unknown>[]);
    } catch (error) {
      if (isConnectionError(error)) broken ??= error instanceof Error ? error : new Error(String(error));
      if (!broken) await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };
  return makeDatabase({
    kind: 'postgres',
    location: redactUrl(url),
    app,
    owner,
    systemPrelude: null,
    transaction,
    batch,
    runMigrations: () =>
      migrateNodePg(owner as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER }),
    async close() {
      await Promise.all([ownerPool.end(), appPool?.end()]);
    },
  });
}

/**
 * Opens the database: a `postgres://` URL (option or DATABASE_URL) → node-postgres pools; otherwise
 * embedded PGlite in the data folder (option, STEWARD_DATA_DIR, or ./.steward/data), guarded by a
 * lock file so a second process gets DatabaseInUseError. Does not migrate: call `migrate(db)`.
 * A server that is down does not make this throw; queries then throw DatabaseUnavailableError.
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new TypeError(`DATABASE_URL must start with postgres:// (got ${redactUrl(url)})`);
    const appUrl = options.appUrl ?? process.env.DATABASE_APP_URL;
    return databaseFromUrl(url, {
      ...(appUrl ? { appUrl } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    });
  }
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  mkdirSync(dataDir, { recursive: true });
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({
      dataDir: resolve(dataDir, 'pgdata'),
      extensions: PGLITE_EXTENSIONS,
    });
    return databaseFromPglite(client, dataDir, release);
  } catch (error) {
    release();
    throw error;
  }
}
