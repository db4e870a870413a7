/**
 * The figures behind a chart, independent of how it is drawn: the accessible table, the CSV and
 * XLSX rows and the series ECharts draws are all made from one `ChartData`. A suppressed cell
 * (disclosure control) has no value: it is listed with the marker and a note, never as 0 or blank,
 * and it is not drawn as a bar or a slice. Pure (no React, no ECharts), so it is unit tested.
 */
import { SUPPRESSED_MARKER } from '@steward/core/publication/export';

export { SUPPRESSED_MARKER };

export type CellStatus = 'published' | 'suppressed-primary' | 'suppressed-secondary';

/** One figure: a number, or null when it is suppressed (status then says why) or missing. */
export interface ChartCell {
  readonly value: number | null;
  /** Default "published". A suppressed cell must have `value: null`. */
  readonly status?: CellStatus;
  /** The rule that suppressed it, e.g. "freq(5)". */
  readonly rule?: string;
}

export interface ChartSeries {
  readonly key: string;
  /** Shown in the legend, the table's column header and the CSV header. */
  readonly label: string;
  /** One per category, in the categories' order; a bare number is a published cell, null is "no data". */
  readonly values: readonly (ChartCell | number | null)[];
}

export interface ChartCategory {
  readonly key: string;
  readonly label: string;
}

export interface ChartData {
  /** Header of the category column (e.g. "Province", "Month"). */
  readonly categoryLabel: string;
  readonly categories: readonly ChartCategory[];
  readonly series: readonly ChartSeries[];
}

/** A cell as the table and the files show it. */
export interface TableCell {
  readonly value: number | null;
  readonly status: CellStatus | 'missing';
  readonly rule: string;
  /** What the cell shows: the number (formatted by the caller) or the marker; "" when missing. */
  readonly suppressed: boolean;
}

export function cellOf(raw: ChartCell | number | null | undefined): TableCell {
  if (raw === null || raw === undefined)
    return { value: null, status: 'missing', rule: '', suppressed: false };
  if (typeof raw === 'number') return { value: raw, status: 'published', rule: '', suppressed: false };
  const status = raw.status ?? 'published';
  const suppressed = status !== 'published';
  return {
    // A suppressed cell never carries a number, whatever the caller passed.
    value: suppressed ? null : raw.value,
    status: suppressed ? status : raw.value === null ? 'missing' : 'published',
    rule: raw.rule ?? '',
    suppressed,
  };
}

/** The table: one row per category, one cell per series. */
export function chartTable(data: ChartData): { category: ChartCategory; cells: TableCell[] }[] {
  return data.categories.map((category, i) => ({
    category,
    cells: data.series.map((s) => cellOf(s.values[i])),
  }));
}

/** Every suppressed cell, named (category, series, rule), for the note under the chart. */
export function suppressedCells(
  data: ChartData,
): { category: string; series: string; status: CellStatus; rule: string }[] {
  const out: { category: string; series: string; status: CellStatus; rule: string }[] = [];
  chartTable(data).forEach((row) =>
    row.cells.forEach((c, j) => {
      if (c.suppressed)
        out.push({
          category: row.category.label,
          series: data.series[j]!.label,
          status: c.status as CellStatus,
          rule: c.rule,
        });
    }),
  );
  return out;
}

/** The note a file carries for a suppressed cell (English: files are read by tools and people alike). */
export function suppressionNoteOf(cell: TableCell): string {
  if (cell.status === 'suppressed-primary')
    return `Suppressed: fewer people than the small-cell threshold${cell.rule ? ` (${cell.rule})` : ''}`;
  if (cell.status === 'suppressed-secondary')
    return 'Suppressed: would let another suppressed cell be worked out (secondary suppression)';
  return '';
}

/**
 * Long rows for CSV/XLSX: category, series, value (or the marker), status, note. One row per cell
 * keeps a file readable whatever the number of series, and leaves room for the note.
 */
export function chartRows(data: ChartData): string[][] {
  const rows: string[][] = [[data.categoryLabel, 'series', 'value', 'status', 'note']];
  for (const row of chartTable(data))
    row.cells.forEach((c, j) => {
      rows.push([
        row.category.label,
        data.series[j]!.label,
        c.suppressed ? SUPPRESSED_MARKER : c.value === null ? '' : String(c.value),
        c.status,
        suppressionNoteOf(c),
      ]);
    });
  return rows;
}

/** The values ECharts draws for one series: suppressed and missing cells are gaps (null), never 0. */
export function drawnValues(series: ChartSeries): (number | null)[] {
  return series.values.map((v) => cellOf(v).value);
}

/** A file name from a title: letters, digits and dashes. */
export function fileNameOf(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return base.slice(0, 60) || 'chart';
}
