/**
 * The monthly form's model, pure: rows (indicator × admin-2 area) with their figures by template
 * hashtag, built from a report's stored values; live totals; the back end's problems placed on
 * the row and cell they name (the form is sent as a file of one hashtag line, so entry N is file
 * row N + 2 and the column is the hashtag).
 */
import { cellTag } from '@steward/core/reporting/upload';
import { disaggregationCells, type CellKeys, type Disaggregation } from '@steward/core/reporting/model';
import type { components } from '../../api/schema';

export type FrameworkDto = components['schemas']['ReportingFramework'];
export type IndicatorDto = FrameworkDto['indicators'][number];
export type ReportDto = components['schemas']['Report'];
export type ValueDto = components['schemas']['ReportValues']['values'][number];
export type Measure = 'reached' | 'targeted';

export interface FormRow {
  /** Stable key for React (indicator|adm2). */
  readonly key: string;
  readonly indicator: string;
  readonly adm1: string;
  readonly adm2: string;
  /** Text typed per hashtag ('' = empty). */
  readonly cells: Readonly<Record<string, string>>;
}

export interface Problem {
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface FormColumn {
  readonly tag: string;
  readonly measure: Measure;
  readonly cell: CellKeys | 'total';
}

/** The columns of an indicator: its disaggregation cells per measure, then the measure's total. */
export function indicatorColumns(indicator: {
  disaggregation: Disaggregation;
  hasTarget: boolean;
}): FormColumn[] {
  const measures: Measure[] = indicator.hasTarget ? ['reached', 'targeted'] : ['reached'];
  const cells = disaggregationCells(indicator.disaggregation);
  const disaggregated = cells.length > 1;
  const out: FormColumn[] = [];
  for (const measure of measures) {
    if (disaggregated) for (const cell of cells) out.push({ tag: cellTag(measure, cell), measure, cell });
    out.push({ tag: cellTag(measure, 'total'), measure, cell: 'total' });
  }
  return out;
}

/** Columns the user types in (a disaggregated indicator's total is computed, not typed). */
export function inputColumns(indicator: IndicatorDto): FormColumn[] {
  const cols = indicatorColumns(indicator);
  const disaggregated = cols.some((c) => c.cell !== 'total');
  return disaggregated ? cols.filter((c) => c.cell !== 'total') : cols;
}

export const rowKey = (indicator: string, adm2: string) => `${indicator}|${adm2}`;

/** The form's rows from a report's stored values (one row per indicator and admin-2 area). */
export function rowsFromValues(values: readonly ValueDto[]): FormRow[] {
  const rows = new Map<
    string,
    { indicator: string; adm1: string; adm2: string; cells: Record<string, string> }
  >();
  for (const v of values) {
    const key = rowKey(v.indicator, v.adm2);
    const row = rows.get(key) ?? { indicator: v.indicator, adm1: v.adm1, adm2: v.adm2, cells: {} };
    const all = [v.sex, v.age, v.populationGroup, v.disability].every((x) => x === 'all');
    const tag = cellTag(v.measure, all ? 'total' : v);
    row.cells[tag] = String(v.value);
    rows.set(key, row);
  }
  return [...rows.entries()].map(([key, r]) => ({ key, ...r }));
}

/** The same rows with every figure cleared (last month's areas as this month's starting point). */
export function emptied(rows: readonly FormRow[]): FormRow[] {
  return rows.map((r) => ({ ...r, cells: {} }));
}

/** A typed figure: a whole number ≥ 0, '' for empty, null when it is not a number. */
export function parseFigure(text: string): number | '' | null {
  const t = text.trim();
  if (t === '') return '';
  if (!/^\d{1,10}$/.test(t)) return null;
  const n = Number(t);
  return n <= 2_000_000_000 ? n : null;
}

/** The measure's total of a row: the typed total, or the sum of its typed cells. */
export function rowTotal(row: FormRow, indicator: IndicatorDto, measure: Measure): number | null {
  const cols = inputColumns(indicator).filter((c) => c.measure === measure);
  let sum = 0;
  let any = false;
  for (const c of cols) {
    const v = parseFigure(row.cells[c.tag] ?? '');
    if (typeof v === 'number') {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

/** Sum of a column over rows (the indicator's totals line). */
export function columnTotal(rows: readonly FormRow[], tag: string): number | null {
  let sum = 0;
  let any = false;
  for (const r of rows) {
    const v = parseFigure(r.cells[tag] ?? '');
    if (typeof v === 'number') {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

/** A row with at least one figure typed (rows left empty are areas not worked in this month: not sent). */
export function hasFigures(row: FormRow): boolean {
  return Object.values(row.cells).some((text) => text.trim() !== '');
}

/** The body of PUT …/entries: typed figures as numbers, totals of disaggregated indicators computed. */
export function entriesOf(rows: readonly FormRow[], indicators: readonly IndicatorDto[]) {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return rows.map((r) => {
    const indicator = byId.get(r.indicator);
    const cells: Record<string, number> = {};
    if (indicator)
      for (const c of inputColumns(indicator)) {
        const v = parseFigure(r.cells[c.tag] ?? '');
        if (typeof v === 'number') cells[c.tag] = v;
      }
    return { indicator: r.indicator, adm1: r.adm1, adm2: r.adm2, cells };
  });
}

/** Cells whose text is not a whole number (checked before sending), as `rowKey#tag`. */
export function localProblems(rows: readonly FormRow[]): Set<string> {
  const out = new Set<string>();
  for (const r of rows)
    for (const [tag, text] of Object.entries(r.cells))
      if (parseFigure(text) === null) out.add(`${r.key}#${tag}`);
  return out;
}

export interface PlacedProblems {
  /** By `rowKey#tag` (a figure) or `rowKey#area` (the row's p-codes, indicator). */
  readonly cells: ReadonlyMap<string, Problem[]>;
  /** Problems naming no row of the form. */
  readonly general: Problem[];
}

/** Places the back end's problems on the rows sent (entry N = file row N + 2) and their cells. */
export function placeProblems(sent: readonly FormRow[], problems: readonly Problem[]): PlacedProblems {
  const cells = new Map<string, Problem[]>();
  const general: Problem[] = [];
  for (const p of problems) {
    const row = p.row !== null ? sent[p.row - 2] : undefined;
    if (!row) {
      general.push(p);
      continue;
    }
    const column = p.column ?? '';
    const where = column.startsWith('#reached') || column.startsWith('#targeted') ? column : 'area';
    const key = `${row.key}#${where}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  return { cells, general };
}

/** The previous month of a period (YYYY-MM). */
export function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The last `count` months up to and including `period`, newest first. */
export function recentPeriods(period: string, count: number): string[] {
  const out = [period];
  while (out.length < count) out.push(previousPeriod(out[out.length - 1]!));
  return out;
}

export type Reminder = { kind: 'due'; days: number } | { kind: 'overdue'; days: number } | null;

/**
 * The deadline reminder of a month's report: due within `withinDays` (0 = today) or overdue by
 * some days; none once submitted or approved, or while the deadline is far.
 */
export function reminderFor(
  state: ReportDto['state'] | 'missing',
  dueOn: string,
  today: string,
  withinDays = 14,
): Reminder {
  if (state === 'submitted' || state === 'approved') return null;
  const days = Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return { kind: 'overdue', days: -days };
  return days <= withinDays ? { kind: 'due', days } : null;
}
