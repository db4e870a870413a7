/**
 * The reporting aggregate on the demo: computed in the database with the VIEWER's rights (RLS),
 * protected with the ISP's threshold and the disclosure engine's secondary suppression.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '@steward/db';
import { reportAreas } from '@steward/db/repositories/reporting';
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { createServices, systemCaller, type Actor, type Services } from '../index';
import { dbActor } from '../util';
import { demoPeriods } from '../demo/reporting-demo';
import { demoActor } from '../test-support/fixtures';

const system = systemCaller('test');
let db: Database;
let services: Services;
let imo: Actor;
let tri: Actor;
let viewer: Actor;
let periods: string[];
const now = new Date('2026-11-15T09:00:00Z');

const actorFor = (email: string, acronym: string) => demoActor(services, email, acronym);

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase({ at: now });
  db = demoDb.db;
  services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  imo = await actorFor('imo@demo.example.org', 'DPCCU');
  tri = await actorFor('focal-point@demo.example.org', 'TRI');
  viewer = await actorFor('viewer@demo.example.org', 'DPDSA');
  periods = demoPeriods(now);
});
afterAll(async () => db?.close());

/** Σ reached per (adm1, sex) straight from the table as the owner, for the reports given. */
async function ownerSums(where: string): Promise<Map<string, number>> {
  const rows = await ownerSql<{ adm1: string; sex: string; n: string }>(
    db,
    `select v.adm1, v.sex, sum(v.value)::text as n from report_values v join reports r on r.id = v.report_id
      join reporting_frameworks f on f.id = v.framework_id join organisations o on o.id = v.organisation_id
      where f.code = '5w' and v.measure = 'reached' and ${where} group by v.adm1, v.sex`,
  );
  return new Map(rows.map((r) => [`${r.adm1}|${r.sex}`, Number(r.n)]));
}

describe('reporting aggregate', () => {
  it('the demo has the 5w framework with reports from several partners over three months', async () => {
    const list = await services.reporting.listFrameworks(viewer);
    expect(list.map((f) => f.code)).toContain('5w');
    const [count] = await ownerSql<{ n: string }>(
      db,
      `select count(distinct organisation_id)::text as n from reports`,
    );
    expect(Number(count?.n)).toBeGreaterThanOrEqual(4);
    const months = await ownerSql<{ period: string }>(db, `select distinct period from reports order by 1`);
    expect(months.map((m) => m.period)).toEqual(periods);
  });

  it('the IMO gets approved reports only (no drafts of other organisations), suppressed for the public', async () => {
    const result = await services.reporting.aggregate(imo, {
      framework: '5w',
      periods,
      by: ['adm1', 'sex'],
      audience: 'public',
    });
    expect(result.threshold).toBe(3); // 3W/4W/5W is not a protection data type
    expect(result.decision.decision).not.toBe('deny');
    const expected = await ownerSums(`r.state = 'approved'`);
    for (const cell of result.cells) {
      if (cell.adm1 === 'total' || cell.sex === 'total' || cell.count === null) continue;
      expect(cell.count).toBe(expected.get(`${cell.adm1}|${cell.sex}`) ?? 0);
    }
    const leaves = result.cells.filter((c) => c.adm1 !== 'total' && c.sex !== 'total');
    expect(leaves.length).toBe(expected.size);
    const grand = result.cells.find((c) => c.adm1 === 'total' && c.sex === 'total')!;
    expect(grand.count).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    for (const c of result.cells) {
      if (c.status === 'published') expect(c.count).not.toBeNull();
      else expect(c.count).toBeNull();
    }
  });

  it('small cells are suppressed (primary freq(3)) and protected by secondary cells', async () => {
    const by = ['adm2', 'sex', 'age', 'indicator'] as const;
    const result = await services.reporting.aggregate(imo, {
      framework: '5w',
      periods: [periods[0]!],
      by: [...by],
      audience: 'public',
    });
    const primary = result.cells.filter((c) => c.status === 'suppressed-primary');
    expect(primary.length).toBeGreaterThan(0);
    expect(primary.every((c) => c.rule === 'freq(3)' && c.count === null)).toBe(true);
    expect(result.cells.some((c) => c.status === 'suppressed-secondary' && c.rule === 'secondary')).toBe(
      true,
    );
    // Along every dimension, a suppressed primary has another suppressed cell on its line
    // (else it would follow from the published total by subtraction).
    for (const p of primary) {
      for (const d of by) {
        const line = result.cells.filter(
          (c) => c !== p && c.count === null && by.every((e) => e === d || c[e] === p[e]),
        );
        expect(line.length, `${d} line of ${JSON.stringify(p)}`).toBeGreaterThan(0);
      }
    }
  });

  it("a partner's aggregate holds its own data only, all states included (the viewer's rights)", async () => {
    const result = await services.reporting.aggregate(tri, { framework: '5w', periods, by: ['adm1', 'sex'] });
    const expected = await ownerSums(`o.acronym = 'TRI'`);
    const grand = result.cells.find((c) => c.adm1 === 'total' && c.sex === 'total')!;
    expect(grand.count).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    const byOrg = await services.reporting.aggregate(tri, { framework: '5w', periods, by: ['organisation'] });
    expect(byOrg.cells.filter((c) => c.organisation !== 'total').map((c) => c.organisation)).toEqual(['TRI']);
  });

  it('row-level security: a partner reads only its own values; cluster roles never read drafts', async () => {
    const asActor = (a: Actor) =>
      db.withActor(dbActor(a), (tx) =>
        queryRows<{ acronym: string; state: string }>(
          tx,
          sql`select distinct o.acronym, r.state from report_values v join reports r on r.id = v.report_id join organisations o on o.id = v.organisation_id`,
        ),
      );
    const triRows = await asActor(tri);
    expect(new Set(triRows.map((r) => r.acronym))).toEqual(new Set(['TRI']));
    const imoRows = await asActor(imo);
    expect(imoRows.length).toBeGreaterThan(1);
    expect(imoRows.some((r) => r.state === 'draft')).toBe(false);
    const viewerRows = await asActor(viewer); // DPDSA reports nothing and has no cluster role
    expect(viewerRows).toEqual([]);
  });

  it('report areas (reached through the reports since migration 0062): a partner gets its own reports only, cluster roles no drafts, each with the areas the owner sees (attack review)', async () => {
    const [framework] = await ownerSql<{ id: string }>(
      db,
      `select id from reporting_frameworks where code = '5w'`,
    );
    const owner = await ownerSql<{ report_id: string; adm2: string; acronym: string; state: string }>(
      db,
      `select distinct v.report_id, v.adm2, o.acronym, r.state from report_values v join reports r on r.id = v.report_id
        join organisations o on o.id = v.organisation_id where v.framework_id = '${framework!.id}'`,
    );
    const areasAs = (a: Actor) => db.withActor(dbActor(a), (tx) => reportAreas(tx, framework!.id, periods));
    type Row = (typeof owner)[number];
    const expected = (keep: (r: Row) => boolean) => {
      const out = new Map<string, string[]>();
      for (const r of owner.filter(keep).sort((x, y) => (x.adm2 < y.adm2 ? -1 : x.adm2 > y.adm2 ? 1 : 0)))
        out.set(r.report_id, [...(out.get(r.report_id) ?? []), r.adm2]);
      return out;
    };
    const triAreas = await areasAs(tri);
    expect(triAreas.size).toBeGreaterThan(0);
    const reportIds = (m: Map<string, string[]>) => [...m.keys()].sort();
    const ownerOf = new Map(owner.map((r) => [r.report_id, r]));
    expect(new Set([...triAreas.keys()].map((id) => ownerOf.get(id)!.acronym))).toEqual(new Set(['TRI']));
    const imoAreas = await areasAs(imo);
    expect([...imoAreas.keys()].some((id) => ownerOf.get(id)!.state === 'draft')).toBe(false);
    expect(new Set([...imoAreas.keys()].map((id) => ownerOf.get(id)!.acronym)).size).toBeGreaterThan(1);
    expect(await areasAs(viewer)).toEqual(new Map());
    // Every area of each visible report, as the owner reads them (within the demo's periods).
    const inPeriods = new Set(
      (
        await ownerSql<{ id: string }>(
          db,
          `select id from reports where framework_id = '${framework!.id}' and period in (${periods.map((p) => `'${p}'`).join(',')})`,
        )
      ).map((r) => r.id),
    );
    const cases: [Map<string, string[]>, (r: Row) => boolean][] = [
      [triAreas, (r) => r.acronym === 'TRI'],
      [imoAreas, (r) => r.state !== 'draft'],
    ];
    for (const [got, keep] of cases) {
      const want = expected((r) => inPeriods.has(r.report_id) && keep(r));
      expect(reportIds(got)).toEqual(reportIds(want));
      for (const [id, areas] of got) expect([...areas].sort()).toEqual([...want.get(id)!].sort());
    }
  });

  it('refuses unknown dimensions, periods and indicators with a clear message', async () => {
    await expect(
      services.reporting.aggregate(imo, { framework: '5w', periods: ['2026-13'], by: ['adm1'] }),
    ).rejects.toThrow(/not a period/);
    await expect(
      services.reporting.aggregate(imo, { framework: '5w', periods, by: ['colour' as 'adm1'] }),
    ).rejects.toThrow(/not a dimension/);
    await expect(
      services.reporting.aggregate(imo, { framework: '5w', periods, by: ['adm1'], indicator: 'nope' }),
    ).rejects.toThrow(/no indicator "nope"/);
    await expect(
      services.reporting.aggregate(imo, { framework: 'x', periods, by: ['adm1'] }),
    ).rejects.toThrow(/no reporting framework/);
  });

  it('filters by partner and activity in the database, with the same suppression', async () => {
    const orgs = await services.organisations.list(system);
    const triId = orgs.find((o) => o.acronym === 'TRI')!.id;
    const one = await services.reporting.aggregate(imo, {
      framework: '5w',
      periods,
      by: ['adm1', 'sex'],
      partner: [triId],
      audience: 'public',
    });
    const expected = await ownerSums(`r.state = 'approved' and o.acronym = 'TRI'`);
    const grand = one.cells.find((c) => c.adm1 === 'total' && c.sex === 'total')!;
    expect(grand.count).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    for (const cell of one.cells) {
      if (cell.adm1 === 'total' || cell.sex === 'total') continue;
      const n = expected.get(`${cell.adm1}|${cell.sex}`) ?? 0;
      if (n > 0 && n < one.threshold)
        expect(cell).toMatchObject({ count: null, status: 'suppressed-primary' });
      else if (cell.count !== null) expect(cell.count).toBe(n);
    }
    // One activity is the sum of its indicators.
    const activity = await services.reporting.aggregate(imo, {
      framework: '5w',
      periods,
      by: ['adm1'],
      activity: ['Protection monitoring'],
    });
    const indicator = await services.reporting.aggregate(imo, {
      framework: '5w',
      periods,
      by: ['adm1'],
      indicator: 'pm-people',
    });
    expect(activity.cells).toEqual(indicator.cells);
    const all = await services.reporting.aggregate(imo, { framework: '5w', periods, by: ['adm1'] });
    const total = (r: typeof all) => r.cells.find((c) => c.adm1 === 'total')!.count!;
    expect(total(activity)).toBeLessThan(total(all));
    // Bad filters are named.
    await expect(
      services.reporting.aggregate(imo, { framework: '5w', periods, by: ['adm1'], activity: ['Cooking'] }),
    ).rejects.toThrow(/no activity "Cooking"/);
    await expect(
      services.reporting.aggregate(imo, { framework: '5w', periods, by: ['adm1'], partner: ['TRI'] }),
    ).rejects.toThrow(/not an organisation id/);
    await expect(
      services.reporting.aggregate(imo, {
        framework: '5w',
        periods,
        by: ['adm1'],
        populationGroup: ['refugee'],
      }),
    ).rejects.toThrow(/not a population group/);
  });

  it('filters by population group when the framework disaggregates by it', async () => {
    const def = await services.reporting.getFramework(imo, '5w');
    const pg = await services.reporting.createFramework(imo, {
      ...def,
      code: 'pg',
      indicators: [
        {
          ...def.indicators[0]!,
          disaggregation: { sex: true, age: false, populationGroup: true, disability: false },
        },
      ],
    });
    const { templateRows } = await import('@steward/core/reporting/index');
    const rows = templateRows(pg, periods[0]!, {
      organisation: 'TRI',
      areas: [{ adm1: 'MZ01', adm2: 'MZ0104' }],
    });
    await services.reporting.importReport(tri, {
      framework: 'pg',
      period: periods[0]!,
      name: 'pg.csv',
      bytes: new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n')),
    });
    const [idp] = await ownerSql<{ n: string }>(
      db,
      `select sum(v.value)::text as n from report_values v join reporting_frameworks f on f.id = v.framework_id
        where f.code = 'pg' and v.measure = 'reached' and v.population_group = 'idp'`,
    );
    expect(Number(idp!.n)).toBeGreaterThan(0);
    // The partner's own (draft) data, in full for itself; the cluster audience's threshold applies.
    const result = await services.reporting.aggregate(tri, {
      framework: 'pg',
      periods: [periods[0]!],
      by: ['population-group'],
      populationGroup: ['idp'],
    });
    const leaves = result.cells.filter((c) => c['population-group'] !== 'total');
    expect(leaves.map((c) => c['population-group'])).toEqual(['idp']);
    const grand = result.cells.find((c) => c['population-group'] === 'total')!;
    expect(grand.count).toBe(Number(idp!.n));
  });

  it('protection data types use the ISP protection threshold (5) or are refused by the ISP', async () => {
    const def = await services.reporting.getFramework(imo, '5w');
    await services.reporting.createFramework(imo, {
      ...def,
      code: 'pm',
      dataType: 'protection-monitoring-case-data',
    });
    const outcome = await services.reporting
      .aggregate(imo, { framework: 'pm', periods, by: ['adm1'], audience: 'cluster' })
      .then((r) => r.threshold)
      .catch((e: Error) => e.message);
    if (typeof outcome === 'number') expect(outcome).toBe(5);
    else expect(outcome).toMatch(/denied|Unclassified/);
  });
});

describe('report workflow', () => {
  it('draft → submitted → returned with a comment → submitted → approved; corrections need a reason and bump the version; audited', async () => {
    const { templateRows } = await import('@steward/core/reporting/index');
    const f = await services.reporting.getFramework(tri, '5w');
    const csv = (rows: string[][]) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'));
    const rows = templateRows(f, '2025-03', {
      organisation: 'TRI',
      areas: [
        { adm1: 'MZ01', adm2: 'MZ0104' },
        { adm1: 'MZ01', adm2: 'MZ0106' },
      ],
    });
    const imported = await services.reporting.importReport(tri, {
      framework: '5w',
      period: '2025-03',
      name: 'r.csv',
      bytes: csv(rows),
    });
    expect(imported.report.state).toBe('draft');
    expect(imported.rows).toBe(2 * f.indicators.length);
    const id = imported.report.id;
    // Cluster roles never see a draft; a partner cannot approve.
    await expect(services.reporting.approveReport(imo, id)).rejects.toThrow(/no report/);
    await expect(services.reporting.approveReport(tri, id)).rejects.toThrow(/Only/);
    await services.reporting.submitReport(tri, id);
    const returned = await services.reporting.returnReport(imo, id, 'MZ0106 figures look doubled');
    expect(returned).toMatchObject({ state: 'returned', returnComment: 'MZ0106 figures look doubled' });
    await services.reporting.submitReport(tri, id);
    expect((await services.reporting.approveReport(imo, id)).state).toBe('approved');
    await expect(
      services.reporting.importReport(tri, {
        framework: '5w',
        period: '2025-03',
        name: 'r.csv',
        bytes: csv(rows),
      }),
    ).rejects.toThrow(/needs a reason/);
    const corrected = await services.reporting.importReport(tri, {
      framework: '5w',
      period: '2025-03',
      name: 'r.csv',
      bytes: csv(rows),
      reason: 'Double-counted sessions removed',
    });
    expect(corrected.report).toMatchObject({ state: 'submitted', version: 2 });
    const history = await services.reporting.reportHistory(imo, id);
    expect(history.map((h) => h.action)).toEqual([
      'imported',
      'submitted',
      'returned',
      'submitted',
      'approved',
      'corrected',
    ]);
    expect(history.at(-1)).toMatchObject({ version: 2, comment: 'Double-counted sessions removed' });
    const audited = await ownerSql<{ action: string }>(
      db,
      `select action from audit_log where target_id = '${id}' order by sequence`,
    );
    expect(audited.map((a) => a.action)).toEqual(history.map((h) => `reporting.report.${h.action}`));
    const completeness = await services.reporting.completeness(imo, '5w', ['2025-03']);
    expect(completeness.find((c) => c.organisation === 'TRI')!.periods[0]).toMatchObject({
      state: 'submitted',
      areas: ['MZ0104', 'MZ0106'],
    });
    expect(completeness.find((c) => c.organisation === 'FUDA')!.periods[0]).toMatchObject({
      state: 'missing',
      overdue: true,
    });
  });
});

describe('report_value_sums (the values summed per report and admin-1, issue 10 "Scale")', () => {
  const KEYS =
    'report_id, organisation_id, framework_id, period, measure, indicator, adm1, sex, age, population_group, disability';
  /** The sums table and the values grouped the same way, as sorted text, for equality. */
  async function bothWays(): Promise<{ sums: string[]; values: string[] }> {
    const text = (rows: { k: string }[]) => rows.map((r) => r.k).sort();
    const sums = await ownerSql<{ k: string }>(
      db,
      `select concat_ws('|', ${KEYS}, value, rows) as k from report_value_sums`,
    );
    const values = await ownerSql<{ k: string }>(
      db,
      `select concat_ws('|', ${KEYS}, sum(value), count(*)) as k from report_values group by ${KEYS}`,
    );
    return { sums: text(sums), values: text(values) };
  }

  it('equals the values grouped by report and admin-1 after the imports, corrections and edits', async () => {
    const first = await bothWays();
    expect(first.sums.length).toBeGreaterThan(10);
    expect(first.sums).toEqual(first.values);
    // An UPDATE that moves values between admin-1 areas, a DELETE, then a report deleted (cascade).
    await ownerSql(
      db,
      `update report_values set value = value + 2, adm1 = 'MZ01' where indicator = 'pss-people'`,
    );
    await ownerSql(
      db,
      `delete from report_values where id in (select id from report_values order by id limit 7)`,
    );
    const after = await bothWays();
    expect(after.sums).toEqual(after.values);
    await ownerSql(
      db,
      `delete from reports where id = (select report_id from report_values order by report_id limit 1)`,
    );
    const deleted = await bothWays();
    expect(deleted.sums).toEqual(deleted.values);
    expect(deleted.sums.some((k) => k.endsWith('|0'))).toBe(false); // empty sums go
  });

  it('the adm1 totals read from the sums equal those read from the values (by admin-2)', async () => {
    const coarse = await services.reporting.aggregate(imo, { framework: '5w', periods, by: ['adm1'] });
    const fine = await services.reporting.aggregate(imo, { framework: '5w', periods, by: ['adm1', 'adm2'] });
    const coarseTotals = coarse.cells.map((c) => [c.adm1, c.count]);
    const fineTotals = fine.cells.filter((c) => c.adm2 === 'total').map((c) => [c.adm1, c.count]);
    expect(fineTotals.length).toBeGreaterThan(1);
    expect(coarseTotals.filter(([, n]) => n !== null)).toEqual(
      expect.arrayContaining(fineTotals.filter(([, n]) => n !== null)),
    );
    const grand = (cells: typeof coarse.cells) =>
      cells.find((c) => c.adm1 === 'total' && (c.adm2 ?? 'total') === 'total')!.count;
    expect(grand(coarse.cells)).toBe(grand(fine.cells));
  });

  it("is read with the viewer's row-level security and cannot be written by the application", async () => {
    const asActor = (a: Actor, text: string) =>
      db.withActor(dbActor(a), (tx) => queryRows<{ acronym: string; state: string }>(tx, sql.raw(text)));
    const read = `select distinct o.acronym, r.state from report_value_sums v join reports r on r.id = v.report_id
                  join organisations o on o.id = v.organisation_id`;
    expect(new Set((await asActor(tri, read)).map((r) => r.acronym))).toEqual(new Set(['TRI']));
    const imoRows = await asActor(imo, read);
    expect(imoRows.length).toBeGreaterThan(1);
    expect(imoRows.some((r) => r.state === 'draft')).toBe(false);
    expect(await asActor(viewer, read)).toEqual([]);
    await expect(asActor(tri, `update report_value_sums set value = value + 1`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(asActor(tri, `delete from report_value_sums`)).rejects.toThrow(/permission denied/);
  });
});

describe('publishing a magnitude: the dominance rule on the organisations (issue 10)', () => {
  it('a non-people indicator is published with p(10) over the partners’ contributions, not the small-count rule', async () => {
    await services.reporting.createFramework(imo, {
      code: 'kits',
      name: 'Dignity kits (test)',
      dataType: '3w-4w-5w',
      periodicity: 'monthly',
      adminLevel: 'adm2',
      countryIso3: 'MOZ',
      dueDay: 10,
      indicators: [
        {
          id: 'kits-items',
          activity: 'Dignity kits',
          label: 'Dignity kits distributed',
          unit: 'items',
          disaggregation: { sex: false, age: false, populationGroup: false, disability: false },
          hasTarget: false,
          reachedNotAboveTargeted: false,
        },
      ],
    });
    // MZ01: FUDA 900 of 1,000 (dominant); MZ02: three similar partners; MZ03: four.
    await ownerSql(
      db,
      `insert into reports (framework_id, organisation_id, period, state, due_on, created_at, updated_at)
       select f.id, o.id, '2025-01', 'approved', '2025-02-10', now(), now()
         from reporting_frameworks f cross join organisations o
        where f.code = 'kits' and o.acronym in ('FUDA', 'TRI', 'AMD', 'BCSA')`,
    );
    await ownerSql(
      db,
      `insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2, measure, value)
       select r.id, r.organisation_id, r.framework_id, r.period, 'kits-items', v.adm1, v.adm1 || '01', 'reached', v.value
         from reports r join organisations o on o.id = r.organisation_id
         join reporting_frameworks f on f.id = r.framework_id and f.code = 'kits'
         join (values ('FUDA', 'MZ01', 900), ('TRI', 'MZ01', 60), ('AMD', 'MZ01', 40),
                      ('FUDA', 'MZ02', 100), ('TRI', 'MZ02', 110), ('AMD', 'MZ02', 90),
                      ('FUDA', 'MZ03', 100), ('TRI', 'MZ03', 100), ('AMD', 'MZ03', 100), ('BCSA', 'MZ03', 100))
              as v(org, adm1, value) on v.org = o.acronym`,
    );
    const { publication } = await services.publication.publish(imo, {
      title: 'Dignity kits by province, January 2025',
      audience: 'public',
      report: { framework: 'kits', periods: ['2025-01'], by: ['adm1'] },
    });
    const byCode = new Map(publication.snapshot.cells.map((c) => [c.codes.join('/'), c]));
    expect(byCode.get('MZ01')).toMatchObject({ count: null, status: 'suppressed-primary', rule: 'p(10)' });
    expect(byCode.get('Total')).toMatchObject({ count: 1700, status: 'published' });
    // One more province hides MZ01 from the total; the other keeps its magnitude.
    const others = ['MZ02', 'MZ03'].map((k) => byCode.get(k)!);
    expect(others.filter((c) => c.status === 'suppressed-secondary')).toHaveLength(1);
    expect(others.find((c) => c.status === 'published')!.count).toBe(
      others.find((c) => c.codes[0] === 'MZ02')!.status === 'published' ? 300 : 400,
    );
    expect(publication.checks).toMatchObject({ primaryRule: 'p(10)', primaryCount: 1, magnitude: true });
  });
});

describe('report table and publication agree on magnitudes (issue 10, dominance from the ISP)', () => {
  /** Sets the endorsed ISP's dominance rule (null: none stated, the default p(10) applies). */
  async function setDominanceRule(rule: Record<string, unknown> | null) {
    await ownerSql(
      db,
      rule
        ? `update isp_versions set document = jsonb_set(document, '{settings,dominanceRule}', '${JSON.stringify(rule)}'::jsonb) where status = 'endorsed'`
        : `update isp_versions set document = document #- '{settings,dominanceRule}' where status = 'endorsed'`,
    );
  }

  /** Each cell's count, status and rule, keyed by its codes (margins "total"). */
  async function tableAndPublication(by: ('adm1' | 'month')[]) {
    const table = await services.reporting.aggregate(imo, {
      framework: 'tents',
      periods: ['2025-03', '2025-04'],
      by,
      audience: 'public',
    });
    const { publication } = await services.publication.publish(imo, {
      title: `Tents by ${by.join(' × ')}`,
      audience: 'public',
      report: { framework: 'tents', periods: ['2025-03', '2025-04'], by },
    });
    const fromTable = new Map(
      table.cells.map((c) => [
        by.map((d) => c[d]).join('/'),
        { count: c.count, status: c.status, rule: c.rule },
      ]),
    );
    const fromPublication = new Map(
      publication.snapshot.cells.map((c) => [
        c.codes.map((code) => (code === 'Total' ? 'total' : code)).join('/'),
        { count: c.count, status: c.status, rule: c.rule === '' ? null : c.rule },
      ]),
    );
    return { table, publication, fromTable, fromPublication };
  }

  it('gives `report table --audience public` exactly the cells a publication gets, with the ISP’s rule or the default', async () => {
    await services.reporting.createFramework(imo, {
      code: 'tents',
      name: 'Family tents (test)',
      dataType: '3w-4w-5w',
      periodicity: 'monthly',
      adminLevel: 'adm2',
      countryIso3: 'MOZ',
      dueDay: 10,
      indicators: [
        {
          id: 'tents-items',
          activity: 'Shelter kits',
          label: 'Family tents distributed',
          unit: 'items',
          disaggregation: { sex: false, age: false, populationGroup: false, disability: false },
          hasTarget: false,
          reachedNotAboveTargeted: false,
        },
      ],
    });
    await ownerSql(
      db,
      `insert into reports (framework_id, organisation_id, period, state, due_on, created_at, updated_at)
       select f.id, o.id, p.period, 'approved', '2025-05-10', now(), now()
         from reporting_frameworks f cross join organisations o cross join (values ('2025-03'), ('2025-04')) p(period)
        where f.code = 'tents' and o.acronym in ('FUDA', 'TRI', 'AMD', 'BCSA')`,
    );
    // MZ01 in March: FUDA dominates (900 of 1,000). MZ01 in April: 110, 100, 90 (the two largest
    // hold 70 %). MZ02: BCSA alone in March, BCSA and TRI in April. MZ03: four partners of 100.
    await ownerSql(
      db,
      `insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2, measure, value)
       select r.id, r.organisation_id, r.framework_id, r.period, 'tents-items', v.adm1, v.adm1 || '01', 'reached', v.value
         from reports r join organisations o on o.id = r.organisation_id
         join reporting_frameworks f on f.id = r.framework_id and f.code = 'tents'
         join (values ('FUDA', '2025-03', 'MZ01', 900), ('TRI', '2025-03', 'MZ01', 60), ('AMD', '2025-03', 'MZ01', 40),
                      ('FUDA', '2025-04', 'MZ01', 100), ('TRI', '2025-04', 'MZ01', 110), ('AMD', '2025-04', 'MZ01', 90),
                      ('BCSA', '2025-03', 'MZ02', 500), ('BCSA', '2025-04', 'MZ02', 400), ('TRI', '2025-04', 'MZ02', 300),
                      ('FUDA', '2025-03', 'MZ03', 100), ('TRI', '2025-03', 'MZ03', 100), ('AMD', '2025-03', 'MZ03', 100), ('BCSA', '2025-03', 'MZ03', 100),
                      ('FUDA', '2025-04', 'MZ03', 100), ('TRI', '2025-04', 'MZ03', 100), ('AMD', '2025-04', 'MZ03', 100), ('BCSA', '2025-04', 'MZ03', 100))
              as v(org, period, adm1, value) on v.org = o.acronym and v.period = r.period`,
    );

    // No rule stated: the default p(10), in the table as in the publication.
    const plain = await tableAndPublication(['adm1', 'month']);
    expect(plain.table).toMatchObject({ magnitude: true, primaryRule: 'p(10)' });
    expect(plain.publication.checks).toMatchObject({ primaryRule: 'p(10)', magnitude: true });
    expect([...plain.fromTable.entries()].sort()).toEqual([...plain.fromPublication.entries()].sort());
    expect(plain.fromTable.get('MZ01/2025-03')).toEqual({
      count: null,
      status: 'suppressed-primary',
      rule: 'p(10)',
    });
    expect(plain.fromTable.get('MZ01/2025-04')!.status).not.toBe('suppressed-primary');
    expect(plain.fromTable.get('total/total')).toEqual({ count: 3300, status: 'published', rule: null });

    // The endorsed ISP states (2,60): MZ01 in April is dominated too, in both.
    await setDominanceRule({ kind: 'nk', n: 2, k: 60 });
    const nk = await tableAndPublication(['adm1', 'month']);
    expect(nk.table.primaryRule).toBe('nk(2,60)');
    expect(nk.publication.checks).toMatchObject({ primaryRule: 'nk(2,60)' });
    expect([...nk.fromTable.entries()].sort()).toEqual([...nk.fromPublication.entries()].sort());
    expect(nk.fromTable.get('MZ01/2025-04')).toEqual({
      count: null,
      status: 'suppressed-primary',
      rule: 'nk(2,60)',
    });
    expect(nk.fromTable.get('MZ03/2025-04')!.status).not.toBe('suppressed-primary');

    // A p% rule of the ISP, on a one-dimension table (each province summed over both months).
    await setDominanceRule({ kind: 'p', p: 90 });
    const p90 = await tableAndPublication(['adm1']);
    expect([...p90.fromTable.entries()].sort()).toEqual([...p90.fromPublication.entries()].sort());
    expect(p90.fromTable.get('MZ02')).toMatchObject({ status: 'suppressed-primary', rule: 'p(90)' });
    await setDominanceRule(null);
  });

  it('refuses to sum people and other units, as a publication does; one indicator at a time is protected by its own rule', async () => {
    const indicator = (id: string, unit: string) => ({
      id,
      activity: 'Mixed',
      label: id,
      unit,
      disaggregation: { sex: false, age: false, populationGroup: false, disability: false },
      hasTarget: false,
      reachedNotAboveTargeted: false,
    });
    await services.reporting.createFramework(imo, {
      code: 'mixed',
      name: 'People and items (test)',
      dataType: '3w-4w-5w',
      periodicity: 'monthly',
      adminLevel: 'adm2',
      countryIso3: 'MOZ',
      dueDay: 10,
      indicators: [indicator('mixed-people', 'people'), indicator('mixed-items', 'items')],
    });
    const ask = (extra: { indicator?: string; activity?: string[] }) =>
      services.reporting.aggregate(imo, {
        framework: 'mixed',
        periods: ['2025-03'],
        by: ['adm1'],
        audience: 'public',
        ...extra,
      });
    await expect(ask({})).rejects.toMatchObject({
      code: 'validation',
      message: /mixes people and other units/,
    });
    await expect(ask({ activity: ['Mixed'] })).rejects.toMatchObject({ code: 'validation' });
    await expect(
      services.publication.publish(imo, {
        title: 'Mixed',
        audience: 'public',
        report: { framework: 'mixed', periods: ['2025-03'], by: ['adm1'] },
      }),
    ).rejects.toMatchObject({ code: 'validation', message: /mixes people and other units/ });
    await expect(ask({ indicator: 'mixed-items' })).resolves.toMatchObject({
      magnitude: true,
      primaryRule: 'p(10)',
    });
    await expect(ask({ indicator: 'mixed-people' })).resolves.toMatchObject({
      magnitude: false,
      primaryRule: 'freq(3)',
    });
  });
});

describe("a partner's own figures in full on its dashboards (issue 10)", () => {
  /** Each cell's count and status keyed by its codes (margins "total"). */
  const keyed = (cells: readonly Record<string, unknown>[], by: readonly string[]) =>
    new Map(cells.map((c) => [by.map((d) => c[d]).join('/'), { count: c.count, status: c.status }]));

  it('a partner sees its own magnitudes and small counts in full; the same table for an audience stays protected', async () => {
    // TRI's tents (the test above): one contributor per cell, so the dominance rule suppresses
    // every cell for an audience — and for TRI itself before issue 10's fix.
    const protectedView = await services.reporting.aggregate(tri, {
      framework: 'tents',
      periods: ['2025-03', '2025-04'],
      by: ['adm1', 'month'],
    });
    expect(protectedView.own).toBe('protected');
    expect(protectedView.cells.filter((c) => c.status !== 'published').length).toBeGreaterThan(0);
    const own = await services.reporting.aggregate(tri, {
      framework: 'tents',
      periods: ['2025-03', '2025-04'],
      by: ['adm1', 'month'],
      own: 'in-full',
    });
    expect(own).toMatchObject({ own: 'in-full', magnitude: true, primaryCount: 0, secondaryCount: 0 });
    expect(keyed(own.cells, ['adm1', 'month'])).toEqual(
      new Map([
        ['MZ01/2025-03', { count: 60, status: 'published' }],
        ['MZ01/2025-04', { count: 110, status: 'published' }],
        ['MZ01/total', { count: 170, status: 'published' }],
        // No tents of TRI there: an empty cell, published as 0 as for every viewer.
        ['MZ02/2025-03', { count: 0, status: 'published' }],
        ['MZ02/2025-04', { count: 300, status: 'published' }],
        ['MZ02/total', { count: 300, status: 'published' }],
        ['MZ03/2025-03', { count: 100, status: 'published' }],
        ['MZ03/2025-04', { count: 100, status: 'published' }],
        ['MZ03/total', { count: 200, status: 'published' }],
        ['total/2025-03', { count: 160, status: 'published' }],
        ['total/2025-04', { count: 510, status: 'published' }],
        ['total/total', { count: 670, status: 'published' }],
      ]),
    );

    // People: TRI's small counts (2 and 1 people) are suppressed (freq(3)) for an audience, and
    // shown in full on its own dashboard.
    await services.reporting.createFramework(imo, {
      code: 'visits',
      name: 'Home visits (test)',
      dataType: '3w-4w-5w',
      periodicity: 'monthly',
      adminLevel: 'adm2',
      countryIso3: 'MOZ',
      dueDay: 10,
      indicators: [
        {
          id: 'visits-people',
          activity: 'Home visits',
          label: 'People visited at home',
          unit: 'people',
          disaggregation: { sex: false, age: false, populationGroup: false, disability: false },
          hasTarget: false,
          reachedNotAboveTargeted: false,
        },
      ],
    });
    await ownerSql(
      db,
      `insert into reports (framework_id, organisation_id, period, state, due_on, created_at, updated_at)
       select f.id, o.id, '2025-03', 'draft', '2025-04-10', now(), now()
         from reporting_frameworks f cross join organisations o where f.code = 'visits' and o.acronym = 'TRI'`,
    );
    await ownerSql(
      db,
      `insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2, measure, value)
       select r.id, r.organisation_id, r.framework_id, r.period, 'visits-people', v.adm1, v.adm1 || '01', 'reached', v.value
         from reports r join reporting_frameworks f on f.id = r.framework_id and f.code = 'visits'
         join (values ('MZ01', 2), ('MZ02', 1), ('MZ03', 40)) as v(adm1, value) on true`,
    );
    const visits = (extra: { own?: 'in-full' | 'protected'; audience?: 'public' }) =>
      services.reporting.aggregate(tri, {
        framework: 'visits',
        periods: ['2025-03'],
        by: ['adm1'],
        ...extra,
      });
    const small = keyed((await visits({})).cells, ['adm1']);
    expect(small.get('MZ01')).toEqual({ count: null, status: 'suppressed-primary' });
    expect(small.get('MZ02')).toEqual({ count: null, status: 'suppressed-primary' });
    const full = await visits({ own: 'in-full' });
    expect(full).toMatchObject({ own: 'in-full', magnitude: false, primaryCount: 0, secondaryCount: 0 });
    expect(keyed(full.cells, ['adm1'])).toEqual(
      new Map([
        ['MZ01', { count: 2, status: 'published' }],
        ['MZ02', { count: 1, status: 'published' }],
        ['MZ03', { count: 40, status: 'published' }],
        ['total', { count: 43, status: 'published' }],
      ]),
    );
    // An explicit audience (a preview of what it would receive) stays protected, and cannot be
    // asked with the viewer's own view.
    expect(keyed((await visits({ audience: 'public' })).cells, ['adm1'])).toEqual(small);
    await expect(visits({ audience: 'public', own: 'in-full' })).rejects.toMatchObject({
      code: 'validation',
      message: /give no audience/,
    });
  });

  it("a cell mixing the viewer's and another organisation's data still follows the rule", async () => {
    await services.reporting.createFramework(imo, {
      code: 'crates',
      name: 'Crates (test)',
      dataType: '3w-4w-5w',
      periodicity: 'monthly',
      adminLevel: 'adm2',
      countryIso3: 'MOZ',
      dueDay: 10,
      indicators: [
        {
          id: 'crates-items',
          activity: 'Crates',
          label: 'Crates distributed',
          unit: 'items',
          disaggregation: { sex: false, age: false, populationGroup: false, disability: false },
          hasTarget: false,
          reachedNotAboveTargeted: false,
        },
      ],
    });
    // The IMO's own organisation (DPCCU) reports too: MZ01 its own only, MZ02 with FUDA (DPCCU
    // 900, FUDA 100: showing it would tell DPCCU FUDA's 100), MZ03 FUDA's only.
    await ownerSql(
      db,
      `insert into reports (framework_id, organisation_id, period, state, due_on, created_at, updated_at)
       select f.id, o.id, '2025-03', 'approved', '2025-04-10', now(), now()
         from reporting_frameworks f cross join organisations o
        where f.code = 'crates' and o.acronym in ('DPCCU', 'FUDA')`,
    );
    await ownerSql(
      db,
      `insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2, measure, value)
       select r.id, r.organisation_id, r.framework_id, r.period, 'crates-items', v.adm1, v.adm1 || '01', 'reached', v.value
         from reports r join organisations o on o.id = r.organisation_id
         join reporting_frameworks f on f.id = r.framework_id and f.code = 'crates'
         join (values ('DPCCU', 'MZ01', 7), ('DPCCU', 'MZ02', 900), ('FUDA', 'MZ02', 100), ('FUDA', 'MZ03', 50))
              as v(org, adm1, value) on v.org = o.acronym`,
    );
    const ask = (own: 'in-full' | 'protected') =>
      services.reporting.aggregate(imo, { framework: 'crates', periods: ['2025-03'], by: ['adm1'], own });
    const full = keyed((await ask('in-full')).cells, ['adm1']);
    expect(full.get('MZ01')).toEqual({ count: 7, status: 'published' });
    expect(full.get('MZ02')).toEqual({ count: null, status: 'suppressed-primary' });
    expect(full.get('MZ03')).toEqual({ count: null, status: 'suppressed-primary' });
    // The total holds FUDA's data too: protected (here dominated by DPCCU, so primary).
    expect(full.get('total')?.count).toBeNull();
    const protectedView = keyed((await ask('protected')).cells, ['adm1']);
    expect(protectedView.get('MZ01')).toEqual({ count: null, status: 'suppressed-primary' });
    expect(protectedView.get('MZ02')).toEqual(full.get('MZ02'));
    expect(protectedView.get('MZ03')).toEqual(full.get('MZ03'));
    // FUDA sees its own data only (row-level security): its 100 and 50 in full, nothing of DPCCU's.
    const fuda = await actorFor('focal-point.fuda@demo.example.org', 'FUDA');
    {
      const mine = keyed(
        (
          await services.reporting.aggregate(fuda, {
            framework: 'crates',
            periods: ['2025-03'],
            by: ['adm1'],
            own: 'in-full',
          })
        ).cells,
        ['adm1'],
      );
      expect(mine.get('MZ02')).toEqual({ count: 100, status: 'published' });
      expect(mine.get('MZ01')).toBeUndefined();
    }
  });
});
