// Fails (exit 1) when the Drizzle schema and the committed migrations differ: runs
// `drizzle-kit generate` into a temporary copy of drizzle/ and looks for new files.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(pkg, 'drizzle');
const tmp = mkdtempSync(join(tmpdir(), 'steward-drizzle-check-'));
const out = join(tmp, 'drizzle');
try {
  cpSync(committed, out, { recursive: true });
  const before = new Set(readdirSync(out));
  const log = execFileSync('npx', ['drizzle-kit', 'generate', '--config', 'drizzle.config.ts'], {
    cwd: pkg,
    env: { ...process.env, DRIZZLE_OUT: out },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const added = readdirSync(out).filter((f) => !before.has(f));
  if (added.length > 0) {
    console.error(
      `Schema drift: the Drizzle schema differs from the committed migrations (would generate ${added.join(', ')}).`,
    );
    console.error('Run `npm run db:generate` and commit packages/db/drizzle/.');
    process.exit(1);
  }
  if (!/No schema changes/i.test(log)) console.warn(log.trim());
  console.log('Schema and committed migrations agree.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
