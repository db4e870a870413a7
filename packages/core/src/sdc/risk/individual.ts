import { SdcUsageError } from '../dataset';

export type IndividualRiskMethod = 'approx' | 'exact';

export interface IndividualRiskOptions {
  /** sdcMicro's `method`: "approx" (default) or "exact" for fk > 2. */
  readonly method?: IndividualRiskMethod;
  /** Final correction factor multiplied into every risk (sdcMicro `qual`, default 1). */
  readonly qual?: number;
  /**
   * Survey (weighted) risk (default true). With false every risk is 1/fk and `qual` is ignored,
   * as in sdcMicro.
   */
  readonly survey?: boolean;
}
// A record's risk depends only on its fk and Fk: `individualRisk(classFk, classFkWeighted)` of
// `frequencies` gives each equivalence class's risk, the same value as its records' (check-report).

/**
 * Individual re-identification risk per record, sdcMicro `indivRisk` (design note §1.3), from
 * pk = fk / Fk:
 * - fk = 1: pk/(1−pk) · ln(1/pk);
 * - fk = 2: pk/(1−pk) − (pk/(1−pk))² · ln(1/pk);
 * - fk > 2: approx pk/(fk − (1−pk)); exact (pk/(1−pk))^fk · (A(1+BB) + (−1)^fk ln pk);
 * - where fk = Fk (the class is the whole population) the risk is 1/fk;
 * - everything is finally multiplied by `qual`.
 * Without weights (Fk = fk) every risk is therefore qual/fk. Like sdcMicro's, the exact formula loses
 * precision for large fk when pk is near 1 (alternating sums of huge powers); approx is the default.
 */
export function individualRisk(
  fk: Float64Array,
  Fk: Float64Array,
  options: IndividualRiskOptions = {},
): Float64Array {
  const method = options.method ?? 'approx';
  const qual = options.qual ?? 1;
  const survey = options.survey ?? true;
  if (fk.length !== Fk.length) throw new SdcUsageError('fk and Fk differ in length');
  const n = fk.length;
  const rk = new Float64Array(n);
  if (!survey) {
    for (let i = 0; i < n; i++) rk[i] = 1 / fk[i]!;
    return rk;
  }
  // Risks depend only on (fk, Fk): memoise the last pair (records of a class are often adjacent).
  let lastF = Number.NaN;
  let lastW = Number.NaN;
  let lastR = 0;
  for (let i = 0; i < n; i++) {
    const f = fk[i]!;
    const W = Fk[i]!;
    if (f !== lastF || W !== lastW) {
      lastF = f;
      lastW = W;
      lastR = (f === W ? 1 / f : riskFor(f, W, method)) * qual;
    }
    rk[i] = lastR;
  }
  return rk;
}

/** Risk of one record with sample frequency f and population estimate W (f ≠ W). */
export function riskFor(f: number, W: number, method: IndividualRiskMethod): number {
  const pk = f / W;
  const eps = (W - f) / W; // 1 − pk without cancellation
  const q = pk / eps;
  if (eps < 0.1 && eps > 0 && (f === 1 || f === 2)) {
    // Same formulas, expanded with ln(1/pk) = Σ_{m≥1} eps^m/m, which avoids the catastrophic
    // cancellation of q − q²·ln(1/pk) when the class is almost the whole population (pk → 1):
    // fk = 1: pk·Σ_{m≥1} eps^(m−1)/m;  fk = 2: pk − pk²·Σ_{m≥2} eps^(m−2)/m.
    let sum = 0;
    let pow = 1;
    for (let m = f === 1 ? 1 : 2; m < 40; m++, pow *= eps) sum += pow / m;
    return f === 1 ? pk * sum : pk - pk * pk * sum;
  }
  if (f === 1) return q * Math.log(1 / pk);
  if (f === 2) return q - q * q * Math.log(1 / pk);
  if (method === 'approx') return pk / (f - (1 - pk));
  const fi = Math.round(f);
  const A = (Math.pow(pk, 1 - fi) - 1) / (fi - 1);
  const B = (i: number): number =>
    (((fi - 1 - i) ** 2 / ((i + 1) * (fi - 2 - i))) * (Math.pow(pk, i + 2 - fi) - 1)) /
    (Math.pow(pk, i + 1 - fi) - 1);
  let BB = 0;
  let prod = 1;
  for (let m = 0; m <= fi - 3; m++) {
    prod *= B(m);
    BB += (m % 2 === 0 ? -1 : 1) * prod;
  }
  return Math.pow(q, fi) * (A * (1 + BB) + (fi % 2 === 0 ? 1 : -1) * Math.log(pk));
}
