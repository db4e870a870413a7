/**
 * The figures behind a map: values by p-code joined to the boundary shapes. Values whose p-code
 * has no shape cannot be drawn: they are listed (and stay in the table), never dropped silently.
 * Pure (no React, no ECharts), unit tested with the real boundary asset.
 */
import {
  cellOf,
  suppressionNoteOf,
  SUPPRESSED_MARKER,
  type ChartCell,
  type TableCell,
} from '../chart/chart-data';

export type AreaLevel = 'adm1' | 'adm2';

export interface AreaShape {
  readonly pcode: string;
  readonly name: string;
  readonly parent?: string;
}

export interface AreaValue extends ChartCell {
  readonly pcode: string;
  /** Name to show when the p-code has no shape (default: the p-code). */
  readonly name?: string;
}

export interface AreaRow {
  readonly pcode: string;
  readonly name: string;
  readonly cell: TableCell;
  /** False when no boundary has this p-code. */
  readonly onMap: boolean;
}

export interface AreaJoinResult {
  readonly rows: readonly AreaRow[];
  /** Values whose p-code matches no boundary (not drawn). */
  readonly unmatched: readonly AreaRow[];
  /** Shapes without a value (drawn as "no data"). */
  readonly withoutData: readonly AreaShape[];
}

export function joinAreaValues(shapes: readonly AreaShape[], values: readonly AreaValue[]): AreaJoinResult {
  const shapeOf = new Map(shapes.map((s) => [s.pcode.toUpperCase(), s]));
  const seen = new Set<string>();
  const rows: AreaRow[] = values.map((v) => {
    const shape = shapeOf.get(v.pcode.toUpperCase());
    if (shape) seen.add(shape.pcode);
    return {
      pcode: shape?.pcode ?? v.pcode,
      name: shape?.name ?? v.name ?? v.pcode,
      cell: cellOf(v),
      onMap: shape !== undefined,
    };
  });
  return {
    rows,
    unmatched: rows.filter((r) => !r.onMap),
    withoutData: shapes.filter((s) => !seen.has(s.pcode)),
  };
}

/** CSV/XLSX rows: area, p-code, value (or the marker), status, note. */
export function areaRows(join: AreaJoinResult, valueLabel: string): string[][] {
  return [
    ['area', 'pcode', valueLabel, 'status', 'note'],
    ...join.rows.map((r) => [
      r.name,
      r.pcode,
      r.cell.suppressed ? SUPPRESSED_MARKER : r.cell.value === null ? '' : String(r.cell.value),
      r.cell.status,
      [suppressionNoteOf(r.cell), r.onMap ? '' : 'No boundary for this p-code: not on the map']
        .filter(Boolean)
        .join('; '),
    ]),
  ];
}

/** Largest published value (the top of the colour scale; 1 when there is none). */
export function maxValue(join: AreaJoinResult): number {
  let max = 0;
  for (const r of join.rows) if (r.onMap && r.cell.value !== null) max = Math.max(max, r.cell.value);
  return max > 0 ? max : 1;
}
