/**
 * (issue 10) A small local probe of the PGlite report import while iterating (the bench case
 * "report import, 100,000 rows, PGlite" takes minutes and gigabytes): imports two months of ROWS
 * rows, then replaces the first, printing for each the wall time, the CPU time (this process's,
 * and on the server its backends' too), the event loop's longest wait (a 5 ms timer's lateness)
 * and the process's RSS (now and the peak sampled during the import).
 *
 *   [PROBE_OWNER_SQL='…'] node packages/cli/bin/run-ts.js scripts/bench/reimport-probe.ts [ROWS] [memory|disk|server]
 *
 * `disk`: PGlite in a data folder on disk, as `steward serve` runs it; `memory` (default): the
 * tests' in-memory database, whose files live in the process (its RSS grows with the data);
 * `server`: the bench's PostgreSQL server (its backends' CPU read from /proc: same machine only).
 * Wall times on the shared machine are noisy: compare runs made one after the other.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownerSql } from '@steward/db/testing';
import { FRAMEWORK, prepare } from './cases/report-import';
import { timedImport } from './timed-import';

const rows = Number(process.argv[2] ?? 20_000);
const mode = process.argv[3] ?? 'memory';
const server = mode === 'server';
const dir = mode === 'disk' ? mkdtempSync(join(tmpdir(), 'steward-probe-')) : undefined;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const ctx = await prepare(server, Math.ceil(rows / FRAMEWORK.indicators.length), 2, dir);
// A/B of a schema change: statements run as the owner before the imports (';'-separated), e.g.
// PROBE_OWNER_SQL='create index … on report_values (…)' puts back an index that a migration dropped.
// PROBE_OWNER_SQL_FILE: a file of statements separated as in a migration ('--> statement-breakpoint'),
// e.g. a trigger function as it was before a migration replaced it.
const ownerStatements = [
  ...(process.env.PROBE_OWNER_SQL ?? '').split(';'),
  ...(process.env.PROBE_OWNER_SQL_FILE
    ? readFileSync(process.env.PROBE_OWNER_SQL_FILE, 'utf8').split('--> statement-breakpoint')
    : []),
];
for (const statement of ownerStatements.filter((s) => s.trim())) await ownerSql(ctx.db, statement);
const mb = (n: number) => (n / 2 ** 20).toFixed(0);
console.log(`${mode}: after setup RSS ${mb(process.memoryUsage().rss)} MiB`);
/** CPU seconds of the server's backends serving this database (0 on PGlite). */
const backendCpu = async () => {
  if (!server) return 0;
  const pids = await ownerSql<{ pid: number }>(
    ctx.db,
    `select pid from pg_stat_activity where datname = current_database()`,
  );
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // ended meanwhile
    }
  }
  return ticks / 100;
};
for (const [label, f] of [
  ['new month', 0],
  ['new month', 1],
  ['month replaced', 0],
] as const) {
  peak = 0;
  const backend0 = await backendCpu();
  const { result: r, wall, cpu: own, longestWait: longest } = await timedImport(ctx, ctx.files[f]!);
  const backend = (await backendCpu()) - backend0;
  console.log(
    `${label}: ${r.values} values ${wall.toFixed(2)} s; CPU ${own.toFixed(2)} s${server ? ` + backends ${backend.toFixed(2)} s` : ''}; longest event-loop wait ${longest.toFixed(0)} ms; RSS ${mb(process.memoryUsage().rss)} MiB, peak ${mb(peak)} MiB`,
  );
}
clearInterval(sampler);
await ctx.db.close();
if (dir) rmSync(dir, { recursive: true, force: true });
