#!/usr/bin/env node
// `npm start`: run `steward serve` (compiled server code, rebuilt only when its sources changed:
// packages/cli/bin/compiled.js), which migrates the database, loads the demo response on an empty
// embedded database (printing its logins once) and serves the API and the web app. When the web
// app's build is missing or older than its sources, it is built at the same time (the two use a
// core each): into a separate folder that replaces packages/web/dist when complete, so the server
// never sends a half-written build.
// Extra arguments go to `steward serve`, e.g. `npm start -- --port 8080`.
// Honours DATABASE_URL, STEWARD_DATA_DIR, PORT and HOST like every steward command.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'packages/web');
const dist = join(web, 'dist');
const builtIndex = join(dist, 'index.html');

/** Newest modification time (ms) of the files under `path`, skipping build output and dependencies. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (['node_modules', 'dist', '.tsbuild', 'e2e'].includes(entry)) continue;
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

/** Builds the web app into a folder of its own, then puts it in place of dist. */
function buildWebApp(reason) {
  console.log(`Building the web app (${reason}); the server starts meanwhile…`);
  // In .steward/ (ignored by git, lint and format), so an interrupted build leaves nothing in the sources.
  const staging = join(root, '.steward', `web-build-${process.pid}`);
  return new Promise((done) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const build = spawn(
      npm,
      ['run', 'build', '--workspace', '@steward/web', '--', '--outDir', staging, '--logLevel', 'warn'],
      { cwd: root, stdio: 'inherit' },
    );
    build.on('exit', (code) => {
      if (code !== 0) {
        rmSync(staging, { recursive: true, force: true });
        console.error(
          'npm start: building the web app failed (npm run build --workspace @steward/web); see the messages above.',
        );
        return done(false);
      }
      rmSync(dist, { recursive: true, force: true });
      try {
        renameSync(staging, dist);
      } catch {
        // Another file system: copy instead.
        cpSync(staging, dist, { recursive: true });
        rmSync(staging, { recursive: true, force: true });
      }
      console.log('The web app is built.');
      return done(true);
    });
  });
}

const reason = webBuildIsStale();
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
if (reason) {
  const built = await buildWebApp(reason);
  if (!built) {
    child.kill('SIGTERM');
    process.exitCode = 1;
  }
}
