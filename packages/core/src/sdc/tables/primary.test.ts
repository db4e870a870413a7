import { describe, expect, it } from 'vitest';
import { categoricalFromStrings, datasetFromColumns, numericFromValues, replaceColumn } from '../dataset';
import { seededRandom } from '../../random';
import { parseRule, primarySuppression, type PrimaryRule } from './primary';
import { buildTable } from './table';
import { loadReferenceCsv, readReferenceRows } from '../test-support/reference-data';
import { testProblem } from './test-support/reference';

const flagged = (rules: PrimaryRule[]): number[] => {
  const res = primarySuppression(testProblem(), rules);
  if (!res.ok) throw new Error(res.error);
  return res.value.status.flatMap((s, i) => (s === 'u' ? [i + 1] : []));
};

describe('primary suppression: sdcTable test-primarySuppression.r (README 4.1)', () => {
  it('freq maxN = 2 flags cell 6 only; the Handbook rule freq(3) is the same rule', () => {
    expect(flagged([{ kind: 'freq-le', maxN: 2 }])).toEqual([6]);
    expect(flagged([{ kind: 'freq', n: 3 }])).toEqual([6]);
  });

  it('nk(2,75), p(70) and pq(60,80) flag cells 6 and 14', () => {
    expect(flagged([{ kind: 'nk', n: 2, k: 75 }])).toEqual([6, 14]);
    expect(flagged([{ kind: 'p', p: 70 }])).toEqual([6, 14]);
    expect(flagged([{ kind: 'pq', p: 60, q: 80 }])).toEqual([6, 14]);
  });

  it('matches every verdict column of sdcTable_testproblem_cells.csv', () => {
    const ref = readReferenceRows('sdcTable_testproblem_cells.csv');
    const columns: Array<[string, PrimaryRule]> = [
      ['freq_le2', { kind: 'freq-le', maxN: 2 }],
      ['freq_le3', { kind: 'freq-le', maxN: 3 }],
      ['nk_2_75', { kind: 'nk', n: 2, k: 75 }],
      ['p_70', { kind: 'p', p: 70 }],
      ['pq_60_80', { kind: 'pq', p: 60, q: 80 }],
    ];
    for (const [name, rule] of columns) {
      const j = ref.header.indexOf(name);
      const expected = ref.rows.flatMap((r) => (r[j] === 'TRUE' ? [Number(r[0])] : []));
      expect(flagged([rule]), name).toEqual(expected);
    }
  });

  it('gives reasons and the Handbook protection levels', () => {
    const res = primarySuppression(testProblem(), [
      { kind: 'p', p: 70 },
      { kind: 'freq-le', maxN: 2 },
    ]);
    if (!res.ok) throw new Error(res.error);
    const s = res.value;
    // Cell 14 (D/male): X = 366, x1 = 280, x2 = 11 → UPL = 0.7·280 − (366 − 291) = 121.
    expect(s.upper[13]).toBeCloseTo(121, 9);
    expect(s.lower[13]).toBeCloseTo(121, 9);
    expect(s.reason[13]).toBe('p%-rule (p=70): X − x1 − x2 = 75 < 196');
    // Cell 6 (A/female): X = 20, x1 = 11, x2 = 9 → UPL = 7.7; also the frequency rule.
    expect(s.upper[5]).toBeCloseTo(7.7, 9);
    expect(s.reason[5]).toBe('p%-rule (p=70): X − x1 − x2 = 0 < 7.7; frequency 2 ≤ 2');
  });

  it('returns the argument errors sdcTable requires, as values', () => {
    const t = testProblem();
    const err = (rules: PrimaryRule[]): string => {
      const r = primarySuppression(t, rules);
      return r.ok ? 'no error' : r.error;
    };
    expect(err([{ kind: 'p', p: 0 }])).toBe('p(p): p must be between 1 and 99, got 0');
    expect(err([{ kind: 'p', p: 100 }])).toBe('p(p): p must be between 1 and 99, got 100');
    expect(err([{ kind: 'pq', p: 85, q: 80 }])).toBe('pq(p,q): p must be less than q, got p=85, q=80');
    expect(err([{ kind: 'pq', p: 85, q: 180 }])).toBe('pq(p,q): q must be between 1 and 99, got 180');
    expect(err([{ kind: 'pq', p: 110, q: 120 }])).toBe('pq(p,q): p must be between 1 and 99, got 110');
    expect(err([{ kind: 'nk', n: 1, k: 75 }])).toMatch(/^nk\(n,k\): n must be an integer ≥ 2, got 1/);
    // Without a value variable (sdcTable: no numVarName).
    const data = loadReferenceCsv('sdcTable_microdata1.csv', { numericOnly: ['val'] });
    const counts = buildTable(data, { dimensions: [{ variable: 'region' }, { variable: 'gender' }] });
    if (!counts.ok) throw new Error(counts.error);
    for (const rule of [
      { kind: 'nk', n: 2, k: 75 },
      { kind: 'p', p: 70 },
    ] as PrimaryRule[]) {
      const r = primarySuppression(counts.value, [rule]);
      expect(r.ok ? '' : r.error).toMatch(/is a dominance rule: it needs a magnitude table/);
    }
    // A negative contribution (sdcTable sets val[5] = -5).
    const val = data.columns.find((c) => c.name === 'val')!;
    if (val.kind !== 'numeric') throw new Error('val');
    const values = val.values.slice();
    values[4] = -5;
    const neg = buildTable(replaceColumn(data, { ...val, values }), {
      dimensions: [{ variable: 'region' }, { variable: 'gender' }],
      value: 'val',
    });
    if (!neg.ok) throw new Error(neg.error);
    for (const rule of [
      { kind: 'nk', n: 2, k: 75 },
      { kind: 'p', p: 70 },
      { kind: 'pq', p: 60, q: 80 },
    ] as PrimaryRule[]) {
      const r = primarySuppression(neg.value, [rule]);
      expect(r.ok ? '' : r.error).toMatch(/negative contributions/);
    }
    // The frequency rule still works on negative values.
    expect(primarySuppression(neg.value, [{ kind: 'freq', n: 3 }]).ok).toBe(true);
  });

  it('weighted case: region A–E (E empty), random weights, nk(2,80) → 15 cells s and 3 cells z', () => {
    const data = loadReferenceCsv('sdcTable_microdata1.csv', { numericOnly: ['val'] });
    const rnd = seededRandom(2024);
    const normal = (): number =>
      Math.sqrt(-2 * Math.log(1 - rnd.next())) * Math.cos(2 * Math.PI * rnd.next());
    const weights = Array.from({ length: data.rowCount }, () => 10 + normal());
    const withW = datasetFromColumns([...data.columns, numericFromValues('w', weights)]);
    const t = buildTable(withW, {
      dimensions: [
        {
          variable: 'region',
          total: 'total',
          hierarchy: ['A', 'B', 'C', 'D', 'E'].map((code) => ({ code, parent: 'total' })),
        },
        {
          variable: 'gender',
          total: 'total',
          hierarchy: ['male', 'female'].map((code) => ({ code, parent: 'total' })),
        },
      ],
      value: 'val',
      weight: 'w',
    });
    if (!t.ok) throw new Error(t.error);
    const r = primarySuppression(t.value, [{ kind: 'nk', n: 2, k: 80 }]);
    if (!r.ok) throw new Error(r.error);
    const count = (s: string): number => r.value.status.filter((x) => x === s).length;
    expect([count('s'), count('z'), count('u')]).toEqual([15, 3, 0]);
  });

  it('Handbook freq(n) vs sdcTable freq-le(maxN): freq(n) = freq-le(n − 1); zeros only with allowZeros', () => {
    const data = datasetFromColumns([categoricalFromStrings('g', ['a', 'b', 'b', 'c', 'c', 'c'])]);
    const t = buildTable(data, {
      dimensions: [
        { variable: 'g', total: 'T', hierarchy: ['a', 'b', 'c', 'd'].map((code) => ({ code, parent: 'T' })) },
      ],
    });
    if (!t.ok) throw new Error(t.error);
    const st = (rule: PrimaryRule, allowZeros = false): string => {
      const r = primarySuppression(t.value, [rule], { allowZeros });
      if (!r.ok) throw new Error(r.error);
      return r.value.status.join('');
    };
    // Cells: T(6) a(1) b(2) c(3) d(0).
    expect(st({ kind: 'freq', n: 3 })).toBe('suusz');
    expect(st({ kind: 'freq-le', maxN: 3 })).toBe('suuuz');
    expect(st({ kind: 'freq-le', maxN: 2 })).toBe(st({ kind: 'freq', n: 3 }));
    expect(st({ kind: 'freq', n: 3 }, true)).toBe('suusu');
  });
});

describe('parseRule', () => {
  it('parses the CLI syntax', () => {
    expect(parseRule('freq(3)')).toEqual({ ok: true, value: { kind: 'freq', n: 3 } });
    expect(parseRule('freq-le(2)')).toEqual({ ok: true, value: { kind: 'freq-le', maxN: 2 } });
    expect(parseRule(' nk(2, 75) ')).toEqual({ ok: true, value: { kind: 'nk', n: 2, k: 75 } });
    expect(parseRule('p(70)')).toEqual({ ok: true, value: { kind: 'p', p: 70 } });
    expect(parseRule('PQ(60,80)')).toEqual({ ok: true, value: { kind: 'pq', p: 60, q: 80 } });
  });

  it('returns clear errors', () => {
    const err = (s: string): string => {
      const r = parseRule(s);
      return r.ok ? 'no error' : r.error;
    };
    expect(err('freq')).toBe(
      'Cannot read rule "freq": expected one of freq(n), freq-le(maxN), nk(n,k), p(p), pq(p,q)',
    );
    expect(err('dom(2,3)')).toBe(
      'Unknown rule "dom" in "dom(2,3)": expected one of freq(n), freq-le(maxN), nk(n,k), p(p), pq(p,q)',
    );
    expect(err('nk(2)')).toBe('Rule "nk(2)": nk takes 2 arguments, got 1');
    expect(err('p(abc)')).toBe('Rule "p(abc)": "abc" is not a number');
    expect(err('pq(80,60)')).toBe('pq(p,q): p must be less than q, got p=80, q=60');
    expect(err('freq(0)')).toBe('freq(n): n must be an integer ≥ 1, got 0');
    expect(err('freq(2.5)')).toBe('freq(n): n must be an integer ≥ 1, got 2.5');
  });
});
