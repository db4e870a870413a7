/**
 * <Chart>: a bar, line or pie chart drawn by Apache ECharts (loaded on demand, SVG renderer) with,
 * always, the accessible table of the same figures and downloads (PNG, SVG, CSV, XLSX). Suppressed
 * cells are never drawn as 0: they have no bar, a cross marks them on the baseline, the note names
 * them, and the table and files show the marker "x" with the reason. Right-to-left aware.
 */
import { useCallback, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import {
  chartRows,
  chartTable,
  drawnValues,
  fileNameOf,
  suppressedCells,
  type ChartData,
  type TableCell,
} from './chart-data';
import { FigureDownloads, SuppressedMark } from './figure-parts';
import { escapeHtml, pageFont, PALETTE, useECharts } from './use-echarts';
import type { EChartsCore } from './echarts-loader';
import './chart.css';
import { TableScroll } from '../table-scroll';

export type ChartKind = 'bar' | 'line' | 'pie';

export interface ChartProps {
  readonly kind: ChartKind;
  /** The figure's title: its caption, the table's caption and the download file name. */
  readonly title: string;
  readonly data: ChartData;
  /** A sentence under the title: what is counted, for whom, the source. */
  readonly description?: string;
  /** Bars of several series stacked (default side by side). */
  readonly stacked?: boolean;
  /** Bars along the inline axis (long category names). */
  readonly horizontal?: boolean;
  /** Height of the drawing in CSS pixels (default 320). */
  readonly height?: number;
  /** File name without extension (default from the title). */
  readonly fileName?: string;
  /** Table shown open (default) or folded under its summary. */
  readonly tableOpen?: boolean;
  readonly testId?: string;
}

/** The cross drawn on the baseline where a suppressed cell would be. */
const CROSS = 'path://M2,0L10,8L18,0L20,2L12,10L20,18L18,20L10,12L2,20L0,18L8,10L0,2Z';

/** Why a cell is suppressed, in the reader's language. */
export function suppressionReason(t: Translator, cell: TableCell): string {
  if (cell.status === 'suppressed-primary') return t.t('chart.reason.primary', { rule: cell.rule || '—' });
  if (cell.status === 'suppressed-secondary') return t.t('chart.reason.secondary');
  return '';
}

export function cellText(t: Translator, cell: TableCell): string {
  if (cell.suppressed) return t.t('chart.suppressedCell', { reason: suppressionReason(t, cell) });
  return cell.value === null ? t.t('chart.noData') : t.number(cell.value);
}

function chartOption(props: ChartProps, t: Translator) {
  const { kind, data, stacked, horizontal } = props;
  const rtl = t.dir === 'rtl';
  const table = chartTable(data);
  const tooltipFor = (index: number): string => {
    const row = table[index];
    if (!row) return '';
    const lines = row.cells.map(
      (c, j) => `${escapeHtml(data.series[j]!.label)}: <b>${escapeHtml(cellText(t, c))}</b>`,
    );
    return `${escapeHtml(row.category.label)}<br>${lines.join('<br>')}`;
  };
  const base = {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: pageFont() },
    aria: { enabled: true, label: { enabled: false }, decal: { show: data.series.length > 1 } },
  };
  if (kind === 'pie') {
    const first = data.series[0];
    const slices = first
      ? table.flatMap((row) =>
          row.cells[0] && row.cells[0].value !== null && !row.cells[0].suppressed
            ? [{ name: row.category.label, value: row.cells[0].value }]
            : [],
        )
      : [];
    return {
      ...base,
      tooltip: {
        trigger: 'item' as const,
        formatter: (p: { dataIndex: number; name: string; percent: number }) =>
          `${escapeHtml(p.name)}: <b>${escapeHtml(t.number(slices[p.dataIndex]?.value ?? 0))}</b> (${escapeHtml(t.number(p.percent / 100, { style: 'percent', maximumFractionDigits: 1 }))})`,
      },
      legend: { type: 'scroll' as const, bottom: 0, [rtl ? 'right' : 'left']: 0 },
      series: [
        {
          type: 'pie' as const,
          name: first?.label ?? '',
          radius: ['35%', '65%'],
          center: ['50%', '45%'],
          data: slices,
          label: { formatter: '{b}' },
        },
      ],
    };
  }
  const categoryAxis = {
    type: 'category' as const,
    data: data.categories.map((c) => c.label),
    inverse: horizontal ? false : rtl,
    axisLabel: { hideOverlap: true },
    ...(horizontal ? { position: rtl ? ('right' as const) : ('left' as const) } : {}),
  };
  const valueAxis = {
    type: 'value' as const,
    inverse: horizontal ? rtl : false,
    axisLabel: { formatter: (v: number) => t.number(v) },
    ...(horizontal ? {} : { position: rtl ? ('right' as const) : ('left' as const) }),
  };
  const crosses = table.flatMap((row, i) =>
    row.cells.some((c) => c.suppressed) ? [horizontal ? [0, i] : [i, 0]] : [],
  );
  return {
    ...base,
    grid: { containLabel: true, left: 12, right: 12, top: 36, bottom: 12 },
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      formatter: (params: { dataIndex: number }[] | { dataIndex: number }) =>
        tooltipFor((Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1),
    },
    legend: { type: 'scroll' as const, top: 0, [rtl ? 'right' : 'left']: 0 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      ...data.series.map((s) => ({
        type: kind,
        name: s.label,
        data: drawnValues(s),
        ...(stacked ? { stack: 'total' } : {}),
        ...(kind === 'line' ? { connectNulls: false, symbolSize: 7 } : { barMaxWidth: 48 }),
      })),
      ...(crosses.length > 0
        ? [
            {
              type: 'scatter' as const,
              name: t.t('chart.suppressedLegend'),
              data: crosses,
              symbol: CROSS,
              symbolSize: 12,
              itemStyle: { color: '#444b55' },
              z: 10,
              tooltip: { trigger: 'item' as const },
            },
          ]
        : []),
    ],
  };
}

export function Chart(props: ChartProps) {
  const { t } = useI18n();
  const { kind, title, data, description, testId } = props;
  const container = useRef<HTMLDivElement>(null);
  const makeOption = useCallback(
    (_core: EChartsCore) => chartOption(props, t) as never,
    // The option depends on these props and the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [kind, data, props.stacked, props.horizontal, t],
  );
  const { state, instance } = useECharts(container, makeOption);
  const table = useMemo(() => chartTable(data), [data]);
  const suppressed = useMemo(() => suppressedCells(data), [data]);
  const fileName = props.fileName ?? fileNameOf(title);
  const empty = data.categories.length === 0 || data.series.length === 0;

  return (
    <figure className="figure" {...(testId ? { 'data-testid': testId } : {})}>
      <figcaption className="figure-caption">
        <span className="figure-title">{title}</span>
        {description ? <span className="figure-description">{description}</span> : null}
      </figcaption>
      {empty ? (
        <p className="figure-empty">{t.t('chart.empty')}</p>
      ) : (
        <>
          <div
            className="figure-drawing"
            role="img"
            aria-label={t.t('chart.drawingLabel', { title })}
            style={{ blockSize: `${props.height ?? 320}px` }}
          >
            <div ref={container} className="figure-canvas" data-state={state} />
            {state === 'loading' ? <p className="figure-status">{t.t('chart.loading')}</p> : null}
            {state === 'error' ? (
              <p className="figure-status" role="alert">
                {t.t('chart.loadFailed')}
              </p>
            ) : null}
          </div>
          {suppressed.length > 0 ? (
            <p className="figure-note" data-testid={testId ? `${testId}-suppressed` : undefined}>
              {t.t('chart.suppressedNote', {
                count: suppressed.length,
                cells: t.list(
                  suppressed.map((s) =>
                    data.series.length > 1 ? `${s.category} · ${s.series}` : s.category,
                  ),
                ),
              })}
            </p>
          ) : null}
          <FigureDownloads
            chart={state === 'ready' ? instance.current : null}
            rows={() => chartRows(data)}
            fileName={fileName}
            label={title}
          />
        </>
      )}
      <details className="figure-table" open={props.tableOpen ?? true}>
        <summary>{t.t('chart.table')}</summary>
        <TableScroll label={title}>
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{data.categoryLabel}</th>
                {data.series.map((s) => (
                  <th scope="col" key={s.key} className="figure-number">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.map((row) => (
                <tr key={row.category.key}>
                  <th scope="row">{row.category.label}</th>
                  {row.cells.map((c, j) => (
                    <td key={data.series[j]!.key} className="figure-number" data-status={c.status}>
                      {c.suppressed ? (
                        <SuppressedMark note={suppressionReason(t, c)} />
                      ) : c.value === null ? (
                        <span title={t.t('chart.noData')}>–</span>
                      ) : (
                        t.number(c.value)
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
