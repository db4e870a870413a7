import { SdcUsageError, type Column } from '../dataset';
import { denseCodes } from './grouping';

export interface HouseholdRisk {
  /** Each record's household risk 1 − Π(1 − rk) over its household's members. */
  readonly perRecord: Float64Array;
  /** Σ over records of their household risk (sdcMicro `hier_risk_ER`). */
  readonly expectedReidentifications: number;
  /** hier_risk_ER / n. */
  readonly risk: number;
  /** 100 · risk. */
  readonly riskPct: number;
  readonly households: number;
}

/**
 * Hierarchical (household) risk, sdcMicro `measure_risk` with `hid` (design note §1.5). A record
 * with a missing household id is a household of its own.
 */
export function householdRisk(rk: Float64Array, household: Column): HouseholdRisk {
  const { codes, cardinality } = denseCodes(household);
  const n = rk.length;
  if (codes.length !== n) throw new SdcUsageError('household column and risks differ in length');
  const ids = new Int32Array(n);
  let households = cardinality;
  for (let i = 0; i < n; i++) ids[i] = codes[i]! < 0 ? households++ : codes[i]!;
  const survive = new Float64Array(households).fill(1);
  for (let i = 0; i < n; i++) survive[ids[i]!]! *= 1 - rk[i]!;
  const perRecord = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = 1 - survive[ids[i]!]!;
    perRecord[i] = r;
    sum += r;
  }
  let used = 0;
  const seen = new Uint8Array(households);
  for (let i = 0; i < n; i++) {
    if (seen[ids[i]!]) continue;
    seen[ids[i]!] = 1;
    used++;
  }
  const risk = n === 0 ? 0 : sum / n;
  return { perRecord, expectedReidentifications: sum, risk, riskPct: 100 * risk, households: used };
}
