/**
 * (issue 10) The parse worker's part of a report import, run in this process so that it can be
 * profiled (`node --cpu-prof …`): the bench file read, translated and validated by
 * validateReportImport (what the worker runs), REPEAT times, with each run's CPU time.
 *
 *   node [--cpu-prof] packages/cli/bin/run-ts.js scripts/bench/validate-probe.ts [ROWS] [REPEAT]
 */
import { listOrganisations } from '@steward/db/repositories/organisations';
import { listAdminAreas } from '@steward/db/repositories/reference';
import { mustFindFramework } from '@steward/services/reporting/frameworks';
import { validateReportImport } from '@steward/services/reporting/validate-import';
import { UPLOAD_LIMITS } from '@steward/core/limits';
import { dbActor } from '@steward/services/util';
import { FRAMEWORK, prepare } from './cases/report-import';

const rows = Number(process.argv[2] ?? 100_000);
const repeat = Number(process.argv[3] ?? 3);
const ctx = await prepare(false, Math.ceil(rows / FRAMEWORK.indicators.length), 1);
const file = ctx.files[0]!;
const context = await ctx.db.withActor(dbActor(ctx.partner), async (tx) => {
  const fw = await mustFindFramework(tx, FRAMEWORK.code);
  const org = (await listOrganisations(tx)).find((o) => o.id === ctx.partner.memberships[0]!.organisationId)!;
  const gazetteer = (await listAdminAreas(tx, FRAMEWORK.countryIso3)).map((a) => ({
    pcode: a.pcode,
    name: a.name,
    level: a.level,
    parentPcode: a.parentPcode,
  }));
  return {
    framework: fw,
    period: file.period,
    organisation: { acronym: org.acronym, name: org.name },
    gazetteer,
    kobo: null,
    maxProblems: UPLOAD_LIMITS.errorsKept,
  };
});
await ctx.db.close();
for (let i = 0; i < repeat; i++) {
  const c0 = process.cpuUsage();
  const r = await validateReportImport({
    task: 'report-import',
    name: 'probe.csv',
    bytes: file.bytes,
    kobo: false,
    context,
  });
  const c = process.cpuUsage(c0);
  console.log(
    `${r.kind} ${r.kind === 'ok' ? r.columns.length : ''} values: CPU ${((c.user + c.system) / 1e6).toFixed(2)} s`,
  );
  if (r.kind === 'problems') console.log(r.problems.slice(0, 3));
}
