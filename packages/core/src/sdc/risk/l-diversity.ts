import { SdcUsageError, type Column } from '../dataset';
import { denseCodes, groupRows } from './grouping';

export interface LDiversityOptions {
  /** The c of recursive (c,l)-diversity (sdcMicro `l_recurs_c`, default 2; ≤ 0 means 1). */
  readonly c?: number;
}

/** l-diversity of one sensitive variable, per record (the value of the record's class). */
export interface SensitiveDiversity {
  readonly sensitive: string;
  /** Distinct l: distinct non-missing values, +1 when some are missing (0 if all are missing). */
  readonly distinct: Int32Array;
  /** Entropy l: exp(−Σ p ln p) over the value shares (missing as one more share); 1 if all missing. */
  readonly entropy: Float64Array;
  /** Recursive (c,l): largest l with r1 < c·(r_l + … + r_m); 1 when m = 1; 0 when all missing. */
  readonly recursive: Int32Array;
  /** The smallest values over all classes (the dataset's l). */
  readonly minDistinct: number;
  readonly minEntropy: number;
  readonly minRecursive: number;
}

export interface LDiversity {
  readonly variables: readonly SensitiveDiversity[];
  /** Per record, the minimum entropy l over the sensitive variables (sdcMicro MultiEntropy). */
  readonly multiEntropy: Float64Array;
  /** Per record, the minimum recursive l over the sensitive variables (sdcMicro MultiRecursive). */
  readonly multiRecursive: Int32Array;
}

/**
 * l-diversity as sdcMicro's `ldiversity` (design note §1.6). Classes are records with identical key
 * values, a missing key being a value of its own (not a wildcard). Recursive l is computed in double
 * precision (sdcMicro sums in single precision; results differ only at exact ties of c·sum).
 */
export function lDiversity(
  keys: readonly Column[],
  sensitive: readonly Column[],
  options: LDiversityOptions = {},
): LDiversity {
  if (keys.length === 0 || sensitive.length === 0) {
    throw new SdcUsageError('l-diversity needs key and sensitive columns');
  }
  const c = options.c === undefined ? 2 : options.c <= 0 ? 1 : options.c;
  const dense = keys.map(denseCodes);
  const { groupOf, groups } = groupRows(
    dense.map((d) => d.codes),
    dense.map((d) => d.cardinality),
  );
  const n = groupOf.length;
  const classSize = new Float64Array(groups);
  for (let i = 0; i < n; i++) classSize[groupOf[i]!]!++;

  const variables = sensitive.map((col) => one(col, groupOf, groups, classSize, c));
  const multiEntropy = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const multiRecursive = new Int32Array(n).fill(2 ** 31 - 1);
  for (const v of variables) {
    for (let i = 0; i < n; i++) {
      if (v.entropy[i]! < multiEntropy[i]!) multiEntropy[i] = v.entropy[i]!;
      if (v.recursive[i]! < multiRecursive[i]!) multiRecursive[i] = v.recursive[i]!;
    }
  }
  return { variables, multiEntropy, multiRecursive };
}

function one(
  col: Column,
  classOf: Int32Array,
  groups: number,
  classSize: Float64Array,
  c: number,
): SensitiveDiversity {
  const { codes, cardinality } = denseCodes(col);
  const n = classOf.length;
  const pairs = groupRows([classOf, codes], [groups, cardinality]);
  const P = pairs.groups;
  const pairClass = new Int32Array(P);
  const pairMissing = new Uint8Array(P);
  const pairCount = new Float64Array(P);
  for (let i = 0; i < n; i++) {
    const p = pairs.groupOf[i]!;
    pairClass[p] = classOf[i]!;
    pairMissing[p] = codes[i]! < 0 ? 1 : 0;
    pairCount[p]!++;
  }
  // Bucket pairs by class (counting sort).
  const start = new Int32Array(groups + 1);
  for (let p = 0; p < P; p++) start[pairClass[p]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const byClass = new Int32Array(P);
  for (let p = 0; p < P; p++) byClass[fill[pairClass[p]!]!++] = p;

  const dG = new Int32Array(groups);
  const eG = new Float64Array(groups);
  const rG = new Int32Array(groups);
  const counts: number[] = [];
  for (let g = 0; g < groups; g++) {
    counts.length = 0;
    let missing = 0;
    for (let k = start[g]!; k < start[g + 1]!; k++) {
      const p = byClass[k]!;
      if (pairMissing[p]) missing += pairCount[p]!;
      else counts.push(pairCount[p]!);
    }
    const m = counts.length;
    const size = classSize[g]!;
    dG[g] = m + (missing > 0 && m > 0 ? 1 : 0);
    let h = 0;
    if (m > 0) {
      for (const x of counts) h -= (x / size) * Math.log(x / size);
      if (missing > 0) h -= (missing / size) * Math.log(missing / size);
    }
    eG[g] = Math.exp(h);
    if (m === 0) rG[g] = 0;
    else {
      counts.sort((a, b) => b - a);
      let tail = 0;
      for (const x of counts) tail += x;
      // tail = r_l + … + r_m, starting at l = 2.
      tail -= counts[0]!;
      let l = 1;
      for (let k = 1; k < m; k++) {
        if (counts[0]! < c * tail) l = k + 1;
        else break;
        tail -= counts[k]!;
      }
      rG[g] = l;
    }
  }
  const distinct = new Int32Array(n);
  const entropy = new Float64Array(n);
  const recursive = new Int32Array(n);
  let minD = Infinity;
  let minE = Infinity;
  let minR = Infinity;
  for (let i = 0; i < n; i++) {
    const g = classOf[i]!;
    distinct[i] = dG[g]!;
    entropy[i] = eG[g]!;
    recursive[i] = rG[g]!;
  }
  for (let g = 0; g < groups; g++) {
    minD = Math.min(minD, dG[g]!);
    minE = Math.min(minE, eG[g]!);
    minR = Math.min(minR, rG[g]!);
  }
  return {
    sensitive: col.name,
    distinct,
    entropy,
    recursive,
    minDistinct: groups === 0 ? 0 : minD,
    minEntropy: groups === 0 ? 0 : minE,
    minRecursive: groups === 0 ? 0 : minR,
  };
}
