/**
 * Subtables of a hierarchical table (HiTaS, de Wolf 2002): for every dimension, every non-leaf
 * code with its children is a flat 1-D group; a subtable is one group per dimension (their cross
 * product). Every relation of the table lies in at least one subtable (a relation along dimension
 * d is the group of its total in d, crossed with groups holding the other codes), and two
 * subtables share only the cells whose codes are in both (e.g. an admin-1 row is the total of its
 * admin-2 subtable and a part of the admin-1 subtable).
 */
import { flatDimension, type Dimension } from './dimension';
import type { SuppressionState } from './primary';
import type { Table } from './table';

export interface Subtable {
  /** The subtable as a table of flat dimensions (group parent as total, children as codes). */
  readonly table: Table;
  /** Cell of the whole table of each subtable cell. */
  readonly cells: Int32Array;
  /** Σ over dimensions of the depth of the group's parent code: 0 for the top subtable. */
  readonly level: number;
}

/** Non-leaf codes of a dimension (each heads one group), in pre-order. */
function groupHeads(dim: Dimension): number[] {
  const out: number[] = [];
  for (let c = 0; c < dim.codes.length; c++) if (dim.children[c]!.length > 0) out.push(c);
  return out;
}

/**
 * The HiTaS subtables of `table`, top-down (by level, then in cell order of their heads). A table
 * whose dimensions are all flat (one group each) is its own single subtable.
 */
export function subtables(table: Table): Subtable[] {
  const dims = table.dimensions;
  const heads = dims.map(groupHeads);
  if (heads.some((h) => h.length === 0)) return [];
  const out: Subtable[] = [];
  const choice = new Array<number>(dims.length).fill(0);
  for (;;) {
    out.push(
      subtableOf(
        table,
        choice.map((k, d) => heads[d]![k]!),
      ),
    );
    let d = dims.length - 1;
    for (; d >= 0; d--) {
      choice[d]!++;
      if (choice[d]! < heads[d]!.length) break;
      choice[d] = 0;
    }
    if (d < 0) break;
  }
  return out
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.level - b.s.level || a.i - b.i)
    .map((e) => e.s);
}

function subtableOf(table: Table, heads: readonly number[]): Subtable {
  const dims: Dimension[] = [];
  const codesOf: number[][] = [];
  let level = 0;
  heads.forEach((h, d) => {
    const dim = table.dimensions[d]!;
    const kids = dim.children[h]!;
    const flat = flatDimension(
      dim.name,
      dim.codes[h]!,
      kids.map((k) => dim.codes[k]!),
    );
    if (!flat.ok) throw new Error(flat.error);
    dims.push(flat.value);
    codesOf.push([h, ...kids]);
    level += dim.depth[h]!;
  });
  const strides = new Array<number>(dims.length);
  let size = 1;
  for (let d = dims.length - 1; d >= 0; d--) {
    strides[d] = size;
    size *= dims[d]!.codes.length;
  }
  const cells = new Int32Array(size);
  for (let s = 0; s < size; s++) {
    let full = 0;
    for (let d = 0; d < dims.length; d++) {
      const k = Math.floor(s / strides[d]!) % dims[d]!.codes.length;
      full += codesOf[d]![k]! * table.strides[d]!;
    }
    cells[s] = full;
  }
  const gather = (a: Float64Array | null): Float64Array | null =>
    a ? Float64Array.from(cells, (c) => a[c]!) : null;
  return {
    table: {
      dimensions: dims,
      cellCount: size,
      strides,
      freq: gather(table.freq)!,
      weightedFreq: gather(table.weightedFreq),
      value: gather(table.value),
      valueVariable: table.valueVariable,
      weightVariable: table.weightVariable,
      contributions: null,
    },
    cells,
    level,
  };
}

/** The part of a state on a subtable's cells (copied). */
export function subState(state: SuppressionState, cells: Int32Array): SuppressionState {
  const pick = (a: Float64Array): Float64Array => Float64Array.from(cells, (c) => a[c]!);
  return {
    status: Array.from(cells, (c) => state.status[c]!),
    reason: Array.from(cells, (c) => state.reason[c] ?? null),
    upper: pick(state.upper),
    lower: pick(state.lower),
    sliding: pick(state.sliding),
  };
}
