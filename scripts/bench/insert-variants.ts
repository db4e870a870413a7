/**
 * (issue 10) Where one PGlite insert statement of a report import spends its CPU: the same
 * 2,000-value statements (as replaceReportValueColumns writes them, into a report whose
 * replacement is begun, as the import does) run as the application role under a variant of the
 * schema, variants alternating round by round in ONE process so that the machine's load hits each
 * alike. Each variant's transaction is rolled back, so every round starts from the same table.
 *
 *   node packages/cli/bin/run-ts.js scripts/bench/insert-variants.ts [ROUNDS] [STATEMENTS] [VARIANT…]
 *
 * Variants: base; norls (row-level security off); nomatch (the report-match trigger off);
 * notrig (both statement triggers off: no transition table); noidx (no (report, id) index); nopk (no primary key on id);
 * copy (COPY of the chunk from a blob into a temporary table, then INSERT … SELECT from it).
 * Prints per variant the median and quartiles of the statements' CPU (this process: PGlite runs in it).
 */
import { sql } from 'drizzle-orm';
import { ownerSql } from '@steward/db/testing';
import { dbActor } from '@steward/services/util';
import { FRAMEWORK, prepare } from './cases/report-import';

const rounds = Number(process.argv[2] ?? 5);
const statements = Number(process.argv[3] ?? 20);
const chosen = process.argv.slice(4);
const PER = 2_000;

const ctx = await prepare(false, 50, 1);
await ctx.services.reporting.importReport(ctx.partner, {
  framework: FRAMEWORK.code,
  period: ctx.files[0]!.period,
  name: 'seed.csv',
  bytes: ctx.files[0]!.bytes,
});
const [report] = await ownerSql<{
  id: string;
  organisation_id: string;
  framework_id: string;
  period: string;
}>(
  ctx.db,
  `select r.id, r.organisation_id, r.framework_id, r.period from reports r join reporting_frameworks f on f.id = r.framework_id where f.code = '${FRAMEWORK.code}'`,
);
if (!report) throw new Error('no report');

// One chunk of 2,000 plausible values (texts repeat as in an import).
const rows = Array.from({ length: PER }, (_, i) => ({
  indicator: FRAMEWORK.indicators[i % FRAMEWORK.indicators.length]!.id,
  adm1: `ZZB${String(i % 100).padStart(2, '0')}`,
  adm2: `ZZB${String(i % 100).padStart(2, '0')}${String(i % 50).padStart(2, '0')}`,
  sex: ['f', 'm', 'all'][i % 3]!,
  age: ['children', 'adults', 'all'][i % 3]!,
  populationGroup: 'all',
  disability: 'all',
  measure: i % 2 ? 'reached' : 'targeted',
  value: i % 97,
}));
const arr = (k: keyof (typeof rows)[number]) => `{${rows.map((r) => `"${r[k]}"`).join(',')}}`;
const nums = `{${rows.map((r) => r.value).join(',')}}`;
const insertUnnest = sql`insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2,
                                     sex, age, population_group, disability, measure, value)
          select ${report.id}::uuid, ${report.organisation_id}::uuid, ${report.framework_id}::uuid, ${report.period}::text,
                 x.indicator, x.adm1, x.adm2, x.sex, x.age, x.population_group, x.disability, x.measure, x.value
            from unnest(${arr('indicator')}::text[], ${arr('adm1')}::text[], ${arr('adm2')}::text[], ${arr('sex')}::text[], ${arr('age')}::text[],
                        ${arr('populationGroup')}::text[], ${arr('disability')}::text[], ${arr('measure')}::text[], ${nums}::integer[])
              as x(indicator, adm1, adm2, sex, age, population_group, disability, measure, value)`;
const tsv = new Blob([
  rows
    .map((r) =>
      [r.indicator, r.adm1, r.adm2, r.sex, r.age, r.populationGroup, r.disability, r.measure, r.value].join(
        '\t',
      ),
    )
    .join('\n') + '\n',
]);

const variants: Record<string, { on?: string[]; off?: string[] }> = {
  base: {},
  norls: {
    on: ['alter table report_values disable row level security'],
    off: ['alter table report_values enable row level security'],
  },
  nomatch: {
    on: ['alter table report_values disable trigger report_values_match_report_insert'],
    off: ['alter table report_values enable trigger report_values_match_report_insert'],
  },
  notrig: {
    on: [
      'alter table report_values disable trigger report_values_match_report_insert',
      'alter table report_values disable trigger report_values_sums_insert',
    ],
    off: [
      'alter table report_values enable trigger report_values_match_report_insert',
      'alter table report_values enable trigger report_values_sums_insert',
    ],
  },
  noidx: {
    on: ['drop index report_values_report_id_idx'],
    off: ['create index report_values_report_id_idx on report_values (report_id, id)'],
  },
  nopk: {
    on: ['alter table report_values drop constraint report_values_pkey'],
    off: ['alter table report_values add primary key (id)'],
  },
  copy: {},
};
const names = chosen.length ? chosen : Object.keys(variants);
const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
class Rollback extends Error {}
for (let round = 0; round < rounds; round++) {
  for (const name of names) {
    const v = variants[name]!;
    for (const s of v.on ?? []) await ownerSql(ctx.db, s);
    try {
      await ctx.db.withActor(dbActor(ctx.partner), async (tx) => {
        await tx.execute(sql`select steward_report_values_replace_begin(${report.id}::uuid)`);
        const client = (
          tx as unknown as {
            session: { client: { query(t: string, p: unknown[], o: { blob: Blob }): Promise<unknown> } };
          }
        ).session.client;
        if (name === 'copy')
          await tx.execute(
            sql.raw(`create temp table rv_load (indicator text, adm1 text, adm2 text, sex text, age text,
                     population_group text, disability text, measure text, value integer) on commit drop`),
          );
        for (let i = 0; i < statements; i++) {
          const c0 = process.cpuUsage();
          if (name === 'copy') {
            // Measurement only: COPY from a file needs the superuser (the session user of PGlite).
            await tx.execute(sql.raw('set local role postgres'));
            await client.query(`copy rv_load from '/dev/blob'`, [], { blob: tsv });
            await tx.execute(sql.raw('set local role steward_app'));
            await tx.execute(
              sql`insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2,
                                     sex, age, population_group, disability, measure, value)
                  select ${report.id}::uuid, ${report.organisation_id}::uuid, ${report.framework_id}::uuid, ${report.period}::text,
                         indicator, adm1, adm2, sex, age, population_group, disability, measure, value from rv_load`,
            );
            await tx.execute(sql.raw('truncate rv_load'));
          } else await tx.execute(insertUnnest);
          const c = process.cpuUsage(c0);
          cpu[name]!.push((c.user + c.system) / 1000);
        }
        throw new Rollback();
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
    for (const s of v.off ?? []) await ownerSql(ctx.db, s);
  }
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
for (const name of names) {
  const xs = cpu[name]!;
  console.log(
    `${name.padEnd(8)} CPU per 2,000-value statement: median ${q(xs, 0.5).toFixed(1)} ms (quartiles ${q(xs, 0.25).toFixed(1)}–${q(xs, 0.75).toFixed(1)}), n=${xs.length}`,
  );
}
await ctx.db.close();
