import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  createDatabase,
  databaseFromPglite,
  databaseFromUrl,
  migrate,
  PGLITE_EXTENSIONS,
  queryRows,
} from './database';
import { DatabaseInUseError, DatabaseUnavailableError } from './errors';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-db-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('createDatabase (embedded)', () => {
  it('creates the data folder, migrates, and refuses a second open of the same folder', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const db = await createDatabase({ dataDir });
    try {
      expect(db.kind).toBe('pglite');
      expect(await db.migrationsCurrent()).toBe(false);
      await migrate(db);
      expect(await db.migrationsCurrent()).toBe(true);
      expect(JSON.parse(readFileSync(join(dataDir, 'steward.lock'), 'utf8'))).toEqual({ pid: process.pid });
      const second = createDatabase({ dataDir });
      await expect(second).rejects.toBeInstanceOf(DatabaseInUseError);
      await expect(second).rejects.toThrow(
        `The data folder ${dataDir} is in use by another Steward process (pid ${process.pid})`,
      );
    } finally {
      await db.close();
    }
    expect(existsSync(join(dataDir, 'steward.lock'))).toBe(false);
  });

  it('refuses a folder locked by another live process and takes over a stale lock', async () => {
    const dataDir = tempDir();
    const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const deadPid = Number(child.stdout.trim());
    writeFileSync(join(dataDir, 'steward.lock'), JSON.stringify({ pid: process.ppid }));
    await expect(createDatabase({ dataDir })).rejects.toThrow(`(pid ${process.ppid})`);
    writeFileSync(join(dataDir, 'steward.lock'), JSON.stringify({ pid: deadPid }));
    const db = await createDatabase({ dataDir });
    try {
      expect(JSON.parse(readFileSync(join(dataDir, 'steward.lock'), 'utf8'))).toEqual({ pid: process.pid });
    } finally {
      await db.close();
    }
  });
});

describe('unreachable server', () => {
  it('does not throw at creation, pings false, and maps queries to DatabaseUnavailableError', async () => {
    const db = databaseFromUrl('postgres://postgres@127.0.0.1:1/none');
    try {
      expect(await db.ping()).toBe(false);
      expect(await db.migrationsCurrent()).toBe(false);
      await expect(db.withAnonymous(async () => 1)).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(migrate(db)).rejects.toMatchObject({ code: 'database-unavailable' });
    } finally {
      await db.close();
    }
  });

  it('rejects a URL that is not postgres://', async () => {
    await expect(createDatabase({ url: 'mysql://x' })).rejects.toThrow(/postgres:\/\//);
  });
});

describe('application role on PGlite', () => {
  it('works as steward_app outside system work after migrating', async () => {
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const db = databaseFromPglite(client, 'memory');
    try {
      await migrate(db);
      expect((await client.query<{ u: string }>('select current_user as u')).rows[0]?.u).toBe('steward_app');
      const [inSystem] = await db.asSystem('test', (tx) =>
        queryRows<{ u: string }>(tx, sql`select current_user as u`),
      );
      expect(inSystem?.u).toBe('postgres');
      const [inActor] = await db.withAnonymous((tx) =>
        queryRows<{ u: string }>(tx, sql`select current_user as u`),
      );
      expect(inActor?.u).toBe('steward_app');
    } finally {
      await db.close();
    }
  });

  it('refuses an actor whose values are not UUIDs and a date before any statement, in transactions and batches', async () => {
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const db = databaseFromPglite(client, 'memory');
    try {
      await migrate(db);
      const user = '00000000-0000-4000-8000-000000000001';
      let ran = false;
      const work = async () => {
        ran = true;
      };
      // The refusal is a rejected promise: calling withActor or batch does not throw synchronously.
      const attempt = <T>(call: () => Promise<T>): Promise<T> => {
        let promise: Promise<T> | undefined;
        expect(() => {
          promise = call();
        }).not.toThrow();
        return promise!;
      };
      await expect(attempt(() => db.withActor({ userId: "x' or true --" }, work))).rejects.toThrow(
        /UUIDs and a YYYY-MM-DD date/,
      );
      await expect(
        attempt(() => db.withActor({ userId: user, organisationId: 'org' }, work)),
      ).rejects.toThrow(/UUIDs/);
      await expect(attempt(() => db.withActor({ userId: user, today: '7 Dec 2026' }, work))).rejects.toThrow(
        /YYYY-MM-DD/,
      );
      await expect(attempt(() => db.withActor({ userId: '' }, work))).rejects.toThrow(/needs a userId/);
      expect(ran).toBe(false);
      await expect(
        attempt(() => db.batch({ userId: user, today: '2026-12-7' }, ['select 1'])),
      ).rejects.toThrow(/batch: the actor must be given as UUIDs/);
      await db.withActor({ userId: user, today: '2026-12-07' }, work);
      expect(ran).toBe(true);
    } finally {
      await db.close();
    }
  });
});
