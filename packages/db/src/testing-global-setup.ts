/**
 * Vitest globalSetup (root vitest.config.ts): prepares the migrated database that
 * createTestDatabase() clones per test file. See testing.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  databaseFromPglite,
  databaseFromUrl,
  migrate,
  MIGRATIONS_FOLDER,
  PGLITE_EXTENSIONS,
} from './database';
import { withDatabaseName, type TestDatabaseInfo } from './testing';

function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return hash.digest('hex').slice(0, 16);
}

const CACHE_DIR = resolve(MIGRATIONS_FOLDER, '../../../node_modules/.cache/steward-test-db');

/**
 * A migrated embedded data folder (what `steward migrate` makes in an empty STEWARD_DATA_DIR),
 * made once per migration state. Tests that spawn `steward` copy it (createTestDataDir) instead
 * of paying PGlite's initdb and every migration in each new folder.
 */
async function preparePgliteDataDir(): Promise<string> {
  const pgliteVersion = (
    JSON.parse(readFileSync(resolve(CACHE_DIR, '../../@electric-sql/pglite/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const folder = join(CACHE_DIR, `datadir-${migrationsHash()}-${pgliteVersion}`);
  if (existsSync(join(folder, 'pgdata', 'PG_VERSION'))) return folder;
  const tmp = `${folder}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const client = await PGlite.create({ dataDir: join(tmp, 'pgdata'), extensions: PGLITE_EXTENSIONS });
  const db = databaseFromPglite(client, tmp);
  await migrate(db);
  await db.close();
  try {
    renameSync(tmp, folder);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(folder, 'pgdata', 'PG_VERSION'))) throw error;
  }
  return folder;
}

async function preparePglite(): Promise<TestDatabaseInfo> {
  const cacheDir = CACHE_DIR;
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `pglite-${migrationsHash()}.tar`);
  if (!existsSync(file)) {
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const db = databaseFromPglite(client, 'memory (test template)');
    await migrate(db);
    await client.exec('RESET ROLE');
    const dump = await client.dumpDataDir('none');
    await db.close();
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  return { kind: 'pglite', source: file };
}

async function prepareServer(
  adminUrl: string,
): Promise<{ info: TestDatabaseInfo; teardown: () => Promise<void> }> {
  const base = (new URL(adminUrl).pathname.slice(1) || 'postgres').replace(/[^a-z0-9_]/gi, '_').slice(0, 30);
  const templateName = `${base}_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${templateName}"`);
  await admin.end();
  const templateUrl = withDatabaseName(adminUrl, templateName);
  const db = databaseFromUrl(templateUrl, { poolSize: 1 });
  await migrate(db);
  await db.close();
  return {
    info: { kind: 'postgres', source: templateUrl, adminUrl, templateName },
    async teardown() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      // The template, and the snapshots createSharedTestDatabase made from it (<template>_s_<id>).
      const { rows } = await client.query<{ datname: string }>(
        'select datname from pg_database where starts_with(datname, $1)',
        [`${templateName}_s_`],
      );
      for (const name of [templateName, ...rows.map((r) => r.datname)])
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(CACHE_DIR, { recursive: true });
  // Spawned `steward` commands always use the embedded database, whichever the run tests.
  project.provide('stewardTestDataDir', await preparePgliteDataDir());
  // This run's shared snapshots (createSharedTestDatabase): made during the run, removed after it.
  const runDir = mkdtempSync(join(tmpdir(), 'steward-test-run-'));
  project.provide('stewardTestRunDir', runDir);
  const removeRunDir = async () => rmSync(runDir, { recursive: true, force: true });
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const { info, teardown } = await prepareServer(url);
    project.provide('stewardTestDatabase', info);
    return async () => {
      await teardown();
      await removeRunDir();
    };
  }
  project.provide('stewardTestDatabase', await preparePglite());
  return removeRunDir;
}
