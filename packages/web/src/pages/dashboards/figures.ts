/**
 * Turns the API's protected aggregate cells (one key per dimension, `total` in margins, count null
 * when suppressed, status and rule) into chart and map data. Margins are left out of charts (the
 * table of a chart is its own figures); suppressed cells stay suppressed. Pure.
 */
import type { AreaValue } from '../../components/area-map';
import type { ChartCell, ChartData } from '../../components/chart';

export const TOTAL = 'total';

export interface AggregateCell {
  readonly [dimension: string]: string | number | null;
  readonly count: number | null;
  readonly status: 'published' | 'suppressed-primary' | 'suppressed-secondary';
  readonly rule: string | null;
}

export interface AggregateTable {
  readonly framework: string;
  readonly periods: readonly string[];
  readonly by: readonly string[];
  readonly measure: 'reached' | 'targeted';
  readonly audience: 'public' | 'cluster';
  readonly threshold: number;
  readonly cells: readonly AggregateCell[];
  readonly primaryCount: number;
  readonly secondaryCount: number;
}

export function toChartCell(cell: AggregateCell | undefined): ChartCell | null {
  if (!cell) return null;
  if (cell.status !== 'published') return { value: null, status: cell.status, rule: cell.rule ?? '' };
  return { value: cell.count };
}

function key(cell: AggregateCell, dims: readonly string[]): string {
  return dims.map((d) => String(cell[d])).join('\u0000');
}

/**
 * A two-way table: categories from `rowDim`, series from `colDim` (or one series of the row's
 * totals when `colDim` is absent). Codes are labelled by `label`; order follows `order` when given,
 * else the codes' order. Cells of other dimensions are taken at their total.
 */
export function pivot(
  table: AggregateTable,
  rowDim: string,
  colDim: string | null,
  options: {
    readonly categoryLabel: string;
    readonly seriesLabel?: string;
    readonly label?: (dimension: string, code: string) => string;
    readonly order?: (dimension: string, codes: string[]) => string[];
  },
): ChartData {
  const label = options.label ?? ((_d: string, c: string) => c);
  const order = options.order ?? ((_d: string, c: string[]) => c);
  const others = table.by.filter((d) => d !== rowDim && d !== colDim);
  const atTotal = (c: AggregateCell) => others.every((d) => c[d] === TOTAL);
  const cells = table.cells.filter(atTotal);
  const distinct = (dim: string) =>
    order(
      dim,
      [...new Set(cells.map((c) => String(c[dim])))].filter((c) => c !== TOTAL),
    );
  const rows = distinct(rowDim);
  const cols = colDim ? distinct(colDim) : [TOTAL];
  const byKey = new Map(cells.map((c) => [key(c, colDim ? [rowDim, colDim] : [rowDim]), c]));
  return {
    categoryLabel: options.categoryLabel,
    categories: rows.map((r) => ({ key: r, label: label(rowDim, r) })),
    series: cols.map((col) => ({
      key: col,
      label: colDim ? label(colDim, col) : (options.seriesLabel ?? ''),
      values: rows.map((r) => toChartCell(byKey.get(colDim ? `${r}\u0000${col}` : r))),
    })),
  };
}

/** Map values: one per area code of `dim` (adm1 or adm2), the other dimensions at their total. */
export function areaValues(table: AggregateTable, dim: 'adm1' | 'adm2'): AreaValue[] {
  const others = table.by.filter((d) => d !== dim);
  return table.cells
    .filter((c) => c[dim] !== TOTAL && others.every((d) => c[d] === TOTAL))
    .map((c) => ({ pcode: String(c[dim]), ...(toChartCell(c) ?? { value: null }) }));
}

/** The grand total cell's count (null when suppressed or absent). */
export function grandTotal(table: AggregateTable): AggregateCell | undefined {
  return table.cells.find((c) => table.by.every((d) => c[d] === TOTAL));
}
