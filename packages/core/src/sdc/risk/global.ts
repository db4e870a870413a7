import { distinctSorted } from './grouping';

export interface GlobalRisk {
  /** Expected number of re-identifications, Σ rk (sdcMicro `risk_ER`). */
  readonly expectedReidentifications: number;
  /** risk_ER / n (sdcMicro `risk`). */
  readonly risk: number;
  /** 100 · risk (sdcMicro `risk_pct`). */
  readonly riskPct: number;
  /** The target global risk used for the threshold (sdcMicro `max_risk`, default 0.01). */
  readonly maxRisk: number;
  /** μ-Argus threshold on individual risk (design note §1.4); null when undefined. */
  readonly threshold: number | null;
  /** Records with rk > median + 3·MAD and rk > 0.1 (as sdcMicro prints "high risk"). */
  readonly highRiskRecords: number;
}

export interface GlobalRiskOptions {
  readonly maxGlobalRisk?: number;
}

/** Global risk from individual risks (sdcMicro `measure_risk`); O(n) plus a sort of distinct values. */
export function globalRisk(rk: Float64Array, options: GlobalRiskOptions = {}): GlobalRisk {
  const maxRisk = options.maxGlobalRisk ?? 0.01;
  const n = rk.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += rk[i]!;
  const risk = n === 0 ? 0 : sum / n;
  const distinct = distinctSorted(rk);
  return {
    expectedReidentifications: sum,
    risk,
    riskPct: 100 * risk,
    maxRisk,
    threshold: riskThreshold(distinct, sum, maxRisk * n),
    highRiskRecords: highRiskCount(distinct),
  };
}

/**
 * Count of records whose risk exceeds both median + 3·MAD (R's `mad`, constant 1.4826) and 0.1.
 * Works on the distinct risks and their counts.
 */
export function highRiskCount(distinct: { values: Float64Array; counts: Float64Array }): number {
  const { values, counts } = distinct;
  if (values.length === 0) return 0;
  const med = weightedMedian(values, counts);
  const dev = values.map((v) => Math.abs(v - med));
  const order = Array.from(dev.keys()).sort((a, b) => dev[a]! - dev[b]!);
  const mad =
    1.4826 *
    weightedMedian(
      Float64Array.from(order, (i) => dev[i]!),
      Float64Array.from(order, (i) => counts[i]!),
    );
  const cut = med + 3 * mad;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > cut && v > 0.1) count += counts[i]!;
  }
  return count;
}

/** R's median (mean of the two middle values for even n) of sorted values with multiplicities. */
function weightedMedian(values: Float64Array, counts: Float64Array): number {
  let total = 0;
  for (const c of counts) total += c;
  const at = (k: number): number => {
    let acc = 0;
    for (let i = 0; i < values.length; i++) {
      acc += counts[i]!;
      if (k < acc) return values[i]!;
    }
    return values[values.length - 1]!;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/**
 * μ-Argus threshold (manual 4.1 §2.3.4.1, sdcMicro `Measure_Threshold.h`): walking the risks from
 * highest to lowest, the first new risk value r with Σ(remaining risks) + r·(records passed) below
 * the target number of re-identifications. 0 when no value qualifies (as sdcMicro reports).
 */
function riskThreshold(
  distinct: { values: Float64Array; counts: Float64Array },
  total: number,
  target: number,
): number | null {
  const { values, counts } = distinct;
  if (values.length === 0) return null;
  let sumRisk = total;
  let sumFreq = 0;
  let current = values[values.length - 1]!;
  if (sumRisk < target) return current;
  for (let i = values.length - 1; i >= 0; i--) {
    const r = values[i]!;
    if (r !== current) {
      if (sumRisk + r * sumFreq < target) return r;
      current = r;
    }
    sumFreq += counts[i]!;
    sumRisk -= r * counts[i]!;
  }
  return 0;
}
