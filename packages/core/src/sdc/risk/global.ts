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
  /** The cut those records exceed: max(median + 3·MAD, 0.1) (see highRiskCut). */
  readonly highRiskThreshold: number;
}

export interface GlobalRiskOptions {
  readonly maxGlobalRisk?: number;
  /**
   * The equivalence class of each record (`frequencies`' `classOf` and `classes`), when the risks
   * come from its fk and Fk (one risk a class): the high-risk cut then selects among the classes,
   * weighted by their sizes, instead of among the records — the same figures.
   */
  readonly classes?: {
    readonly of: Int32Array;
    readonly count: number;
    /**
     * Each class's risk and records, when the caller computed the risks once a class
     * (`individualRisk`'s `classes`) and `rk[i]` is `risks[of[i]]`: the cut and the count of
     * high-risk records then come from the classes alone, with no pass over the records.
     */
    readonly risks?: Float64Array;
    readonly sizes?: Float64Array;
  };
  /** Compute the μ-Argus threshold (needs a sort of the risks; off by default, then null). */
  readonly threshold?: boolean;
}

/**
 * Global risk from individual risks (sdcMicro `measure_risk`). O(n) (medians by selection); the
 * optional threshold adds a sort.
 */
export function globalRisk(rk: Float64Array, options: GlobalRiskOptions = {}): GlobalRisk {
  const maxRisk = options.maxGlobalRisk ?? 0.01;
  const n = rk.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += rk[i]!;
  const risk = n === 0 ? 0 : sum / n;
  // One cut for the count and the threshold reported (two selections over n risks, not four;
  // over the classes when they are given).
  const c = options.classes;
  if (c?.risks && c.sizes && c.risks.length === c.count && c.sizes.length === c.count && n > 0) {
    const values = Float64Array.from(c.risks);
    const counts = Float64Array.from(c.sizes);
    const cut = cutOfClasses(values, counts, c.count, n);
    let above = 0;
    for (let g = 0; g < c.count; g++) if (c.risks[g]! > cut) above += c.sizes[g]!;
    return {
      expectedReidentifications: sum,
      risk,
      riskPct: 100 * risk,
      maxRisk,
      threshold: options.threshold ? riskThreshold(distinctSorted(rk), sum, maxRisk * n) : null,
      highRiskRecords: above,
      highRiskThreshold: cut,
    };
  }
  const cut = (c && highRiskCutByClass(rk, c.of, c.count)) ?? highRiskCut(rk);
  return {
    expectedReidentifications: sum,
    risk,
    riskPct: 100 * risk,
    maxRisk,
    threshold: options.threshold ? riskThreshold(distinctSorted(rk), sum, maxRisk * n) : null,
    highRiskRecords: countAbove(rk, cut),
    highRiskThreshold: cut,
  };
}

/**
 * Count of records whose risk exceeds both median + 3·MAD (R's `mad`: median absolute deviation
 * from the median, times 1.4826) and 0.1, as sdcMicro prints "high risk" records. O(n).
 */
export function highRiskRecords(rk: Float64Array): number {
  if (rk.length === 0) return 0;
  return countAbove(rk, highRiskCut(rk));
}

function countAbove(rk: Float64Array, cut: number): number {
  let count = 0;
  for (let i = 0; i < rk.length; i++) if (rk[i]! > cut) count++;
  return count;
}

/**
 * The risk a record must exceed to count as "high risk": max(median + 3·MAD, 0.1). It is relative
 * to the other records, so when most records share the same high risk (say every record is unique,
 * risk 1) none stands out and the count is 0 however risky the file is. 0.1 for no records.
 */
export function highRiskCut(rk: Float64Array): number {
  const n = rk.length;
  if (n === 0) return 0.1;
  const work = Float64Array.from(rk);
  const med = median(work);
  for (let i = 0; i < n; i++) work[i] = Math.abs(rk[i]! - med);
  return Math.max(med + 3 * 1.4826 * median(work), 0.1);
}

/**
 * `highRiskCut` from the classes' risks weighted by their sizes: the same medians (the same values
 * at the same ranks), with selections over the classes instead of the records. Null when a
 * record's risk differs from its class's or is NaN (then the caller selects among the records).
 */
export function highRiskCutByClass(rk: Float64Array, classOf: Int32Array, classes: number): number | null {
  const n = rk.length;
  if (n === 0 || classOf.length !== n || classes <= 0) return null;
  const values = new Float64Array(classes).fill(Number.NaN);
  const counts = new Float64Array(classes);
  for (let i = 0; i < n; i++) {
    const g = classOf[i]!;
    const r = rk[i]!;
    if (counts[g] === 0) {
      if (r !== r) return null;
      values[g] = r;
    } else if (values[g] !== r) return null;
    counts[g]!++;
  }
  // Only classes with records (all of them, from frequencies).
  let m = 0;
  for (let g = 0; g < classes; g++) {
    if (counts[g]! > 0) {
      values[m] = values[g]!;
      counts[m] = counts[g]!;
      m++;
    }
  }
  return cutOfClasses(values, counts, m, n);
}

/**
 * max(median + 3·MAD, 0.1) of the multiset {values[g] × counts[g]} (the first `m` classes, `n`
 * records in all; every count positive); reorders both arrays.
 */
function cutOfClasses(values: Float64Array, counts: Float64Array, m: number, n: number): number {
  const med = weightedMedian(values, counts, m, n);
  for (let g = 0; g < m; g++) values[g] = Math.abs(values[g]! - med);
  return Math.max(med + 3 * 1.4826 * weightedMedian(values, counts, m, n), 0.1);
}

/** The median of the multiset {values[g] × counts[g]} (n values in all), as `median`; reorders. */
function weightedMedian(values: Float64Array, counts: Float64Array, m: number, n: number): number {
  const k = n >> 1;
  const upper = weightedRank(values, counts, m, k);
  if (n % 2 === 1) return upper;
  return (weightedRank(values, counts, m, k - 1) + upper) / 2;
}

/** The value of 0-based rank `r` in the multiset (three-way quickselect on the distinct values). */
function weightedRank(values: Float64Array, counts: Float64Array, m: number, rank: number): number {
  let lo = 0;
  let hi = m;
  let r = rank;
  for (;;) {
    const x = values[lo]!;
    const y = values[(lo + hi - 1) >> 1]!;
    const z = values[hi - 1]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let i = lo;
    let gt = hi;
    let below = 0;
    let equal = 0;
    while (i < gt) {
      const v = values[i]!;
      if (v < pivot) {
        swap(values, counts, lt, i);
        below += counts[lt]!;
        lt++;
        i++;
      } else if (v > pivot) {
        gt--;
        swap(values, counts, i, gt);
      } else {
        equal += counts[i]!;
        i++;
      }
    }
    if (r < below) hi = lt;
    else if (r < below + equal) return pivot;
    else {
      r -= below + equal;
      lo = gt;
    }
  }
}

function swap(values: Float64Array, counts: Float64Array, a: number, b: number): void {
  const v = values[a]!;
  values[a] = values[b]!;
  values[b] = v;
  const c = counts[a]!;
  counts[a] = counts[b]!;
  counts[b] = c;
}

/** R's median (mean of the two middle values for even n); reorders `a`. */
export function median(a: Float64Array): number {
  const n = a.length;
  const k = n >> 1;
  const upper = select(a, k);
  if (n % 2 === 1) return upper;
  let lowerMax = -Infinity;
  for (let i = 0; i < k; i++) if (a[i]! > lowerMax) lowerMax = a[i]!;
  return (lowerMax + upper) / 2;
}

/** Quickselect: places the k-th smallest at a[k], smaller ones before it; returns it. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three as pivot.
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
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
