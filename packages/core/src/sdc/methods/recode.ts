/**
 * Global recoding (sdcMicro `globalRecode`, `groupAndRename`), top and bottom coding
 * (`topBotCoding`) and removal of direct identifiers. Design note section 2.1–2.2.
 */
import {
  MISSING_CODE,
  asCategorical,
  column,
  datasetFromColumns,
  replaceColumn,
  type CategoricalColumn,
  type Dataset,
  type NumericColumn,
} from '../dataset';
import { fail, ok, type MethodResult } from './result';

export type BreakMethod = 'equidistant' | 'logEqui' | 'equalAmount' | 'cut';

export interface NumericRecode {
  readonly column: string;
  /**
   * Explicit cut points (intervals (a, b], a value equal to the first cut point falls outside and
   * becomes NA), or a number of classes computed with `method`.
   */
  readonly breaks: number | readonly number[];
  /**
   * For a number of classes: sdcMicro's `equidistant` (default), `logEqui`, `equalAmount`
   * (quantiles; duplicated cut points merged), or `cut` (R's `cut(x, b)`: equal widths over
   * [min, max], outer points pushed out by range/1000).
   */
  readonly method?: BreakMethod;
  /** One label per interval; default "(a,b]". */
  readonly labels?: readonly string[];
}

export interface CategoricalRecode {
  readonly column: string;
  /** New label → the old values it groups. Values not listed keep their label. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
}

export function isNumericRecode(r: NumericRecode | CategoricalRecode): r is NumericRecode {
  return 'breaks' in r;
}

function numericValues(dataset: Dataset, name: string): Float64Array | null {
  const col = column(dataset, name);
  if (col.kind === 'numeric') return col.values;
  const out = new Float64Array(dataset.rowCount);
  for (let i = 0; i < out.length; i++) {
    const c = col.codes[i]!;
    const v = c === MISSING_CODE ? Number.NaN : Number(col.levels[c]);
    if (c !== MISSING_CODE && !Number.isFinite(v)) return null;
    out[i] = v;
  }
  return out;
}

/** Computes cut points as sdcMicro does for a number of classes (see `NumericRecode.method`). */
export function computeBreaks(values: Float64Array, b: number, method: BreakMethod): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return [];
  const seq = (lo: number, hi: number): number[] =>
    Array.from({ length: b + 1 }, (_, i) => (i === b ? hi : lo + ((hi - lo) * i) / b));
  const roundIfDistinct = (xs: number[]): number[] => {
    const r = xs.map((x) => Math.round(x));
    return new Set(r).size === r.length ? r : xs;
  };
  if (method === 'cut') {
    const d = max - min;
    const pts = seq(min, max);
    const pad = d === 0 ? Math.abs(min) / 1000 || 0.001 : d / 1000;
    pts[0] = min - pad;
    pts[b] = max + pad;
    return pts;
  }
  if (method === 'logEqui') {
    if (min <= 0) return [];
    return roundIfDistinct(seq(Math.log(min) - 1, Math.log(max) + 1).map(Math.exp));
  }
  if (method === 'equalAmount') {
    const sorted = [...values].filter((v) => !Number.isNaN(v)).sort((a, c) => a - c);
    const q = (p: number): number => {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      return (
        sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!)
      );
    };
    const pts = Array.from({ length: b + 1 }, (_, i) => q(i / b));
    return [...new Set(pts)]; // Steward's choice: merge duplicated cut points
  }
  return roundIfDistinct(seq(min - 1, max + 1));
}

export function recodeNumeric(
  dataset: Dataset,
  spec: NumericRecode,
  field = 'recode',
): MethodResult<Dataset> {
  const names = dataset.columns.map((c) => c.name);
  if (!names.includes(spec.column)) {
    return fail(`${field}.column`, `unknown column "${spec.column}"; available: ${names.join(', ')}`);
  }
  const values = numericValues(dataset, spec.column);
  if (!values) return fail(`${field}.column`, `column "${spec.column}" is not numeric`);
  let cuts: number[];
  let includeLowest: boolean;
  if (typeof spec.breaks === 'number') {
    if (!Number.isInteger(spec.breaks) || spec.breaks < 1)
      return fail(`${field}.breaks`, 'the number of classes must be a positive integer');
    cuts = computeBreaks(values, spec.breaks, spec.method ?? 'equidistant');
    includeLowest = true;
  } else {
    cuts = [...spec.breaks];
    includeLowest = false;
    for (let i = 1; i < cuts.length; i++) {
      if (!(cuts[i]! > cuts[i - 1]!))
        return fail(`${field}.breaks`, 'cut points must be strictly increasing');
    }
  }
  if (cuts.length < 2) {
    return fail(
      `${field}.breaks`,
      spec.method === 'logEqui' ? 'logEqui needs positive values' : 'at least two cut points are needed',
    );
  }
  const intervals = cuts.length - 1;
  if (spec.labels && spec.labels.length !== intervals) {
    return fail(`${field}.labels`, `expected ${intervals} labels, got ${spec.labels.length}`);
  }
  const levels = spec.labels ? [...spec.labels] : cuts.slice(1).map((c, i) => `(${fmt(cuts[i]!)},${fmt(c)}]`);
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    codes[i] = MISSING_CODE;
    if (Number.isNaN(v)) continue;
    if (includeLowest && v === cuts[0]) {
      codes[i] = 0;
      continue;
    }
    // Binary search for the interval (cuts[j], cuts[j+1]].
    let lo = 0;
    let hi = intervals - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (v <= cuts[mid]!) hi = mid - 1;
      else if (v > cuts[mid + 1]!) lo = mid + 1;
      else {
        codes[i] = mid;
        break;
      }
    }
  }
  const out: CategoricalColumn = { kind: 'categorical', name: spec.column, levels, codes };
  return ok(replaceColumn(dataset, out));
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

export function recodeCategorical(
  dataset: Dataset,
  spec: CategoricalRecode,
  field = 'recode',
): MethodResult<Dataset> {
  const names = dataset.columns.map((c) => c.name);
  if (!names.includes(spec.column)) {
    return fail(`${field}.column`, `unknown column "${spec.column}"; available: ${names.join(', ')}`);
  }
  const col = asCategorical(column(dataset, spec.column));
  const target = new Map<string, string>();
  for (const [label, olds] of Object.entries(spec.groups)) {
    for (const o of olds) {
      if (target.has(o)) return fail(`${field}.groups.${label}`, `value "${o}" is in two groups`);
      target.set(o, label);
    }
  }
  const levels: string[] = [];
  const index = new Map<string, number>();
  const remap = col.levels.map((l) => {
    const nl = target.get(l) ?? l;
    let c = index.get(nl);
    if (c === undefined) {
      c = levels.length;
      levels.push(nl);
      index.set(nl, c);
    }
    return c;
  });
  const codes = new Int32Array(col.codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = col.codes[i]!;
    codes[i] = c === MISSING_CODE ? MISSING_CODE : remap[c]!;
  }
  return ok(replaceColumn(dataset, { kind: 'categorical', name: spec.column, levels, codes }));
}

export interface TopBottomCoding {
  readonly column: string;
  /** `top`: values strictly greater than `value` are replaced; `bottom`: strictly less. */
  readonly kind: 'top' | 'bottom';
  readonly value: number;
  readonly replacement: number;
}

export function topBottomCoding(
  dataset: Dataset,
  spec: TopBottomCoding,
  field = 'topBottom',
): MethodResult<{ dataset: Dataset; changed: number }> {
  const names = dataset.columns.map((c) => c.name);
  if (!names.includes(spec.column)) {
    return fail(`${field}.column`, `unknown column "${spec.column}"; available: ${names.join(', ')}`);
  }
  if (spec.kind !== 'top' && spec.kind !== 'bottom')
    return fail(`${field}.kind`, 'kind must be "top" or "bottom"');
  if (!Number.isFinite(spec.value) || !Number.isFinite(spec.replacement)) {
    return fail(`${field}.value`, 'value and replacement must be numbers');
  }
  const src = numericValues(dataset, spec.column);
  if (!src) return fail(`${field}.column`, `column "${spec.column}" is not numeric`);
  const values = Float64Array.from(src);
  let changed = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if ((spec.kind === 'top' && v > spec.value) || (spec.kind === 'bottom' && v < spec.value)) {
      values[i] = spec.replacement;
      changed++;
    }
  }
  const out: NumericColumn = { kind: 'numeric', name: spec.column, values };
  return ok({ dataset: replaceColumn(dataset, out), changed });
}

/** Drops direct identifiers. */
export function removeIdentifiers(
  dataset: Dataset,
  names: readonly string[],
  field = 'removeIdentifiers',
): MethodResult<Dataset> {
  const available = dataset.columns.map((c) => c.name);
  for (let i = 0; i < names.length; i++) {
    if (!available.includes(names[i]!)) {
      return fail(`${field}[${i}]`, `unknown column "${names[i]}"; available: ${available.join(', ')}`);
    }
  }
  const drop = new Set(names);
  const kept = dataset.columns.filter((c) => !drop.has(c.name));
  return ok(kept.length === 0 ? { rowCount: dataset.rowCount, columns: [] } : datasetFromColumns(kept));
}
