/**
 * Equivalence classes of lattice nodes for the optimal generalisation search: counting them over
 * the distinct level-0 tuples, rolled up from a finer node's classes, or refined from a coarser
 * node's classes on the few keys where it is coarser (the meet of the two nodes), in reused typed
 * arrays.
 *
 * Every hierarchy is a tree (checked in `prepare`: a value has one generalisation per level), so a
 * class of a node lies inside one class of every node above it: a node's classes follow from the
 * classes of any node below it through one representative tuple per class.
 */
import { codesAt, type Prepared } from './generalisation-prepare';

export interface Classes {
  /** Record count per class. */
  readonly size: Int32Array;
  /** A representative distinct tuple per class. */
  readonly rep: Int32Array;
}

/**
 * A node whose classes are known. Its class id per distinct tuple (`ofTuple`) is made when first
 * needed: directly for a node counted over the tuples, else from the node it was rolled up from
 * (its class of each of that node's classes, `unitMap`).
 */
export class Snapshot {
  private tupleIds: Int32Array | null;

  constructor(
    readonly node: readonly number[],
    readonly cls: Classes,
    tupleIds: Int32Array | null,
    private readonly parent: Snapshot | null,
    private readonly unitMap: Int32Array | null,
  ) {
    this.tupleIds = tupleIds;
  }

  get hasTupleIds(): boolean {
    return this.tupleIds !== null;
  }

  /**
   * Class id per distinct tuple, kept once made: the maps down the chain of roll-ups are composed
   * over classes first, then applied to the counted node's ids in one pass over the tuples.
   */
  ofTuple(m: number): Int32Array {
    if (this.tupleIds) return this.tupleIds;
    const chain: Snapshot[] = [this];
    let s = this.parent!;
    while (!s.tupleIds) {
      chain.push(s);
      s = s.parent!;
    }
    // chain[last] was rolled up from s; compose its map with those above it.
    const map = chain[chain.length - 1]!.unitMap!.slice();
    for (let i = chain.length - 2; i >= 0; i--) {
      const next = chain[i]!.unitMap!;
      for (let c = 0; c < map.length; c++) map[c] = next[map[c]!]!;
    }
    const base = s.tupleIds;
    const out = new Int32Array(m);
    for (let t = 0; t < m; t++) out[t] = map[base[t]!]!;
    this.tupleIds = out;
    return out;
  }

  dropTupleIds(): void {
    if (this.parent) this.tupleIds = null;
  }
}

/** Reused buffers (the search counts one node at a time). */
let scratch = new Int32Array(0);
let bufA = new Int32Array(0);
let bufB = new Int32Array(0);
let touchedBuf = new Int32Array(0);

function ensureBuffers(units: number): void {
  if (bufA.length < units) {
    bufA = new Int32Array(Math.max(units, bufA.length * 2));
    bufB = new Int32Array(bufA.length);
    touchedBuf = new Int32Array(bufA.length);
  }
}

/**
 * Dense group ids of `units` units, starting from the groups `ids` (`groups` of them; null: one
 * group) and splitting them by each listed key's code at the node's level. A unit's code is
 * `gen[q][level][unitTuple[u]]` (or `[u]` without `unitTuple`). Returns the ids (in a reused
 * buffer unless `fresh`) and the number of groups.
 */
function refine(
  P: Prepared,
  node: readonly number[],
  keys: readonly number[],
  units: number,
  unitTuple: Int32Array | null,
  start: Int32Array | null,
  startGroups: number,
  fresh: boolean,
): { ids: Int32Array; groups: number } {
  ensureBuffers(units);
  let ids: Int32Array = start ?? bufA;
  if (!start) ids.fill(0, 0, units);
  let groups = start ? startGroups : 1;
  const touched = touchedBuf;
  for (let i = 0; i < keys.length; i++) {
    const q = keys[i]!;
    const g = codesAt(P, q, node[q]!);
    const card = P.card[q]![node[q]!]!;
    const size = groups * card;
    const next = fresh && i === keys.length - 1 ? new Int32Array(units) : ids === bufA ? bufB : bufA;
    let count = 0;
    if (size <= 1 << 24) {
      if (scratch.length < size) scratch = new Int32Array(Math.max(size, scratch.length * 2)).fill(-1);
      const table = scratch;
      let nt = 0;
      if (unitTuple) {
        for (let u = 0; u < units; u++) {
          const key = ids[u]! * card + g[unitTuple[u]!]!;
          let id = table[key]!;
          if (id < 0) {
            id = count++;
            table[key] = id;
            touched[nt++] = key;
          }
          next[u] = id;
        }
      } else {
        for (let u = 0; u < units; u++) {
          const key = ids[u]! * card + g[u]!;
          let id = table[key]!;
          if (id < 0) {
            id = count++;
            table[key] = id;
            touched[nt++] = key;
          }
          next[u] = id;
        }
      }
      for (let x = 0; x < nt; x++) table[touched[x]!] = -1;
    } else {
      const map = new Map<number, number>();
      for (let u = 0; u < units; u++) {
        const key = ids[u]! * card + g[unitTuple ? unitTuple[u]! : u]!;
        let id = map.get(key);
        if (id === undefined) {
          id = count++;
          map.set(key, id);
        }
        next[u] = id;
      }
    }
    ids = next;
    groups = count;
  }
  if (fresh && keys.length === 0) ids = ids.slice(0, units);
  return { ids, groups };
}

/** Sizes and representatives of the groups `ids` of units (weights and tuples per unit). */
function summarise(
  ids: Int32Array,
  groups: number,
  units: number,
  weight: Int32Array,
  unitTuple: Int32Array | null,
): Classes {
  const size = new Int32Array(groups);
  const rep = new Int32Array(groups).fill(-1);
  for (let u = 0; u < units; u++) {
    const c = ids[u]!;
    size[c]! += weight[u]!;
    if (rep[c]! < 0) rep[c] = unitTuple ? unitTuple[u]! : u;
  }
  return { size, rep };
}

/** The classes of a node counted over all distinct tuples, with the class id of every tuple. */
export function countClasses(P: Prepared, node: readonly number[]): Snapshot {
  const keys = allKeys(P.K);
  const { ids, groups } = refine(P, node, keys, P.m, null, null, 0, true);
  return new Snapshot(node, summarise(ids, groups, P.m, P.weight, null), ids, null, null);
}

/** The classes of a node rolled up from those of a node below it (one unit per class there). */
export function rollUp(P: Prepared, node: readonly number[], from: Snapshot): Snapshot {
  const units = from.cls.size.length;
  const { ids, groups } = refine(P, node, allKeys(P.K), units, from.cls.rep, null, 0, false);
  const cls = summarise(ids, groups, units, from.cls.size, from.cls.rep);
  return new Snapshot(node, cls, null, from, ids.slice(0, units));
}

/**
 * The classes of the meet of `node` and a counted node `from` (levels: the smaller of the two per
 * key), from `from`'s class id per tuple split by the keys where `node` is finer: a tuple's class
 * at the meet is its class at `from` together with its codes at `node`'s levels on those keys.
 */
export function meet(P: Prepared, node: readonly number[], from: Snapshot): Snapshot {
  const finer: number[] = [];
  const levels: number[] = [];
  for (let q = 0; q < P.K; q++) {
    levels.push(Math.min(node[q]!, from.node[q]!));
    if (node[q]! < from.node[q]!) finer.push(q);
  }
  const start = from.ofTuple(P.m);
  const { ids, groups } = refine(P, levels, finer, P.m, null, start, from.cls.size.length, true);
  return new Snapshot(levels, summarise(ids, groups, P.m, P.weight, null), ids, null, null);
}

const keyLists: number[][] = [];
function allKeys(K: number): number[] {
  let keys = keyLists[K];
  if (!keys) {
    keys = Array.from({ length: K }, (_, q) => q);
    keyLists[K] = keys;
  }
  return keys;
}
