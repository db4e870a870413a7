/**
 * Messages between the "Check a dataset" page and its Web Worker. The raw file is handed to the
 * worker as a Blob (a reference to the user's local file: nothing is uploaded) and only summaries,
 * reports and the treated file come back.
 */
import type { ColumnRole } from '@steward/core/sdc/dataset';
import type { ColumnFinding, KeyProposal } from '@steward/core/sdc/detect/index';
import type { LocalSuppressionMode } from '@steward/core/sdc/methods/local-suppression';
import type { MissingCodes, MissingProposal } from '@steward/core/sdc/missing/index';
import type { CheckReport } from '@steward/core/sdc/risk/index';

export type Roles = Readonly<Record<string, ColumnRole>>;

export interface ColumnSummary {
  readonly name: string;
  readonly kind: 'categorical' | 'numeric';
  /** Distinct non-missing values (categories) of a categorical column; null for numeric ones. */
  readonly categories: number | null;
}

export interface TreatmentOptions {
  /** Target k for local suppression (≥ 2). */
  readonly k: number;
  /** Key variables, most important first (suppressed last). */
  readonly importance: readonly string[];
  /** Drop the columns whose role is direct identifier. */
  readonly removeDirectIdentifiers: boolean;
  /** Local suppression mode (default strict importance: the order above is a strict order). */
  readonly mode?: LocalSuppressionMode;
}

export type ProgressStep = 'reading' | 'detecting' | 'measuring' | 'suppressing' | 'writing';

export type WorkerRequest =
  | { readonly type: 'load'; readonly id: number; readonly file: Blob; readonly name: string }
  | { readonly type: 'check'; readonly id: number; readonly roles: Roles; readonly missing?: MissingCodes }
  | {
      readonly type: 'treat';
      readonly id: number;
      readonly roles: Roles;
      readonly treatment: TreatmentOptions;
      readonly missing?: MissingCodes;
    };

export interface Loaded {
  readonly records: number;
  readonly columns: readonly ColumnSummary[];
  readonly findings: readonly ColumnFinding[];
  readonly roles: Roles;
  /** The key variables proposed (confident ones only, capped) and the possible keys left out. */
  readonly keyProposal: KeyProposal;
  /** Values that look like missing-value codes (NA, ., -99…), for the user to confirm. */
  readonly missingProposals: readonly MissingProposal[];
}

export interface Treated {
  readonly before: CheckReport;
  readonly after: CheckReport;
  /** New suppressions (values set to missing) per key and in total. */
  readonly suppressions: {
    readonly total: number;
    readonly perKey: Readonly<Record<string, number>>;
    readonly mode: LocalSuppressionMode;
  };
  readonly removedColumns: readonly string[];
  /** The treated file as CSV (UTF-8). */
  readonly csv: Blob;
  readonly fileName: string;
}

/** An expected failure: `code` picks the translated message; `lines`/`column` fill it in. */
export interface EngineError {
  readonly code: string;
  readonly message: string;
  readonly lines?: readonly number[];
  readonly column?: string;
}

export type WorkerResponse =
  | { readonly type: 'progress'; readonly id: number; readonly step: ProgressStep; readonly fraction: number }
  | { readonly type: 'loaded'; readonly id: number; readonly result: Loaded }
  | { readonly type: 'report'; readonly id: number; readonly report: CheckReport }
  | { readonly type: 'treated'; readonly id: number; readonly result: Treated }
  | { readonly type: 'error'; readonly id: number; readonly error: EngineError };
