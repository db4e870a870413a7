/** Test helpers for the disclosure commands: spawn `steward` as a user would, in a temp folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/steward.js', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
/** The disclosure-control reference data kept in the repository (test-data/sdc/README.md). */
export const SDC_REFERENCE = join(REPO_ROOT, 'test-data', 'sdc');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function steward(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, STEWARD_PROGRESS: 'off', ...env },
    timeout: 120_000,
    maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(files: Record<string, string | Uint8Array> = {}): {
  dir: string;
  files(): string[];
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'steward-sdc-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return {
    dir,
    files: () => readdirSync(dir).sort(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Minimal CSV parsing for assertions on our own output (quoted fields supported). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The one-line error contract: non-zero exit, exactly one line on stderr, nothing on stdout. */
export function expectOneLineError(r: Run): string {
  if (r.code === 0) throw new Error(`expected a failure, got exit 0; stdout: ${r.stdout.slice(0, 200)}`);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  if (lines.length !== 1) throw new Error(`expected one stderr line, got ${lines.length}: ${r.stderr}`);
  if (r.stdout !== '') throw new Error(`expected no stdout, got: ${r.stdout.slice(0, 200)}`);
  return lines[0]!;
}
