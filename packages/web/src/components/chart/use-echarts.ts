/**
 * Draws an ECharts option in a container: loads ECharts on demand, renders with SVG, follows the
 * container's size, redraws when the option changes and disposes on unmount.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { loadECharts, type EChartsCore } from './echarts-loader';

export type EChartsInstance = ReturnType<EChartsCore['init']>;
type Option = Parameters<EChartsInstance['setOption']>[0];

export type DrawState = 'loading' | 'ready' | 'error';

export function useECharts(
  container: RefObject<HTMLDivElement | null>,
  /** Builds the option once ECharts (and anything `prepare` loads) is there. */
  makeOption: ((core: EChartsCore) => Option) | null,
  /** Runs once before the first draw, e.g. to register a map's shapes. */
  prepare?: (core: EChartsCore) => Promise<void>,
): { state: DrawState; instance: RefObject<EChartsInstance | null> } {
  const instance = useRef<EChartsInstance | null>(null);
  const [core, setCore] = useState<EChartsCore | null>(null);
  const [state, setState] = useState<DrawState>('loading');

  useEffect(() => {
    let live = true;
    loadECharts()
      .then(async (c) => {
        if (prepare) await prepare(c);
        if (live) setCore(() => c);
      })
      .catch(() => {
        if (live) setState('error');
      });
    return () => {
      live = false;
    };
    // `prepare` is read once: a map's shapes do not change under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const el = container.current;
    if (!core || !el || !makeOption) return;
    try {
      let chart = instance.current;
      if (!chart) {
        chart = core.init(el, null, { renderer: 'svg' });
        instance.current = chart;
      }
      chart.setOption(makeOption(core), { notMerge: true });
      setState('ready');
    } catch {
      // A drawing that fails leaves the page and the table of figures working.
      setState('error');
    }
  }, [core, makeOption, container]);

  useEffect(() => {
    const el = container.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      try {
        instance.current?.resize();
      } catch {
        setState('error');
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [container]);

  useEffect(
    () => () => {
      instance.current?.dispose();
      instance.current = null;
    },
    [],
  );

  return { state, instance };
}

/** The system font of the page, so charts read like the text around them (Arabic too). */
export function pageFont(): string {
  if (typeof document === 'undefined') return 'sans-serif';
  return getComputedStyle(document.body).fontFamily || 'sans-serif';
}

/** Colours that stay apart for common colour-blindness, darkest first (patterns help too). */
export const PALETTE = [
  '#1d5b73',
  '#c9822b',
  '#5b8c3a',
  '#8e4f9c',
  '#3f7fbf',
  '#b3261e',
  '#6d6d6d',
  '#d4a72c',
];

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
