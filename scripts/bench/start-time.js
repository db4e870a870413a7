#!/usr/bin/env node
// Measures `npm start` to a healthy /api/health: first start on a fresh data folder (creates the
// database, loads the demo), then a second start on the same folder. Prints both figures.
// Usage: node scripts/bench/start-time.js [--runs N] [--port P]
// The web build and the compiled server code are left as they are (build them first to measure
// only the start; delete packages/web/dist and packages/cli/dist to measure a fresh clone).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('--runs', 1);
const port = arg('--port', 3900 + (process.pid % 90));

async function startOnce(dataDir) {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['scripts/start.js', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, STEWARD_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error('npm start exited before it was healthy');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) return (performance.now() - t0) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (exited ? r() : child.on('exit', r)));
  }
}

for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-start-'));
  try {
    const first = await startOnce(dataDir);
    const second = await startOnce(dataDir);
    console.log(`first start ${first.toFixed(2)} s, second start ${second.toFixed(2)} s`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
