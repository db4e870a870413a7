#!/usr/bin/env node
// `npm start`: build the web app when its build is missing or older than its sources, then run
// `steward serve`, which migrates the database, loads the demo response on an empty embedded
// database (printing its logins once) and serves the API and the web app.
// Extra arguments go to `steward serve`, e.g. `npm start -- --port 8080`.
// Honours DATABASE_URL, STEWARD_DATA_DIR, PORT and HOST like every steward command.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'packages/web');
const builtIndex = join(web, 'dist/index.html');

/** Newest modification time (ms) of the files under `path`, skipping build output and dependencies. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === '.tsbuild' || entry === 'e2e') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function webBuildIsStale() {
  if (!existsSync(builtIndex)) return 'the web app has not been built yet';
  const built = statSync(builtIndex).mtimeMs;
  // The web app's own sources and what it bundles from @steward/core.
  const sources = Math.max(newest(web), newest(join(root, 'packages/core/src')));
  return sources > built ? 'the web app sources changed since the last build' : null;
}

const reason = webBuildIsStale();
if (reason) {
  console.log(`Building the web app (${reason})…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build', '--workspace', '@steward/web'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error(
      'npm start: building the web app failed (npm run build --workspace @steward/web); see the messages above.',
    );
    process.exit(build.status || 1);
  }
}

const args = ['packages/cli/bin/steward.js', 'serve', ...process.argv.slice(2)];
// The demo is loaded automatically only into the embedded database, never into a server
// database named by DATABASE_URL (load it there on purpose with `steward demo`).
if (!process.env.DATABASE_URL) args.push('--load-demo-if-empty');
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
