import { describe, expect, it } from 'vitest';
import { categoricalFromStrings, datasetFromColumns } from '../dataset';
import { auditSuppression, feasibilityIntervals } from './audit';
import { flatDimension } from './dimension';
import { forcePublish, initialState, markPrimary, primarySuppression } from './primary';
import { protectTable, renderTableRows } from './protect';
import { relationsOfCells, verifyCertificate } from './secondary';
import { buildTable, cellIndex, tableFromAggregates, tableRelations, type Table } from './table';
import { testProblem } from './test-support/reference';

const nonS = (status: readonly string[]): number[] => status.flatMap((s, i) => (s !== 's' ? [i + 1] : []));

describe('secondary suppression on the sdcTable test problem (README 4.2)', () => {
  it('cell 6 primary → 5, 6, 11, 12 with the hypercube heuristic, 3 secondary, audit safe', () => {
    const table = testProblem();
    const state = initialState(table);
    markPrimary(state, 5, 'set by hand');
    const res = protectTable(table, state);
    expect(nonS(res.state.status)).toEqual([5, 6, 11, 12]);
    expect(res.secondaryCount).toBe(3);
    expect(res.state.status.filter((s) => s === 's' || s === 'z')).toHaveLength(11);
    expect(res.safe).toBe(true);
    expect(res.verification.get(5)).toBe('lp');
    // A/female can be anywhere in [0, 126]: A/f + C/f = 482 − 204 − 152.
    expect(res.intervals[0]).toMatchObject({
      cell: 5,
      value: 20,
      min: expect.closeTo(0, 9),
      max: expect.closeTo(126, 9),
    });
    expect(res.cells[4]!.reason).toBe('secondary: protects A/female (hypercube)');
  });

  it('cell 6 primary → 5, 6, 11, 12 with the LP attack-and-repair method too', () => {
    const table = testProblem();
    const state = initialState(table);
    markPrimary(state, 5, 'set by hand');
    const res = protectTable(table, state, { method: 'lp' });
    expect(nonS(res.state.status)).toEqual([5, 6, 11, 12]);
    expect(res.safe).toBe(true);
  });

  it('no primary cell → nothing suppressed', () => {
    const table = testProblem();
    for (const method of ['hypercube', 'lp'] as const) {
      const res = protectTable(table, initialState(table), { method });
      expect(res.state.status.every((s) => s === 's')).toBe(true);
      expect(res.safe).toBe(true);
    }
  });

  it('with D/male forced published (z), the pattern avoids it', () => {
    const table = testProblem();
    const state = initialState(table);
    markPrimary(state, 5, 'set by hand');
    forcePublish(state, 13);
    const res = protectTable(table, state);
    expect(res.state.status[13]).toBe('z');
    // Suppressed: 5, 6, 11, 12 as GAUSS gives in this setting (README 4.2); 14 is z.
    expect(nonS(res.state.status)).toEqual([5, 6, 11, 12, 14]);
    expect(res.safe).toBe(true);
  });

  it('primary from p(70) (cells 6 and 14) with Handbook protection levels: audited safe', () => {
    const table = testProblem();
    const prim = primarySuppression(table, [{ kind: 'p', p: 70 }]);
    if (!prim.ok) throw new Error(prim.error);
    const res = protectTable(table, prim.value);
    expect(res.safe).toBe(true);
    for (const a of res.intervals) {
      expect(a.max - a.value).toBeGreaterThanOrEqual(a.requiredUpper - 1e-9);
      expect(a.value - a.min).toBeGreaterThanOrEqual(a.requiredLower - 1e-9);
    }
  });
});

describe('singletons (sdcTable test-protectTable.r)', () => {
  // One dimension tot → {a, b, c, d}; microdata (a, b, b, c); freq maxN = 1 flags a and c.
  const setup = (): { table: Table; primary: ReturnType<typeof initialState> } => {
    const data = datasetFromColumns([categoricalFromStrings('g', ['a', 'b', 'b', 'c'])]);
    const t = buildTable(data, {
      dimensions: [
        {
          variable: 'g',
          total: 'tot',
          hierarchy: ['a', 'b', 'c', 'd'].map((code) => ({ code, parent: 'tot' })),
        },
      ],
    });
    if (!t.ok) throw new Error(t.error);
    const p = primarySuppression(t.value, [{ kind: 'freq-le', maxN: 1 }]);
    if (!p.ok) throw new Error(p.error);
    return { table: t.value, primary: p.value };
  };

  it('primary: a and c', () => {
    const { primary } = setup();
    expect(primary.status).toEqual(['s', 'u', 's', 'u', 'z']);
  });

  it.each([
    [{}, 0],
    [{ detectSingletons: true }, 1],
    [{ threshold: 3 }, 1],
    [{ threshold: 5 }, 2],
  ])('%o → %i secondary suppressions', (opts, expected) => {
    const { table, primary } = setup();
    const res = protectTable(table, primary, opts);
    expect(res.secondaryCount).toBe(expected);
    expect(res.safe).toBe(true);
  });

  it('threshold 5 suppresses the whole table (all but the empty cell)', () => {
    const { table, primary } = setup();
    const res = protectTable(table, primary, { threshold: 5 });
    expect(res.state.status).toEqual(['x', 'u', 'x', 'u', 'z']);
  });
});

describe('the simple-heuristic attack example (disclosure-control.md 3.4)', () => {
  const inner: Record<string, number[]> = {
    w: [30, 47, 64, 89],
    x: [90, 124, 5, 31],
    y: [92, 100, 59, 85],
    z: [800, 991, 651, 685],
  };
  const build = (): Table => {
    const rows = flatDimension('row', 'T', ['w', 'x', 'y', 'z']);
    const cols = flatDimension('col', 'T', ['a', 'b', 'c', 'd']);
    if (!rows.ok || !cols.ok) throw new Error('dims');
    const t = tableFromAggregates(
      [rows.value, cols.value],
      Object.entries(inner).flatMap(([r, vals]) => vals.map((v, j) => ({ codes: [r, 'abcd'[j]!], freq: v }))),
    );
    if (!t.ok) throw new Error(t.error);
    return t.value;
  };
  const primaries = ['w|a', 'w|b', 'w|c', 'x|a', 'x|c', 'y|b', 'y|d', 'z|b', 'z|d'];

  it('two suppressions per row and column is not safe: w|b = 47 is recomputed exactly', () => {
    const table = build();
    const state = initialState(table);
    for (const p of primaries) markPrimary(state, cellIndex(table, p.split('|')), 'set by hand');
    const wb = cellIndex(table, ['w', 'b']);
    const [iv] = feasibilityIntervals(table, state.status, [wb]).intervals;
    expect(iv).toMatchObject({ min: expect.closeTo(47, 7), max: expect.closeTo(47, 7) });
    expect(auditSuppression(table, state).safe).toBe(false);
  });

  it('LP repair adds exactly one suppression (x|d) and w|b becomes [0, 78]', () => {
    const table = build();
    const state = initialState(table);
    for (const p of primaries) markPrimary(state, cellIndex(table, p.split('|')), 'set by hand');
    const res = protectTable(table, state, { method: 'lp' });
    expect(res.secondaryCount).toBe(1);
    expect(res.state.status[cellIndex(table, ['x', 'd'])]).toBe('x');
    const wb = cellIndex(table, ['w', 'b']);
    const iv = res.intervals.find((a) => a.cell === wb)!;
    expect(iv.min).toBeCloseTo(0, 7);
    expect(iv.max).toBeCloseTo(78, 7);
    expect(res.safe).toBe(true);
  });

  it('the hypercube heuristic makes the same primaries safe, proven by the audit', () => {
    const table = build();
    const state = initialState(table);
    for (const p of primaries) markPrimary(state, cellIndex(table, p.split('|')), 'set by hand');
    const res = protectTable(table, state);
    expect(res.safe).toBe(true);
    expect(res.intervals.every((a) => a.max - a.min > 1e-6)).toBe(true);
  });
});

describe('Handbook Example 3 (disclosure-control.md 3.4)', () => {
  it('feasibility interval of cell (1,1) is [3, 6]', () => {
    // Row totals 7, 3, 6; column totals 9, 7; row 3 published as (3, 3).
    // One table consistent with those margins: (4, 3), (2, 1), (3, 3).
    const rows = flatDimension('r', 'T', ['1', '2', '3']);
    const cols = flatDimension('c', 'T', ['1', '2']);
    if (!rows.ok || !cols.ok) throw new Error('dims');
    const t = tableFromAggregates(
      [rows.value, cols.value],
      [
        { codes: ['1', '1'], freq: 4 },
        { codes: ['1', '2'], freq: 3 },
        { codes: ['2', '1'], freq: 2 },
        { codes: ['2', '2'], freq: 1 },
        { codes: ['3', '1'], freq: 3 },
        { codes: ['3', '2'], freq: 3 },
      ],
    );
    if (!t.ok) throw new Error(t.error);
    const state = initialState(t.value);
    for (const c of [
      ['1', '1'],
      ['1', '2'],
      ['2', '1'],
      ['2', '2'],
    ])
      markPrimary(state, cellIndex(t.value, c), 'hand');
    const [iv] = feasibilityIntervals(t.value, state.status, [cellIndex(t.value, ['1', '1'])]).intervals;
    expect(iv!.min).toBeCloseTo(3, 9);
    expect(iv!.max).toBeCloseTo(6, 9);
  });
});

describe('output', () => {
  it('renders rows with markers, statuses and reasons; refuses an unsafe table', () => {
    const table = testProblem();
    const prim = primarySuppression(table, [{ kind: 'freq-le', maxN: 2 }]);
    if (!prim.ok) throw new Error(prim.error);
    const res = protectTable(table, prim.value);
    const rows = renderTableRows(res);
    if (!rows.ok) throw new Error(rows.error);
    expect(rows.value[0]).toEqual(['region', 'gender', 'freq', 'value', 'status', 'reason']);
    expect(rows.value[1]).toEqual(['total', 'total', '100', '1284', 's', 'publishable']);
    expect(rows.value[6]).toEqual(['A', 'female', 'x', 'x', 'u', 'frequency 2 ≤ 2']);
    expect(rows.value[5]).toEqual(['A', 'male', 'x', 'x', 'x', 'secondary: protects A/female (hypercube)']);
    expect(res.cells[5]!.value).toBeNull();
    const unsafe = { ...res, safe: false, unresolved: [5] };
    expect(renderTableRows(unsafe)).toEqual({
      ok: false,
      error: expect.stringContaining('refusing to publish'),
    });
    expect(renderTableRows(unsafe, { allowUnsafe: true }).ok).toBe(true);
  });
});

describe('audit by certificates', () => {
  const bigger = (): Table => {
    const rows = flatDimension('r', 'T', ['a', 'b', 'c', 'd', 'e']);
    const cols = flatDimension('c', 'T', ['p', 'q', 'r', 's']);
    if (!rows.ok || !cols.ok) throw new Error('dims');
    const counts = [1, 7, 9, 4, 8, 2, 6, 5, 9, 9, 1, 7, 3, 8, 6, 2, 5, 7, 9, 4];
    const t = tableFromAggregates(
      [rows.value, cols.value],
      counts.map((f, i) => ({ codes: ['abcde'[Math.floor(i / 4)]!, 'pqrs'[i % 4]!], freq: f })),
    );
    if (!t.ok) throw new Error(t.error);
    return t.value;
  };

  it('in auto mode above lpAuditMaxCells, certificates plus an LP sample prove the table safe', () => {
    const table = bigger();
    const prim = primarySuppression(table, [{ kind: 'freq', n: 3 }]);
    if (!prim.ok) throw new Error(prim.error);
    const res = protectTable(table, prim.value, { lpAuditMaxCells: 10, auditSample: 1 });
    const kinds = [...res.verification.values()];
    expect(res.primaryCount).toBe(4);
    expect(kinds.filter((k) => k === 'lp')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'certificate')).toHaveLength(3);
    expect(res.safe).toBe(true);
  });

  it('a certificate no longer backed by suppressed cells fails verification', () => {
    const table = bigger();
    const prim = primarySuppression(table, [{ kind: 'freq', n: 3 }]);
    if (!prim.ok) throw new Error(prim.error);
    const res = protectTable(table, prim.value);
    const rel = tableRelations(table);
    const relOf = relationsOfCells(table, rel);
    const cert = res.certificates[0]!;
    expect(verifyCertificate(table, res.state, rel, relOf, cert)).toBe(true);
    const corner = Array.from(cert.corners).find((c) => res.state.status[c] === 'x')!;
    const published = {
      ...res.state,
      status: res.state.status.map((s, i) => (i === corner ? ('s' as const) : s)),
    };
    expect(verifyCertificate(table, published, rel, relOf, cert)).toBe(false);
    const broken = { ...cert, signs: Int8Array.from(cert.signs, (s, i) => (i === 1 ? -s : s)) };
    expect(verifyCertificate(table, res.state, rel, relOf, broken)).toBe(false);
  });
});
