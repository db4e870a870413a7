/**
 * (issue 10) The main reporting dashboard aggregate on 1,000,000 report-value rows: admin-1 ×
 * month × sex over twelve months, computed in the database with the viewer's (the cluster IMO's)
 * row-level security, decided by the ISP and protected (freq(3) + secondary suppression).
 * PostgreSQL server (BENCH_DATABASE_URL, default the local server) and embedded PGlite.
 *
 *   npm run bench -- "reporting aggregate"
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import type { Database } from '@steward/db';
import { createServices, systemCaller, type Actor, type Services } from '@steward/services';
import type { BenchCase } from '../cases';

const ROWS = 1_000_000;
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MONTHS = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);

interface Ctx {
  db: Database;
  /** Rows of report_value_sums the aggregate reads (the values folded to admin-1 per report). */
  sums: number;
  services: Services;
  imo: Actor;
}

async function prepare(server: boolean): Promise<Ctx> {
  const before = process.env.TEST_DATABASE_URL;
  if (server) process.env.TEST_DATABASE_URL = SERVER;
  else delete process.env.TEST_DATABASE_URL;
  const db = await createTestDatabase();
  if (before === undefined) delete process.env.TEST_DATABASE_URL;
  else process.env.TEST_DATABASE_URL = before;
  const services = createServices({
    db,
    clock: () => new Date('2026-01-20T09:00:00Z'),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  await services.demo.load();
  const system = systemCaller('bench');
  // Twelve approved monthly reports per partner, then 1,000,000 values, each a distinct cell as
  // an import leaves them (duplicates are refused): report × 159 admin-2 areas × five indicators ×
  // sex × age × population group × disability, taken in that order by row number.
  await db.asSystem('test', async (tx) => {
    await tx.execute(
      sql.raw(`
      insert into reports (framework_id, organisation_id, period, state, due_on, created_at, updated_at)
      select f.id, o.id, m.period, 'approved', m.period || '-28', now(), now()
        from reporting_frameworks f cross join organisations o
        cross join unnest(array[${MONTHS.map((m) => `'${m}'`).join(',')}]) as m(period)
       where f.code = '5w' and o.acronym in ('FUDA','TRI','BCSA','AMD','RCSN')`),
    );
    await tx.execute(
      sql.raw(`
      with r as (select row_number() over (order by id) - 1 as k, id, organisation_id, framework_id, period
                   from reports where period like '2024-%'),
           a as (select row_number() over (order by pcode) - 1 as k, pcode, parent_pcode from admin_areas where level = 2),
           nr as (select count(*) as n from r), na as (select count(*) as n from a),
           c as (select g, g / nr.n as rest, nr.n as nr, na.n as na from generate_series(0, ${ROWS - 1}) as g
                   cross join nr cross join na)
      insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2, sex, age,
                                 population_group, disability, measure, value)
      select r.id, r.organisation_id, r.framework_id, r.period,
             (array['pm-people','pss-people','cm-people','aw-people','doc-people'])[1 + (c.rest / c.na) % 5],
             a.parent_pcode, a.pcode,
             case when (c.rest / c.na / 5) % 2 = 0 then 'f' else 'm' end,
             case when (c.rest / c.na / 10) % 2 = 0 then 'children' else 'adults' end,
             (array['idp','returnee','host'])[1 + (c.rest / c.na / 20) % 3],
             case when (c.rest / c.na / 60) % 2 = 0 then 'with' else 'without' end,
             'reached', (1 + (c.g::bigint * 7919) % 97)::int
        from c
        join r on r.k = c.g % c.nr
        join a on a.k = c.rest % c.na`),
    );
    await tx.execute(sql.raw('analyze report_values'));
    await tx.execute(sql.raw('analyze report_value_sums'));
    await tx.execute(sql.raw('analyze reports'));
  });
  const user = (await services.users.findByEmail(system, 'imo@demo.example.org'))!;
  const org = (await services.organisations.list(system)).find((o) => o.acronym === 'DPCCU')!;
  const { token } = await services.tokens.create(system, {
    userId: user.id,
    organisationId: org.id,
    name: 'bench',
  });
  const imo = (await services.auth.authenticateToken(`Bearer ${token}`))!;
  const [counted] = await ownerSql<{ n: string }>(db, 'select count(*) as n from report_value_sums');
  return { db, services, imo, sums: Number(counted?.n ?? 0) };
}

async function run(ctx: Ctx, notes: string[]): Promise<void> {
  const r = await ctx.services.reporting.aggregate(ctx.imo, {
    framework: '5w',
    periods: MONTHS,
    by: ['adm1', 'month', 'sex'],
    audience: 'public',
  });
  const total = r.cells.find((c) => c.adm1 === 'total' && c.month === 'total' && c.sex === 'total');
  notes.push(
    `${r.cells.length} cells, ${r.primaryCount} primary, ${r.secondaryCount} secondary; grand total ${String(total?.count)}; read from ${ctx.sums.toLocaleString('en-US')} rows of sums per report and admin-1; ISP ${r.decision.decision}, threshold ${r.threshold}`,
  );
}

const common = {
  peer: "— (ActivityInfo/ReportHub publish no figure; ActivityInfo computes reports with the creator's rights)",
  file: `${ROWS.toLocaleString('en-US')} synthetic report-value rows in SQL (scripts/bench/cases/reporting.ts) on the demo`,
  comment:
    'admin-1 × month × sex over 12 months as the cluster IMO (RLS), ISP decision recorded, freq(3) + secondary suppression with audit.',
  run,
  async teardown(ctx: Ctx) {
    await ctx.db.close();
  },
};

export const reportingAggregateServer: BenchCase = {
  name: 'reporting aggregate, 1,000,000 rows, PostgreSQL server',
  target: '≤ 0.3 s',
  targetSeconds: 0.3,
  ...common,
  setup: () => prepare(true),
};

export const reportingAggregatePglite: BenchCase = {
  name: 'reporting aggregate, 1,000,000 rows, PGlite',
  target: '≤ 1 s',
  targetSeconds: 1,
  ...common,
  setup: () => prepare(false),
};
