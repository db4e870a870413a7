import { SdcUsageError, type Column } from '../dataset';
import { denseCodes, groupRows } from './grouping';

export interface FrequencyOptions {
  /** Sampling weights, one per record (no weights: every weight is 1, and Fk = fk). */
  readonly weights?: Float64Array | null;
  /** How much a match through a missing value counts, in [0, 1]; sdcMicro's default is 1. */
  readonly alpha?: number;
}

/** Sample and population frequencies of the key combination of every record (sdcMicro `freqCalc`). */
export interface Frequencies {
  /** Sample frequency of each record's key combination, missing values as wildcards. */
  readonly fk: Float64Array;
  /** Estimated population frequency: the summed weights of the same matches (= fk without weights). */
  readonly Fk: Float64Array;
  /** Equivalence class of each record: identical key values, a missing value being a value of its own. */
  readonly classOf: Int32Array;
  /** Number of equivalence classes (distinct key combinations, missing as its own value). */
  readonly classes: number;
  /** Records with fk = 1 (sample uniques) and fk = 2. */
  readonly n1: number;
  readonly n2: number;
  /** Whether any key value is missing (the wildcard path was taken). */
  readonly hasMissing: boolean;
  /**
   * Per equivalence class (indexed by `classOf`'s ids): its records, and the fk and Fk of each of
   * them (every record of a class has the same) — for figures computed once a class.
   */
  readonly classSize: Float64Array;
  readonly classFk: Float64Array;
  readonly classFkWeighted: Float64Array;
}

/**
 * fk and Fk exactly as sdcMicro's `freqCalc` (design note §1.1).
 *
 * Without missing key values, records are grouped by a mixed-radix integer of their dictionary
 * codes (see `groupRows`): O(n). With missing values (wildcards), records are first grouped
 * exactly (same values, same missing pattern); then, per missing pattern, groups are joined on the
 * keys both sides have — complete groups against each incomplete pattern, and incomplete patterns
 * pairwise — so the cost is O(n + patterns² × groups), never records².
 *
 * - complete record: own group + alpha × matching records with missing values;
 * - incomplete record: own group + alpha × matching incomplete records of other patterns +
 *   matching complete records (counted 1 each);
 * - all keys missing: fk = n, Fk = Σ w.
 */
export function frequencies(keys: readonly Column[], options: FrequencyOptions = {}): Frequencies {
  const alpha = options.alpha ?? 1;
  if (!(alpha >= 0 && alpha <= 1)) throw new SdcUsageError(`alpha must be in [0, 1], got ${alpha}`);
  if (keys.length === 0) throw new SdcUsageError('frequencies needs at least one key column');
  const dense = keys.map(denseCodes);
  const codes = dense.map((d) => d.codes);
  const cards = dense.map((d) => d.cardinality);
  const n = codes[0]!.length;
  const w = options.weights ?? null;
  if (w && w.length !== n) throw new SdcUsageError(`weights have ${w.length} values for ${n} records`);

  const { groupOf, groups } = groupRows(codes, cards);
  const size = new Float64Array(groups);
  const wsum = new Float64Array(groups);
  const rep = new Int32Array(groups).fill(-1);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    size[g]!++;
    wsum[g]! += w ? w[i]! : 1;
    if (rep[g] === -1) rep[g] = i;
  }

  const hasMissing = dense.some((d) => d.hasMissing !== false);

  let fkG: Float64Array = size;
  let FkG: Float64Array = wsum;
  if (hasMissing) ({ fkG, FkG } = wildcardFrequencies(codes, cards, rep, size, wsum, alpha, n));

  const fk = new Float64Array(n);
  const Fk = new Float64Array(n);
  let n1 = 0;
  let n2 = 0;
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    const f = fkG[g]!;
    fk[i] = f;
    Fk[i] = FkG[g]!;
    if (f === 1) n1++;
    else if (f === 2) n2++;
  }
  return {
    fk,
    Fk,
    classOf: groupOf,
    classes: groups,
    n1,
    n2,
    hasMissing,
    classSize: size,
    classFk: fkG,
    classFkWeighted: FkG,
  };
}

function wildcardFrequencies(
  codes: Int32Array[],
  cards: number[],
  rep: Int32Array,
  size: Float64Array,
  wsum: Float64Array,
  alpha: number,
  n: number,
): { fkG: Float64Array; FkG: Float64Array } {
  const K = codes.length;
  const G = rep.length;
  // Missing pattern of each group: group the representatives by their is-missing indicators.
  const indicators = codes.map((c) => {
    const ind = new Int32Array(G);
    for (let g = 0; g < G; g++) ind[g] = c[rep[g]!]! < 0 ? 1 : 0;
    return ind;
  });
  const pat = groupRows(
    indicators,
    indicators.map(() => 2),
  );
  const P = pat.groups;
  const present: number[][] = Array.from({ length: P }, () => []);
  const members: number[][] = Array.from({ length: P }, () => []);
  const seen = new Uint8Array(P);
  for (let g = 0; g < G; g++) {
    const p = pat.groupOf[g]!;
    members[p]!.push(g);
    if (!seen[p]) {
      seen[p] = 1;
      for (let j = 0; j < K; j++) if (indicators[j]![g] === 0) present[p]!.push(j);
    }
  }
  const complete = present.findIndex((keys) => keys.length === K);

  const fkG = Float64Array.from(size);
  const FkG = Float64Array.from(wsum);

  /**
   * Adds, to each group of side A, `factorA` × (size and weight of the B groups that agree with it
   * on `common` keys), and symmetrically to side B with `factorB`.
   */
  const join = (a: number[], b: number[], common: number[], factorA: number, factorB: number): void => {
    const rows = new Int32Array(a.length + b.length);
    for (let i = 0; i < a.length; i++) rows[i] = rep[a[i]!]!;
    for (let i = 0; i < b.length; i++) rows[a.length + i] = rep[b[i]!]!;
    const proj = groupRows(
      common.map((j) => codes[j]!),
      common.map((j) => cards[j]!),
      rows,
    );
    const sa = new Float64Array(proj.groups);
    const wa = new Float64Array(proj.groups);
    const sb = new Float64Array(proj.groups);
    const wb = new Float64Array(proj.groups);
    for (let i = 0; i < a.length; i++) {
      const q = proj.groupOf[i]!;
      sa[q]! += size[a[i]!]!;
      wa[q]! += wsum[a[i]!]!;
    }
    for (let i = 0; i < b.length; i++) {
      const q = proj.groupOf[a.length + i]!;
      sb[q]! += size[b[i]!]!;
      wb[q]! += wsum[b[i]!]!;
    }
    if (factorA !== 0) {
      for (let i = 0; i < a.length; i++) {
        const q = proj.groupOf[i]!;
        fkG[a[i]!]! += factorA * sb[q]!;
        FkG[a[i]!]! += factorA * wb[q]!;
      }
    }
    if (factorB !== 0) {
      for (let i = 0; i < b.length; i++) {
        const q = proj.groupOf[a.length + i]!;
        fkG[b[i]!]! += factorB * sa[q]!;
        FkG[b[i]!]! += factorB * wa[q]!;
      }
    }
  };

  const incomplete: number[] = [];
  for (let p = 0; p < P; p++) if (p !== complete) incomplete.push(p);
  for (let x = 0; x < incomplete.length; x++) {
    const p = incomplete[x]!;
    const keysP = present[p]!;
    // Complete records matching an incomplete group count 1 each; the reverse counts alpha.
    if (complete >= 0) join(members[p]!, members[complete]!, keysP, 1, alpha);
    for (let y = x + 1; y < incomplete.length; y++) {
      const q = incomplete[y]!;
      const keysQ = new Set(present[q]!);
      join(
        members[p]!,
        members[q]!,
        keysP.filter((j) => keysQ.has(j)),
        alpha,
        alpha,
      );
    }
  }
  // Records whose keys are all missing match everything, at full weight.
  let totalW = 0;
  for (let g = 0; g < G; g++) totalW += wsum[g]!;
  for (const p of incomplete) {
    if (present[p]!.length > 0) continue;
    for (const g of members[p]!) {
      fkG[g] = n;
      FkG[g] = totalW;
    }
  }
  return { fkG, FkG };
}
