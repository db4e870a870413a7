/**
 * (issue 10) Where a report import spends its CPU, phase by phase — CPU time, not wall time (the
 * machine is shared): this process's user + system time (process.cpuUsage; PGlite runs in it) and,
 * on the server, the CPU of the test database's backends (/proc/PID/stat of the local PostgreSQL
 * processes serving that database).
 *
 *   node packages/cli/bin/run-ts.js scripts/bench/profile-report-import.ts [pglite|server] [ROWS]
 *
 * Phases: read (the parse worker's job, run here), transfer (the rows cloned as postMessage does),
 * validate (core parseReportUpload), store (replaceReportValues as the application role, with and
 * without the report_value_sums triggers, rolled back), and the whole importReport.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseReportUpload } from '@steward/core/reporting/index';
import { UPLOAD_LIMITS } from '@steward/core/limits';
import { sql } from 'drizzle-orm';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { listAdminAreas } from '@steward/db/repositories/reference';
import { findFrameworkByCode, insertReport, replaceReportValues } from '@steward/db/repositories/reporting';
import { readReportRows } from '@steward/services/reporting/read-rows';
import { FRAMEWORK, prepare } from './cases/report-import';

const server = process.argv[2] === 'server';
const rowCount = Number(process.argv[3] ?? 20_000);
const areaCount = Math.ceil(rowCount / FRAMEWORK.indicators.length);

/** CPU seconds of the PostgreSQL backends serving `dbName` (0 on PGlite). */
function backendCpu(dbName: string | null): number {
  if (!dbName) return 0;
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.startsWith('postgres:') || !cmd.includes(` ${dbName} `)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
    } catch {
      continue;
    }
  }
  return ticks / 100;
}

const ctx = await prepare(server, areaCount, 2);
const dbName = server ? (ctx.db.location.split('/').pop()?.split('?')[0] ?? null) : null;
const file = ctx.files[0]!;
const lines: string[] = [];

async function phase<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const c0 = process.cpuUsage();
  const b0 = backendCpu(dbName);
  const t0 = performance.now();
  const out = await fn();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const node = (c.user + c.system) / 1e6;
  const pg = backendCpu(dbName) - b0;
  const line = `${name.padEnd(34)} node ${node.toFixed(2).padStart(6)} s  db ${pg.toFixed(2).padStart(6)} s  wall ${wall.toFixed(2).padStart(6)} s`;
  lines.push(line);
  process.stderr.write(line + '\n');
  return out;
}

process.stderr.write(
  `${server ? 'PostgreSQL server' : 'PGlite'}, ${rowCount.toLocaleString('en-US')} rows, ${(file.bytes.length / 2 ** 20).toFixed(1)} MiB\n`,
);
const read = await phase('read (parse worker job)', () => readReportRows('bench.csv', file.bytes));
if (read.kind !== 'ok') throw new Error('read failed');
await phase('transfer (structured clone)', () => structuredClone(read.rows));

const { gazetteer, org, frameworkId } = await ctx.db.asSystem('test', async (tx) => ({
  gazetteer: await listAdminAreas(tx, FRAMEWORK.countryIso3),
  org: (await listOrganisations(tx)).find((o) => o.id === ctx.partner.activeOrganisationId)!,
  frameworkId: (await findFrameworkByCode(tx, FRAMEWORK.code))!.id,
}));
const parsed = await phase('validate (parseReportUpload)', () =>
  parseReportUpload(read.rows, {
    framework: FRAMEWORK,
    period: file.period,
    organisation: { acronym: org.acronym, name: org.name },
    gazetteer,
    maxProblems: UPLOAD_LIMITS.errorsKept,
  }),
);
if (!parsed.ok) throw new Error(`invalid: ${JSON.stringify(parsed.problems.slice(0, 3))}`);

class Rollback extends Error {}
async function store(label: string, triggers: boolean): Promise<void> {
  try {
    await ctx.db.asSystem('test', async (tx) => {
      if (!triggers) await tx.execute(sql`alter table report_values disable trigger user`);
      await tx.execute(sql.raw(`set local role steward_app`));
      await tx.execute(
        sql`select set_config('app.user_id', ${ctx.partner.userId}, true), set_config('app.organisation_id', ${ctx.partner.activeOrganisationId!}, true)`,
      );
      const report = await insertReport(tx, {
        frameworkId,
        organisationId: ctx.partner.activeOrganisationId!,
        period: '2031-01',
        dueOn: '2031-02-05',
        at: new Date(),
      });
      const values = parsed.ok ? parsed.values : [];
      await phase(label, () => replaceReportValues(tx, report, values));
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
}
await store(`store ${parsed.values.length} values, no triggers`, false);
await store(`store ${parsed.values.length} values, triggers`, true);
await phase('importReport (whole, committed)', () =>
  ctx.services.reporting.importReport(ctx.partner, {
    framework: FRAMEWORK.code,
    period: file.period,
    name: 'bench.csv',
    bytes: file.bytes,
  }),
);
await phase('importReport again (replaces)', () =>
  ctx.services.reporting.importReport(ctx.partner, {
    framework: FRAMEWORK.code,
    period: file.period,
    name: 'bench.csv',
    bytes: file.bytes,
  }),
);
await ctx.db.close();
process.stdout.write(lines.join('\n') + '\n');
process.exit(0);
