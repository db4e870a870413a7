// `steward registry remind` and the reminder hook of `steward serve`, end to end: spawned as a
// user (or cron) runs them, against temporary embedded data folders after `steward demo` (whose
// registry has entries overdue, due soon and not due, relative to the day it is loaded).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedTestDataDir } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/steward.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'steward-remind-'));
const children: ChildProcess[] = [];

function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STEWARD_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.STEWARD_FILE_KEY;
  return env;
}

function steward(args: string[], dataDir: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: childEnv(dataDir),
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Run {
  checked: number;
  due: number;
  created: { entryId: string; organisationId: string; stage: string; nextReviewOn: string }[];
}

const remindJson = (dataDir: string): Run => {
  const r = steward(['registry', 'remind', '--json'], dataDir);
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Run;
};

// A migrated data folder copied from the run's template (no initdb + migrations per folder); the
// demo is loaded there once, and the serve test gets a copy of the folder as it then stands (no
// reminder sent yet in either): one `steward demo` instead of two (issue 8).
const cliDir = seedTestDataDir(join(root, 'cli'));
const serveDir = join(root, 'serve');

beforeAll(() => {
  const r = steward(['demo'], cliDir);
  expect(r.code, r.stderr).toBe(0);
  cpSync(cliDir, serveDir, { recursive: true });
}, 300_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

describe('steward registry remind', { timeout: 120_000 }, () => {
  it('reminds every due entry once, then creates nothing on a second run', () => {
    const today = new Date().toISOString().slice(0, 10);
    const first = remindJson(cliDir);
    expect(first.checked).toBeGreaterThan(first.due);
    expect(first.due).toBeGreaterThan(0);
    expect(first.created).toHaveLength(first.due);
    const stages = new Set(first.created.map((c) => c.stage));
    expect(stages).toEqual(new Set(['soon', 'overdue']));
    for (const c of first.created) {
      expect(c.stage).toBe(c.nextReviewOn < today ? 'overdue' : 'soon');
    }
    const second = remindJson(cliDir);
    expect(second.due).toBe(first.due);
    expect(second.created).toEqual([]);
  });

  it('prints a one-line summary without --json, and the audit log still verifies', () => {
    const r = steward(['registry', 'remind'], cliDir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Review reminders: 0 created \(0 due soon, 0 overdue\); \d+ of \d+ entries are due for review\.\n$/,
    );
    expect(steward(['audit', 'verify'], cliDir).code).toBe(0);
  });

  it('is listed in steward --help and documents itself', () => {
    const help = steward(['registry', 'remind', '--help'], cliDir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('steward registry remind');
    expect(help.stdout).toContain('--json');
  });
});

describe('steward serve sends the reminders at start', { timeout: 180_000 }, () => {
  it('prints how many it created; a later cron run finds nothing left to send', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: childEnv(serveDir) });
    children.push(child);
    let output = '';
    const created = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Review reminders: (\d+) created\./.exec(output);
        if (match) resolve(Number(match[1]));
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    expect(created).toBeGreaterThan(0);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Steward stopped.');
    const after = remindJson(serveDir);
    expect(after.due).toBe(created);
    expect(after.created).toEqual([]);
  });
});
