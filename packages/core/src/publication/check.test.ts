import { describe, expect, it } from 'vitest';
import { decide } from '../isp/index';
import { DEFAULT_ISP_SETTINGS, type DominanceRule } from '../isp/index';
import { defaultIspTemplate } from '../isp/index';
import { checkPublication, publicationThreshold, type PublicationTableInput } from './check';
import { snapshotCsv, snapshotRows, snapshotXlsx, SUPPRESSED_MARKER } from './export';
import { readXlsx } from '../sdc/io/index';
import { loadHighsSolver } from '../sdc/tables/highs';

const isp = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01' });
const facts = (dataType: string, aggregation: 'adm1' | 'adm2' | 'individual') => ({
  dataType,
  aggregation,
  includesNames: false,
  includesCoordinates: false,
});

/** Reached by province × sex: Niassa has 2 women (below 5 and 3), Tete 4 men (below 5 only). */
const table: PublicationTableInput = {
  dimensions: [
    { name: 'adm1', codes: [{ code: 'MZ01' }, { code: 'MZ02' }, { code: 'MZ03' }] },
    { name: 'sex', codes: [{ code: 'f' }, { code: 'm' }] },
  ],
  rows: [
    { codes: ['MZ01', 'f'], count: 120 },
    { codes: ['MZ01', 'm'], count: 98 },
    { codes: ['MZ02', 'f'], count: 2 },
    { codes: ['MZ02', 'm'], count: 40 },
    { codes: ['MZ03', 'f'], count: 33 },
    { codes: ['MZ03', 'm'], count: 4 },
  ],
};

function check(
  dataType: string,
  aggregation: 'adm1' | 'adm2' | 'individual',
  audience: 'public' | 'cluster',
) {
  const decision = decide(isp, facts(dataType, aggregation), audience, undefined, 'aggregate-publication');
  return {
    decision,
    result: checkPublication({ dataType, aggregation, audience, table, decision, settings: isp.settings }),
  };
}

describe('checkPublication', () => {
  it('publishes 5W figures to the public with small cells suppressed, primary and secondary, audited', () => {
    const { decision, result } = check('3w-4w-5w', 'adm1', 'public');
    expect(decision.decision).not.toBe('deny');
    if (!result.ok) throw new Error(result.refusal.message);
    const byKey = new Map(result.snapshot.cells.map((c) => [c.codes.join('/'), c]));
    expect(byKey.get('MZ02/f')).toMatchObject({ count: null, status: 'suppressed-primary', rule: 'freq(3)' });
    // 4 is not below 3: never a primary (it may be chosen as a secondary cell).
    expect(byKey.get('MZ03/m')!.status).not.toBe('suppressed-primary');
    expect(byKey.get('MZ01/f')).toMatchObject({ count: 120, status: 'published' });
    // MZ02/f is recoverable from MZ02 total − MZ02/m unless a partner in its row is suppressed too.
    const row = ['MZ02/Total', 'MZ02/m'].map((k) => byKey.get(k)!.status);
    expect(row.some((s) => s === 'suppressed-secondary')).toBe(true);
    expect(byKey.get('Total/Total')).toMatchObject({ count: 297, status: 'published' });
    expect(result.checks).toMatchObject({
      threshold: 3,
      primaryRule: 'freq(3)',
      primaryCount: 1,
      audit: { safe: true },
    });
    expect(result.checks.secondaryCount).toBeGreaterThanOrEqual(3);
    expect(result.checks.isp.ispVersion).toBe(isp.version);
  });

  it('uses the protection threshold (5) for protection data types', () => {
    const decision = decide(isp, facts('3w-4w-5w', 'adm1'), 'public', undefined, 'aggregate-publication');
    expect(publicationThreshold('protection-monitoring-case-data', isp.settings, decision)).toBe(5);
    expect(publicationThreshold('3w-4w-5w', isp.settings, decision)).toBe(3);
    const stricter = { ...decision, conditions: [{ kind: 'suppress-below-n' as const, n: 10 }] };
    expect(publicationThreshold('3w-4w-5w', DEFAULT_ISP_SETTINGS, stricter)).toBe(10);
    const result = checkPublication({
      dataType: '3w-4w-5w',
      aggregation: 'adm1',
      audience: 'public',
      table,
      decision: stricter,
      settings: isp.settings,
    });
    if (!result.ok) throw new Error(result.refusal.message);
    const primaries = result.snapshot.cells
      .filter((c) => c.status === 'suppressed-primary')
      .map((c) => c.codes.join('/'));
    expect(primaries.sort()).toEqual(['MZ02/f', 'MZ03/m']);
  });

  it('refuses what the ISP denies, naming the rule, and publishes nothing', () => {
    const { decision, result } = check('protection-monitoring-case-data', 'individual', 'public');
    expect(decision.decision).toBe('deny');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.reason).toBe('isp-denied');
    expect(result.refusal.message).toBe(decision.explanation);
    expect('snapshot' in result).toBe(false);
  });

  it('refuses a table with no figures as such (no approved report for the periods), not as an invalid table', () => {
    const decision = decide(isp, facts('3w-4w-5w', 'adm2'), 'public', undefined, 'aggregate-publication');
    const result = checkPublication({
      dataType: '3w-4w-5w',
      aggregation: 'adm2',
      audience: 'public',
      table: {
        dimensions: [
          { name: 'adm2', codes: [] },
          { name: 'sex', codes: [] },
        ],
        rows: [],
      },
      decision,
      settings: isp.settings,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toMatchObject({ reason: 'no-figures', cells: [] });
  });

  it('refuses a table finer than an aggregate-to-level condition', () => {
    const decision = decide(isp, facts('3w-4w-5w', 'adm2'), 'public', undefined, 'aggregate-publication');
    const forced = {
      ...decision,
      decision: 'allow-with-conditions' as const,
      conditions: [{ kind: 'aggregate-to-level' as const, level: 'adm1' as const }],
    };
    const result = checkPublication({
      dataType: '3w-4w-5w',
      aggregation: 'adm2',
      audience: 'public',
      table,
      decision: forced,
      settings: isp.settings,
    });
    expect(result.ok ? null : result.refusal.reason).toBe('aggregation-too-fine');
  });

  it('refuses bad tables with the row', () => {
    const { decision } = check('3w-4w-5w', 'adm1', 'public');
    const bad = { ...table, rows: [...table.rows, { codes: ['MZ09', 'f'], count: 3 }] };
    const result = checkPublication({
      dataType: '3w-4w-5w',
      aggregation: 'adm1',
      audience: 'public',
      table: bad,
      decision,
      settings: isp.settings,
    });
    expect(result.ok ? null : result.refusal.message).toMatch(/Row 7.*MZ09/);
    const negative = { ...table, rows: [{ codes: ['MZ01', 'f'], count: -1 }] };
    const r2 = checkPublication({
      dataType: '3w-4w-5w',
      aggregation: 'adm1',
      audience: 'public',
      table: negative,
      decision,
      settings: isp.settings,
    });
    expect(r2.ok ? null : r2.refusal.message).toMatch(/Row 1/);
  });
});

describe('snapshot files', () => {
  it('show suppressed cells with the marker and a note, never 0 or blank, in CSV, HXL and XLSX', async () => {
    const { result } = check('3w-4w-5w', 'adm1', 'public');
    if (!result.ok) throw new Error('refused');
    const rows = snapshotRows(result.snapshot, { hxl: true });
    expect(rows[0]).toEqual(['adm1', 'sex', 'count', 'status', 'note']);
    expect(rows[1]).toEqual(['#adm1+code', '#meta+sex', '#reached', '#status', '#description+note']);
    const niassaF = rows.find((r) => r[0] === 'MZ02' && r[1] === 'f')!;
    expect(niassaF.slice(2, 4)).toEqual([SUPPRESSED_MARKER, 'suppressed-primary']);
    expect(niassaF[4]).toMatch(/freq\(3\)/);
    for (const r of rows.slice(2)) {
      expect(r[2]).not.toBe('');
      if (r[3] !== 'published') expect(r[2]).toBe(SUPPRESSED_MARKER);
    }
    const csv = snapshotCsv(result.snapshot, { hxl: true });
    expect(csv.split('\r\n')[1]).toBe('#adm1+code,#meta+sex,#reached,#status,#description+note');
    expect(csv).not.toMatch(/^MZ02,f,[0-9]/m);
    const read = await readXlsx(snapshotXlsx(result.snapshot));
    if (!read.ok) throw new Error('xlsx unreadable');
    const names = read.dataset.columns.map((c) => c.name);
    expect(names).toEqual(['adm1', 'sex', 'count', 'status', 'note']);
  });
});

describe('snapshot files with area names', () => {
  it('put the frozen name beside each named code (HXL #adm1+name), margins without a name', () => {
    const { result } = check('3w-4w-5w', 'adm1', 'public');
    if (!result.ok) throw new Error('refused');
    const named = { ...result.snapshot, labels: { adm1: { MZ01: 'Cabo Delgado', MZ02: 'Niassa' } } };
    const rows = snapshotRows(named, { hxl: true });
    expect(rows[0]).toEqual(['adm1', 'adm1_name', 'sex', 'count', 'status', 'note']);
    expect(rows[1]).toEqual([
      '#adm1+code',
      '#adm1+name',
      '#meta+sex',
      '#reached',
      '#status',
      '#description+note',
    ]);
    const niassaF = rows.find((r) => r[0] === 'MZ02' && r[2] === 'f')!;
    expect(niassaF.slice(1, 5)).toEqual(['Niassa', 'f', SUPPRESSED_MARKER, 'suppressed-primary']);
    const margin = rows.find((r) => r[0] === named.dimensions[0]!.total)!;
    expect(margin[1]).toBe('');
    // A dimension with no names keeps one column.
    expect(snapshotRows({ ...result.snapshot, labels: { adm1: {} } })[0]).toEqual(
      rows[0]!.filter((h) => h !== 'adm1_name'),
    );
  });
});

describe('checkPublication with HiGHS (the services pass it)', () => {
  it('proves every primary cell by the LP audit on HiGHS, with the same snapshot as the in-core simplex', async () => {
    const solver = await loadHighsSolver();
    const decision = decide(isp, facts('3w-4w-5w', 'adm1'), 'public', undefined, 'aggregate-publication');
    const request = {
      dataType: '3w-4w-5w',
      aggregation: 'adm1',
      audience: 'public',
      table,
      decision,
    } as const;
    const byHighs = checkPublication({ ...request, settings: isp.settings, solver });
    const bySimplex = checkPublication({ ...request, settings: isp.settings });
    if (!byHighs.ok || !bySimplex.ok) throw new Error('refused');
    expect(byHighs.checks.audit).toEqual({ lp: byHighs.checks.primaryCount, certificate: 0, safe: true });
    expect(byHighs.checks.primaryCount).toBeGreaterThan(0);
    expect(byHighs.snapshot).toEqual(bySimplex.snapshot);
  });
});

describe('checkPublication: magnitudes and the dominance rule (issue 10)', () => {
  /**
   * Items distributed by province × month, contributors = organisations. MZ01/jan: FUDA 900 of
   * 1000 with TRI 60 and AMD 40 → rest 40 < 10 % of 900: dominated. MZ01/feb: three similar
   * partners → safe. MZ02/jan: one partner only → unsafe. MZ02/feb: 2 partners → unsafe.
   * MZ03: four similar partners each month → safe.
   */
  const magnitudeTable: PublicationTableInput = {
    magnitude: true,
    dimensions: [
      { name: 'adm1', codes: [{ code: 'MZ01' }, { code: 'MZ02' }, { code: 'MZ03' }] },
      { name: 'month', codes: [{ code: '2025-01' }, { code: '2025-02' }] },
    ],
    rows: [
      {
        codes: ['MZ01', '2025-01'],
        count: 1000,
        contributors: [
          { id: 'FUDA', value: 900 },
          { id: 'TRI', value: 60 },
          { id: 'AMD', value: 40 },
        ],
      },
      {
        codes: ['MZ01', '2025-02'],
        count: 300,
        contributors: [
          { id: 'FUDA', value: 100 },
          { id: 'TRI', value: 110 },
          { id: 'AMD', value: 90 },
        ],
      },
      { codes: ['MZ02', '2025-01'], count: 500, contributors: [{ id: 'BCSA', value: 500 }] },
      {
        codes: ['MZ02', '2025-02'],
        count: 700,
        contributors: [
          { id: 'BCSA', value: 400 },
          { id: 'TRI', value: 300 },
        ],
      },
      ...['2025-01', '2025-02'].map((m) => ({
        codes: ['MZ03', m],
        count: 400,
        contributors: ['FUDA', 'TRI', 'AMD', 'RCSN'].map((id) => ({ id, value: 100 })),
      })),
    ],
  };

  function publish(t: PublicationTableInput) {
    const decision = decide(isp, facts('3w-4w-5w', 'adm1'), 'public', undefined, 'aggregate-publication');
    return checkPublication({
      dataType: '3w-4w-5w',
      aggregation: 'adm1',
      audience: 'public',
      table: t,
      decision,
      settings: isp.settings,
    });
  }

  it('suppresses dominated cells and cells of one or two contributors, whatever their size, then protects them', () => {
    const result = publish(magnitudeTable);
    if (!result.ok) throw new Error(result.refusal.message);
    const byKey = new Map(result.snapshot.cells.map((c) => [c.codes.join('/'), c]));
    for (const k of ['MZ01/2025-01', 'MZ02/2025-01', 'MZ02/2025-02'])
      expect(byKey.get(k)).toMatchObject({ count: null, status: 'suppressed-primary', rule: 'p(10)' });
    // Large counts but not dominated: published with their magnitude (not the contributor count).
    expect(byKey.get('MZ01/2025-02')!.status).not.toBe('suppressed-primary');
    expect(byKey.get('MZ03/2025-01')!.status).not.toBe('suppressed-primary');
    expect(byKey.get('Total/Total')).toMatchObject({ count: 3300, status: 'published' });
    // MZ02's total has only BCSA (900) and TRI (300): two contributors, so it is primary too.
    expect(byKey.get('MZ02/Total')!.status).toBe('suppressed-primary');
    expect(result.checks).toMatchObject({ magnitude: true, primaryRule: 'p(10)', audit: { safe: true } });
    // The same figures as counts of people: only the small-count rule applies, nothing is small.
    const asPeople = publish({ ...magnitudeTable, magnitude: false });
    if (!asPeople.ok) throw new Error(asPeople.refusal.message);
    expect(asPeople.checks.primaryCount).toBe(0);
  });

  it("a contributor's share of a total is summed over the leaves it reports in", () => {
    // FUDA holds 475 of 515 in each month of MZ04 and 950 of 1,030 in its total. Counted as two
    // separate contributions of 475 the total would pass (1,030 − 475 − 475 = 80 ≥ 47.5); as one
    // organisation's 950 it is dominated (1,030 − 950 − 20 − 20 = 40 < 95).
    const t: PublicationTableInput = {
      magnitude: true,
      dimensions: [
        { name: 'adm1', codes: [{ code: 'MZ04' }, { code: 'MZ05' }] },
        { name: 'month', codes: [{ code: '2025-01' }, { code: '2025-02' }] },
      ],
      rows: [
        ...['2025-01', '2025-02'].map((m) => ({
          codes: ['MZ04', m],
          count: 515,
          contributors: [
            { id: 'FUDA', value: 475 },
            { id: 'TRI', value: 20 },
            { id: 'AMD', value: 20 },
          ],
        })),
        ...['2025-01', '2025-02'].map((m) => ({
          codes: ['MZ05', m],
          count: 300,
          contributors: ['TRI', 'AMD', 'RCSN'].map((id) => ({ id, value: 100 })),
        })),
      ],
    };
    const result = publish(t);
    if (!result.ok) throw new Error(result.refusal.message);
    const byKey = new Map(result.snapshot.cells.map((c) => [c.codes.join('/'), c]));
    expect(byKey.get('MZ04/Total')).toMatchObject({ status: 'suppressed-primary', rule: 'p(10)' });
    expect(byKey.get('MZ05/Total')!.status).not.toBe('suppressed-primary');
  });

  it("applies the endorsed ISP's own dominance rule (p% or (n,k)) in place of the default", () => {
    const withRule = (dominanceRule: DominanceRule) =>
      checkPublication({
        dataType: '3w-4w-5w',
        aggregation: 'adm1',
        audience: 'public',
        table: magnitudeTable,
        decision: decide(isp, facts('3w-4w-5w', 'adm1'), 'public', undefined, 'aggregate-publication'),
        settings: { ...isp.settings, dominanceRule },
      });
    const cellOf = (r: ReturnType<typeof withRule>, key: string) => {
      if (!r.ok) throw new Error(r.refusal.message);
      return r.snapshot.cells.find((c) => c.codes.join('/') === key)!;
    };
    // MZ01/2025-02 (110, 100, 90 of 300): safe under p(10) (90 ≥ 11); the two largest hold 70 %.
    expect(cellOf(publish(magnitudeTable), 'MZ01/2025-02').status).not.toBe('suppressed-primary');
    const nk = withRule({ kind: 'nk', n: 2, k: 60 });
    expect(cellOf(nk, 'MZ01/2025-02')).toMatchObject({ status: 'suppressed-primary', rule: 'nk(2,60)' });
    expect(cellOf(nk, 'MZ03/2025-01').status).not.toBe('suppressed-primary'); // 4 × 100: 50 %
    expect(nk.ok && nk.checks).toMatchObject({ primaryRule: 'nk(2,60)', magnitude: true });
    const p90 = withRule({ kind: 'p', p: 90 });
    expect(cellOf(p90, 'MZ01/2025-02')).toMatchObject({ status: 'suppressed-primary', rule: 'p(90)' });
    // (5,95) needs five contributions per cell: the table keeps as many as the rule asks.
    const n5 = withRule({ kind: 'nk', n: 5, k: 95 });
    expect(cellOf(n5, 'MZ03/2025-01')).toMatchObject({ status: 'suppressed-primary', rule: 'nk(5,95)' });
  });

  it('refuses a magnitude table whose rows lack contributors or do not add up', () => {
    const [first, ...rest] = magnitudeTable.rows;
    const missing = publish({ ...magnitudeTable, rows: [{ codes: first!.codes, count: 1000 }, ...rest] });
    expect(missing).toMatchObject({ ok: false, refusal: { reason: 'invalid-table' } });
    const wrong = publish({ ...magnitudeTable, rows: [{ ...first!, count: 999 }, ...rest] });
    expect(!wrong.ok && wrong.refusal.message).toMatch(/add up to 1000, not 999/);
  });
});
