/**
 * Statistical tables built from microdata: every cell of the cross product of the dimensions'
 * codes, totals and sub-totals included.
 *
 * Cell order is sdcTable's: the first dimension varies slowest ("region-major") and every
 * dimension lists its codes totals first (pre-order), so cell 0 is the grand total. The reference
 * test problem (region total→{A,B,C,D} × gender total→{male,female}) numbers its cells 1..15
 * exactly as `index + 1` here.
 */
import { asCategorical, column, hasColumn, MISSING_CODE, type Dataset } from '../dataset';
import { dimensionFromEdges, isLeaf, type Dimension, type HierarchyEdge } from './dimension';
import { fail, ok, type TableResult } from './result';

export interface DimensionSpec {
  /** Column of the dataset holding the leaf codes. */
  readonly variable: string;
  /** Code of the total (root). Default "Total". */
  readonly total?: string;
  /**
   * Parent/child edges. Without it the dimension is flat: total → the column's distinct values,
   * sorted by code-unit order.
   */
  readonly hierarchy?: readonly HierarchyEdge[];
}

export interface BuildTableOptions {
  readonly dimensions: readonly DimensionSpec[];
  /** Numeric column summed into a magnitude table; without it the table is a frequency table. */
  readonly value?: string;
  /** Sampling-weight column (numeric, > 0 not required but finite). */
  readonly weight?: string;
  /** How many of the largest contributions each cell keeps for dominance rules. Default 4. */
  readonly topContributions?: number;
}

/** The largest contributions of each cell (for dominance rules). */
export interface Contributions {
  /** Contributions kept per cell. */
  readonly k: number;
  /** `values[cell * k + j]`: j-th largest contribution of `cell`, NaN past the cell's count. */
  readonly values: Float64Array;
  /**
   * With weights: how many times each kept contribution counts (sdcTable replicates a contribution
   * by its weight, non-integer weights rounded alternately up and down in record order). Null
   * without weights (each counts once).
   */
  readonly multiplicity: Float64Array | null;
  /** Per cell, the total the dominance rules compare against: Σ contribution × multiplicity. */
  readonly total: Float64Array;
  /** True if any record contributes a negative value (dominance rules then refuse to run). */
  readonly hasNegative: boolean;
}

export interface Table {
  readonly dimensions: readonly Dimension[];
  readonly cellCount: number;
  /** Index stride of each dimension (the first dimension has the largest). */
  readonly strides: readonly number[];
  /** Number of contributing records (unweighted). */
  readonly freq: Float64Array;
  /** Σ weights per cell (only with a weight). */
  readonly weightedFreq: Float64Array | null;
  /** Σ value (× weight) per cell (only for magnitude tables). */
  readonly value: Float64Array | null;
  readonly valueVariable: string | null;
  readonly weightVariable: string | null;
  readonly contributions: Contributions | null;
}

/** The quantity a table publishes: the value for magnitude tables, the (weighted) count otherwise. */
export function publishedMeasure(table: Table): Float64Array {
  return table.value ?? table.weightedFreq ?? table.freq;
}

export function isMagnitudeTable(table: Table): boolean {
  return table.value !== null;
}

/** Code index of each dimension for a cell. */
export function cellCoordinates(table: Table, cell: number): number[] {
  return table.strides.map((s, d) => Math.floor(cell / s) % table.dimensions[d]!.codes.length);
}

export function cellCodes(table: Table, cell: number): string[] {
  return cellCoordinates(table, cell).map((c, d) => table.dimensions[d]!.codes[c]!);
}

/** Cell index from one code per dimension, or -1 when a code is unknown. */
export function cellIndex(table: Table, codes: readonly string[]): number {
  if (codes.length !== table.dimensions.length) return -1;
  let at = 0;
  for (let d = 0; d < codes.length; d++) {
    const c = table.dimensions[d]!.index.get(codes[d]!);
    if (c === undefined) return -1;
    at += c * table.strides[d]!;
  }
  return at;
}

/** A human label such as "A/female" (dimension order, "/" between codes). */
export function cellLabel(table: Table, cell: number): string {
  return cellCodes(table, cell).join('/');
}

function stridesOf(dims: readonly Dimension[]): { strides: number[]; cellCount: number } {
  const strides = new Array<number>(dims.length);
  let size = 1;
  for (let d = dims.length - 1; d >= 0; d--) {
    strides[d] = size;
    size *= dims[d]!.codes.length;
  }
  return { strides, cellCount: size };
}

/**
 * Rolls leaf cells up every hierarchy, one dimension after the other: calls `add(from, to)` for each
 * cell and the cell of its parent code in that dimension, last codes first (codes are in pre-order,
 * a child after its parent), which makes every total the sum of its children.
 */
function rollUp(
  dims: readonly Dimension[],
  strides: readonly number[],
  cellCount: number,
  add: (from: number, to: number) => void,
): void {
  for (let d = 0; d < dims.length; d++) {
    const dim = dims[d]!;
    const stride = strides[d]!;
    const size = dim.codes.length;
    const outer = cellCount / (size * stride);
    for (let code = size - 1; code >= 1; code--) {
      const parent = dim.parent[code]!;
      for (let o = 0; o < outer; o++) {
        const base = o * size * stride;
        for (let inner = 0; inner < stride; inner++)
          add(base + code * stride + inner, base + parent * stride + inner);
      }
    }
  }
}

function codeUnitCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds a frequency table (or, with `value`, a magnitude table) with all hierarchical totals.
 * Errors name the column and the first offending row (1-based data row).
 */
export function buildTable(data: Dataset, options: BuildTableOptions): TableResult<Table> {
  if (options.dimensions.length === 0) return fail('A table needs at least one dimension');
  const k = options.topContributions ?? 4;
  if (!Number.isInteger(k) || k < 1) return fail(`topContributions must be a positive integer, got ${k}`);
  const available = data.columns.map((c) => c.name).join(', ');
  for (const name of [...options.dimensions.map((d) => d.variable), options.value, options.weight]) {
    if (name !== undefined && !hasColumn(data, name)) {
      return fail(`Unknown column "${name}". Available columns: ${available}`);
    }
  }
  const seen = new Set<string>();
  for (const d of options.dimensions) {
    if (seen.has(d.variable)) return fail(`Column "${d.variable}" is used for two dimensions`);
    seen.add(d.variable);
  }

  // Dimensions and the leaf code of every row.
  const dims: Dimension[] = [];
  const rowLeaf: Int32Array[] = [];
  for (const spec of options.dimensions) {
    const col = asCategorical(column(data, spec.variable));
    const total = spec.total ?? 'Total';
    let edges = spec.hierarchy;
    if (!edges) {
      const used = new Set<number>();
      for (let r = 0; r < data.rowCount; r++) if (col.codes[r]! !== MISSING_CODE) used.add(col.codes[r]!);
      const levels = [...used].map((c) => col.levels[c]!).sort(codeUnitCompare);
      if (levels.includes(total)) {
        return fail(
          `Column "${spec.variable}" has a value "${total}", the same as the total's code; choose another total code`,
        );
      }
      edges = levels.map((code) => ({ code, parent: total }));
    }
    const built = dimensionFromEdges(spec.variable, total, edges);
    if (!built.ok) return built;
    const dim = built.value;
    const levelToCode = new Int32Array(col.levels.length);
    for (let l = 0; l < col.levels.length; l++) {
      const at = dim.index.get(col.levels[l]!);
      levelToCode[l] = at === undefined ? -1 : at;
    }
    const leaf = new Int32Array(data.rowCount);
    for (let r = 0; r < data.rowCount; r++) {
      const lvl = col.codes[r]!;
      if (lvl === MISSING_CODE)
        return fail(
          `Column "${spec.variable}", row ${r + 1}: missing value (a table needs a code in every row)`,
        );
      const at = levelToCode[lvl]!;
      if (at < 0) {
        return fail(
          `Column "${spec.variable}", row ${r + 1}: value "${col.levels[lvl]}" is not a code of the hierarchy`,
        );
      }
      if (!isLeaf(dim, at)) {
        return fail(
          `Column "${spec.variable}", row ${r + 1}: value "${col.levels[lvl]}" is a sub-total of the hierarchy, not a leaf`,
        );
      }
      leaf[r] = at;
    }
    dims.push(dim);
    rowLeaf.push(leaf);
  }

  let values: Float64Array | null = null;
  if (options.value !== undefined) {
    const col = column(data, options.value);
    if (col.kind !== 'numeric') return fail(`Column "${options.value}" must be numeric to be summed`);
    for (let r = 0; r < data.rowCount; r++) {
      if (!Number.isFinite(col.values[r]!))
        return fail(`Column "${options.value}", row ${r + 1}: missing or non-numeric value`);
    }
    values = col.values;
  }
  let weights: Float64Array | null = null;
  if (options.weight !== undefined) {
    const col = column(data, options.weight);
    if (col.kind !== 'numeric') return fail(`Column "${options.weight}" must be numeric (sampling weights)`);
    for (let r = 0; r < data.rowCount; r++) {
      const w = col.values[r]!;
      if (!Number.isFinite(w) || w < 0)
        return fail(`Column "${options.weight}", row ${r + 1}: weight must be a number ≥ 0`);
    }
    weights = col.values;
  }

  const { strides, cellCount } = stridesOf(dims);
  const freq = new Float64Array(cellCount);
  const wfreq = weights ? new Float64Array(cellCount) : null;
  const sum = values ? new Float64Array(cellCount) : null;
  const top = values ? new Float64Array(cellCount * k).fill(Number.NaN) : null;
  const mult = values && weights ? new Float64Array(cellCount * k) : null;
  const domTotal = values ? new Float64Array(cellCount) : null;
  let hasNegative = false;
  let nonInteger = 0;

  for (let r = 0; r < data.rowCount; r++) {
    let cell = 0;
    for (let d = 0; d < dims.length; d++) cell += rowLeaf[d]![r]! * strides[d]!;
    freq[cell]! += 1;
    const w = weights ? weights[r]! : 1;
    if (wfreq) wfreq[cell]! += w;
    if (sum && values && top && domTotal) {
      const v = values[r]!;
      if (v < 0) hasNegative = true;
      sum[cell]! += v * w;
      let m = 1;
      if (weights) {
        if (Number.isInteger(w)) m = w;
        else m = nonInteger++ % 2 === 0 ? Math.ceil(w) : Math.floor(w);
      }
      domTotal[cell]! += v * m;
      if (m > 0) insertTop(top, mult, cell * k, k, v, m);
    }
  }

  rollUp(dims, strides, cellCount, (from, to) => {
    freq[to]! += freq[from]!;
    if (wfreq) wfreq[to]! += wfreq[from]!;
    if (sum) sum[to]! += sum[from]!;
    if (domTotal) domTotal[to]! += domTotal[from]!;
    if (top) {
      for (let j = 0; j < k; j++) {
        const v = top[from * k + j]!;
        if (Number.isNaN(v)) break;
        insertTop(top, mult, to * k, k, v, mult ? mult[from * k + j]! : 1);
      }
    }
  });

  return ok({
    dimensions: dims,
    cellCount,
    strides,
    freq,
    weightedFreq: wfreq,
    value: sum,
    valueVariable: options.value ?? null,
    weightVariable: options.weight ?? null,
    contributions:
      top && domTotal ? { k, values: top, multiplicity: mult, total: domTotal, hasNegative } : null,
  });
}

/** Inserts v into the descending list at [at, at + k), dropping the smallest if full. */
function insertTop(
  top: Float64Array,
  mult: Float64Array | null,
  at: number,
  k: number,
  v: number,
  m: number,
): void {
  let j = k - 1;
  const last = top[at + j]!;
  if (!Number.isNaN(last) && last >= v) return;
  while (j > 0) {
    const prev = top[at + j - 1]!;
    if (!Number.isNaN(prev) && prev >= v) break;
    top[at + j] = prev;
    if (mult) mult[at + j] = mult[at + j - 1]!;
    j--;
  }
  top[at + j] = v;
  if (mult) mult[at + j] = m;
}

export interface AggregateRow {
  /** One leaf code per dimension. */
  readonly codes: readonly string[];
  readonly freq: number;
  readonly value?: number;
}

/**
 * A table from already aggregated leaf cells (no contributions, so no dominance rules). Totals are
 * computed. Used for published tables and for tests with inline tables.
 */
export function tableFromAggregates(
  dimensions: readonly Dimension[],
  rows: readonly AggregateRow[],
  options: { readonly magnitude?: boolean } = {},
): TableResult<Table> {
  if (dimensions.length === 0) return fail('A table needs at least one dimension');
  const { strides, cellCount } = stridesOf(dimensions);
  const freq = new Float64Array(cellCount);
  const value = options.magnitude ? new Float64Array(cellCount) : null;
  const filled = new Uint8Array(cellCount);
  for (const [i, row] of rows.entries()) {
    if (row.codes.length !== dimensions.length)
      return fail(`Row ${i + 1}: expected ${dimensions.length} codes, got ${row.codes.length}`);
    let cell = 0;
    for (let d = 0; d < dimensions.length; d++) {
      const dim = dimensions[d]!;
      const at = dim.index.get(row.codes[d]!);
      if (at === undefined)
        return fail(`Row ${i + 1}: "${row.codes[d]}" is not a code of dimension "${dim.name}"`);
      if (!isLeaf(dim, at))
        return fail(
          `Row ${i + 1}: "${row.codes[d]}" is a total of dimension "${dim.name}", give leaf cells only`,
        );
      cell += at * strides[d]!;
    }
    if (filled[cell]) return fail(`Row ${i + 1}: cell ${row.codes.join('/')} given twice`);
    filled[cell] = 1;
    if (!(row.freq >= 0)) return fail(`Row ${i + 1}: frequency must be ≥ 0`);
    freq[cell] = row.freq;
    if (value) {
      if (row.value === undefined || !Number.isFinite(row.value)) return fail(`Row ${i + 1}: missing value`);
      value[cell] = row.value;
    }
  }
  rollUp(dimensions, strides, cellCount, (from, to) => {
    freq[to]! += freq[from]!;
    if (value) value[to]! += value[from]!;
  });
  return ok({
    dimensions,
    cellCount,
    strides,
    freq,
    weightedFreq: null,
    value,
    valueVariable: value ? 'value' : null,
    weightVariable: null,
    contributions: null,
  });
}

/** A leaf cell of a magnitude table given as its contributors' values (e.g. organisations'). */
export interface ContributorRow {
  /** One leaf code per dimension. */
  readonly codes: readonly string[];
  /** Each contributor once, with its value in this leaf (≥ 0 for dominance rules). */
  readonly contributors: readonly { readonly id: string; readonly value: number }[];
}

/**
 * A magnitude table from leaf cells given by contributor (issue 10: a partner-reported magnitude,
 * contributors = organisations). Every cell, totals included, gets its value (Σ contributions),
 * its frequency (the number of DISTINCT contributors: an organisation present in several leaves
 * counts once in their total) and its `k` largest contributions with each contributor's values
 * summed over the cell's leaves, so dominance rules see an organisation's whole share of a total.
 */
export function tableFromContributions(
  dimensions: readonly Dimension[],
  rows: readonly ContributorRow[],
  options: { readonly topContributions?: number } = {},
): TableResult<Table> {
  const k = options.topContributions ?? 4;
  if (!Number.isInteger(k) || k < 1) return fail(`topContributions must be a positive integer, got ${k}`);
  for (const [i, row] of rows.entries()) {
    const seen = new Set<string>();
    for (const c of row.contributors) {
      if (!Number.isFinite(c.value)) return fail(`Row ${i + 1}: contributor ${c.id} has no value`);
      if (seen.has(c.id)) return fail(`Row ${i + 1}: contributor ${c.id} given twice`);
      seen.add(c.id);
    }
  }
  const base = tableFromAggregates(
    dimensions,
    rows.map((r) => ({
      codes: r.codes,
      freq: r.contributors.length,
      value: r.contributors.reduce((a, c) => a + c.value, 0),
    })),
    { magnitude: true },
  );
  if (!base.ok) return base;
  const t = base.value;
  const shares: (Map<string, number> | undefined)[] = new Array(t.cellCount);
  for (const row of rows) {
    let cell = 0;
    row.codes.forEach((code, d) => (cell += dimensions[d]!.index.get(code)! * t.strides[d]!));
    shares[cell] = new Map(row.contributors.map((c) => [c.id, c.value]));
  }
  rollUp(dimensions, t.strides, t.cellCount, (from, to) => {
    const f = shares[from];
    if (!f) return;
    const into = (shares[to] ??= new Map());
    for (const [id, v] of f) into.set(id, (into.get(id) ?? 0) + v);
  });
  const freq = new Float64Array(t.cellCount);
  const values = new Float64Array(t.cellCount * k).fill(Number.NaN);
  const total = new Float64Array(t.cellCount);
  let hasNegative = false;
  for (let cell = 0; cell < t.cellCount; cell++) {
    const m = shares[cell];
    if (!m) continue;
    const sorted = [...m.values()].sort((a, b) => b - a);
    freq[cell] = sorted.length;
    for (let j = 0; j < Math.min(k, sorted.length); j++) values[cell * k + j] = sorted[j]!;
    for (const v of sorted) {
      total[cell]! += v;
      if (v < 0) hasNegative = true;
    }
  }
  return ok({
    ...t,
    freq,
    contributions: { k, values, multiplicity: null, total, hasNegative },
  });
}

/**
 * The table's additive relations: for every dimension, every non-leaf code p and every combination
 * of the other dimensions' codes, `cell(p) = Σ cell(child)`. Stored flat: relation r has total
 * `totals[r]` and parts `parts[offsets[r] .. offsets[r+1])`.
 */
export interface Relations {
  readonly count: number;
  readonly totals: Int32Array;
  readonly offsets: Int32Array;
  readonly parts: Int32Array;
  /** Dimension along which each relation adds up. */
  readonly dimension: Int32Array;
}

export function tableRelations(table: Table): Relations {
  const totals: number[] = [];
  const offsets: number[] = [0];
  const parts: number[] = [];
  const dimension: number[] = [];
  for (let d = 0; d < table.dimensions.length; d++) {
    const dim = table.dimensions[d]!;
    const stride = table.strides[d]!;
    const size = dim.codes.length;
    const outer = table.cellCount / (size * stride);
    for (let o = 0; o < outer; o++) {
      const base = o * size * stride;
      for (let inner = 0; inner < stride; inner++) {
        for (let p = 0; p < size; p++) {
          const kids = dim.children[p]!;
          if (kids.length === 0) continue;
          totals.push(base + p * stride + inner);
          for (const c of kids) parts.push(base + c * stride + inner);
          offsets.push(parts.length);
          dimension.push(d);
        }
      }
    }
  }
  return {
    count: totals.length,
    totals: Int32Array.from(totals),
    offsets: Int32Array.from(offsets),
    parts: Int32Array.from(parts),
    dimension: Int32Array.from(dimension),
  };
}
