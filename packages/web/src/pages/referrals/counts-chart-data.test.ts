import { describe, expect, it } from 'vitest';
import { countsChartData } from './counts-chart-data';
import type { StatsAnswer } from './referral-types';

const answer: StatsAnswer = {
  dimensions: ['service', 'state'],
  threshold: 5,
  cells: [
    { service: 'legal', state: 'sent', count: 7, status: 'published' },
    { service: 'legal', state: 'closed', count: null, status: 'suppressed-primary' },
    { service: 'health', state: 'sent', count: null, status: 'suppressed-secondary' },
    { service: 'health', state: 'closed', count: 9, status: 'published' },
    { service: 'legal', state: 'total', count: 10, status: 'published' },
    { service: 'total', state: 'total', count: 21, status: 'published' },
  ],
};
const label = (d: string, c: string) => `${d}:${c}`;

describe('countsChartData', () => {
  it('puts the first dimension on the axis, the others in series, and leaves totals out', () => {
    const data = countsChartData(answer, label, (d) => `[${d}]`, 'Referrals');
    expect(data.categoryLabel).toBe('[service]');
    expect(data.categories).toEqual([
      { key: 'legal', label: 'service:legal' },
      { key: 'health', label: 'service:health' },
    ]);
    expect(data.series.map((s) => s.label)).toEqual(['state:sent', 'state:closed']);
  });

  it('keeps suppressed cells suppressed (no value, status and rule), never 0', () => {
    const data = countsChartData(answer, label, (d) => d, 'Referrals');
    const [sent, closed] = data.series;
    expect(sent!.values).toEqual([
      { value: 7 },
      { value: null, status: 'suppressed-secondary', rule: 'freq(5)' },
    ]);
    expect(closed!.values).toEqual([
      { value: null, status: 'suppressed-primary', rule: 'freq(5)' },
      { value: 9 },
    ]);
  });

  it('one dimension: one series named by the caller', () => {
    const data = countsChartData(
      {
        dimensions: ['priority'],
        threshold: 5,
        cells: [
          { priority: 'urgent', count: 6, status: 'published' },
          { priority: 'total', count: 6, status: 'published' },
        ],
      },
      label,
      (d) => d,
      'Referrals',
    );
    expect(data.series).toEqual([{ key: 'count', label: 'Referrals', values: [{ value: 6 }] }]);
  });
});
