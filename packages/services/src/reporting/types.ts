import type { AggregateDimension, CellPublicationStatus, Framework } from '@steward/core/reporting/index';
import type { DecisionJson } from '@steward/core/isp/index';

/** Who receives an aggregate: the public, or the cluster's members. */
export type Audience = 'public' | 'cluster';
export const AUDIENCES: readonly Audience[] = ['public', 'cluster'];

export interface FrameworkView extends Framework {
  id: string;
  status: 'active' | 'archived';
  createdAt: string;
  updatedAt: string;
}

export interface AggregateInput {
  /** Framework code, e.g. `5w`. */
  framework: string;
  /** Periods YYYY-MM (at least one). */
  periods: readonly string[];
  by: readonly AggregateDimension[];
  /** Only these indicators (ids); all when absent. */
  indicator?: string | readonly string[];
  /** Only these admin-1 p-codes; all when absent. */
  adm1?: readonly string[];
  /** Only the reports of these partner organisations (ids); all when absent. */
  partner?: readonly string[];
  /** Only the indicators of these activities (names as in the framework); all when absent. */
  activity?: readonly string[];
  /** Only these population groups (idp, returnee, host); all when absent. */
  populationGroup?: readonly string[];
  /** Default `reached`. */
  measure?: 'reached' | 'targeted';
  /** Default `cluster`. */
  audience?: Audience;
  /**
   * `in-full`: the viewer's own dashboard — cells holding only the viewer's organisation's data are
   * shown in full (issue 10: partners see their own data in full); every cell with another
   * organisation's data is protected for `audience` as always. Default `protected`: exactly as
   * the audience would receive the table (previews, the CLI, publication).
   */
  own?: 'in-full' | 'protected';
}

/** One cell: a key per `by` dimension (`total` in margins), the count (null when suppressed), status, rule. */
export type AggregateCellView = Record<string, string | number | null> & {
  count: number | null;
  status: CellPublicationStatus;
  rule: string | null;
};

export interface AggregateResult {
  framework: string;
  periods: string[];
  by: AggregateDimension[];
  measure: 'reached' | 'targeted';
  audience: Audience;
  /** The ISP's small-cell threshold applied (counts below it are suppressed). */
  threshold: number;
  /** The primary rule applied: `freq(threshold)`, or for a magnitude the ISP's dominance rule (e.g. `p(10)`). */
  primaryRule: string;
  /** True when the indicators count something other than people (protected by dominance). */
  magnitude: boolean;
  /** `in-full` when the viewer's own cells were shown in full (input `own`), else `protected`. */
  own: 'in-full' | 'protected';
  /** The ISP decision for this data type, aggregation level and audience. */
  decision: DecisionJson;
  cells: AggregateCellView[];
  primaryCount: number;
  secondaryCount: number;
}
