/**
 * A table dimension: a tree of codes with one root (the dimension's total).
 *
 * Codes are kept in pre-order (a parent before its children, children in the order given), which
 * is sdcTable's order "totals first": `total, A, A1, A2, B, …`.
 */
import { fail, ok, type TableResult } from './result';

/** One edge of a hierarchy: `code` is a child of `parent` (the root's code or another code). */
export interface HierarchyEdge {
  readonly code: string;
  readonly parent: string;
}

export interface Dimension {
  readonly name: string;
  /** Codes in pre-order; index 0 is the root (the total). */
  readonly codes: readonly string[];
  /** Parent index of each code; -1 for the root. */
  readonly parent: Int32Array;
  /** Child indices of each code, in the order given. */
  readonly children: readonly (readonly number[])[];
  /** Depth of each code (root 0). */
  readonly depth: Int32Array;
  /** Code → index. */
  readonly index: ReadonlyMap<string, number>;
}

export function isLeaf(dim: Dimension, code: number): boolean {
  return dim.children[code]!.length === 0;
}

/**
 * Builds a dimension from a root code and parent/child edges (children keep the order of the
 * edges). Errors: duplicate code, unknown parent, a code that is its own ancestor, an empty tree.
 */
export function dimensionFromEdges(
  name: string,
  root: string,
  edges: readonly HierarchyEdge[],
): TableResult<Dimension> {
  if (edges.length === 0) return fail(`Dimension "${name}": the hierarchy has no codes below "${root}"`);
  const childrenOf = new Map<string, string[]>([[root, []]]);
  const parentOf = new Map<string, string>();
  for (const [i, e] of edges.entries()) {
    if (e.code === '') return fail(`Dimension "${name}": hierarchy entry ${i + 1} has an empty code`);
    if (e.code === root)
      return fail(`Dimension "${name}": the total "${root}" cannot be a child (entry ${i + 1})`);
    if (parentOf.has(e.code)) {
      return fail(`Dimension "${name}": code "${e.code}" appears twice in the hierarchy (entry ${i + 1})`);
    }
    parentOf.set(e.code, e.parent);
    if (!childrenOf.has(e.code)) childrenOf.set(e.code, []);
  }
  for (const [i, e] of edges.entries()) {
    const siblings = childrenOf.get(e.parent);
    if (!siblings) {
      return fail(
        `Dimension "${name}": parent "${e.parent}" of "${e.code}" (entry ${i + 1}) is neither "${root}" nor a code`,
      );
    }
    siblings.push(e.code);
  }
  const codes: string[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const stack: Array<[string, number, number]> = [[root, -1, 0]];
  while (stack.length > 0) {
    const [code, parent, depth] = stack.pop()!;
    const at = codes.length;
    codes.push(code);
    parents.push(parent);
    depths.push(depth);
    const kids = childrenOf.get(code)!;
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k]!, at, depth + 1]);
  }
  if (codes.length !== edges.length + 1) {
    const reached = new Set(codes);
    const lost = edges.find((e) => !reached.has(e.code));
    return fail(
      `Dimension "${name}": code "${lost?.code ?? '?'}" is not connected to "${root}" (a cycle in the hierarchy)`,
    );
  }
  const index = new Map(codes.map((c, i) => [c, i]));
  const children: number[][] = codes.map(() => []);
  for (let i = 1; i < codes.length; i++) children[parents[i]!]!.push(i);
  return ok({
    name,
    codes,
    parent: Int32Array.from(parents),
    children,
    depth: Int32Array.from(depths),
    index,
  });
}

/** A flat dimension: `root → levels` in the given order. */
export function flatDimension(name: string, root: string, levels: readonly string[]): TableResult<Dimension> {
  return dimensionFromEdges(
    name,
    root,
    levels.map((code) => ({ code, parent: root })),
  );
}

/** Indices of the leaves below (or equal to) `code`. */
export function leavesBelow(dim: Dimension, code: number): number[] {
  const out: number[] = [];
  const stack = [code];
  while (stack.length > 0) {
    const c = stack.pop()!;
    const kids = dim.children[c]!;
    if (kids.length === 0) out.push(c);
    else for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return out;
}
