/**
 * The publication guarantee (issue 10): a table leaves Steward for an audience only as a frozen,
 * checked snapshot. `checkPublication` takes the ISP decision for the data type at the table's
 * aggregation level and audience, applies primary suppression with the threshold the ISP sets
 * (5 for protection data types, 3 otherwise, or a stricter `suppress-below-n` condition),
 * secondary suppression by the disclosure engine, and requires the interval audit to prove every
 * primary cell safe. Otherwise it refuses, naming the cells and the rule. Pure.
 */
import { DEFAULT_DOMINANCE_RULE, dominanceRuleOf, type IspDecision, type IspSettings } from '../isp/index';
import {
  dimensionFromEdges,
  parseRule,
  primarySuppression,
  protectTable,
  ruleLabel,
  tableFromAggregates,
  tableFromContributions,
  type Dimension,
  type LpSolver,
  type PrimaryRule,
} from '../sdc/tables/index';
import { aggregationRank, type AggregationLevel } from '../vocabulary/index';

export type PublicationAudience = 'public' | 'cluster' | 'organisation';
export const PUBLICATION_AUDIENCES: readonly PublicationAudience[] = ['public', 'cluster', 'organisation'];

export type CellPublicationStatus = 'published' | 'suppressed-primary' | 'suppressed-secondary';

/** One dimension of a table to publish: a total and its codes (parent omitted = below the total). */
export interface PublicationDimension {
  readonly name: string;
  /** Label of the total (root) code. Default "Total". */
  readonly total?: string;
  readonly codes: readonly { readonly code: string; readonly parent?: string }[];
}

export interface PublicationTableInput {
  readonly dimensions: readonly PublicationDimension[];
  /**
   * Leaf cells: one code per dimension and a count of people (missing leaves count 0). In a
   * magnitude table `count` is the leaf's total and `contributors` each contributor's share.
   */
  readonly rows: readonly {
    readonly codes: readonly string[];
    readonly count: number;
    readonly contributors?: readonly { readonly id: string; readonly value: number }[];
  }[];
  /**
   * A magnitude (an indicator whose unit is not people, e.g. items distributed): protected by the
   * ISP's dominance rule on its contributors (default MAGNITUDE_DOMINANCE_RULE) instead of the small-count
   * threshold; every row then lists its contributors (the organisations' values).
   */
  readonly magnitude?: boolean;
}

/**
 * The default dominance rule for magnitude tables (issue 10, "dominance for magnitudes"): the p%
 * rule with p = 10 — a cell is unsafe when the other contributors together hold less than 10 % of
 * the largest contribution, i.e. the second-largest contributor could estimate the largest within
 * 10 %. It also makes every cell with one or two contributors unsafe. An endorsed ISP may state its
 * own (`settings.dominanceRule`: p% or (n,k)); this applies when it does not (decision 0028).
 */
export const MAGNITUDE_DOMINANCE_RULE: PrimaryRule = DEFAULT_DOMINANCE_RULE;

export interface SnapshotCell {
  readonly codes: readonly string[];
  /** Null when suppressed: shown and exported as suppressed, never as 0 or blank. */
  readonly count: number | null;
  readonly status: CellPublicationStatus;
  /** The rule that suppressed the cell (e.g. "freq(5)", "secondary"), or "" when published. */
  readonly rule: string;
}

/** What was checked at publish time (stored with the snapshot and in the audit log). */
export interface PublicationChecks {
  readonly isp: {
    readonly decision: IspDecision['decision'];
    readonly rule: string | null;
    readonly reason: string;
    readonly sensitivity: string;
    readonly ispVersion: string;
    readonly explanation: string;
  };
  readonly dataType: string;
  readonly aggregation: AggregationLevel;
  readonly audience: PublicationAudience;
  /** The primary rule applied, e.g. "freq(5)". */
  readonly primaryRule: string;
  readonly threshold: number;
  /** True when the table was a magnitude protected by the dominance rule. */
  readonly magnitude?: boolean;
  readonly primaryCount: number;
  readonly secondaryCount: number;
  /** How the audit proved the pattern safe: primaries by LP and by certificate. */
  readonly audit: { readonly lp: number; readonly certificate: number; readonly safe: boolean };
}

export interface Snapshot {
  readonly dimensions: readonly { readonly name: string; readonly total: string }[];
  readonly cells: readonly SnapshotCell[];
  /**
   * Names of codes, frozen with the snapshot (dimension → code → name), e.g. the gazetteer's area
   * names for adm1/adm2 p-codes. Codes without a name are shown as codes.
   */
  readonly labels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export type PublicationRefusalReason =
  'isp-denied' | 'aggregation-too-fine' | 'no-figures' | 'invalid-table' | 'audit-not-proven';

export interface PublicationRefusal {
  readonly reason: PublicationRefusalReason;
  /** Plain English, naming the cells and the rule. */
  readonly message: string;
  /** The cells concerned (codes joined by "/"), when the refusal is about cells. */
  readonly cells: readonly string[];
  readonly rule: string | null;
}

export type PublicationCheck =
  | { readonly ok: true; readonly snapshot: Snapshot; readonly checks: PublicationChecks }
  | { readonly ok: false; readonly refusal: PublicationRefusal; readonly checks: PublicationChecks | null };

export interface PublicationRequest {
  readonly dataType: string;
  readonly aggregation: AggregationLevel;
  readonly audience: PublicationAudience;
  readonly table: PublicationTableInput;
  /** The ISP's decision for this data type, aggregation level and audience. */
  readonly decision: IspDecision;
  /** The ISP's thresholds (null without an endorsed ISP: the decision is then a deny). */
  readonly settings: IspSettings | null;
  /**
   * LP solver of the interval audit that proves the secondary suppression: HiGHS from
   * `loadHighsSolver()` audits every primary cell by LP with no size limit (the services pass it);
   * default the in-core simplex.
   */
  readonly solver?: LpSolver;
}

/** How many of each cell's largest contributions the table keeps: enough for the rule. */
export function contributionsKept(rule: PrimaryRule): number {
  return Math.max(4, rule.kind === 'nk' ? rule.n : 2);
}

/** The small-cell threshold for a data type: the ISP's, raised by any `suppress-below-n` condition. */
export function publicationThreshold(
  dataType: string,
  settings: IspSettings | null,
  decision: IspDecision,
): number {
  const base = settings
    ? settings.protectionDataTypes.includes(dataType)
      ? settings.protectionSmallCellThreshold
      : settings.smallCellThreshold
    : 5;
  let n = Math.max(base, 3);
  for (const c of decision.conditions) if (c.kind === 'suppress-below-n') n = Math.max(n, c.n);
  return n;
}

function buildDimensions(
  spec: PublicationTableInput,
): { ok: true; dims: Dimension[] } | { ok: false; error: string } {
  const dims: Dimension[] = [];
  for (const d of spec.dimensions) {
    const total = d.total ?? 'Total';
    const built = dimensionFromEdges(
      d.name,
      total,
      d.codes.map((c) => ({ code: c.code, parent: c.parent ?? total })),
    );
    if (!built.ok) return { ok: false, error: built.error };
    dims.push(built.value);
  }
  return { ok: true, dims };
}

/** Decides whether the table may be published to the audience and, if so, its protected snapshot. */
export function checkPublication(request: PublicationRequest): PublicationCheck {
  const { decision, dataType, aggregation, audience } = request;
  const threshold = publicationThreshold(dataType, request.settings, decision);
  const magnitude = request.table.magnitude === true;
  const dominance = dominanceRuleOf(request.settings);
  const primaryRuleText = magnitude ? ruleLabel(dominance) : `freq(${threshold})`;
  const baseChecks = {
    isp: {
      decision: decision.decision,
      rule: decision.rule,
      reason: decision.reason,
      sensitivity: decision.sensitivity,
      ispVersion: decision.ispVersion,
      explanation: decision.explanation,
    },
    dataType,
    aggregation,
    audience,
    primaryRule: primaryRuleText,
    threshold,
    ...(magnitude ? { magnitude: true } : {}),
  };
  const refuse = (
    reason: PublicationRefusalReason,
    message: string,
    cells: readonly string[] = [],
    rule: string | null = null,
    checks: PublicationChecks | null = null,
  ): PublicationCheck => ({ ok: false, refusal: { reason, message, cells, rule }, checks });

  if (decision.decision === 'deny') return refuse('isp-denied', decision.explanation, [], decision.rule);
  for (const c of decision.conditions) {
    if (c.kind === 'aggregate-to-level' && aggregationRank(aggregation) > aggregationRank(c.level))
      return refuse(
        'aggregation-too-fine',
        `The ISP allows ${dataType} data for this audience only aggregated to ${c.level} or coarser; this table is at ${aggregation}.`,
        [],
        decision.rule,
      );
  }

  // Nothing to publish (e.g. no approved report for the periods chosen): said as such, not as a
  // table whose dimension "has no codes below Total".
  if (request.table.rows.length === 0)
    return refuse('no-figures', 'There are no figures to publish for these periods and filters.');
  const dims = buildDimensions(request.table);
  if (!dims.ok) return refuse('invalid-table', dims.error);
  for (const [i, row] of request.table.rows.entries()) {
    if (!Number.isInteger(row.count) || row.count < 0)
      return refuse('invalid-table', `Row ${i + 1}: the count must be a whole number ≥ 0, not ${row.count}`);
    if (!magnitude) continue;
    const contributors = row.contributors;
    if (!contributors)
      return refuse('invalid-table', `Row ${i + 1}: a magnitude table lists each cell's contributors`);
    const bad = contributors.find((c) => !Number.isInteger(c.value) || c.value < 0);
    if (bad)
      return refuse(
        'invalid-table',
        `Row ${i + 1}: contributor ${bad.id} must have a whole number ≥ 0, not ${bad.value}`,
      );
    const sum = contributors.reduce((a, c) => a + c.value, 0);
    if (sum !== row.count)
      return refuse('invalid-table', `Row ${i + 1}: the contributors add up to ${sum}, not ${row.count}`);
  }
  const table = magnitude
    ? tableFromContributions(
        dims.dims,
        request.table.rows.map((r) => ({ codes: r.codes, contributors: r.contributors ?? [] })),
        { topContributions: contributionsKept(dominance) },
      )
    : tableFromAggregates(
        dims.dims,
        request.table.rows.map((r) => ({ codes: r.codes, freq: r.count })),
      );
  if (!table.ok) return refuse('invalid-table', table.error);

  const rule = magnitude ? dominance : (parseRule(primaryRuleText) as { ok: true; value: PrimaryRule }).value;
  const primary = primarySuppression(table.value, [rule]);
  if (!primary.ok) return refuse('invalid-table', primary.error);
  const result = protectTable(table.value, primary.value, { audit: 'lp', solver: request.solver });
  let lp = 0;
  let certificate = 0;
  for (const v of result.verification.values()) {
    if (v === 'lp') lp++;
    else if (v === 'certificate') certificate++;
  }
  const checks: PublicationChecks = {
    ...baseChecks,
    primaryCount: result.primaryCount,
    secondaryCount: result.secondaryCount,
    audit: { lp, certificate, safe: result.safe },
  };
  const label = (codes: readonly string[]) => codes.join('/');
  if (!result.safe) {
    const cells = result.unresolved.map((c) => label(result.cells[c]!.codes));
    return refuse(
      'audit-not-proven',
      `The interval audit could not prove the suppression of ${cells.join(', ')} safe under ${primaryRuleText}; nothing was published.`,
      cells,
      primaryRuleText,
      checks,
    );
  }
  const cells: SnapshotCell[] = result.cells.map((c) => {
    if (c.status === 'u')
      return { codes: c.codes, count: null, status: 'suppressed-primary', rule: primaryRuleText };
    if (c.status === 'x')
      return { codes: c.codes, count: null, status: 'suppressed-secondary', rule: 'secondary' };
    return { codes: c.codes, count: magnitude ? c.value! : c.freq, status: 'published', rule: '' };
  });
  return {
    ok: true,
    snapshot: {
      dimensions: dims.dims.map((d) => ({ name: d.name, total: d.codes[0]! })),
      cells,
    },
    checks,
  };
}
