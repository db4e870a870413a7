/**
 * A data table: a caption for screen readers, columns that sort when they have a sort value
 * (a button in the header; `aria-sort` on the sorted column), an empty state, and pages of
 * `pageSize` rows with previous/next. Sorting and paging happen in the browser on the rows given.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { TableScroll } from './table-scroll';
import './components.css';

export interface Column<T> {
  /** Stable key of the column (and of its sort). */
  readonly key: string;
  readonly header: ReactNode;
  /** The header as text, for the sort button's accessible name (defaults to `header` when a string). */
  readonly label?: string;
  readonly cell: (row: T) => ReactNode;
  /** The value the column sorts by; the column is not sortable without it. */
  readonly sortValue?: (row: T) => string | number | null | undefined;
  /** Render the cell as the row's header (`<th scope="row">`). */
  readonly rowHeader?: boolean;
}

export interface SortState {
  readonly key: string;
  readonly direction: 'asc' | 'desc';
}

/** Rows sorted by a column's sort value (stable; missing values last in both directions). */
export function sortRows<T>(rows: readonly T[], columns: readonly Column<T>[], sort: SortState | null): T[] {
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  if (!sort || !column?.sortValue) return [...rows];
  const value = column.sortValue;
  const dir = sort.direction === 'desc' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      const missingA = a.v === null || a.v === undefined || a.v === '';
      const missingB = b.v === null || b.v === undefined || b.v === '';
      if (missingA || missingB) return missingA === missingB ? a.index - b.index : missingA ? 1 : -1;
      const order =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v), undefined, { numeric: true, sensitivity: 'base' });
      return order === 0 ? a.index - b.index : order * dir;
    })
    .map((x) => x.row);
}

/** The rows of one page (1-based) and the page count (at least 1). */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): { rows: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * pageSize, current * pageSize), pages };
}

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  initialSort = null,
  pageSize = 25,
  testId,
}: {
  /** What the table lists (visually hidden caption). */
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  initialSort?: SortState | null;
  pageSize?: number;
  testId?: string;
}) {
  const { t } = useI18n();
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  const { rows: shown, pages } = pageOf(sorted, page, pageSize);
  const current = Math.min(page, pages);

  if (rows.length === 0)
    return (
      <div className="empty-state" {...(testId ? { 'data-testid': `${testId}-empty` } : {})}>
        <span className="empty-icon" aria-hidden="true" />
        <p>{empty ?? t.t('ui.table.empty')}</p>
      </div>
    );

  const toggle = (key: string) => {
    setSort((s) => ({ key, direction: s?.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));
    setPage(1);
  };

  return (
    <div className="data-table">
      {/* Unnamed: the caption names the table, and the section around it often carries the same
          name (a second region of that name would repeat a landmark). */}
      <TableScroll>
        <table className="table" {...(testId ? { 'data-testid': testId } : {})}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const sorted = sort?.key === c.key ? sort.direction : null;
                const label = c.label ?? (typeof c.header === 'string' ? c.header : c.key);
                return (
                  <th
                    key={c.key}
                    scope="col"
                    {...(sorted ? { 'aria-sort': sorted === 'asc' ? 'ascending' : 'descending' } : {})}
                  >
                    {c.sortValue ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => toggle(c.key)}
                        title={t.t('ui.table.sortBy', { column: label })}
                      >
                        {c.header}
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row">
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key}>{c.cell(row)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {pages > 1 && (
        <nav className="table-paging" aria-label={t.t('ui.table.paging')}>
          <button
            type="button"
            className="button button-secondary"
            disabled={current <= 1}
            onClick={() => setPage(current - 1)}
          >
            {t.t('ui.table.previous')}
          </button>
          <span aria-live="polite">
            {t.t('ui.table.page', { page: t.number(current), pages: t.number(pages) })} ·{' '}
            {t.t('ui.table.rows', {
              from: t.number((current - 1) * pageSize + 1),
              to: t.number(Math.min(current * pageSize, sorted.length)),
              total: t.number(sorted.length),
            })}
          </span>
          <button
            type="button"
            className="button button-secondary"
            disabled={current >= pages}
            onClick={() => setPage(current + 1)}
          >
            {t.t('ui.table.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
