/**
 * The dominance rule an ISP sets for published magnitudes (issue 10, decision 0028 and its
 * addendum): indicators whose unit is not people (items, sessions, cases) are protected against a
 * dominant contributor, with the p% rule or the (n,k) rule. `settings.dominanceRule` states it;
 * an ISP that does not state it gets the documented default p(10). Pure.
 */
import { ruleLabel, validateRule } from '../sdc/tables/primary';
import type { IspSettings } from './model';

/** p%: unsafe when X − x1 − x2 < p/100 · x1; (n,k): unsafe when x1 + … + xn > k/100 · X. */
export type DominanceRule =
  | { readonly kind: 'p'; readonly p: number }
  | { readonly kind: 'nk'; readonly n: number; readonly k: number };

/** The default when the ISP states no dominance rule: the p% rule with p = 10 (decision 0028). */
export const DEFAULT_DOMINANCE_RULE: DominanceRule = { kind: 'p', p: 10 };

/** Largest n of an (n,k) rule an ISP may state (the engine keeps that many contributions per cell). */
export const MAX_DOMINANCE_N = 10;

/** The ISP's dominance rule, or the default when it states none (or there is no ISP). */
export function dominanceRuleOf(settings: IspSettings | null | undefined): DominanceRule {
  return settings?.dominanceRule ?? DEFAULT_DOMINANCE_RULE;
}

/** "p(10)", "nk(2,85)". */
export function dominanceLabel(rule: DominanceRule): string {
  return ruleLabel(rule);
}

/** Why a stated dominance rule is not valid, or null. */
export function dominanceProblem(rule: unknown): string | null {
  if (typeof rule !== 'object' || rule === null) return 'must be { kind: "p", p } or { kind: "nk", n, k }';
  const r = rule as Record<string, unknown>;
  if (r.kind === 'p') {
    if (typeof r.p !== 'number') return 'p must be a number between 1 and 99';
    return validateRule({ kind: 'p', p: r.p });
  }
  if (r.kind === 'nk') {
    if (typeof r.n !== 'number' || typeof r.k !== 'number')
      return 'n must be a whole number from 2 and k a number between 1 and 99';
    if (Number.isInteger(r.n) && r.n > MAX_DOMINANCE_N)
      return `nk(n,k): n must be at most ${MAX_DOMINANCE_N}, got ${r.n}`;
    return validateRule({ kind: 'nk', n: r.n, k: r.k });
  }
  return 'the kind must be "p" (p% rule) or "nk" ((n,k) rule)';
}

/**
 * True when `after` may protect some cell less than `before`. Within one kind the order is known
 * (a smaller p; a smaller n or a larger k protects less); a change of kind is not comparable, so it
 * counts as weaker: it takes the same agreement as lowering protection.
 */
export function dominanceWeakened(before: DominanceRule, after: DominanceRule): boolean {
  if (before.kind === 'p' && after.kind === 'p') return after.p < before.p;
  if (before.kind === 'nk' && after.kind === 'nk') return after.n < before.n || after.k > before.k;
  return true;
}
