/**
 * Optimal full-domain generalisation under k-anonymity with a record-suppression limit (ARX's
 * model), searched with Flash-style pruning.
 *
 * - A transformation (lattice node) is one hierarchy level per key, in the order of `keys`.
 * - A node is k-anonymous when the records in equivalence classes smaller than k number at most
 *   floor(suppressionLimit · n); those records are suppressed (all keys NA), as ARX does.
 * - Anonymity is monotone in the lattice (generalising only merges classes, so the set of records
 *   in small classes only shrinks): an anonymous node makes every successor anonymous and a
 *   non-anonymous node makes every predecessor non-anonymous ("predictive tagging").
 * - Search (Flash's idea): walk the lattice level by level from the bottom; for every untagged
 *   node, build a path upwards by greedy ascent through untagged successors (cheapest loss first),
 *   binary-search the path for its lowest anonymous node, and tag after every check. Every node ends
 *   up tagged; only the checked ones cost a pass over the data.
 * - A check counts classes over the distinct level-0 tuples (with multiplicities), rolled up from
 *   the classes of an already checked predecessor when one is known (ARX's roll-up).
 *
 * Metrics (smaller is better):
 * - `entropy`: ARX's precomputed monotonic non-uniform entropy,
 *   Σ_q Σ_v a_q(v) · log2(b_q(g_T(v)) / a_q(v)) (suppression ignored; design note 2.5).
 * - `loss`: Iyengar's loss as in ARX: per key, the mean over records of
 *   (leaves under the generalised value − 1) / (leaves of the hierarchy − 1), a suppressed record
 *   counting 1; keys combined by the arithmetic mean (a value in [0, 1]).
 */
import { MISSING_CODE, replaceColumn, type CategoricalColumn, type Dataset } from '../dataset';
import type { Hierarchy } from './hierarchy';
import { countClasses, meet, rollUp, type Classes, type Snapshot } from './generalisation-classes';
import { codesAt, prepare, type Prepared } from './generalisation-prepare';
import { fail, ok, type MethodResult } from './result';

export type GeneralisationMetric = 'entropy' | 'loss';

export interface GeneralisationOptions {
  readonly keys: readonly string[];
  /** One hierarchy per key, by key name. */
  readonly hierarchies: Readonly<Record<string, Hierarchy>>;
  readonly k: number;
  /** Fraction of records that may be suppressed, in [0, 1). Default 0. */
  readonly suppressionLimit?: number;
  readonly metric?: GeneralisationMetric;
  /**
   * Skip nodes whose (monotone) loss cannot beat the best anonymous node found so far (default
   * true). With false every node is classified, so `anonymousNodes` counts all anonymous nodes.
   */
  readonly prune?: boolean;
}

export interface GeneralisationReport {
  /** The optimal transformation: one level per key, in the order of `keys`. */
  readonly transformation: readonly number[];
  readonly loss: number;
  /** The generalised dataset (records in classes < k suppressed: all keys NA). */
  readonly dataset: Dataset;
  readonly suppressedRecords: number;
  readonly classes: number;
  readonly smallestClass: number;
  readonly latticeSize: number;
  readonly nodesChecked: number;
  /** Nodes known to be anonymous (checked or tagged); all of them when `prune` is false. */
  readonly anonymousNodes: number;
  /** Nodes never classified because the loss bound excluded them. */
  readonly nodesPruned: number;
}

export function optimalGeneralisation(
  dataset: Dataset,
  options: GeneralisationOptions,
): MethodResult<GeneralisationReport> {
  const prepared = prepare(dataset, options);
  if (!prepared.ok) return prepared;
  const P = prepared.value;
  const limit = options.suppressionLimit ?? 0;
  if (!(limit >= 0 && limit < 1)) return fail('suppressionLimit', 'suppressionLimit must be in [0, 1)');
  if (!Number.isInteger(options.k) || options.k < 2)
    return fail('k', `k must be an integer >= 2 (got ${options.k})`);
  if (options.k > P.n) return fail('k', `k = ${options.k} is larger than the dataset (${P.n} records)`);
  const metric = options.metric ?? 'entropy';
  const maxOutliers = Math.floor(limit * P.n);
  const search = flash(
    P,
    options.k,
    maxOutliers,
    metric,
    options.hierarchies,
    options.keys,
    options.prune ?? true,
  );
  const best = search.best;
  const cls = countClasses(P, best);
  const {
    dataset: out,
    suppressed,
    classes,
    smallest,
  } = applyNode(dataset, options.keys, P, best, cls, options.k);
  return ok({
    transformation: best,
    loss: search.bestLoss,
    dataset: out,
    suppressedRecords: suppressed,
    classes,
    smallestClass: smallest,
    latticeSize: search.size,
    nodesChecked: search.checked,
    anonymousNodes: search.anonymous,
    nodesPruned: search.pruned,
  });
}

/** Applies a given transformation (levels in the order of `keys`), suppressing classes < k if k is given. */
export function generalise(
  dataset: Dataset,
  keys: readonly string[],
  hierarchies: Readonly<Record<string, Hierarchy>>,
  transformation: readonly number[],
  k?: number,
): MethodResult<{ dataset: Dataset; suppressedRecords: number }> {
  const prepared = prepare(dataset, { keys, hierarchies });
  if (!prepared.ok) return prepared;
  const P = prepared.value;
  for (let q = 0; q < keys.length; q++) {
    const l = transformation[q];
    if (l === undefined || !Number.isInteger(l) || l < 0 || l >= P.heights[q]!) {
      return fail(`transformation[${q}]`, `level must be an integer in 0..${P.heights[q]! - 1}`);
    }
  }
  const cls = countClasses(P, transformation);
  const r = applyNode(dataset, keys, P, transformation, cls, k ?? 0);
  return ok({ dataset: r.dataset, suppressedRecords: r.suppressed });
}

/**
 * Non-uniform entropy loss of every level of every key (precomputed; monotone). One pass over the
 * distinct tuples per key gives the count a(v) of each level-0 code; the generalised counts b come
 * from the hierarchy (level-0 code → level-l code), not from further passes over the tuples.
 */
export function entropyLossTable(P: Prepared): number[][] {
  const out: number[][] = [];
  for (let q = 0; q < P.K; q++) {
    const h = P.heights[q]!;
    const row: number[] = [];
    const a = new Float64Array(P.card[q]![0]!);
    const g0 = codesAt(P, q, 0);
    for (let t = 0; t < P.m; t++) a[g0[t]!]! += P.weight[t]!;
    const rows0 = P.rowGen[q]![0]!;
    for (let l = 0; l < h; l++) {
      const rowsL = P.rowGen[q]![l]!;
      const codeMap = new Int32Array(a.length).fill(-1);
      for (let r = 0; r < rows0.length; r++) codeMap[rows0[r]!] = rowsL[r]!;
      const b = new Float64Array(P.card[q]![l]!);
      for (let v = 0; v < a.length; v++) if (a[v]! > 0) b[codeMap[v]!]! += a[v]!;
      let s = 0;
      for (let v = 0; v < a.length; v++) {
        const av = a[v]!;
        if (av > 0) s += av * Math.log2(b[codeMap[v]!]! / av);
      }
      row.push(s);
    }
    out.push(row);
  }
  return out;
}

function outliers(cls: Classes, k: number): number {
  let s = 0;
  for (let c = 0; c < cls.size.length; c++) if (cls.size[c]! < k) s += cls.size[c]!;
  return s;
}

interface SearchResult {
  best: number[];
  bestLoss: number;
  size: number;
  checked: number;
  anonymous: number;
  pruned: number;
}

function flash(
  P: Prepared,
  k: number,
  maxOutliers: number,
  metric: GeneralisationMetric,
  hierarchies: Readonly<Record<string, Hierarchy>>,
  keys: readonly string[],
  prune: boolean,
): SearchResult {
  const { K, heights } = P;
  const strides: number[] = [];
  let size = 1;
  for (let q = 0; q < K; q++) {
    strides.push(size);
    size *= heights[q]!;
  }
  const decode = (idx: number): number[] => heights.map((h, q) => Math.floor(idx / strides[q]!) % h);
  const entropy = entropyLossTable(P);
  const nodeLevel = new Int32Array(size);
  const nodeLoss = new Float64Array(size);
  for (let idx = 0; idx < size; idx++) {
    let lv = 0;
    let s = 0;
    for (let q = 0; q < K; q++) {
      const l = Math.floor(idx / strides[q]!) % heights[q]!;
      lv += l;
      s += entropy[q]![l]!;
    }
    nodeLevel[idx] = lv;
    nodeLoss[idx] = s;
  }
  const nodeEntropy = (idx: number): number => nodeLoss[idx]!;

  const status = new Int8Array(size); // 0 unknown, 1 anonymous, 2 not anonymous
  const snapshots: Snapshot[] = [];
  // Kept nodes hold a class id per tuple once used for a meet: their number bounds the memory.
  const maxSnapshots = Math.max(4, Math.min(64, Math.floor((1 << 23) / Math.max(1, P.m))));
  const keep = (s: Snapshot): void => {
    if (s.cls.size.length >= P.m * 0.8) return;
    snapshots.push(s);
    if (snapshots.length > maxSnapshots) snapshots.shift()!.dropTupleIds();
  };
  let checked = 0;
  const check = (idx: number): boolean => {
    checked++;
    const node = decode(idx);
    // A kept node below this one, with the fewest classes: roll up from it. Else the kept node
    // above this one on the fewest keys (then the fewest classes): split its classes on those
    // keys (the meet of the two nodes, kept too), then roll up. Else count over all tuples.
    let below: Snapshot | null = null;
    let other: Snapshot | null = null;
    let otherKeys = K;
    for (const s of snapshots) {
      let above = 0;
      for (let q = 0; q < K; q++) if (s.node[q]! > node[q]!) above++;
      const classes = s.cls.size.length;
      if (above === 0) {
        if (!below || classes < below.cls.size.length) below = s;
      } else if (above < otherKeys || (above === otherKeys && classes < other!.cls.size.length)) {
        other = s;
        otherKeys = above;
      }
    }
    let snap: Snapshot;
    if (below) snap = rollUp(P, node, below);
    else if (other && otherKeys + (other.hasTupleIds ? 0 : 1) < K / 2) {
      const m = meet(P, node, other);
      keep(m);
      snap = rollUp(P, node, m);
    } else snap = countClasses(P, node);
    keep(snap);
    return outliers(snap.cls, k) <= maxOutliers;
  };
  const tag = (idx: number, anonymous: boolean): void => {
    const value = anonymous ? 1 : 2;
    const stack = [idx];
    status[idx] = value;
    while (stack.length > 0) {
      const cur = stack.pop()!;
      for (let q = 0; q < K; q++) {
        const l = Math.floor(cur / strides[q]!) % heights[q]!;
        const nb = anonymous
          ? l + 1 < heights[q]!
            ? cur + strides[q]!
            : -1
          : l > 0
            ? cur - strides[q]!
            : -1;
        if (nb >= 0 && status[nb] !== value) {
          status[nb] = value;
          stack.push(nb);
        }
      }
    }
  };

  // Nodes by level (counting sort, index order within a level); a level's nodes still open when
  // the walk reaches it are sorted by loss then (nodes tagged or excluded by then stay so).
  let maxLevel = 0;
  for (let q = 0; q < K; q++) maxLevel += heights[q]! - 1;
  const levelStart = new Int32Array(maxLevel + 2);
  for (let idx = 0; idx < size; idx++) levelStart[nodeLevel[idx]! + 1]!++;
  for (let lv = 0; lv <= maxLevel; lv++) levelStart[lv + 1]! += levelStart[lv]!;
  const byLevel = new Int32Array(size);
  const fill = levelStart.slice(0, maxLevel + 1);
  for (let idx = 0; idx < size; idx++) byLevel[fill[nodeLevel[idx]!]!++] = idx;
  // Bound: with a monotone metric, a node at least as costly as the best anonymous node found so
  // far cannot improve on it, and neither can its successors: it needs no check.
  const bound = prune && (metric === 'entropy' || maxOutliers === 0);
  let bestSoFar = Infinity;
  const walk = (start: number): void => {
    if (status[start] !== 0) return;
    if (bound && nodeLoss[start]! >= bestSoFar) return;
    // Greedy ascent through untagged successors, cheapest first.
    const path = [start];
    let cur = start;
    for (;;) {
      let next = -1;
      let nextLoss = Infinity;
      for (let q = 0; q < K; q++) {
        const l = Math.floor(cur / strides[q]!) % heights[q]!;
        if (l + 1 >= heights[q]!) continue;
        const nb = cur + strides[q]!;
        if (status[nb] !== 0) continue;
        const loss = nodeEntropy(nb);
        if (loss < nextLoss) {
          next = nb;
          nextLoss = loss;
        }
      }
      if (next < 0) break;
      path.push(next);
      cur = next;
    }
    // Binary search for the lowest anonymous node on the path.
    let lo = 0;
    let hi = path.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const idx = path[mid]!;
      let anon: boolean;
      if (status[idx] === 0) {
        anon = check(idx);
        tag(idx, anon);
        if (anon && metric === 'entropy') bestSoFar = Math.min(bestSoFar, nodeLoss[idx]!);
        else if (anon)
          bestSoFar = Math.min(bestSoFar, iyengarLoss(P, decode(idx), k, hierarchies, keys, false));
      } else anon = status[idx] === 1;
      if (anon) hi = mid - 1;
      else lo = mid + 1;
    }
  };
  const open: number[] = [];
  for (let lv = 0; lv <= maxLevel; lv++) {
    open.length = 0;
    for (let i = levelStart[lv]!; i < levelStart[lv + 1]!; i++) {
      const idx = byLevel[i]!;
      if (status[idx] === 0 && !(bound && nodeLoss[idx]! >= bestSoFar)) open.push(idx);
    }
    open.sort((a, b) => nodeLoss[a]! - nodeLoss[b]! || a - b);
    for (const start of open) walk(start);
  }
  // Optimum among anonymous nodes.
  let anonymous = 0;
  let pruned = 0;
  for (let idx = 0; idx < size; idx++) if (status[idx] === 0) pruned++;
  let best = -1;
  let bestLoss = Infinity;
  const lossCache = new Map<number, number>();
  for (let idx = 0; idx < size; idx++) {
    if (status[idx] !== 1) continue;
    anonymous++;
    let loss: number;
    if (metric === 'entropy') loss = nodeEntropy(idx);
    else {
      loss = iyengarLoss(P, decode(idx), k, hierarchies, keys, maxOutliers > 0);
      lossCache.set(idx, loss);
    }
    if (loss < bestLoss) {
      best = idx;
      bestLoss = loss;
    }
  }
  if (best < 0) {
    // The top node is always anonymous when k <= n, so this cannot happen.
    best = size - 1;
    bestLoss =
      metric === 'entropy' ? nodeEntropy(best) : iyengarLoss(P, decode(best), k, hierarchies, keys, true);
  }
  return { best: decode(best), bestLoss, size, checked, anonymous, pruned };
}

/** ARX's Loss metric (Iyengar), arithmetic mean over keys. */
function iyengarLoss(
  P: Prepared,
  node: readonly number[],
  k: number,
  hierarchies: Readonly<Record<string, Hierarchy>>,
  keys: readonly string[],
  withSuppression: boolean,
): number {
  let suppressedTuple: Uint8Array | null = null;
  if (withSuppression) {
    const snap = countClasses(P, node);
    const ofTuple = snap.ofTuple(P.m);
    suppressedTuple = new Uint8Array(P.m);
    for (let t = 0; t < P.m; t++) if (snap.cls.size[ofTuple[t]!]! < k) suppressedTuple[t] = 1;
  }
  let total = 0;
  for (let q = 0; q < P.K; q++) {
    const h = hierarchies[keys[q]!]!;
    const leaves = h.rows.length;
    const l = node[q]!;
    const g = codesAt(P, q, l);
    const under = new Int32Array(P.card[q]![l]!);
    const rg = P.rowGen[q]![l]!;
    for (let r = 0; r < leaves; r++) under[rg[r]!]!++;
    let s = 0;
    for (let t = 0; t < P.m; t++) {
      const w = P.weight[t]!;
      if (suppressedTuple && suppressedTuple[t]) s += w;
      else s += leaves > 1 ? (w * Math.max(0, under[g[t]!]! - 1)) / (leaves - 1) : 0;
    }
    total += s / P.n;
  }
  return total / P.K;
}

function applyNode(
  dataset: Dataset,
  keys: readonly string[],
  P: Prepared,
  node: readonly number[],
  snap: Snapshot,
  k: number,
): { dataset: Dataset; suppressed: number; classes: number; smallest: number } {
  const cls = snap.cls;
  const ofTuple = snap.ofTuple(P.m);
  const n = P.n;
  const suppressedRecord = new Uint8Array(n);
  let suppressed = 0;
  let classes = 0;
  let smallest = Infinity;
  for (let c = 0; c < cls.size.length; c++) {
    if (cls.size[c]! >= k) {
      classes++;
      smallest = Math.min(smallest, cls.size[c]!);
    }
  }
  for (let i = 0; i < n; i++) {
    if (cls.size[ofTuple[P.recordTuple[i]!]!]! < k) {
      suppressedRecord[i] = 1;
      suppressed++;
    }
  }
  let out = dataset;
  for (let q = 0; q < keys.length; q++) {
    const l = node[q]!;
    const rg = P.rowGen[q]![l]!;
    const labels = P.labels[q]![l]!;
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const g = rg[P.recordRow[q]![i]!]!;
      codes[i] = suppressedRecord[i] || g >= labels.length ? MISSING_CODE : g;
    }
    const col: CategoricalColumn = { kind: 'categorical', name: keys[q]!, levels: labels, codes };
    out = replaceColumn(out, col);
  }
  return { dataset: out, suppressed, classes, smallest: Number.isFinite(smallest) ? smallest : 0 };
}
