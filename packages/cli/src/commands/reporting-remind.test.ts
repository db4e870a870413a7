// `steward reporting remind`, spawned as cron runs it, against a temporary embedded data folder
// after `steward demo`: it prints one JSON object with --json, and a second run creates nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedTestDataDir } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/steward.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'steward-report-remind-'));
const dataDir = seedTestDataDir(join(root, 'data'));

function steward(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, STEWARD_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.STEWARD_FILE_KEY;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Run {
  today: string;
  due: number;
  created: { framework: string; period: string; organisation: string; stage: string; dueOn: string }[];
}

beforeAll(() => {
  const r = steward(['demo']);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('steward reporting remind', () => {
  it('reminds partners who have not submitted, once', () => {
    const first = steward(['reporting', 'remind', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const run = JSON.parse(lines[0]!) as Run;
    expect(run.today).toBe(new Date().toISOString().slice(0, 10));
    expect(run.due).toBeGreaterThanOrEqual(run.created.length);
    for (const r of run.created) {
      expect(r.framework).toBe('5w');
      expect(['soon', 'overdue']).toContain(r.stage);
    }
    const second = steward(['reporting', 'remind']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(
      new RegExp(
        `^Reporting reminders ${run.today}: 0 created \\(0 due soon, 0 overdue\\); ${run.due} report`,
      ),
    );
  }, 240_000);
});
