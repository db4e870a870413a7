// `steward audit checkpoint` and `steward audit verify --checkpoint` on an embedded data folder,
// run in-process as main.ts runs them; tampering is done as a superuser on the data folder.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createDatabase } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type Io } from '../framework';
import { COMMANDS } from '../registry';

const root = mkdtempSync(join(tmpdir(), 'steward-audit-cli-'));
const dataDir = join(root, 'data');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function steward(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const env: NodeJS.ProcessEnv = { STEWARD_DATA_DIR: dataDir, ...extraEnv };
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

async function asSuperuser(statements: string[]): Promise<void> {
  const db = await createDatabase({ dataDir });
  try {
    await ownerSql(db, 'alter table audit_log disable trigger user');
    for (const s of statements) await ownerSql(db, s);
    await ownerSql(db, 'alter table audit_log enable trigger user');
  } finally {
    await db.close();
  }
}

describe('steward audit checkpoint / verify --checkpoint', { timeout: 180_000 }, () => {
  it('signs the head with a key file it creates (0600), verifies, and catches a dropped tail', async () => {
    const user = await steward([
      'user',
      'create',
      '--email',
      'admin@example.org',
      '--name',
      'Admin',
      '--admin',
    ]);
    expect(user.code).toBe(0);
    const made = await steward(['audit', 'checkpoint', '-o', 'head.json']);
    expect(made.stderr).toMatch(/created a new audit signing key/);
    expect(made.code).toBe(0);
    const keyFile = join(dataDir, 'audit-signing-key.pem');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const checkpoint = JSON.parse(readFileSync(join(root, 'head.json'), 'utf8')) as { sequence: number };
    expect(checkpoint.sequence).toBeGreaterThanOrEqual(1);
    expect(made.stdout).toContain(`Checkpoint of entry ${checkpoint.sequence}`);

    const ok = await steward(['audit', 'verify', '--checkpoint', 'head.json']);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toContain(`matches the signed checkpoint of entry ${checkpoint.sequence}`);

    await asSuperuser([
      `create table saved as select * from audit_log`,
      `delete from audit_log where sequence = ${checkpoint.sequence}`,
    ]);
    expect((await steward(['audit', 'verify'])).code).toBe(0);
    const cut = await steward(['audit', 'verify', '--checkpoint', 'head.json']);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/removed from the end/);

    await asSuperuser([`insert into audit_log select * from saved`, `drop table saved`]);
    expect((await steward(['audit', 'verify', '--checkpoint', 'head.json'])).code).toBe(0);
  });

  it("refuses a checkpoint signed by a key other than the installation's", async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const foreign = await steward(['audit', 'checkpoint', '-o', 'foreign.json'], { STEWARD_AUDIT_KEY: pem });
    expect(foreign.code).toBe(0);
    const refused = await steward(['audit', 'verify', '--checkpoint', 'foreign.json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not by this installation's key/);
  });

  it('refuses a key file readable by others, and a missing checkpoint file', async () => {
    expect(existsSync(join(root, 'nope.json'))).toBe(false);
    const missing = await steward(['audit', 'verify', '--checkpoint', 'nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read nope.json/);
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dataDir, 'audit-signing-key.pem'), 0o644);
    const open = await steward(['audit', 'checkpoint']);
    expect(open.code).toBe(1);
    expect(open.stderr).toMatch(/readable by other users/);
  });
});
