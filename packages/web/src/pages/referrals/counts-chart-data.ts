/**
 * The referral counts as a chart (issue 9): the first chosen dimension along the axis, the others
 * combined into series; total rows and columns are left out (the table shows them). A suppressed
 * cell stays suppressed — no value, its status and rule — so the chart marks it and never draws 0.
 * Pure, unit tested.
 */
import type { ChartData } from '../../components/chart';
import type { StatsAnswer } from './referral-types';

export function countsChartData(
  answer: StatsAnswer,
  label: (dimension: string, code: string) => string,
  dimensionLabel: (dimension: string) => string,
  seriesLabel: string,
): ChartData {
  const [first, ...rest] = answer.dimensions;
  if (!first) return { categoryLabel: '', categories: [], series: [] };
  const code = (c: StatsAnswer['cells'][number], d: string) => String(c[d] ?? '');
  const leaf = answer.cells.filter((c) => answer.dimensions.every((d) => code(c, d) !== 'total'));
  const colKey = (c: StatsAnswer['cells'][number]) => rest.map((d) => code(c, d)).join('\u0000');
  const rows = [...new Set(leaf.map((c) => code(c, first)))];
  const cols = rest.length > 0 ? [...new Set(leaf.map(colKey))] : [''];
  const byKey = new Map(leaf.map((c) => [`${code(c, first)}\u0001${colKey(c)}`, c]));
  const rule = `freq(${answer.threshold})`;
  return {
    categoryLabel: dimensionLabel(first),
    categories: rows.map((r) => ({ key: r, label: label(first, r) })),
    series: cols.map((col) => ({
      key: col ? col.replaceAll('\u0000', '|') : 'count',
      label: col
        ? col
            .split('\u0000')
            .map((v, i) => label(rest[i]!, v))
            .join(' · ')
        : seriesLabel,
      values: rows.map((r) => {
        const c = byKey.get(`${r}\u0001${col}`);
        if (!c) return null;
        return c.status === 'published' ? { value: c.count } : { value: null, status: c.status, rule };
      }),
    })),
  };
}
