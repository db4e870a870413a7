/**
 * (a) Risk measures on 1,000,000 rows × 7 keys with weights (sdcMicro measure_risk: fk, Fk,
 * individual and global risk), against a bare group count on the same columns (data.table's
 * dt[, .N, by = keys]) measured in the same process.
 */
import type { Column, Dataset } from '@steward/core/sdc/dataset';
import { column } from '@steward/core/sdc/dataset';
import {
  denseCodes,
  frequencies,
  globalRisk,
  groupRows,
  individualRisk,
  violationsByK,
} from '@steward/core/sdc/risk/index';
import type { BenchCase } from '../cases';
import { benchmarkFile, RISK_KEYS } from '../make-data';
import { median, readCsvFile, record, timings } from './shared';

interface Ctx {
  dataset: Dataset;
  keys: Column[];
  weights: Float64Array;
}

async function setup(): Promise<Ctx> {
  const dataset = await readCsvFile(await benchmarkFile());
  const w = column(dataset, 'WEIGHT');
  if (w.kind !== 'numeric') throw new Error('WEIGHT is not numeric');
  return { dataset, keys: RISK_KEYS.map((k) => column(dataset, k)), weights: w.values };
}

let shared: Promise<Ctx> | null = null;
const once = () => (shared ??= setup());

/** The bare count: records per distinct key combination. */
function groupCount(keys: readonly Column[]): { groups: number; counts: Int32Array } {
  const dense = keys.map(denseCodes);
  const { groupOf, groups } = groupRows(
    dense.map((d) => d.codes),
    dense.map((d) => d.cardinality),
  );
  const counts = new Int32Array(groups);
  for (let i = 0; i < groupOf.length; i++) counts[groupOf[i]!]!++;
  return { groups, counts };
}

export const groupCountBaseline: BenchCase = {
  name: 'baseline: group count 1M × 7 keys',
  target: '—',
  peer: 'data.table dt[, .N, by=keys] 0.083 s (published figure, another file and machine: context, not a like-for-like ratio)',
  file: 'free1-perturbed-10col-1000000 (1,000,000 rows; scripts/bench/make-data.ts)',
  comment:
    'The floor for any risk measure: one pass to group the records by their 7 key values and count them.',
  setup: once,
  run(ctx: Ctx, notes) {
    const t0 = performance.now();
    const { groups } = groupCount(ctx.keys);
    record('group-count', (performance.now() - t0) / 1000);
    notes.push(
      `${ctx.dataset.rowCount.toLocaleString('en-US')} records, ${groups.toLocaleString('en-US')} groups`,
    );
  },
};

export const riskMeasures: BenchCase = {
  name: 'risk measures 1M × 7 keys, weighted',
  target: '≤ 0.5 s and ≤ 3× the group count',
  targetSeconds: 0.5,
  peer: 'sdcMicro 5.8.1 risk computation 2.15–3.2 s (issue 12: same file, same machine type, alternating runs, medians of 5)',
  file: 'free1-perturbed-10col-1000000 (1,000,000 rows; scripts/bench/make-data.ts)',
  comment:
    'fk and Fk (frequencies with weights), sdcMicro "approx" individual risk, global risk (ER, rate, high-risk count), k-anonymity violations for k = 2, 3, 5 (unweighted and weighted), on the seeded perturbed 1,000,000-row file (parsed once in setup).',
  setup: once,
  run(ctx: Ctx, notes) {
    const t0 = performance.now();
    const f = frequencies(ctx.keys, { weights: ctx.weights });
    const rk = individualRisk(f.fk, f.Fk);
    const g = globalRisk(rk);
    const v = violationsByK(f.fk, [2, 3, 5]);
    const wv = violationsByK(f.Fk, [2, 3, 5]);
    const seconds = (performance.now() - t0) / 1000;
    record('risk', seconds);
    const base = median(timings.get('group-count') ?? []);
    notes.push(
      `${f.classes.toLocaleString('en-US')} classes, ${f.n1.toLocaleString('en-US')} sample uniques`,
      `fk<3: ${v['3']!.toLocaleString('en-US')}, Fk<3: ${wv['3']!.toLocaleString('en-US')}`,
      `ER ${g.expectedReidentifications.toFixed(1)}, global risk ${g.risk.toFixed(5)}, high-risk ${g.highRiskRecords}`,
      `group count median ${base.toFixed(3)} s; risk/count ratio ${(seconds / base).toFixed(2)}×`,
      `vs sdcMicro's fastest 2.15 s: ${(2.15 / seconds).toFixed(1)}× faster; vs data.table's published 0.083 s (other file): ${(seconds / 0.083).toFixed(1)}×`,
    );
  },
};
