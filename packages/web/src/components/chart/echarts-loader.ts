/**
 * Loads Apache ECharts (decision 0020) once, on demand: nothing here imports it statically, so
 * ECharts stays out of the first load. See echarts-setup.ts for the parts registered.
 */
import type * as EChartsCoreModule from 'echarts/core';

export type EChartsCore = typeof EChartsCoreModule;

let loading: Promise<EChartsCore> | null = null;

export function loadECharts(): Promise<EChartsCore> {
  loading ??= import('./echarts-setup').then((m) => m.core);
  // A failed load (offline) may be tried again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
