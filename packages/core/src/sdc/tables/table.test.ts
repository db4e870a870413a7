import { describe, expect, it } from 'vitest';
import { categoricalFromStrings, datasetFromColumns, numericFromValues } from '../dataset';
import { dimensionFromEdges, flatDimension } from './dimension';
import {
  buildTable,
  cellCodes,
  cellIndex,
  tableFromAggregates,
  tableFromContributions,
  tableRelations,
} from './table';
import { readReferenceRows } from '../test-support/reference-data';
import { testProblem } from './test-support/reference';

describe('dimensions', () => {
  it('orders codes totals first, depth first, children in the given order', () => {
    const dim = dimensionFromEdges('adm', 'country', [
      { code: 'north', parent: 'country' },
      { code: 'south', parent: 'country' },
      { code: 'n1', parent: 'north' },
      { code: 's1', parent: 'south' },
      { code: 'n2', parent: 'north' },
    ]);
    expect(dim.ok).toBe(true);
    if (!dim.ok) return;
    expect(dim.value.codes).toEqual(['country', 'north', 'n1', 'n2', 'south', 's1']);
    expect([...dim.value.parent]).toEqual([-1, 0, 1, 1, 0, 4]);
    expect([...dim.value.depth]).toEqual([0, 1, 2, 2, 1, 2]);
  });

  it('rejects duplicate codes, unknown parents and cycles with clear messages', () => {
    const dup = dimensionFromEdges('d', 'T', [
      { code: 'a', parent: 'T' },
      { code: 'a', parent: 'T' },
    ]);
    expect(dup).toEqual({ ok: false, error: expect.stringContaining('"a" appears twice') });
    const unknown = dimensionFromEdges('d', 'T', [{ code: 'a', parent: 'X' }]);
    expect(unknown).toEqual({ ok: false, error: expect.stringContaining('parent "X" of "a"') });
    const cycle = dimensionFromEdges('d', 'T', [
      { code: 'a', parent: 'T' },
      { code: 'b', parent: 'c' },
      { code: 'c', parent: 'b' },
    ]);
    expect(cycle).toEqual({ ok: false, error: expect.stringContaining('not connected') });
    expect(dimensionFromEdges('d', 'T', [])).toEqual({
      ok: false,
      error: expect.stringContaining('no codes'),
    });
  });
});

describe('buildTable on the sdcTable test problem', () => {
  it('reproduces every cell of sdcTable_testproblem_cells.csv (freq, val, x1, x2) in sdcTable order', () => {
    const table = testProblem();
    const ref = readReferenceRows('sdcTable_testproblem_cells.csv');
    const col = (name: string): number => ref.header.indexOf(name);
    expect(table.cellCount).toBe(ref.rows.length);
    for (const row of ref.rows) {
      const i = Number(row[col('idx')]) - 1;
      expect(cellCodes(table, i)).toEqual([row[col('region')], row[col('gender')]]);
      expect(table.freq[i]).toBe(Number(row[col('freq')]));
      expect(table.value![i]).toBeCloseTo(Number(row[col('val')]), 9);
      const c = table.contributions!;
      expect(c.values[i * c.k]).toBe(Number(row[col('x1')]));
      expect(c.values[i * c.k + 1]).toBe(Number(row[col('x2')]));
      expect(c.total[i]).toBeCloseTo(Number(row[col('val')]), 9);
    }
  });

  it('finds cells by codes', () => {
    const table = testProblem();
    expect(cellIndex(table, ['A', 'female'])).toBe(5);
    expect(cellIndex(table, ['D', 'male'])).toBe(13);
    expect(cellIndex(table, ['E', 'male'])).toBe(-1);
  });

  it('lists the additive relations (every total = sum of its children)', () => {
    const table = testProblem();
    const rel = tableRelations(table);
    // region relations: one per gender code (3); gender relations: one per region code (5).
    expect(rel.count).toBe(8);
    for (let r = 0; r < rel.count; r++) {
      let s = 0;
      for (let p = rel.offsets[r]!; p < rel.offsets[r + 1]!; p++) s += table.value![rel.parts[p]!]!;
      expect(table.value![rel.totals[r]!]).toBeCloseTo(s, 9);
    }
  });
});

describe('buildTable with hierarchies, weights and errors', () => {
  const data = datasetFromColumns([
    categoricalFromStrings('district', ['n1', 'n2', 'n2', 's1', 's1', 's1']),
    categoricalFromStrings('sex', ['f', 'm', 'f', 'f', 'm', 'm']),
    numericFromValues('amount', [5, 7, 1, 10, 2, 3]),
    numericFromValues('w', [1.5, 2, 1.5, 1, 1.5, 2]),
  ]);
  const adm = [
    { code: 'north', parent: 'country' },
    { code: 'n1', parent: 'north' },
    { code: 'n2', parent: 'north' },
    { code: 'south', parent: 'country' },
    { code: 's1', parent: 'south' },
  ];

  it('adds sub-totals along a two-level hierarchy', () => {
    const t = buildTable(data, {
      dimensions: [{ variable: 'district', total: 'country', hierarchy: adm }, { variable: 'sex' }],
    });
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const f = (a: string, b: string): number => t.value.freq[cellIndex(t.value, [a, b])]!;
    expect(f('country', 'Total')).toBe(6);
    expect(f('north', 'Total')).toBe(3);
    expect(f('north', 'f')).toBe(2);
    expect(f('south', 'm')).toBe(2);
    expect(f('n2', 'm')).toBe(1);
    expect(t.value.dimensions[1]!.codes).toEqual(['Total', 'f', 'm']);
  });

  it('weights: weighted counts and sums, contributions replicated with alternating rounding', () => {
    const t = buildTable(data, { dimensions: [{ variable: 'sex' }], value: 'amount', weight: 'w' });
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const tab = t.value;
    expect(tab.freq[0]).toBe(6);
    expect(tab.weightedFreq![0]).toBeCloseTo(9.5, 12);
    expect(tab.value![0]).toBeCloseTo(5 * 1.5 + 7 * 2 + 1 * 1.5 + 10 + 2 * 1.5 + 3 * 2, 12);
    // Non-integer weights in record order: 1.5 (up → 2), 1.5 (down → 1), 1.5 (up → 2).
    const c = tab.contributions!;
    expect(c.total[0]).toBe(5 * 2 + 7 * 2 + 1 * 1 + 10 * 1 + 2 * 2 + 3 * 2);
    expect([c.values[0], c.multiplicity![0], c.values[1], c.multiplicity![1]]).toEqual([10, 1, 7, 2]);
  });

  it('returns errors naming the column and row', () => {
    expect(buildTable(data, { dimensions: [{ variable: 'nope' }] })).toEqual({
      ok: false,
      error: expect.stringMatching(/Unknown column "nope".*district, sex, amount, w/),
    });
    const notLeaf = buildTable(data, {
      dimensions: [{ variable: 'district', total: 'country', hierarchy: adm.filter((e) => e.code !== 'n2') }],
    });
    expect(notLeaf).toEqual({
      ok: false,
      error: 'Column "district", row 2: value "n2" is not a code of the hierarchy',
    });
    const withMissing = datasetFromColumns([categoricalFromStrings('g', ['a', '', 'b'])]);
    expect(buildTable(withMissing, { dimensions: [{ variable: 'g' }] })).toEqual({
      ok: false,
      error: 'Column "g", row 2: missing value (a table needs a code in every row)',
    });
    expect(buildTable(data, { dimensions: [{ variable: 'sex' }], value: 'district' })).toEqual({
      ok: false,
      error: 'Column "district" must be numeric to be summed',
    });
  });
});

describe('tableFromAggregates', () => {
  it('sums leaf cells into all totals and rejects totals as input', () => {
    const rows = flatDimension('r', 'T', ['a', 'b']);
    const cols = flatDimension('c', 'T', ['x', 'y']);
    if (!rows.ok || !cols.ok) throw new Error('dims');
    const t = tableFromAggregates(
      [rows.value, cols.value],
      [
        { codes: ['a', 'x'], freq: 1 },
        { codes: ['a', 'y'], freq: 2 },
        { codes: ['b', 'x'], freq: 3 },
        { codes: ['b', 'y'], freq: 4 },
      ],
    );
    expect(t.ok && [...t.value.freq]).toEqual([10, 4, 6, 3, 1, 2, 7, 3, 4]);
    expect(tableFromAggregates([rows.value], [{ codes: ['T'], freq: 1 }])).toEqual({
      ok: false,
      error: expect.stringContaining('is a total'),
    });
  });
});

describe('tableFromContributions', () => {
  it('sums values, counts distinct contributors and keeps the largest per-contributor shares of every total', () => {
    const region = dimensionFromEdges('region', 'Total', [
      { code: 'A', parent: 'Total' },
      { code: 'B', parent: 'Total' },
    ]);
    if (!region.ok) throw new Error(region.error);
    const t = tableFromContributions(
      [region.value],
      [
        {
          codes: ['A'],
          contributors: [
            { id: 'x', value: 5 },
            { id: 'y', value: 1 },
          ],
        },
        {
          codes: ['B'],
          contributors: [
            { id: 'x', value: 3 },
            { id: 'z', value: 4 },
          ],
        },
      ],
      { topContributions: 2 },
    );
    if (!t.ok) throw new Error(t.error);
    const total = region.value.index.get('Total')!;
    expect(t.value.value![total]).toBe(13);
    expect(t.value.freq[total]).toBe(3); // x, y, z: x once
    const c = t.value.contributions!;
    expect([c.values[total * 2], c.values[total * 2 + 1]]).toEqual([8, 4]); // x = 5 + 3, then z
    expect(c.total[total]).toBe(13);
    const a = region.value.index.get('A')!;
    expect([c.values[a * 2], c.values[a * 2 + 1]]).toEqual([5, 1]);
  });

  it('refuses a contributor given twice in one row', () => {
    const region = dimensionFromEdges('region', 'Total', [{ code: 'A', parent: 'Total' }]);
    if (!region.ok) throw new Error(region.error);
    const t = tableFromContributions(
      [region.value],
      [
        {
          codes: ['A'],
          contributors: [
            { id: 'x', value: 1 },
            { id: 'x', value: 2 },
          ],
        },
      ],
    );
    expect(t).toMatchObject({ ok: false });
  });
});
