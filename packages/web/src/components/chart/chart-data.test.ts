import { describe, expect, it } from 'vitest';
import { writeCsvRows } from '@steward/core/sdc/io/csv';
import {
  cellOf,
  chartRows,
  chartTable,
  drawnValues,
  fileNameOf,
  suppressedCells,
  SUPPRESSED_MARKER,
  type ChartData,
} from './chart-data';

/** People reached by province and sex; Niassa women suppressed (primary), Niassa men (secondary). */
const data: ChartData = {
  categoryLabel: 'Province',
  categories: [
    { key: 'MZ01', label: 'Cabo Delgado' },
    { key: 'MZ08', label: 'Niassa' },
    { key: 'MZ10', label: 'Tete' },
  ],
  series: [
    {
      key: 'f',
      label: 'Women',
      values: [120, { value: null, status: 'suppressed-primary', rule: 'freq(5)' }, null],
    },
    {
      key: 'm',
      label: 'Men',
      // A caller that passes a number with a suppressed status must not leak it.
      values: [98, { value: 40, status: 'suppressed-secondary', rule: 'secondary' }, { value: 7 }],
    },
  ],
};

describe('chart data → table', () => {
  it('keeps every category and series, in order, with suppressed cells carrying no number', () => {
    const table = chartTable(data);
    expect(table.map((r) => r.category.label)).toEqual(['Cabo Delgado', 'Niassa', 'Tete']);
    expect(table[0]!.cells.map((c) => c.value)).toEqual([120, 98]);
    expect(table[1]!.cells).toEqual([
      { value: null, status: 'suppressed-primary', rule: 'freq(5)', suppressed: true },
      { value: null, status: 'suppressed-secondary', rule: 'secondary', suppressed: true },
    ]);
    expect(table[2]!.cells.map((c) => c.status)).toEqual(['missing', 'published']);
  });

  it('names every suppressed cell for the note', () => {
    expect(suppressedCells(data)).toEqual([
      { category: 'Niassa', series: 'Women', status: 'suppressed-primary', rule: 'freq(5)' },
      { category: 'Niassa', series: 'Men', status: 'suppressed-secondary', rule: 'secondary' },
    ]);
  });

  it('draws suppressed and missing cells as gaps, never 0', () => {
    expect(drawnValues(data.series[0]!)).toEqual([120, null, null]);
    expect(drawnValues(data.series[1]!)).toEqual([98, null, 7]);
  });

  it('a suppressed cell never carries a number, a missing one is not a 0', () => {
    expect(cellOf({ value: 3, status: 'suppressed-primary' }).value).toBeNull();
    expect(cellOf(null)).toMatchObject({ value: null, status: 'missing', suppressed: false });
    expect(cellOf(0)).toMatchObject({ value: 0, status: 'published' });
  });
});

describe('chart data → CSV rows', () => {
  it('one row per cell with the marker and a note for suppressed cells, blank only when missing', () => {
    const rows = chartRows(data);
    expect(rows[0]).toEqual(['Province', 'series', 'value', 'status', 'note']);
    expect(rows).toHaveLength(1 + 3 * 2);
    expect(rows[3]).toEqual([
      'Niassa',
      'Women',
      SUPPRESSED_MARKER,
      'suppressed-primary',
      'Suppressed: fewer people than the small-cell threshold (freq(5))',
    ]);
    expect(rows[4]!.slice(2, 4)).toEqual([SUPPRESSED_MARKER, 'suppressed-secondary']);
    expect(rows[4]![4]).toMatch(/secondary suppression/);
    expect(rows[5]!.slice(2, 4)).toEqual(['', 'missing']);
    const csv = writeCsvRows(rows);
    expect(csv).toContain('Niassa,Women,x,suppressed-primary,');
    expect(csv).not.toMatch(/^Niassa,\w+,(0|40),/m);
  });

  it('makes file names from titles', () => {
    expect(fileNameOf('People reached — by province (2026-11)')).toBe('people-reached-by-province-2026-11');
    expect(fileNameOf('الأشخاص في تيتي')).toBe('الاشخاص-في-تيتي');
    expect(fileNameOf('***')).toBe('chart');
  });
});
