/**
 * Test databases (for *.db.test.ts in any package).
 *
 * - Default: embedded PGlite. The root vitest globalSetup (`testing-global-setup.ts`) migrates a
 *   database once per run (cached by migration content) and dumps its data folder; each test file
 *   loads the dump into a fresh in-memory PGlite.
 * - With TEST_DATABASE_URL: globalSetup migrates a template database once; each test file gets a
 *   fresh database made with CREATE DATABASE … TEMPLATE, dropped when the file closes it.
 *
 * See docs/decisions/0003-test-databases.md.
 */
import {
  closeSync,
  cpSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import {
  APP_ROLE,
  databaseFromPglite,
  databaseFromUrl,
  migrate,
  PGLITE_EXTENSIONS,
  queryRows,
  actorSettingsText,
  type Database,
  type DbActor,
  type Tx,
} from './database';
import { insertOrganisation } from './repositories/organisations';
import { insertMembership, insertUser, type MembershipRoleValue } from './repositories/users';
import type { OrganisationType } from './schema/organisations';

export interface TestDatabaseInfo {
  kind: 'pglite' | 'postgres';
  /** PGlite: path of the dumped data folder (tar). Server: URL of the migrated template database. */
  source: string;
  /** Server: URL of the maintenance database used to create and drop test databases. */
  adminUrl?: string;
  templateName?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stewardTestDatabase: TestDatabaseInfo | undefined;
    /** A migrated embedded data folder to copy (testing-global-setup.ts). */
    stewardTestDataDir: string | undefined;
    /** A folder of this run only, removed at teardown: the shared snapshots (createSharedTestDatabase). */
    stewardTestRunDir: string | undefined;
  }
}

/** Replaces the database name in a postgres:// URL. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function provided(): TestDatabaseInfo | undefined {
  try {
    return inject('stewardTestDatabase');
  } catch {
    return undefined;
  }
}

async function createDatabaseFromTemplate(
  adminUrl: string,
  template: string,
  name = `${template.replace(/_tpl_.*/, '')}_t_${randomBytes(6).toString('hex')}`,
): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        break;
      } catch (error) {
        // 55006: the template is briefly in use by a concurrent CREATE DATABASE.
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 100 + attempt * 50));
      }
    }
  } finally {
    await admin.end();
  }
  return name;
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

const rawSources = new WeakMap<Database, () => Promise<Uint8Array>>();

/**
 * Test only: every byte the test database stores — PGlite: its data folder as an uncompressed tar
 * (after a CHECKPOINT); server: the `pg_dump` of its database. For "the marker is in no byte" tests.
 */
export async function rawDatabaseBytes(db: Database): Promise<Uint8Array> {
  const source = rawSources.get(db);
  if (!source) throw new Error('rawDatabaseBytes: not a database from createTestDatabase()');
  return source();
}

function pgDumpOf(url: string): () => Promise<Uint8Array> {
  return async () => {
    const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', url], {
      encoding: 'buffer',
      maxBuffer: 1024 * 1024 * 1024,
    });
    return new Uint8Array(stdout);
  };
}

function pgliteDataOf(client: PGlite): () => Promise<Uint8Array> {
  return async () => {
    // CHECKPOINT needs the superuser; the session may have been switched to the app role.
    const [me] = (await client.query<{ u: string }>('select current_user as u')).rows;
    await client.exec('RESET ROLE; CHECKPOINT');
    if (me) await client.exec(`SET ROLE "${me.u}"`);
    return new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer());
  };
}

/** A server database copied from `template`, dropped by `close()`. */
async function serverCopy(adminUrl: string, template: string): Promise<Database> {
  const name = await createDatabaseFromTemplate(adminUrl, template);
  const db = databaseFromUrl(withDatabaseName(adminUrl, name), { poolSize: 4 });
  const testDb: Database = {
    ...db,
    async close() {
      await db.close();
      await dropDatabase(adminUrl, name);
    },
  };
  rawSources.set(testDb, pgDumpOf(withDatabaseName(adminUrl, name)));
  return testDb;
}

/** An in-memory PGlite loaded from a dumped data folder, working as the application role. */
async function pgliteFromDump(file: string): Promise<Database> {
  const client = await PGlite.create({
    loadDataDir: new Blob([readFileSync(file)]),
    extensions: PGLITE_EXTENSIONS,
  });
  await client.exec(`SET ROLE ${APP_ROLE}`);
  const db = databaseFromPglite(client, 'memory (test)');
  rawSources.set(db, pgliteDataOf(client));
  return db;
}

/**
 * A migrated, empty database of its own for one test file. `close()` releases it (and drops the
 * server database). Without the globalSetup (another vitest config) it migrates a fresh one.
 */
export async function createTestDatabase(): Promise<Database> {
  const db = await openTestDatabase();
  await actorKeyOf(db);
  return db;
}

async function openTestDatabase(): Promise<Database> {
  const info = provided();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (info?.kind === 'postgres' && info.adminUrl && info.templateName) {
    return serverCopy(info.adminUrl, info.templateName);
  }
  if (serverUrl) {
    // No globalSetup: one database per file, migrated here.
    const name = `steward_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const db = databaseFromUrl(withDatabaseName(serverUrl, name), { poolSize: 4 });
    await migrate(db);
    const testDb: Database = {
      ...db,
      async close() {
        await db.close();
        await dropDatabase(serverUrl, name);
      },
    };
    rawSources.set(testDb, pgDumpOf(withDatabaseName(serverUrl, name)));
    return testDb;
  }
  if (info?.kind === 'pglite') return pgliteFromDump(info.source);
  const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const db = databaseFromPglite(client, 'memory (test)');
  await migrate(db);
  rawSources.set(db, pgliteDataOf(client));
  return db;
}

function runDir(): string | undefined {
  try {
    return inject('stewardTestRunDir');
  } catch {
    return undefined;
  }
}

/** What a shared snapshot's file records: where its copies come from, and what `build` returned. */
interface SharedSnapshot<T> {
  kind: 'pglite' | 'postgres';
  /** PGlite: the dumped data folder (tar). Server: the name of the template database. */
  source: string;
  value: T;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock file `lock` (created exclusively, holding this process id); false when another
 * living process holds it. A lock left by a process that died is taken over.
 */
function tryLock(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx');
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number.parseInt(readFileSync(lock, 'utf8') || '0', 10);
  if (holder > 0 && !processAlive(holder)) {
    rmSync(lock, { force: true });
    return tryLock(lock);
  }
  return false;
}

/**
 * A test database of its own holding what `build` made in a migrated one, and what `build`
 * returned (JSON). `build` runs once per test run for each `key`, in whichever test file asks
 * first (the others wait for it); every file then gets its own copy — PGlite: a load of the
 * snapshot's dumped data folder; server: CREATE DATABASE … TEMPLATE the snapshot's database,
 * dropped at teardown. For fixtures that take longer to make than to copy (the demo, decision
 * 0003). `build` must not depend on anything but `key` (the clock it uses included). Without
 * the globalSetup it simply builds.
 */
export async function createSharedTestDatabase<T>(
  key: string,
  build: (db: Database) => Promise<T>,
): Promise<{ db: Database; value: T }> {
  const dir = runDir();
  const info = provided();
  if (!dir || !info) {
    const db = await createTestDatabase();
    return { db, value: await build(db) };
  }
  const id = createHash('sha256').update(key).digest('hex').slice(0, 12);
  const file = join(dir, `shared-${id}.json`);
  const lock = `${file}.lock`;
  for (let waited = 0; ; waited++) {
    if (existsSync(file)) {
      const snapshot = JSON.parse(readFileSync(file, 'utf8')) as SharedSnapshot<T>;
      const db =
        snapshot.kind === 'pglite'
          ? await pgliteFromDump(snapshot.source)
          : await serverCopy(info.adminUrl!, snapshot.source);
      await actorKeyOf(db);
      return { db, value: snapshot.value };
    }
    if (tryLock(lock)) break;
    await new Promise((r) => setTimeout(r, Math.min(50 + waited * 50, 500)));
  }
  try {
    if (info.kind === 'pglite') {
      const db = await createTestDatabase();
      const value = await build(db);
      const tar = join(dir, `shared-${id}.tar`);
      writeFileSync(`${tar}.tmp`, await rawDatabaseBytes(db));
      renameSync(`${tar}.tmp`, tar);
      writeSnapshot(file, { kind: 'pglite', source: tar, value });
      // The builder keeps the database it built: the same content as a copy.
      return { db, value };
    }
    const adminUrl = info.adminUrl!;
    const template = `${info.templateName!}_s_${id}`;
    await createDatabaseFromTemplate(adminUrl, info.templateName!, template);
    const built = databaseFromUrl(withDatabaseName(adminUrl, template), { poolSize: 4 });
    let value: T;
    try {
      value = await build(built);
    } finally {
      await built.close();
    }
    writeSnapshot(file, { kind: 'postgres', source: template, value });
    return { db: await serverCopy(adminUrl, template), value };
  } finally {
    rmSync(lock, { force: true });
  }
}

function writeSnapshot<T>(file: string, snapshot: SharedSnapshot<T>): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(snapshot));
  renameSync(`${file}.tmp`, file);
}

/**
 * Fills `dataDir` (a STEWARD_DATA_DIR that does not exist yet) with an already migrated embedded
 * database, a copy of the one globalSetup made, for tests that spawn `steward`: as if `steward
 * migrate` had run there, without PGlite's initdb and every migration again. Without the
 * globalSetup the folder is left to the command (which creates and migrates it). Returns dataDir.
 */
export function seedTestDataDir(dataDir: string): string {
  let template: string | undefined;
  try {
    template = inject('stewardTestDataDir');
  } catch {
    template = undefined;
  }
  if (template) cpSync(join(template, 'pgdata'), join(dataDir, 'pgdata'), { recursive: true });
  return dataDir;
}

/** Runs SQL as the owner (tests only: tampering, inspecting). Returns the rows. */
export function ownerSql<T = Record<string, unknown>>(db: Database, text: string): Promise<T[]> {
  return db.asSystem('test', (tx) => queryRows<T>(tx, sql.raw(text)));
}

/** Each test database's actor key, read once (signedActorSql may then run inside a transaction). */
const actorKeys = new WeakMap<Database, Uint8Array>();

/**
 * The database's actor key (decision 0033), read as the owner (tests only); read when the test
 * database is made, so that later calls need no transaction of their own (PGlite has one
 * connection: a read inside an open transaction would wait for it).
 */
export async function actorKeyOf(db: Database): Promise<Uint8Array> {
  const known = actorKeys.get(db);
  if (known) return known;
  const [row] = await ownerSql<{ key: string }>(
    db,
    `select encode(key, 'hex') as key from steward_actor_key`,
  );
  if (!row) throw new Error('no actor key: is the database migrated?');
  const key = Buffer.from(row.key, 'hex');
  actorKeys.set(db, key);
  return key;
}

/**
 * `select set_config(…)` of `actor`'s settings signed with the database's actor key, as the
 * application's prelude sets them (decision 0033), for the connection of `tx` (its pg_backend_pid(),
 * read here; migration 0069): for tests that set the actor by SQL themselves, in that transaction.
 */
export async function signedActorSql(
  db: Database,
  actor: DbActor | null,
  tx: Tx,
  issuedAt?: number,
): Promise<string> {
  const key = await actorKeyOf(db);
  return actorSettingsText(actor, key, await backendPidOf(tx), issuedAt);
}

/** The pg_backend_pid() of the connection `tx` runs on. */
export async function backendPidOf(tx: Tx): Promise<number> {
  const [row] = await queryRows<{ pid: number | string }>(tx, sql`select pg_backend_pid() as pid`);
  return Number(row?.pid);
}

/**
 * Runs SQL exactly as the application would, written out: `SET LOCAL ROLE steward_app`, then
 * app.user_id (and app.organisation_id) for the given user, signed, then `text`. Returns the rows.
 */
export function appRoleSql<T = Record<string, unknown>>(
  db: Database,
  userId: string,
  text: string,
  organisationId?: string,
): Promise<T[]> {
  return db.asSystem('test', async (tx) => {
    await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
    await tx.execute(
      sql.raw(await signedActorSql(db, { userId, organisationId: organisationId ?? null }, tx)),
    );
    return queryRows<T>(tx, sql.raw(text));
  });
}

/**
 * A new, empty (not migrated) database on the server of `serverUrl`, for tests of commands that
 * migrate or restore it themselves. `drop()` removes it.
 */
export async function createEmptyServerDatabase(
  serverUrl: string,
  prefix = 'steward_e',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return { url: withDatabaseName(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

/**
 * Organisations and their members for the row-level security tests (repeated set-up, one place):
 * organisation `key` is named `Org <key>` with acronym `key`; person `name` is `<name>@example.org`,
 * display name `name`, with one membership. Written as the system (no RLS). Returns the ids by key
 * and by name.
 */
export async function seedOrganisationsWithMembers(
  db: Database,
  at: Date,
  organisations: Readonly<Record<string, OrganisationType>>,
  people: readonly (readonly [name: string, organisation: string, role: MembershipRoleValue])[],
): Promise<{ org: Record<string, string>; user: Record<string, string> }> {
  const org: Record<string, string> = {};
  const user: Record<string, string> = {};
  await db.asSystem('test', async (tx) => {
    for (const [key, type] of Object.entries(organisations))
      org[key] = (await insertOrganisation(tx, { name: `Org ${key}`, acronym: key, type })).id;
    for (const [name, key, role] of people) {
      const organisationId = org[key];
      if (!organisationId) throw new Error(`seedOrganisationsWithMembers: no organisation ${key}`);
      const userId = (
        await insertUser(tx, { email: `${name}@example.org`, displayName: name, passwordHash: 'x' }, at)
      ).id;
      user[name] = userId;
      await insertMembership(tx, { userId, organisationId, role }, at);
    }
  });
  return { org, user };
}

/** Two partner organisations, A (national NGO) and B (international NGO), each with a focal point (a, b). */
export async function seedTwoOrganisations(
  db: Database,
  at: Date,
): Promise<{ orgA: string; orgB: string; userA: string; userB: string }> {
  const { org, user } = await seedOrganisationsWithMembers(
    db,
    at,
    { A: 'national-ngo', B: 'international-ngo' },
    [
      ['a', 'A', 'partner-focal-point'],
      ['b', 'B', 'partner-focal-point'],
    ],
  );
  return { orgA: org.A!, orgB: org.B!, userA: user.a!, userB: user.b! };
}
