// End-to-end tests of the `steward` executable: spawned as a child process, as a user runs it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/steward.js', import.meta.url));

function steward(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('steward (spawned)', () => {
  it('--help lists every foundation command', () => {
    const r = steward(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['serve', 'migrate', 'demo', 'user create', 'token create', 'audit verify']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('each command has --help naming its flags', () => {
    const r = steward(['demo', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--credentials-out FILE');
    const s = steward(['serve', '--help']);
    expect(s.stdout).toContain('--port N');
    expect(s.stdout).toContain('--host HOST');
  });

  it('an unknown flag is one line on stderr naming it, and a non-zero exit', () => {
    const r = steward(['serve', '--prot', '8080']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('steward: unknown flag --prot for "steward serve" (see steward serve --help)\n');
    expect(r.stdout).toBe('');
  });

  it('an unknown command and a missing required flag are one clear line', () => {
    const u = steward(['frobnicate']);
    expect(u.code).toBe(2);
    expect(u.stderr.trim().split('\n')).toHaveLength(1);
    expect(u.stderr).toContain('unknown command "frobnicate"');
    const t = steward(['token', 'create', '--email', 'a@example.org']);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('missing required flag --org');
  });
});
