// `steward user reset-2fa EMAIL` on an embedded data folder, run in-process as main.ts runs it: the
// user's authenticator is replaced by a reset marker, they must enrol again; audited; unknown
// e-mails are a clear error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createDatabase } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type Io } from '../framework';
import { COMMANDS } from '../registry';

const root = mkdtempSync(join(tmpdir(), 'steward-reset-2fa-'));
const dataDir = join(root, 'data');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function steward(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: Readable.from([]),
    env: { STEWARD_DATA_DIR: dataDir },
    cwd: root,
  };
  const code = await runCli(COMMANDS, args, io);
  return { code, stdout, stderr };
}

async function sql(statement: string): Promise<Record<string, unknown>[]> {
  const db = await createDatabase({ dataDir });
  try {
    return await ownerSql(db, statement);
  } finally {
    await db.close();
  }
}

describe('steward user reset-2fa', { timeout: 180_000 }, () => {
  it('resets the two-factor sign-in of the user with that e-mail; audited; unknown e-mail refused', async () => {
    const created = await steward([
      'user',
      'create',
      '--email',
      'lost@example.org',
      '--name',
      'Lost',
      '--admin',
    ]);
    expect(created.code).toBe(0);
    const [user] = await sql(`select id from users where email = 'lost@example.org'`);
    // An enrolled authenticator with recovery codes, as if set up earlier.
    await sql(
      `insert into user_totp (user_id, secret_encrypted, confirmed_at, created_at) values ('${String(user!.id)}', 'x', now(), now())`,
    );
    await sql(
      `insert into recovery_codes (user_id, code_hash, created_at) values ('${String(user!.id)}', 'h', now())`,
    );

    const r = await steward(['user', 'reset-2fa', 'lost@example.org']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Two-factor sign-in of lost@example.org is reset; 0 session(s) ended. They set it up again at next sign-in.\n',
    );
    expect(await sql(`select secret_encrypted, confirmed_at from user_totp`)).toEqual([
      { secret_encrypted: '', confirmed_at: null },
    ]);
    expect(await sql(`select 1 from recovery_codes`)).toEqual([]);
    expect(await sql(`select action from audit_log where action = 'user.totp-reset'`)).toHaveLength(1);

    const unknown = await steward(['user', 'reset-2fa', 'nobody@example.org']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/no user with the email address nobody@example.org/);
  });
});
