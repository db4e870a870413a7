/**
 * Primary suppression: which cells are sensitive, why, and how much protection each needs.
 *
 * Frequency threshold, two conventions (see docs in disclosure-control.md §3.2):
 * - `freq(n)`: the SDC Handbook's rule, unsafe if `0 < count < n` (n = 3 flags counts 1 and 2);
 * - `freq-le(maxN)`: sdcTable's rule, unsafe if `0 < count ≤ maxN` (maxN = 3 flags 1, 2 and 3).
 *   `freq-le(maxN)` is `freq(maxN + 1)`.
 * Dominance rules on the largest contributions x1 ≥ x2 ≥ … of a cell with total X:
 * - `nk(n,k)`: unsafe if x1 + … + xn > k/100 · X (n ≥ 2, 1 ≤ k ≤ 99);
 * - `p(p)`: unsafe if X − x1 − x2 < p/100 · x1 (1 ≤ p ≤ 99);
 * - `pq(p,q)`: unsafe if X − x1 − x2 < p/q · x1 (1 ≤ p < q ≤ 99).
 * Empty cells (count 0) get status `z` and are never primary, unless `allowZeros` (then the
 * frequency rules flag them like any other small count).
 *
 * Protection levels (§3.3): dominance rules use the Handbook's upper protection level UPL and a
 * lower level LPL = min(UPL, X). Frequency rules on a frequency table ask for a feasibility
 * interval at least n wide (Steward's choice, n = minimum frequency); on a magnitude table they
 * only forbid exact disclosure (the Handbook's zero protection levels).
 */
import { fail, ok, type TableResult } from './result';
import { isMagnitudeTable, publishedMeasure, type Table } from './table';

export type PrimaryRule =
  | { readonly kind: 'freq'; readonly n: number }
  | { readonly kind: 'freq-le'; readonly maxN: number }
  | { readonly kind: 'nk'; readonly n: number; readonly k: number }
  | { readonly kind: 'p'; readonly p: number }
  | { readonly kind: 'pq'; readonly p: number; readonly q: number };

/** s publishable, u primary, x secondary, z empty / forced publication. */
export type CellStatus = 's' | 'u' | 'x' | 'z';

/** The suppression pattern of a table and each suppressed cell's protection requirement. */
export interface SuppressionState {
  readonly status: CellStatus[];
  readonly reason: (string | null)[];
  /** Required distance from the true value up to the attacker's upper bound. */
  readonly upper: Float64Array;
  /** Required distance down to the attacker's lower bound. */
  readonly lower: Float64Array;
  /** Required width of the attacker's interval. */
  readonly sliding: Float64Array;
}

export interface PrimaryOptions {
  /** Flag empty cells with the frequency rules (sdcTable `allowZeros`). Default false. */
  readonly allowZeros?: boolean;
}

export function ruleLabel(rule: PrimaryRule): string {
  switch (rule.kind) {
    case 'freq':
      return `freq(${rule.n})`;
    case 'freq-le':
      return `freq-le(${rule.maxN})`;
    case 'nk':
      return `nk(${rule.n},${rule.k})`;
    case 'p':
      return `p(${rule.p})`;
    case 'pq':
      return `pq(${rule.p},${rule.q})`;
  }
}

/** Checks a rule's parameters; the message names the rule and the allowed range. */
export function validateRule(rule: PrimaryRule): string | null {
  const int = (v: number): boolean => Number.isInteger(v);
  switch (rule.kind) {
    case 'freq':
      return int(rule.n) && rule.n >= 1 ? null : `freq(n): n must be an integer ≥ 1, got ${rule.n}`;
    case 'freq-le':
      return int(rule.maxN) && rule.maxN >= 0
        ? null
        : `freq-le(maxN): maxN must be an integer ≥ 0, got ${rule.maxN}`;
    case 'nk':
      if (!int(rule.n) || rule.n < 2)
        return `nk(n,k): n must be an integer ≥ 2, got ${rule.n} (a (1,k) rule alone is inadequate)`;
      if (!(rule.k >= 1 && rule.k <= 99)) return `nk(n,k): k must be between 1 and 99, got ${rule.k}`;
      return null;
    case 'p':
      return rule.p >= 1 && rule.p <= 99 ? null : `p(p): p must be between 1 and 99, got ${rule.p}`;
    case 'pq':
      if (!(rule.p >= 1 && rule.p <= 99)) return `pq(p,q): p must be between 1 and 99, got ${rule.p}`;
      if (!(rule.q >= 1 && rule.q <= 99)) return `pq(p,q): q must be between 1 and 99, got ${rule.q}`;
      if (!(rule.p < rule.q)) return `pq(p,q): p must be less than q, got p=${rule.p}, q=${rule.q}`;
      return null;
  }
}

const RULE_SYNTAX = 'freq(n), freq-le(maxN), nk(n,k), p(p), pq(p,q)';

/** Parses the CLI syntax: `freq(3)`, `freq-le(2)`, `nk(2,75)`, `p(70)`, `pq(60,80)`. */
export function parseRule(text: string): TableResult<PrimaryRule> {
  const m = /^\s*([a-zA-Z][a-zA-Z-]*)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!m) return fail(`Cannot read rule "${text}": expected one of ${RULE_SYNTAX}`);
  const name = m[1]!.toLowerCase();
  const rawArgs = m[2]!.trim() === '' ? [] : m[2]!.split(',').map((s) => s.trim());
  const args: number[] = [];
  for (const a of rawArgs) {
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(a)) return fail(`Rule "${text}": "${a}" is not a number`);
    args.push(Number(a));
  }
  const arity: Record<string, number> = { freq: 1, 'freq-le': 1, nk: 2, p: 1, pq: 2 };
  const want = arity[name];
  if (want === undefined) return fail(`Unknown rule "${m[1]}" in "${text}": expected one of ${RULE_SYNTAX}`);
  if (args.length !== want)
    return fail(`Rule "${text}": ${name} takes ${want} argument${want > 1 ? 's' : ''}, got ${args.length}`);
  let rule: PrimaryRule;
  switch (name) {
    case 'freq':
      rule = { kind: 'freq', n: args[0]! };
      break;
    case 'freq-le':
      rule = { kind: 'freq-le', maxN: args[0]! };
      break;
    case 'nk':
      rule = { kind: 'nk', n: args[0]!, k: args[1]! };
      break;
    case 'p':
      rule = { kind: 'p', p: args[0]! };
      break;
    default:
      rule = { kind: 'pq', p: args[0]!, q: args[1]! };
  }
  const problem = validateRule(rule);
  return problem ? fail(problem) : ok(rule);
}

/** All cells `s`, except empty ones `z`. */
export function initialState(table: Table, options: PrimaryOptions = {}): SuppressionState {
  const n = table.cellCount;
  const status: CellStatus[] = new Array<CellStatus>(n);
  const reason: (string | null)[] = new Array<string | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    if (table.freq[i] === 0 && !options.allowZeros) {
      status[i] = 'z';
      reason[i] = 'empty cell';
    } else status[i] = 's';
  }
  return {
    status,
    reason,
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    sliding: new Float64Array(n),
  };
}

export function copyState(state: SuppressionState): SuppressionState {
  return {
    status: [...state.status],
    reason: [...state.reason],
    upper: state.upper.slice(),
    lower: state.lower.slice(),
    sliding: state.sliding.slice(),
  };
}

export interface ProtectionLevels {
  readonly upper?: number;
  readonly lower?: number;
  readonly sliding?: number;
}

/** Marks a cell primary (`u`) by hand, e.g. sdcTable's `change_cellstatus(…, rule = "u")`. */
export function markPrimary(
  state: SuppressionState,
  cell: number,
  reason: string,
  levels: ProtectionLevels = {},
): void {
  if (cell < 0 || cell >= state.status.length) throw new RangeError(`cell ${cell} is outside the table`);
  const wasPrimary = state.status[cell] === 'u';
  state.status[cell] = 'u';
  state.reason[cell] = wasPrimary && state.reason[cell] ? `${state.reason[cell]}; ${reason}` : reason;
  state.upper[cell] = Math.max(wasPrimary ? state.upper[cell]! : 0, levels.upper ?? 0);
  state.lower[cell] = Math.max(wasPrimary ? state.lower[cell]! : 0, levels.lower ?? 0);
  state.sliding[cell] = Math.max(wasPrimary ? state.sliding[cell]! : 0, levels.sliding ?? 0);
}

/** Forces a cell to be published (`z`): it will never be chosen as a secondary suppression. */
export function forcePublish(state: SuppressionState, cell: number, reason = 'forced publication'): void {
  if (cell < 0 || cell >= state.status.length) throw new RangeError(`cell ${cell} is outside the table`);
  state.status[cell] = 'z';
  state.reason[cell] = reason;
  state.upper[cell] = 0;
  state.lower[cell] = 0;
  state.sliding[cell] = 0;
}

/** The largest `n` contributions of a cell, counting multiplicities; null if fewer are kept than needed. */
function topContributions(table: Table, cell: number, n: number): number[] {
  const c = table.contributions!;
  const out: number[] = [];
  for (let j = 0; j < c.k && out.length < n; j++) {
    const v = c.values[cell * c.k + j]!;
    if (Number.isNaN(v)) break;
    const times = c.multiplicity ? c.multiplicity[cell * c.k + j]! : 1;
    for (let t = 0; t < times && out.length < n; t++) out.push(v);
  }
  while (out.length < n) out.push(0);
  return out;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
}

/**
 * Applies the rules to every cell. A cell flagged by several rules keeps all reasons and the
 * largest protection levels. Errors (as values): invalid parameters, a dominance rule on a
 * frequency table or on negative contributions, a rule needing more contributions than kept.
 */
export function primarySuppression(
  table: Table,
  rules: readonly PrimaryRule[],
  options: PrimaryOptions = {},
): TableResult<SuppressionState> {
  for (const rule of rules) {
    const problem = validateRule(rule);
    if (problem) return fail(problem);
    if (rule.kind === 'nk' || rule.kind === 'p' || rule.kind === 'pq') {
      if (!table.contributions) {
        return fail(
          `${ruleLabel(rule)} is a dominance rule: it needs a magnitude table built from microdata with a value variable`,
        );
      }
      if (table.contributions.hasNegative) {
        return fail(
          `${ruleLabel(rule)}: the value variable "${table.valueVariable}" has negative contributions; dominance rules need non-negative values`,
        );
      }
      const needed = rule.kind === 'nk' ? rule.n : 2;
      if (needed > table.contributions.k) {
        return fail(
          `${ruleLabel(rule)} needs the ${needed} largest contributions but the table keeps ${table.contributions.k}; rebuild it with topContributions ≥ ${needed}`,
        );
      }
    }
  }
  const state = initialState(table, options);
  const magnitude = isMagnitudeTable(table);
  const measure = publishedMeasure(table);
  for (const rule of rules) {
    for (let cell = 0; cell < table.cellCount; cell++) {
      const f = table.freq[cell]!;
      if (rule.kind === 'freq' || rule.kind === 'freq-le') {
        if (state.status[cell] === 'z') continue;
        if (f === 0 && !options.allowZeros) continue;
        const flagged = rule.kind === 'freq' ? f < rule.n : f <= rule.maxN;
        if (!flagged) continue;
        const minFrequency = rule.kind === 'freq' ? rule.n : rule.maxN + 1;
        const why =
          rule.kind === 'freq' ? `frequency ${fmt(f)} < ${rule.n}` : `frequency ${fmt(f)} ≤ ${rule.maxN}`;
        markPrimary(state, cell, why, magnitude ? {} : { sliding: minFrequency });
        continue;
      }
      if (f === 0) continue;
      const c = table.contributions!;
      const X = c.total[cell]!;
      if (rule.kind === 'nk') {
        const top = topContributions(table, cell, rule.n);
        const s = top.reduce((a, b) => a + b, 0);
        if (s > (rule.k / 100) * X) {
          const upl = (100 / rule.k) * s - X;
          markPrimary(
            state,
            cell,
            `(${rule.n},${rule.k})-dominance: top ${rule.n} = ${fmt(s)} > ${rule.k}% of ${fmt(X)}`,
            {
              upper: upl,
              lower: Math.min(upl, measure[cell]!),
            },
          );
        }
        continue;
      }
      const [x1, x2] = topContributions(table, cell, 2) as [number, number];
      const ratio = rule.kind === 'p' ? rule.p / 100 : rule.p / rule.q;
      const rest = X - x1 - x2;
      if (rest < ratio * x1) {
        const upl = ratio * x1 - rest;
        const label = rule.kind === 'p' ? `p%-rule (p=${rule.p})` : `pq-rule (p=${rule.p}, q=${rule.q})`;
        markPrimary(state, cell, `${label}: X − x1 − x2 = ${fmt(rest)} < ${fmt(ratio * x1)}`, {
          upper: upl,
          lower: Math.min(upl, measure[cell]!),
        });
      }
    }
  }
  return ok(state);
}
