/**
 * A published snapshot (frozen, checked cells: codes, count or null, status, rule) as chart data:
 * the first dimension as categories, the others (if any) combined as series, margins left out;
 * suppressed cells stay suppressed. Areas are shown by the name frozen in the snapshot with the
 * p-code second ("Cabo Delgado (MZ01)"); other codes through `label`. Pure.
 */
import type { AreaValue } from '../../components/area-map/area-map-data';
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
  /** dimension → code → name (the gazetteer's area names, frozen at publish time). */
  readonly labels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Labels a code: `name` is the snapshot's frozen name of it, if any. The page's function renders
 * "name (code)" through its translations; dimension "dimension" labels a dimension's own name.
 */
export type SnapshotLabel = (dimension: string, code: string, name: string | undefined) => string;

export const plainLabel: SnapshotLabel = (_d, code, name) => (name ? `${name} (${code})` : code);

/** The name of a code with the code second, or the code alone when the snapshot has no name for it. */
export function snapshotCodeLabel(
  snapshot: Snapshot,
  dimension: string,
  code: string,
  label: SnapshotLabel = plainLabel,
): string {
  return label(dimension, code, snapshot.labels?.[dimension]?.[code]);
}

export function snapshotChartData(
  snapshot: Snapshot,
  seriesLabel: string,
  label: SnapshotLabel = plainLabel,
): ChartData {
  const [first, ...rest] = snapshot.dimensions;
  if (!first) return { categoryLabel: '', categories: [], series: [] };
  const leaf = snapshot.cells.filter((c) =>
    c.codes.every((code, i) => code !== snapshot.dimensions[i]!.total),
  );
  const colKey = (c: SnapshotCell) => c.codes.slice(1).join('\u0000');
  const rows = [...new Set(leaf.map((c) => c.codes[0]!))];
  const cols = rest.length > 0 ? [...new Set(leaf.map(colKey))] : [''];
  const byKey = new Map(leaf.map((c) => [`${c.codes[0]!}\u0001${colKey(c)}`, c]));
  const colLabel = (col: string) =>
    col
      .split('\u0000')
      .map((code, i) => snapshotCodeLabel(snapshot, rest[i]!.name, code, label))
      .join(' · ');
  return {
    categoryLabel: label('dimension', first.name, undefined),
    categories: rows.map((r) => ({ key: r, label: snapshotCodeLabel(snapshot, first.name, r, label) })),
    series: cols.map((col) => ({
      key: col ? col.replaceAll('\u0000', '|') : 'count',
      label: col ? colLabel(col) : seriesLabel,
      values: rows.map((r) => {
        const c = byKey.get(`${r}\u0001${col}`);
        if (!c) return null;
        return c.status === 'published'
          ? { value: c.count }
          : { value: null, status: c.status, rule: c.rule };
      }),
    })),
  };
}

/** Map values of a snapshot whose first dimension is an admin level: each area at the others' totals. */
export function snapshotAreaValues(
  snapshot: Snapshot,
): { level: 'adm1' | 'adm2'; values: AreaValue[] } | null {
  const first = snapshot.dimensions[0];
  if (!first || (first.name !== 'adm1' && first.name !== 'adm2')) return null;
  const rest = snapshot.dimensions.slice(1);
  const values = snapshot.cells
    .filter((c) => c.codes[0] !== first.total && rest.every((d, i) => c.codes[i + 1] === d.total))
    .map((c): AreaValue =>
      c.status === 'published'
        ? { pcode: c.codes[0]!, value: c.count }
        : { pcode: c.codes[0]!, value: null, status: c.status, rule: c.rule },
    );
  return { level: first.name, values };
}
