/**
 * (issue 10) EXPLAIN ANALYZE of one bulk insert of report values as the application role: the
 * time of the insert itself (heap and indexes), of each trigger (row-level foreign-key checks,
 * the statement-level checks and sums) — where a report import's store goes. Rolled back.
 *
 *   node packages/cli/bin/run-ts.js scripts/bench/explain-report-insert.ts [pglite|server] [VALUES] [CHANGES]
 *
 * CHANGES (comma-separated, inside the rolled-back transaction): fk (with the foreign key on
 * report_id that migration 0056 replaced), noidx (without the secondary index on (report_id, id)),
 * fpidx (with the index on (framework_id, period, measure, indicator) that migration 0062
 * dropped), oldidx (the index on report_id alone instead of migration 0060's (report_id, id)),
 * notrig (without the statement-level triggers), work_mem (64 MB instead of the default).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '@steward/db';
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import { createServices } from '@steward/services';

const server = process.argv[2] === 'server';
const count = Number(process.argv[3] ?? 50_000);
if (server) process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
else delete process.env.TEST_DATABASE_URL;
const db = await createTestDatabase();
const services = createServices({
  db,
  clock: () => new Date('2026-01-20T09:00:00Z'),
  randomBytes: (n) => new Uint8Array(randomBytes(n)),
  config: { twoFactorRequired: false },
});
await services.demo.load();
const [who] = await ownerSql<{ user_id: string; organisation_id: string; report_id: string }>(
  db,
  `select u.id as user_id, r.organisation_id, r.id as report_id from users u, reports r join organisations o on o.id = r.organisation_id
    where u.email = 'focal-point@demo.example.org' and o.acronym = 'TRI' order by r.period limit 1`,
);
class Rollback extends Error {}
try {
  await db.asSystem('test', async (tx) => {
    for (const change of (process.argv[4] ?? '').split(',').filter(Boolean)) {
      if (change === 'fk')
        // The row-level foreign key that migration 0056 replaced, for comparison under the same load.
        await tx.execute(
          sql.raw(
            `alter table report_values add constraint report_values_report_id_fk foreign key (report_id) references reports(id) on delete cascade`,
          ),
        );
      else if (change === 'noidx') await tx.execute(sql.raw(`drop index report_values_report_id_idx`));
      else if (change === 'fpidx')
        // The index by framework and period that migration 0062 dropped, for comparison.
        await tx.execute(
          sql.raw(
            `create index report_values_framework_period_idx on report_values (framework_id, period, measure, indicator)`,
          ),
        );
      else if (change === 'oldidx') {
        await tx.execute(sql.raw(`drop index report_values_report_id_idx`));
        await tx.execute(sql.raw(`create index report_values_report_idx on report_values (report_id)`));
      } else if (change === 'notrig')
        await tx.execute(sql.raw(`alter table report_values disable trigger user`));
      else if (change === 'work_mem') await tx.execute(sql.raw(`set local work_mem = '64MB'`));
    }
    await tx.execute(sql.raw(`set local role steward_app`));
    await tx.execute(
      sql`select set_config('app.user_id', ${who!.user_id}, true), set_config('app.organisation_id', ${who!.organisation_id}, true)`,
    );
    const plan = await queryRows<Record<string, string>>(
      tx,
      sql`explain (analyze, buffers) insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2,
                                     sex, age, population_group, disability, measure, value)
          select r.id, r.organisation_id, r.framework_id, r.period, 'ind-' || (g % 20), 'ZB' || lpad((g % 100)::text, 3, '0'),
                 'ZB' || lpad((g % 100)::text, 3, '0') || lpad((g / 2000)::text, 3, '0'), case when g % 2 = 0 then 'f' else 'm' end,
                 case when g % 4 < 2 then '0-17' else '18+' end, 'all', 'all', case when g % 8 < 4 then 'reached' else 'targeted' end, g % 97
            from reports r cross join generate_series(1, ${count}) g where r.id = ${who!.report_id}::uuid`,
    );
    process.stdout.write(plan.map((p) => Object.values(p)[0]).join('\n') + '\n');
    throw new Rollback();
  });
} catch (e) {
  if (!(e instanceof Rollback)) throw e;
}
await db.close();
process.exit(0);
