/**
 * Charts with their accessible table and downloads (see chart.tsx). ECharts itself is loaded on
 * demand; import these only from lazily loaded pages (every page in modules/registry.ts is).
 */
export { Chart, type ChartKind, type ChartProps } from './chart';
export {
  SUPPRESSED_MARKER,
  chartRows,
  type CellStatus,
  type ChartCategory,
  type ChartCell,
  type ChartData,
  type ChartSeries,
} from './chart-data';
