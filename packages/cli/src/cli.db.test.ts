// The `steward` executable end to end against temporary embedded data folders: spawned as a
// user runs it. (Always embedded PGlite: these tests are about the data folder.)
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedTestDataDir } from '@steward/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/steward.js', import.meta.url));
const folders: string[] = [];
const children: ChildProcess[] = [];

/** A new data folder: empty (the command creates and migrates it), or `migrated` from the run's template. */
function tempDataDir(options: { migrated?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-cli-'));
  folders.push(dir);
  const dataDir = join(dir, 'data');
  return options.migrated ? seedTestDataDir(dataDir) : dataDir;
}

function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STEWARD_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.PORT;
  return env;
}

function steward(args: string[], dataDir: string, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: childEnv(dataDir),
    input,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `steward serve --port 0` and resolves with the URL it prints. */
function serve(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: childEnv(dataDir) });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Steward listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1] as string, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

// Each spawn opens the embedded database (a few seconds each on a busy machine).
describe('steward with a data folder', { timeout: 180_000 }, () => {
  it('demo prints the logins once, writes them 0600, refuses a second load; audit verify passes', () => {
    const dataDir = tempDataDir();
    const out = join(dataDir, '..', 'logins.json');
    const demo = steward(['demo', '--credentials-out', out], dataDir);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('shown ONLY THIS ONCE');
    const logins = JSON.parse(readFileSync(out, 'utf8')) as {
      email: string;
      password: string;
      role: string;
    }[];
    expect(logins.length).toBeGreaterThanOrEqual(7);
    for (const login of logins) expect(demo.stdout).toContain(login.password);
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const again = steward(['demo'], dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);

    const verify = steward(['audit', 'verify'], dataDir);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/Audit log intact: \d+ entries verified/);
  });

  it('user create with a generated password, then token create for that user', () => {
    const dataDir = tempDataDir({ migrated: true });
    expect(steward(['demo'], dataDir).code).toBe(0);
    const created = steward(
      [
        'user',
        'create',
        '--email',
        'new.officer@example.org',
        '--name',
        'New Officer',
        '--org',
        'dpccu',
        '--role',
        'viewer',
      ],
      dataDir,
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Created user new.officer@example.org, viewer in DPCCU.');
    expect(created.stdout).toMatch(/Password \(shown only this once\): \S{20}/);
    const token = steward(
      ['token', 'create', '--email', 'new.officer@example.org', '--org', 'DPCCU', '--name', 'ci'],
      dataDir,
    );
    expect(token.stderr).toBe('');
    expect(token.stdout).toMatch(/Token \(shown only this once\): stw_\S+/);
    const elsewhere = steward(
      ['token', 'create', '--email', 'new.officer@example.org', '--org', 'TRI', '--name', 'ci'],
      dataDir,
    );
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toBe(
      'steward: A token can only be scoped to an organisation the user belongs to.\n',
    );
    const unknownOrg = steward(
      ['user', 'create', '--email', 'b@example.org', '--name', 'B', '--org', 'NOPE', '--role', 'viewer'],
      dataDir,
    );
    expect(unknownOrg.code).toBe(1);
    expect(unknownOrg.stderr).toMatch(
      /^steward: there is no organisation with the acronym "NOPE" \(there are: .*DPCCU.*\)\n$/,
    );
    const unknownUser = steward(
      ['token', 'create', '--email', 'nobody@example.org', '--org', 'DPCCU', '--name', 'ci'],
      dataDir,
    );
    expect(unknownUser.stderr).toBe('steward: there is no user with the email address nobody@example.org\n');
    const dup = steward(
      ['user', 'create', '--email', 'new.officer@example.org', '--name', 'X', '--admin'],
      dataDir,
    );
    expect(dup.code).toBe(1);
    expect(dup.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('serve answers health; a second serve on the same folder fails clearly; SIGTERM stops it', async () => {
    const dataDir = tempDataDir({ migrated: true });
    const first = await serve(dataDir);
    const health = await fetch(`${first.url}/api/health`);
    expect(health.status).toBe(200);
    const { version } = JSON.parse(
      readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'current', version });

    const second = steward(['serve', '--port', '0'], dataDir);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      /^steward: the data folder .* is in use by another Steward process \(pid \d+/,
    );
    expect(second.stderr.trim().split('\n')).toHaveLength(1);

    const exited = new Promise<number | null>((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(first.output()).toContain('Steward stopped.');
    // The folder is free again.
    expect(steward(['migrate'], dataDir).code).toBe(0);
  });

  it('rejects a DATABASE_URL that is not postgres:// with one line', () => {
    const r = spawnSync(process.execPath, [BIN, 'migrate'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'mysql://localhost/x' },
    });
    const stderr = r.stderr;
    expect(r.status).toBe(1);
    expect(stderr).toBe(
      'steward: DATABASE_URL must start with postgres:// or postgresql:// (got "mysql://localhost/x")\n',
    );
  });
});
