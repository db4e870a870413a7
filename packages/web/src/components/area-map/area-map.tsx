/**
 * <AreaMap>: a choropleth of Mozambique's admin-1 or admin-2 areas by value, drawn by ECharts
 * (loaded on demand) from the boundary asset joined to p-codes. Suppressed areas are hatched and
 * listed as suppressed (never 0); areas without data are pale; values whose p-code has no boundary
 * are named under the map. An optional layer of points (e.g. service locations). The table of
 * the same figures, the boundary attribution and downloads (PNG, SVG, CSV, XLSX) are always there.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { fileNameOf } from '../chart/chart-data';
import { cellText, suppressionReason } from '../chart/chart';
import { FigureDownloads, SuppressedMark } from '../chart/figure-parts';
import type { EChartsCore } from '../chart/echarts-loader';
import { escapeHtml, pageFont, useECharts } from '../chart/use-echarts';
import { areaRows, joinAreaValues, maxValue, type AreaLevel, type AreaValue } from './area-map-data';
import { boundariesWithin, loadBoundaries, type Boundaries } from './boundaries';
import '../chart/chart.css';
import { TableScroll } from '../table-scroll';

export interface MapPoint {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
}

export interface AreaMapProps {
  readonly level: AreaLevel;
  readonly title: string;
  /** What the value counts (legend, table header, file column). */
  readonly valueLabel: string;
  readonly values: readonly AreaValue[];
  readonly description?: string;
  readonly points?: readonly MapPoint[];
  /** Draw only the districts of this province (admin-1 p-code); admin-2 maps only. */
  readonly within?: string;
  readonly height?: number;
  readonly fileName?: string;
  readonly tableOpen?: boolean;
  readonly testId?: string;
}

const SCALE = ['#e5eff3', '#9cc3d1', '#4f8fa8', '#1d5b73', '#0e3442'];
const NO_DATA = '#f4f6f8';
const SUPPRESSED_FILL = '#d5d9de';
const HATCH = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [2, 3],
  rotation: Math.PI / 4,
  color: 'rgba(40, 48, 58, 0.55)',
};

export function AreaMap(props: AreaMapProps) {
  const { t } = useI18n();
  const { level, title, valueLabel, values, description, points, testId } = props;
  const within = level === 'adm2' && props.within ? props.within : '';
  const container = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<{ level: AreaLevel; boundaries: Boundaries } | null>(null);
  const [failed, setFailed] = useState(false);
  const mapName = `steward-${level}${within ? `-${within}` : ''}`;
  // Only the shapes of the level asked for (the previous level's stay until the new ones load).
  const boundaries = useMemo(
    () => (loaded && loaded.level === level ? boundariesWithin(loaded.boundaries, within) : null),
    [loaded, level, within],
  );

  useEffect(() => {
    // The table needs the names even if drawing fails.
    let live = true;
    loadBoundaries(level).then(
      (b) => live && setLoaded({ level, boundaries: b }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [level]);

  const join = useMemo(() => joinAreaValues(boundaries?.shapes ?? [], values), [boundaries, values]);
  const rtl = t.dir === 'rtl';

  const makeOption = useMemo(() => {
    if (!boundaries || boundaries.features.length === 0) return null;
    return (core: EChartsCore) => {
      if (!core.getMap(mapName))
        core.registerMap(mapName, { type: 'FeatureCollection', features: boundaries.features } as never);
      const max = maxValue(join);
      const byPcode = new Map(join.rows.map((r) => [r.pcode, r]));
      const data = boundaries.shapes.map((s) => {
        const row = byPcode.get(s.pcode);
        if (!row || (row.cell.value === null && !row.cell.suppressed))
          return { name: s.pcode, value: Number.NaN, itemStyle: { areaColor: NO_DATA } };
        if (row.cell.suppressed)
          return {
            name: s.pcode,
            value: Number.NaN,
            itemStyle: { areaColor: SUPPRESSED_FILL, decal: HATCH },
          };
        return { name: s.pcode, value: row.cell.value };
      });
      const nameOf = new Map(boundaries.shapes.map((s) => [s.pcode, s.name]));
      return {
        animation: false,
        textStyle: { fontFamily: pageFont() },
        aria: { enabled: true, label: { enabled: false } },
        tooltip: {
          trigger: 'item',
          formatter: (p: { name: string; componentSubType?: string }) => {
            if (p.componentSubType === 'scatter') return escapeHtml(p.name);
            const row = byPcode.get(p.name);
            const text = row ? cellText(t, row.cell) : t.t('map.noData');
            return `${escapeHtml(nameOf.get(p.name) ?? p.name)} (${escapeHtml(p.name)})<br><b>${escapeHtml(text)}</b>`;
          },
        },
        visualMap: {
          type: 'continuous',
          min: 0,
          max,
          calculable: false,
          orient: 'vertical',
          [rtl ? 'right' : 'left']: 8,
          bottom: 8,
          text: [t.number(max), t.number(0)],
          inRange: { color: SCALE },
          seriesIndex: 0,
          textStyle: { fontFamily: pageFont() },
        },
        geo: {
          map: mapName,
          nameProperty: 'pcode',
          // Room for the colour scale on the inline-start side.
          top: 12,
          bottom: 12,
          [rtl ? 'right' : 'left']: 72,
          [rtl ? 'left' : 'right']: 12,
          roam: 'move',
          itemStyle: { borderColor: '#ffffff', borderWidth: level === 'adm1' ? 1 : 0.5, areaColor: NO_DATA },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#c9822b' } },
          select: { disabled: true },
          label: { show: false },
        },
        series: [
          { type: 'map', geoIndex: 0, name: valueLabel, data },
          ...(points && points.length > 0
            ? [
                {
                  type: 'scatter',
                  coordinateSystem: 'geo',
                  name: t.t('map.points'),
                  symbolSize: 7,
                  itemStyle: { color: '#c9822b', borderColor: '#ffffff', borderWidth: 1 },
                  data: points.map((p) => ({ name: p.name, value: [p.lon, p.lat] })),
                  z: 5,
                },
              ]
            : []),
        ],
      };
    };
  }, [boundaries, join, t, rtl, mapName, level, points, valueLabel]);

  const { state, instance } = useECharts(container, makeOption as never);
  const drawState = failed ? 'error' : state;
  const fileName = props.fileName ?? fileNameOf(title);

  return (
    <figure className="figure" {...(testId ? { 'data-testid': testId } : {})}>
      <figcaption className="figure-caption">
        <span className="figure-title">{title}</span>
        {description ? <span className="figure-description">{description}</span> : null}
      </figcaption>
      <div
        className="figure-drawing"
        role="img"
        aria-label={t.t('map.drawingLabel', { title })}
        style={{ blockSize: `${props.height ?? 420}px` }}
      >
        <div ref={container} className="figure-canvas" data-state={drawState} />
        {drawState === 'loading' ? <p className="figure-status">{t.t('map.loading')}</p> : null}
        {drawState === 'error' ? (
          <p className="figure-status" role="alert">
            {t.t('map.loadFailed')}
          </p>
        ) : null}
      </div>
      <ul className="figure-legend">
        <li>
          <span className="figure-swatch figure-swatch-suppressed" aria-hidden="true" />
          {t.t('map.suppressed')}
        </li>
        <li>
          <span className="figure-swatch figure-swatch-empty" aria-hidden="true" />
          {t.t('map.noData')}
        </li>
      </ul>
      {boundaries && join.unmatched.length > 0 ? (
        <p className="figure-note" data-testid={testId ? `${testId}-unmatched` : undefined}>
          {t.t('map.unmatched', {
            count: join.unmatched.length,
            areas: t.list(join.unmatched.map((r) => r.pcode)),
          })}
        </p>
      ) : null}
      <p className="figure-attribution">{t.t('map.attribution')}</p>
      <FigureDownloads
        chart={drawState === 'ready' ? instance.current : null}
        rows={() => areaRows(join, valueLabel)}
        fileName={fileName}
        label={title}
      />
      <details className="figure-table" open={props.tableOpen ?? true}>
        <summary>{t.t('chart.table')}</summary>
        <TableScroll label={title}>
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('map.area')}</th>
                <th scope="col">{t.t('map.pcode')}</th>
                <th scope="col" className="figure-number">
                  {valueLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {join.rows.map((r) => (
                <tr key={r.pcode} data-pcode={r.pcode}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <bdi>{r.pcode}</bdi>
                  </td>
                  <td className="figure-number" data-status={r.cell.status}>
                    {r.cell.suppressed ? (
                      <SuppressedMark note={suppressionReason(t, r.cell)} />
                    ) : r.cell.value === null ? (
                      <span title={t.t('chart.noData')}>–</span>
                    ) : (
                      t.number(r.cell.value)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
