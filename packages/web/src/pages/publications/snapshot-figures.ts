/**
 * A published snapshot (frozen, checked cells: codes, count or null, status, rule) as chart data:
 * the first dimension as categories, the others (if any) as series, margins left out; suppressed
 * cells stay suppressed. Pure.
 */
import type { ChartData } from '../../components/chart';

export interface SnapshotCell {
  readonly codes: readonly string[];
  readonly count: number | null;
  readonly status: 'published' | 'suppressed-primary' | 'suppressed-secondary';
  readonly rule: string;
}

export interface Snapshot {
  readonly dimensions: readonly { readonly name: string; readonly total: string }[];
  readonly cells: readonly SnapshotCell[];
}

export function snapshotChartData(snapshot: Snapshot, seriesLabel: string): ChartData {
  const [first, second] = snapshot.dimensions;
  if (!first) return { categoryLabel: '', categories: [], series: [] };
  const leaf = snapshot.cells.filter((c) =>
    c.codes.every((code, i) => code !== snapshot.dimensions[i]!.total),
  );
  const rows = [...new Set(leaf.map((c) => c.codes[0]!))];
  const cols = second ? [...new Set(leaf.map((c) => c.codes[1]!))] : [''];
  const byKey = new Map(leaf.map((c) => [c.codes.slice(0, 2).join('\u0000'), c]));
  return {
    categoryLabel: first.name,
    categories: rows.map((r) => ({ key: r, label: r })),
    series: cols.map((col) => ({
      key: col || 'count',
      label: col || seriesLabel,
      values: rows.map((r) => {
        const c = byKey.get(`${r}\u0000${col}`);
        if (!c) return null;
        return c.status === 'published'
          ? { value: c.count }
          : { value: null, status: c.status, rule: c.rule };
      }),
    })),
  };
}
