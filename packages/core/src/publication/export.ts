/**
 * Files of a published snapshot: CSV, HXL-tagged CSV (also the HDX export) and XLSX. Suppressed
 * cells carry the marker "x" and a note naming the rule, never 0 or blank. Pure.
 */
import { categoricalFromStrings, datasetFromColumns } from '../sdc/dataset';
import { writeCsvRows, writeXlsx } from '../sdc/io/index';
import type { Snapshot, SnapshotCell } from './check';

/** What a suppressed cell shows in every file and on every page. */
export const SUPPRESSED_MARKER = 'x';

/** HXL hashtags of well-known dimensions; others get `#meta+<name>`. */
const HXL_BY_DIMENSION: Record<string, string> = {
  adm1: '#adm1+code',
  adm2: '#adm2+code',
  org: '#org',
  sector: '#sector',
  activity: '#activity',
  month: '#date+month',
  period: '#date+month',
  sex: '#meta+sex',
  age: '#meta+age',
  'population-group': '#meta+population_group',
};

export function hxlTagOf(dimension: string): string {
  return HXL_BY_DIMENSION[dimension] ?? `#meta+${dimension.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}

/** The note shown beside a suppressed cell. */
export function suppressionNote(cell: SnapshotCell): string {
  if (cell.status === 'suppressed-primary')
    return `Suppressed: fewer people than the small-cell threshold (${cell.rule})`;
  if (cell.status === 'suppressed-secondary')
    return 'Suppressed: would let another suppressed cell be worked out (secondary suppression)';
  return '';
}

export interface SnapshotFileOptions {
  /** Add the HXL hashtag row under the header. */
  readonly hxl?: boolean;
  /** Name of the count column (default "count"). */
  readonly measure?: string;
  /** HXL tag of the count column (default "#reached"). */
  readonly measureTag?: string;
}

/** HXL hashtag of a dimension's name column (`#adm2+name` for `#adm2+code`). */
export function hxlNameTagOf(dimension: string): string {
  return `${hxlTagOf(dimension).replace(/\+code$/, '')}+name`;
}

/**
 * Header, optional hashtag row, then one row per cell: codes (each followed by its name when the
 * snapshot names that dimension's codes), count or marker, status, note.
 */
export function snapshotRows(snapshot: Snapshot, options: SnapshotFileOptions = {}): string[][] {
  const measure = options.measure ?? 'count';
  const named = snapshot.dimensions.map((d) => {
    const labels = snapshot.labels?.[d.name];
    return labels && Object.keys(labels).length > 0 ? labels : null;
  });
  const header = [
    ...snapshot.dimensions.flatMap((d, i) => (named[i] ? [d.name, `${d.name}_name`] : [d.name])),
    measure,
    'status',
    'note',
  ];
  const rows: string[][] = [header];
  if (options.hxl)
    rows.push([
      ...snapshot.dimensions.flatMap((d, i) =>
        named[i] ? [hxlTagOf(d.name), hxlNameTagOf(d.name)] : [hxlTagOf(d.name)],
      ),
      options.measureTag ?? '#reached',
      '#status',
      '#description+note',
    ]);
  for (const c of snapshot.cells)
    rows.push([
      ...c.codes.flatMap((code, i) => {
        const labels = named[i];
        return labels ? [code, code === snapshot.dimensions[i]?.total ? '' : (labels[code] ?? '')] : [code];
      }),
      c.count === null ? SUPPRESSED_MARKER : String(c.count),
      c.status,
      suppressionNote(c),
    ]);
  return rows;
}

export function snapshotCsv(snapshot: Snapshot, options: SnapshotFileOptions = {}): string {
  return writeCsvRows(snapshotRows(snapshot, options));
}

export function snapshotXlsx(
  snapshot: Snapshot,
  options: SnapshotFileOptions & { readonly metadata?: Readonly<Record<string, string>> } = {},
): Uint8Array {
  const rows = snapshotRows(snapshot, options);
  const header = rows[0]!;
  const body = rows.slice(1);
  const columns = header.map((name, j) =>
    categoricalFromStrings(
      name,
      body.map((r) => r[j] ?? ''),
    ),
  );
  return writeXlsx(datasetFromColumns(columns), {
    sheetName: 'published',
    ...(options.metadata ? { metadata: options.metadata } : {}),
  });
}
