import { describe, expect, it } from 'vitest';
import { snapshotAreaValues, snapshotChartData, snapshotCodeLabel, type Snapshot } from './snapshot-figures';

const snapshot: Snapshot = {
  dimensions: [
    { name: 'adm2', total: 'Total' },
    { name: 'sex', total: 'Total' },
  ],
  cells: [
    { codes: ['MZ0101', 'f'], count: 12, status: 'published', rule: '' },
    { codes: ['MZ0101', 'm'], count: null, status: 'suppressed-primary', rule: 'freq(3)' },
    { codes: ['MZ0101', 'Total'], count: null, status: 'suppressed-secondary', rule: 'secondary' },
    { codes: ['Total', 'f'], count: 30, status: 'published', rule: '' },
    { codes: ['MZ0102', 'f'], count: 18, status: 'published', rule: '' },
    { codes: ['MZ0102', 'm'], count: 9, status: 'published', rule: '' },
  ],
  labels: { adm2: { MZ0101: 'Pemba' } },
};

describe('snapshot → chart data', () => {
  it('areas as categories, sexes as series, margins left out, suppressed cells kept suppressed', () => {
    const data = snapshotChartData(snapshot, 'count');
    expect(data.categories.map((c) => c.key)).toEqual(['MZ0101', 'MZ0102']);
    expect(data.series.map((s) => s.key)).toEqual(['f', 'm']);
    expect(data.series[1]!.values[0]).toEqual({ value: null, status: 'suppressed-primary', rule: 'freq(3)' });
    expect(data.series[0]!.values).toEqual([{ value: 12 }, { value: 18 }]);
  });

  it('names areas from the snapshot with the p-code second; unnamed codes go through the label function', () => {
    const label = (d: string, c: string, name: string | undefined) =>
      name ? `${name} · ${c}` : d === 'sex' ? ({ f: 'Women', m: 'Men' }[c] ?? c) : c;
    const data = snapshotChartData(snapshot, 'count', label);
    expect(data.categories.map((c) => c.label)).toEqual(['Pemba · MZ0101', 'MZ0102']);
    expect(data.series.map((s) => s.label)).toEqual(['Women', 'Men']);
    expect(snapshotCodeLabel(snapshot, 'adm2', 'MZ0101')).toBe('Pemba (MZ0101)');
    expect(snapshotCodeLabel({ ...snapshot, labels: undefined }, 'adm2', 'MZ0101')).toBe('MZ0101');
  });

  it('three dimensions: every leaf cell is shown once, the later dimensions combined as series', () => {
    const three: Snapshot = {
      dimensions: [
        { name: 'adm1', total: 'Total' },
        { name: 'sex', total: 'Total' },
        { name: 'age', total: 'Total' },
      ],
      cells: [
        { codes: ['MZ01', 'f', 'children'], count: 7, status: 'published', rule: '' },
        { codes: ['MZ01', 'f', 'adults'], count: 9, status: 'published', rule: '' },
        { codes: ['MZ01', 'm', 'children'], count: null, status: 'suppressed-primary', rule: 'freq(5)' },
        { codes: ['MZ01', 'f', 'Total'], count: 16, status: 'published', rule: '' },
      ],
    };
    const data = snapshotChartData(three, 'count');
    expect(data.series.map((s) => s.label)).toEqual(['f · children', 'f · adults', 'm · children']);
    expect(data.series.map((s) => s.values[0])).toEqual([
      { value: 7 },
      { value: 9 },
      { value: null, status: 'suppressed-primary', rule: 'freq(5)' },
    ]);
  });
});

describe('snapshot → map values', () => {
  it("one value per area at the other dimensions' totals, suppressed areas kept suppressed", () => {
    const withTotals: Snapshot = {
      ...snapshot,
      cells: [...snapshot.cells, { codes: ['MZ0102', 'Total'], count: 27, status: 'published', rule: '' }],
    };
    expect(snapshotAreaValues(withTotals)).toEqual({
      level: 'adm2',
      values: [
        { pcode: 'MZ0101', value: null, status: 'suppressed-secondary', rule: 'secondary' },
        { pcode: 'MZ0102', value: 27 },
      ],
    });
    expect(
      snapshotAreaValues({
        ...snapshot,
        dimensions: [{ name: 'sex', total: 'Total' }, snapshot.dimensions[0]!],
      }),
    ).toBeNull();
  });
});
