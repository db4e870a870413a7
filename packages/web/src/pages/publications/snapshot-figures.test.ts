import { describe, expect, it } from 'vitest';
import { snapshotChartData, type Snapshot } from './snapshot-figures';

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
};

describe('snapshot → chart data', () => {
  it('areas as categories, sexes as series, margins left out, suppressed cells kept suppressed', () => {
    const data = snapshotChartData(snapshot, 'count');
    expect(data.categories.map((c) => c.key)).toEqual(['MZ0101', 'MZ0102']);
    expect(data.series.map((s) => s.key)).toEqual(['f', 'm']);
    expect(data.series[1]!.values[0]).toEqual({ value: null, status: 'suppressed-primary', rule: 'freq(3)' });
    expect(data.series[0]!.values).toEqual([{ value: 12 }, { value: 18 }]);
  });
});
