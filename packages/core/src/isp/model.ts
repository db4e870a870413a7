import type { DominanceRule } from './dominance';
import type { AggregationLevel } from '../vocabulary/aggregation-levels';
import type { ConditionKind } from '../vocabulary/condition-kinds';
import type { PurposeId } from '../vocabulary/purposes';
import type { SensitivityLevel } from '../vocabulary/sensitivity-levels';
import type { SharingApproach } from '../vocabulary/sharing-approaches';

/**
 * The Information Sharing Protocol model (domain notes §4). An ISP is data: a context's rules,
 * versioned and endorsed by the member organisations. Steward evaluates these rules itself;
 * ODRL is an export format only.
 */

export type IspStatus = 'draft' | 'in-consultation' | 'endorsed' | 'superseded';
export const ISP_STATUSES: readonly IspStatus[] = ['draft', 'in-consultation', 'endorsed', 'superseded'];

/** Which aggregation levels a rule covers: one level, or an inclusive range from coarse to fine. */
export type AggregationMatch =
  { readonly level: AggregationLevel } | { readonly from: AggregationLevel; readonly to: AggregationLevel };

/** A condition attached to an allowed share. */
export type Condition =
  | { readonly kind: 'aggregate-to-level'; readonly level: AggregationLevel }
  | { readonly kind: 'suppress-below-n'; readonly n: number }
  | { readonly kind: Exclude<ConditionKind, 'aggregate-to-level' | 'suppress-below-n'> };

/**
 * One ISP rule: `data type × aggregation level × names × coordinates (× consent)` → a level and
 * a sharing approach. An unspecified boolean attribute matches any value.
 */
export interface IspRule {
  /** Stable id, unique within the ISP, kept across versions (diffs match rules by id). */
  readonly id: string;
  /** A data type id of the ISP's list (by default the vocabulary's DATA_TYPES). */
  readonly dataType: string;
  readonly aggregation: AggregationMatch;
  /** Names included (partner, staff, people or site names); unspecified = any. */
  readonly includesNames?: boolean;
  /** Coordinates included; unspecified = any. */
  readonly includesCoordinates?: boolean;
  /** Consent to share obtained; unspecified = any. Facts that do not say count as "not obtained". */
  readonly consentObtained?: boolean;
  readonly sensitivity: SensitivityLevel;
  /** The most open sharing approach the rule allows. */
  readonly sharing: SharingApproach;
  readonly conditions: readonly Condition[];
  /** When set, only these purposes may be served; unspecified = any purpose. */
  readonly allowedPurposes?: readonly PurposeId[];
  readonly note?: string;
  /** The ISP clause or source the rule follows (shown with every decision). */
  readonly source?: string;
}

export interface IspSettings {
  /** Minimum cell count for published tables (domain notes §11: 3, never below 3). */
  readonly smallCellThreshold: number;
  /** Minimum cell count for protection tables (GBV, CP, protection monitoring; §11: 5). */
  readonly protectionSmallCellThreshold: number;
  /** Data types whose tables use the protection threshold. */
  readonly protectionDataTypes: readonly string[];
  /**
   * The dominance rule for published magnitudes (indicators whose unit is not people): the p% rule
   * or the (n,k) rule. Not stated = the default p(10) (isp/dominance.ts, decision 0028).
   */
  readonly dominanceRule?: DominanceRule;
}

export interface Isp {
  readonly id?: string;
  /** The response or context, e.g. "North-East Protection Cluster". */
  readonly context: string;
  /** Version label, e.g. "1.0"; decisions record it. */
  readonly version: string;
  readonly status: IspStatus;
  /** ISO date (YYYY-MM-DD) of the next review. */
  readonly reviewDue: string;
  /** The cluster's list of data types this ISP must classify. */
  readonly dataTypes: readonly string[];
  readonly settings: IspSettings;
  readonly rules: readonly IspRule[];
  readonly note?: string;
  /** True for the default template: a starting point that must be adapted. */
  readonly isTemplate?: boolean;
}

/** What is known about the asset being released. */
export interface AssetFacts {
  readonly dataType: string;
  readonly aggregation: AggregationLevel;
  readonly includesNames: boolean;
  readonly includesCoordinates: boolean;
  /** Consent to share obtained; unspecified counts as not obtained. */
  readonly consentObtained?: boolean;
  /** An active data-sharing agreement covers this asset and recipient; unspecified = false. */
  readonly activeAgreement?: boolean;
}

export const MIN_SMALL_CELL_THRESHOLD = 3;

export const DEFAULT_ISP_SETTINGS: IspSettings = {
  smallCellThreshold: 3,
  protectionSmallCellThreshold: 5,
  protectionDataTypes: ['protection-monitoring-case-data', 'referral-data'],
};
