import { describe, expect, it } from 'vitest';
import type { AggregateTable } from './figures';
import { directoryGaps, gapAreas, gapMapValues } from './gaps';

const table = (measure: 'reached' | 'targeted', cells: AggregateTable['cells']): AggregateTable => ({
  framework: '5w',
  periods: ['2026-10'],
  by: ['adm2'],
  measure,
  audience: 'cluster',
  threshold: 3,
  cells,
  primaryCount: 0,
  secondaryCount: 0,
});
const cell = (
  adm2: string,
  count: number | null,
  status: 'published' | 'suppressed-primary' = 'published',
) => ({
  adm2,
  count,
  status,
  rule: status === 'published' ? null : 'freq(3)',
});

describe('gaps', () => {
  it('lists areas with a target and nobody reached; a suppressed reached figure is not a gap', () => {
    const reached = table('reached', [
      cell('MZ0101', 40),
      cell('MZ0102', 0),
      cell('MZ0103', null, 'suppressed-primary'),
      cell('total', 40),
    ]);
    const targeted = table('targeted', [
      cell('MZ0101', 50),
      cell('MZ0102', 30),
      cell('MZ0103', 10),
      cell('MZ0104', null, 'suppressed-primary'),
      cell('MZ0105', 0),
      cell('total', 92),
    ]);
    const gaps = gapAreas(reached, targeted);
    expect(gaps.map((g) => g.pcode)).toEqual(['MZ0102', 'MZ0104']);
    expect(gapMapValues(gaps)).toEqual([
      { pcode: 'MZ0102', value: 30 },
      { pcode: 'MZ0104', value: null, status: 'suppressed-primary', rule: 'freq(3)' },
    ]);
  });
});

describe('directory gaps', () => {
  const rows = [
    { pcode: 'MZ0101', parentPcode: 'MZ01', serviceType: 'legal', services: 2 },
    { pcode: 'MZ0102', parentPcode: 'MZ01', serviceType: 'legal', services: 0 },
    { pcode: 'MZ0201', parentPcode: 'MZ02', serviceType: 'legal', services: 0 },
    { pcode: 'MZ0101', parentPcode: 'MZ01', serviceType: 'health', services: 0 },
  ];
  it('maps the count of services of the type per district and lists the districts with none', () => {
    expect(directoryGaps(rows, 'legal')).toEqual({
      values: [
        { pcode: 'MZ0101', value: 2 },
        { pcode: 'MZ0102', value: 0 },
        { pcode: 'MZ0201', value: 0 },
      ],
      gaps: ['MZ0102', 'MZ0201'],
    });
  });
  it('keeps to the districts of one province when asked', () => {
    expect(directoryGaps(rows, 'legal', 'MZ02').gaps).toEqual(['MZ0201']);
    expect(directoryGaps(rows, 'health', 'MZ01')).toEqual({
      values: [{ pcode: 'MZ0101', value: 0 }],
      gaps: ['MZ0101'],
    });
  });
});
