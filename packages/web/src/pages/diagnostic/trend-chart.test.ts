import { describe, expect, it } from 'vitest';
import { chartRows } from '../../components/chart';
import { trendChartData, type Comparison } from './trend-chart';

const comparison: Comparison = {
  rounds: [
    { id: 'r1', title: 'Baseline', openedOn: '2025-01-10' },
    { id: 'r2', title: 'Annual', openedOn: '2026-01-12' },
  ],
  overall: { key: 'overall', scores: [40, 55], change: 15 },
  byAction: [
    { key: 'registry', scores: [50, 75], change: 25 },
    { key: 'incidents', scores: [null, 20], change: null },
  ],
  byPrinciple: [],
};

describe('trendChartData', () => {
  it('makes one series per round and one category per action, keeping unanswered as no data', () => {
    const d = trendChartData(comparison, comparison.byAction, 'Action', (k) => `label:${k}`);
    expect(d.categories).toEqual([
      { key: 'registry', label: 'label:registry' },
      { key: 'incidents', label: 'label:incidents' },
    ]);
    expect(d.series.map((s) => s.label)).toEqual(['Baseline (2025-01-10)', 'Annual (2026-01-12)']);
    expect(d.series.map((s) => s.values)).toEqual([
      [50, null],
      [75, 20],
    ]);
    // The CSV/XLSX downloads behind the chart: one row per cell, the missing one empty (not 0).
    const rows = chartRows(d);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['label:registry', 'Baseline (2025-01-10)', '50'],
      ['label:registry', 'Annual (2026-01-12)', '75'],
      ['label:incidents', 'Baseline (2025-01-10)', ''],
      ['label:incidents', 'Annual (2026-01-12)', '20'],
    ]);
  });
});
