/** The reports' named types: views, import inputs and results, history, completeness. */
import type { ReportRow } from '@steward/db/repositories/reporting';

/** What happened to a report (its event row); audited as `reporting.report.<action>`. */
export type ReportEventAction = 'imported' | 'submitted' | 'returned' | 'approved' | 'corrected';

export interface ReportView {
  id: string;
  framework: string;
  organisationId: string;
  organisation: string;
  period: string;
  state: ReportRow['state'];
  version: number;
  dueOn: string;
  overdue: boolean;
  returnComment: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
}

export interface ImportResult {
  report: ReportView;
  rows: number;
  values: number;
  /** A KoboToolbox export: submissions left out because Kobo marks them "Not approved". */
  notApproved?: number;
}

/** How an import reads its file: the template/HXL columns, or a KoboToolbox export through a mapping. */
export type ImportSource =
  | { kind: 'template' }
  /** `mapping` absent: the organisation's remembered mapping for the framework. */
  | { kind: 'kobo'; mapping?: unknown };

/** One row of the web form: an indicator in an admin-2 area, figures by template hashtag (`#reached+f+children` …). */
export interface ReportEntry {
  indicator: string;
  adm1: string;
  adm2: string;
  cells: Record<string, number | null>;
}

/** One stored figure of a report. */
export interface ReportValueView {
  indicator: string;
  adm1: string;
  adm2: string;
  sex: string;
  age: string;
  populationGroup: string;
  disability: string;
  measure: 'reached' | 'targeted';
  value: number;
}

/** A template file to download. */
export interface TemplateFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** One step of a report's history. */
export interface ReportHistoryItem {
  at: string;
  action: string;
  version: number;
  comment: string | null;
}

/** A gazetteer area a framework's p-codes are checked against (admin-1 and admin-2). */
export interface FrameworkArea {
  pcode: string;
  name: string;
  level: number;
  parentPcode: string | null;
}

/** Completeness: one member organisation's reports over the periods asked for. */
export interface CompletenessRow {
  organisation: string;
  organisationId: string;
  periods: {
    period: string;
    /** `missing` when no report was made for the period. */
    state: ReportRow['state'] | 'missing';
    reportId: string | null;
    overdue: boolean;
    areas: string[];
  }[];
}
