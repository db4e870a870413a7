/**
 * The data-flow map drawn with ECharts (decision 0020): a `graph` series, organisations as nodes
 * placed by their distance from the affected people, flows as arrows labelled with what is sent
 * and coloured by ISP level. Loaded on demand (React.lazy) so ECharts stays out of the first load.
 * The same flows are in the table beside it (flow-map.tsx).
 */
import { useEffect, useRef } from 'react';
import { GraphChart } from 'echarts/charts';
import { AriaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { FlowMap } from './types';

echarts.use([GraphChart, AriaComponent, TooltipComponent, SVGRenderer]);

const LEVEL_COLOUR: Record<string, string> = {
  low: '#2e7d32',
  moderate: '#1565c0',
  high: '#b26a00',
  severe: '#b71c1c',
};

/** Column of each node: its distance (in flows) from the first node, the affected people. */
function columns(map: FlowMap): Map<string, number> {
  const col = new Map<string, number>();
  const first = map.nodes[0];
  if (first) col.set(first.id, 0);
  for (let pass = 0; pass < map.nodes.length; pass++)
    for (const f of map.flows) {
      const c = col.get(f.from);
      if (c !== undefined && !col.has(f.to)) col.set(f.to, c + 1);
    }
  for (const n of map.nodes) if (!col.has(n.id)) col.set(n.id, 1);
  return col;
}

export default function FlowMapChart({
  map,
  labels,
  rtl,
  ariaLabel,
}: {
  map: FlowMap;
  /** Node label → shown text (the affected people are translated). */
  labels: (label: string) => string;
  rtl: boolean;
  ariaLabel: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart: echarts.EChartsType = echarts.init(el, undefined, { renderer: 'svg' });
    const col = columns(map);
    const perColumn = new Map<number, number>();
    const nodes = map.nodes.map((n) => {
      const c = col.get(n.id) ?? 0;
      const row = perColumn.get(c) ?? 0;
      perColumn.set(c, row + 1);
      return {
        id: n.id,
        name: labels(n.label),
        x: (rtl ? -1 : 1) * c * 260,
        y: row * 90,
        symbolSize: 54,
        itemStyle: { color: c === 0 ? '#6a1b9a' : '#37474f' },
        label: { show: true, position: 'bottom' as const, color: '#1b1b1b', fontSize: 13 },
      };
    });
    chart.setOption({
      aria: { enabled: true, label: { description: ariaLabel } },
      tooltip: { trigger: 'item' },
      animation: false,
      series: [
        {
          type: 'graph',
          layout: 'none',
          roam: false,
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 12,
          data: nodes,
          links: map.flows.map((f, i) => {
            // several flows between the same two organisations: each its own curve
            const same = map.flows.slice(0, i).filter((g) => g.from === f.from && g.to === f.to).length;
            return {
              source: f.from,
              target: f.to,
              value: f.what,
              lineStyle: {
                color: LEVEL_COLOUR[f.level] ?? '#555',
                width: 3,
                curveness: 0.12 + 0.18 * same,
              },
              label: {
                show: true,
                formatter: f.what,
                fontSize: 11,
                color: '#1b1b1b',
                width: 200,
                overflow: 'truncate',
              },
            };
          }),
        },
      ],
    });
    // Follows the box's own size (not the window's). A box of no height or width has nothing to
    // lay out: ECharts' view transform is then not invertible and resize() throws (a TypeError
    // seen while the page reflowed), so it waits for the next real size.
    const observer = new ResizeObserver(() => {
      if (el.clientWidth > 0 && el.clientHeight > 0 && !chart.isDisposed()) chart.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [map, labels, rtl, ariaLabel]);
  return <div ref={ref} className="flow-map-chart" data-testid="flow-map-chart" />;
}
