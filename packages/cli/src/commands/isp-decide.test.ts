// `steward isp decide` end to end: spawned as a user runs it, against a temporary embedded data
// folder after `steward demo` (the demo's endorsed ISP), then against a folder without an ISP.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedTestDataDir } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/steward.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'steward-isp-'));
// Migrated data folders copied from the run's template (no initdb + migrations per folder).
const demoDir = seedTestDataDir(join(root, 'demo'));

function steward(args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, STEWARD_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.STEWARD_FILE_KEY;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const decide = (...args: string[]) => steward(['isp', 'decide', ...args], demoDir);

beforeAll(() => {
  const r = steward(['demo'], demoDir);
  expect(r.code, r.stderr).toBe(0);
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('steward isp decide on the demo database', () => {
  it('prints exactly the contract object with --json', () => {
    const r = decide(
      '--type',
      'referral-data',
      '--level',
      'individual',
      '--names',
      '--to',
      'cluster',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['conditions', 'decision', 'explanation', 'rule', 'sensitivity']);
    expect(out.sensitivity).toBe('severe');
    expect(out.decision).toBe('deny');
    expect(typeof out.rule).toBe('string');
    expect(out.explanation).toContain(String(out.rule));
  }, 60_000);

  it('allows national-level 5W publicly and denies site coordinates publicly', () => {
    const low = JSON.parse(
      decide('--type', '3w-4w-5w', '--level', 'adm1', '--to', 'public', '--json').stdout,
    ) as {
      sensitivity: string;
      decision: string;
    };
    expect(low).toMatchObject({ sensitivity: 'low', decision: 'allow' });
    // Site coordinates: more sensitive than the same data at district level, never public.
    const sites = JSON.parse(
      decide('--type', 'movement-locations', '--level', 'site', '--coordinates', '--to', 'public', '--json')
        .stdout,
    ) as { sensitivity: string; decision: string };
    expect(['high', 'severe']).toContain(sites.sensitivity);
    expect(sites.decision).toBe('deny');
  }, 60_000);

  it('prints a readable decision without --json', () => {
    const r = decide('--type', 'needs-assessment', '--level', 'household', '--to', 'bilateral');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Decision: deny \(sensitivity severe, rule \S+, ISP version 1\.0\)/);
  }, 60_000);

  it('rejects unknown names with one line listing the valid ones, exit 1', () => {
    const r = decide('--type', 'referal', '--level', 'adm1', '--to', 'public', '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Unknown data type "referal"');
    expect(lines[0]).toContain('referral-data');
    const level = decide('--type', 'referral-data', '--level', 'adm9', '--to', 'public');
    expect(level.code).toBe(1);
    expect(level.stderr).toContain('household');
    const to = decide('--type', 'referral-data', '--level', 'adm1', '--to', 'everyone');
    expect(to.code).toBe(1);
    expect(to.stderr).toContain('public, cluster, organisation, bilateral');
  }, 60_000);

  it('records every decision in the audit log, which still verifies', () => {
    const r = steward(['audit', 'verify'], demoDir);
    expect(r.code, r.stderr).toBe(0);
  }, 60_000);

  it('says so when the database has no endorsed ISP', () => {
    const empty = seedTestDataDir(join(root, 'empty'));
    expect(steward(['migrate'], empty).code).toBe(0);
    const r = steward(
      ['isp', 'decide', '--type', 'referral-data', '--level', 'adm1', '--to', 'public', '--json'],
      empty,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no endorsed ISP');
  }, 60_000);
});
