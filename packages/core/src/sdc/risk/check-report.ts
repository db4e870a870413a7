import type { Column, Dataset } from '../dataset';
import { detectColumns, type ColumnFinding } from '../detect/index';
import {
  applyMissingCodes,
  proposeMissingCodes,
  type MissingCodes,
  type MissingCodesApplied,
  type MissingProposal,
} from '../missing/index';
import { frequencies } from './frequencies';
import { globalRisk } from './global';
import { householdRisk } from './household';
import { individualRisk } from './individual';
import { meanInverseFrequency, violationsByKOfClasses } from './k-anonymity';
import { lDiversity } from './l-diversity';

export interface CheckOptions {
  /** Key variables (quasi-identifiers), by column name. */
  readonly keys: readonly string[];
  /** Sampling-weight column; enables weighted (survey) risk and `weightedViolations`. */
  readonly weight?: string;
  /** Household-id column; enables `householdRisk`. */
  readonly household?: string;
  /** Sensitive columns; enables `lDiversity`. */
  readonly sensitive?: readonly string[];
  /** Weight of a match through a missing key value, in [0, 1] (default 1, as sdcMicro). */
  readonly alpha?: number;
  /** The k values to count violations for (default 2, 3, 5); each at least 2. */
  readonly ks?: readonly number[];
  /** Missing-value codes (besides empty cells) applied before measuring; see `missing/`. */
  readonly missing?: MissingCodes;
}

/** The `steward check --json` object. */
export interface CheckReport {
  /** Number of records (rows). */
  readonly records: number;
  /** The key variables used, in the order given. */
  readonly keys: readonly string[];
  /** Number of equivalence classes: distinct key combinations (a missing value counts as its own value). */
  readonly classes: number;
  /** Records whose key combination is unique in the sample (fk = 1, missing values as wildcards). */
  readonly sampleUniques: number;
  /** For each k (as a string), the records with fk < k: they violate k-anonymity. */
  readonly violations: Record<string, number>;
  /** For each k, the records with weighted Fk < k (only when a weight is given). */
  readonly weightedViolations?: Record<string, number>;
  /**
   * Mean individual re-identification risk: with a weight, sdcMicro's survey risk (method "approx")
   * averaged over records; without, the mean of 1/fk.
   */
  readonly globalRisk: number;
  /** Expected number of re-identifications: the sum of individual risks (sdcMicro risk_ER). */
  readonly expectedReidentifications: number;
  /** Records with risk > median + 3·MAD and > 0.1 (sdcMicro's "high risk" count). */
  readonly highRiskRecords: number;
  /**
   * The risk those records exceed: max(median + 3·MAD, 0.1). Relative to the other records: with
   * most records at the same high risk it is high too, and the count can be 0 on a risky file.
   */
  readonly highRiskThreshold: number;
  /** Unweighted mean of 1/fk (equals `globalRisk` without a weight). */
  readonly meanInverseFk: number;
  /** The alpha used. */
  readonly alpha: number;
  /** The weight column used, if any. */
  readonly weight?: string;
  /** Identifying-column detection for every column (see detect/). */
  readonly findings: readonly ColumnFinding[];
  /**
   * Missing values: the codes applied (and the cells each column lost to them), the missing cells
   * of every key afterwards (wildcards in the counts above), and codes proposed by detection that
   * were not applied (e.g. `NA` written by R), with the columns where they appear.
   */
  readonly missing: {
    readonly applied: MissingCodesApplied | null;
    readonly perKey: Readonly<Record<string, number>>;
    readonly proposals: readonly MissingProposal[];
  };
  /**
   * Per sensitive variable, the dataset's l (the smallest over equivalence classes) and how many
   * records sit in classes with distinct l below 2 (only when sensitive columns are given).
   */
  readonly lDiversity?: readonly {
    readonly sensitive: string;
    readonly distinct: number;
    readonly entropy: number;
    readonly recursive: number;
    readonly recordsWithDistinctBelow2: number;
  }[];
  /** Household risk (only with a household column): 1 − Π(1 − rk) over each household's members. */
  readonly householdRisk?: {
    readonly household: string;
    readonly households: number;
    /** Mean over records of their household's risk. */
    readonly risk: number;
    readonly expectedReidentifications: number;
  };
}

export type CheckError =
  | {
      readonly code: 'unknown-column';
      readonly column: string;
      readonly available: readonly string[];
      readonly message: string;
    }
  | { readonly code: 'invalid-option'; readonly message: string };

export type CheckResult =
  { readonly ok: true; readonly report: CheckReport } | { readonly ok: false; readonly error: CheckError };

/**
 * Builds the disclosure report of `steward check`. Bad user input (unknown column, k < 2, alpha
 * outside [0, 1], no keys, non-numeric weight) is returned as an error value, never thrown.
 */
export function checkReport(input: Dataset, options: CheckOptions): CheckResult {
  let dataset = input;
  let applied: MissingCodesApplied | null = null;
  if (options.missing) {
    const r = applyMissingCodes(input, options.missing);
    if (!r.ok)
      return {
        ok: false,
        error: { code: 'invalid-option', message: `${r.error.field}: ${r.error.message}` },
      };
    dataset = r.value.dataset;
    applied = r.value.applied;
  }
  const available = dataset.columns.map((c) => c.name);
  const find = (name: string): Column | CheckError => {
    const col = dataset.columns.find((c) => c.name === name);
    if (col) return col;
    return {
      code: 'unknown-column',
      column: name,
      available,
      message: `Unknown column "${name}". Available columns: ${available.join(', ')}.`,
    };
  };
  const invalid = (message: string): CheckResult => ({
    ok: false,
    error: { code: 'invalid-option', message },
  });

  if (options.keys.length === 0) return invalid('At least one key variable is needed.');
  const ks = options.ks ?? [2, 3, 5];
  const badK = ks.find((k) => !Number.isInteger(k) || k < 2);
  if (badK !== undefined) return invalid(`k must be an integer of at least 2, got ${badK}.`);
  const alpha = options.alpha ?? 1;
  if (!(alpha >= 0 && alpha <= 1)) return invalid(`alpha must be between 0 and 1, got ${alpha}.`);

  const names = [
    ...options.keys,
    ...(options.weight ? [options.weight] : []),
    ...(options.household ? [options.household] : []),
    ...(options.sensitive ?? []),
  ];
  const cols = new Map<string, Column>();
  for (const name of names) {
    const c = find(name);
    if ('code' in c) return { ok: false, error: c };
    cols.set(name, c);
  }
  const keyCols = options.keys.map((k) => cols.get(k)!);
  let weights: Float64Array | null = null;
  if (options.weight) {
    const w = cols.get(options.weight)!;
    if (w.kind !== 'numeric') return invalid(`The weight column "${options.weight}" is not numeric.`);
    let bad = -1;
    for (let i = 0; i < w.values.length; i++) {
      if (!(w.values[i]! > 0)) {
        bad = i;
        break;
      }
    }
    if (bad >= 0) {
      return invalid(
        `The weight column "${options.weight}" has a missing or non-positive value in row ${bad + 1}.`,
      );
    }
    weights = w.values;
  }

  const survey = proposeMissingCodes(dataset);
  const perKey: Record<string, number> = {};
  for (const k of options.keys) perKey[k] = survey.missingCells[k] ?? 0;
  const f = frequencies(keyCols, { weights, alpha });
  // Risks and violations once a class (122,008 classes for 1M records in the benchmark).
  const classRisk = individualRisk(f.classFk, f.classFkWeighted, { survey: weights !== null });
  const rk = new Float64Array(dataset.rowCount);
  for (let i = 0; i < rk.length; i++) rk[i] = classRisk[f.classOf[i]!]!;
  const g = globalRisk(rk, {
    classes: { of: f.classOf, count: f.classes, risks: classRisk, sizes: f.classSize },
  });
  const report: CheckReport = {
    records: dataset.rowCount,
    keys: [...options.keys],
    classes: f.classes,
    sampleUniques: f.n1,
    violations: violationsByKOfClasses(f.classFk, f.classSize, ks),
    ...(weights ? { weightedViolations: violationsByKOfClasses(f.classFkWeighted, f.classSize, ks) } : {}),
    globalRisk: g.risk,
    expectedReidentifications: g.expectedReidentifications,
    highRiskRecords: g.highRiskRecords,
    highRiskThreshold: g.highRiskThreshold,
    meanInverseFk: meanInverseFrequency(f.fk),
    alpha,
    ...(options.weight ? { weight: options.weight } : {}),
    findings: detectColumns(dataset).findings,
    missing: { applied, perKey, proposals: survey.proposals },
  };
  if (options.sensitive && options.sensitive.length > 0) {
    const l = lDiversity(
      keyCols,
      options.sensitive.map((s) => cols.get(s)!),
    );
    (report as { lDiversity?: CheckReport['lDiversity'] }).lDiversity = l.variables.map((v) => ({
      sensitive: v.sensitive,
      distinct: v.minDistinct,
      entropy: v.minEntropy,
      recursive: v.minRecursive,
      recordsWithDistinctBelow2: v.distinct.reduce((s, d) => s + (d < 2 ? 1 : 0), 0),
    }));
  }
  if (options.household) {
    const h = householdRisk(rk, cols.get(options.household)!);
    (report as { householdRisk?: CheckReport['householdRisk'] }).householdRisk = {
      household: options.household,
      households: h.households,
      risk: h.risk,
      expectedReidentifications: h.expectedReidentifications,
    };
  }
  return { ok: true, report };
}
