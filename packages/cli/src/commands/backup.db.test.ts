// Issue 7 §9 "backups do not exist": `steward backup` and `steward restore` on the embedded data
// folder (default) or on the PostgreSQL server (TEST_DATABASE_URL), run in-process as main.ts runs
// them. A restore into an empty database keeps the audit chain verifiable against a checkpoint
// signed before the backup and every registry file decryptable; sessions are not restored.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createDatabase } from '@steward/db';
import { createEmptyServerDatabase, ownerSql } from '@steward/db/testing';
import { createServices } from '@steward/services';
import { decryptFile } from '@steward/services/registry/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type Io } from '../framework';
import { COMMANDS } from '../registry';

const root = mkdtempSync(join(tmpdir(), 'steward-backup-'));
const server = process.env.TEST_DATABASE_URL;
const created: (() => Promise<void>)[] = [];

/** A fresh, empty place for a database: a data folder, or a new database on the server. */
async function newTarget(name: string): Promise<NodeJS.ProcessEnv> {
  const common = { STEWARD_AUDIT_KEY_FILE: join(root, 'audit-key.pem') };
  if (!server) return { ...common, STEWARD_DATA_DIR: join(root, name) };
  const db = await createEmptyServerDatabase(server, `steward_bk_${name}`);
  created.push(db.drop);
  return { ...common, DATABASE_URL: db.url };
}

afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  for (const drop of created) await drop();
});

async function steward(env: NodeJS.ProcessEnv, args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: Readable.from([]),
    env,
    cwd: root,
  };
  const code = await runCli(COMMANDS, args, io);
  return { code, stdout, stderr };
}

/** Opens the database of `env` (and closes it, releasing the data folder). */
async function withDb<T>(
  env: NodeJS.ProcessEnv,
  fn: (db: Awaited<ReturnType<typeof createDatabase>>) => Promise<T>,
) {
  const db = env.DATABASE_URL
    ? await createDatabase({ url: env.DATABASE_URL })
    : await createDatabase({ dataDir: env.STEWARD_DATA_DIR! });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Row counts of `tables`, in one opening of the database (each opening of a data folder takes seconds). */
const counts = (env: NodeJS.ProcessEnv, tables: readonly string[]) =>
  withDb(env, async (db) => {
    const result: Record<string, number> = {};
    for (const table of tables) {
      const [row] = await ownerSql<{ n: number }>(db, `select count(*)::int as n from ${table}`);
      result[table] = Number(row?.n);
    }
    return result;
  });

const count = async (env: NodeJS.ProcessEnv, table: string) => (await counts(env, [table]))[table];

/** Decrypts every registry file with the keys in the database; returns [stored sha256, sha256 of plaintext]. */
const decryptAll = (env: NodeJS.ProcessEnv) =>
  withDb(env, async (db) => {
    const keys = await ownerSql<{ id: string; key: Uint8Array }>(
      db,
      `select id, key from file_encryption_keys`,
    );
    const files = await ownerSql<{
      entry_id: string;
      version: number;
      key_id: string;
      iv: Uint8Array;
      auth_tag: Uint8Array;
      ciphertext: Uint8Array;
      sha256: string;
      data_key: Uint8Array | null;
    }>(
      db,
      `select entry_id, version, key_id, iv, auth_tag, ciphertext, sha256, data_key from registry_files`,
    );
    return files.map((f) => {
      const key = keys.find((k) => k.id === f.key_id);
      if (!key) return [f.sha256, 'no key'];
      const plain = decryptFile(
        { id: key.id, key: new Uint8Array(key.key) },
        {
          iv: new Uint8Array(f.iv),
          authTag: new Uint8Array(f.auth_tag),
          ciphertext: new Uint8Array(f.ciphertext),
          // files since retention (issue 11 §4) have their own data key, wrapped by the file key
          dataKey: f.data_key ? new Uint8Array(f.data_key) : null,
        },
        f.entry_id,
        Number(f.version),
      );
      return [f.sha256, createHash('sha256').update(plain).digest('hex')];
    });
  });

const lines = (file: string) =>
  gunzipSync(readFileSync(join(root, file)))
    .toString('utf8')
    .trimEnd()
    .split('\n');

describe(
  `steward backup / restore (${server ? 'PostgreSQL server' : 'PGlite data folder'})`,
  { timeout: 600_000 },
  () => {
    let source: NodeJS.ProcessEnv;
    beforeAll(async () => {
      delete process.env.STEWARD_FILE_KEY; // the demo's files use the key stored in the database
      source = await newTarget('source');
      const demo = await steward(source, ['demo', '--credentials-out', join(root, 'logins.json')]);
      expect(demo.code, demo.stderr).toBe(0);
      // a signed-in user: a session that must not travel in a backup
      const login = (
        JSON.parse(readFileSync(join(root, 'logins.json'), 'utf8')) as { email: string; password: string }[]
      )[0]!;
      await withDb(source, (db) =>
        createServices({
          db,
          clock: () => new Date(),
          randomBytes: (n) => new Uint8Array(randomBytes(n)),
        }).auth.login({
          email: login.email,
          password: login.password,
          ip: '10.0.0.1',
        }),
      );
      expect(await count(source, 'sessions')).toBeGreaterThan(0);
      expect((await steward(source, ['audit', 'checkpoint', '-o', 'head.json'])).code).toBe(0);
    });

    it('restores into an empty database: the chain verifies against the checkpoint, every file decrypts, no sessions', async () => {
      const made = await steward(source, ['backup', '-o', 'full.backup', '--include-file-key']);
      expect(made.code, made.stderr).toBe(0);
      expect(made.stderr).toMatch(/CONTAINS the file-encryption key/);
      expect(statSync(join(root, 'full.backup')).mode & 0o777).toBe(0o600);
      const tablesInFile = lines('full.backup')
        .filter((l) => l.startsWith('{"table"'))
        .map((l) => (JSON.parse(l) as { table: string }).table);
      expect(tablesInFile).toContain('file_encryption_keys');
      expect(tablesInFile).not.toContain('sessions');
      expect(tablesInFile.indexOf('organisations')).toBeLessThan(tablesInFile.indexOf('memberships'));

      const target = await newTarget('restored');
      const restored = await steward(target, ['restore', 'full.backup']);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/Sessions were not restored/);
      expect(restored.stdout).toMatch(/Audit log intact/);

      const verify = await steward(target, ['audit', 'verify', '--checkpoint', 'head.json']);
      expect(verify.stderr).toBe('');
      expect(verify.code).toBe(0);
      expect(await count(target, 'sessions')).toBe(0);
      const tables = [
        'organisations',
        'users',
        'memberships',
        'registry_entries',
        'registry_files',
        'agreements',
        'audit_log',
      ];
      const [restoredCounts, sourceCounts] = [await counts(target, tables), await counts(source, tables)];
      for (const table of tables) expect(restoredCounts[table], table).toBe(sourceCounts[table]);
      const files = await decryptAll(target);
      expect(files.length).toBeGreaterThan(0);
      for (const [stored, actual] of files) expect(actual).toBe(stored);
    });

    it('leaves the file key out unless asked, and says so', async () => {
      const made = await steward(source, ['backup', '-o', 'nokey.backup']);
      expect(made.code).toBe(0);
      expect(made.stderr).toMatch(
        /WARNING: \d+ registry file\(s\) are encrypted with the key stored in the database, which this backup does NOT contain/,
      );
      const text = lines('nokey.backup');
      expect(text.some((l) => l.startsWith('{"table":"file_encryption_keys"'))).toBe(false);
      expect(JSON.parse(text[0]!)).toMatchObject({
        includesFileKey: false,
        excluded: ['sessions', 'login_attempts', 'steward_actor_key', 'file_encryption_keys'],
      });
    });

    it('refuses a database that is not empty, and a damaged or incomplete file, writing nothing', async () => {
      const notEmpty = await steward(source, ['restore', 'full.backup']);
      expect(notEmpty.code).toBe(1);
      expect(notEmpty.stderr).toMatch(/the database is not empty .*restore only into an empty database/);

      const all = lines('full.backup');
      writeFileSync(
        join(root, 'cut.backup'),
        gzipSync(`${all.slice(0, Math.floor(all.length / 2)).join('\n')}\n`),
      );
      const altered = all.map((l) => l.replace('"outcome":"success"', '"outcome":"failure"'));
      writeFileSync(join(root, 'altered.backup'), gzipSync(`${altered.join('\n')}\n`));
      const target = await newTarget('damaged');
      const cut = await steward(target, ['restore', 'cut.backup']);
      expect(cut.code).toBe(1);
      expect(cut.stderr).toMatch(/ends early .*nothing was restored/);
      const changed = await steward(target, ['restore', 'altered.backup']);
      expect(changed.code).toBe(1);
      expect(changed.stderr).toMatch(/checksum does not match/);
      expect(await counts(target, ['organisations', 'audit_log'])).toEqual({
        organisations: 0,
        audit_log: 0,
      });
    });
  },
);
