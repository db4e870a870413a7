/**
 * The data-responsibility diagnostic (cluster action 1; domain notes §1, §2, §2.1).
 * Items are grouped by the six cluster actions and tagged with the 12 principles of the IASC
 * Operational Guidance on Data Responsibility (2023). Pure data and functions: no I/O.
 */
import { can, type Role } from '../auth/permissions';

/**
 * Who answers the diagnostic and keeps the action plan for their organisation: the roles that
 * endorse the ISP or manage the registry (focal points, data managers). One rule for the service
 * (which enforces it) and the page (which offers the controls).
 */
export function answersDiagnostic(role: Role): boolean {
  return can(role, 'isp.endorse') || can(role, 'registry.manage');
}

/** The 12 principles, in the guidance's (alphabetical) order (domain notes §1). */
export const PRINCIPLES = [
  'accountability',
  'confidentiality',
  'coordination',
  'data_security',
  'purpose',
  'fairness',
  'human_rights',
  'people_centred',
  'personal_data_protection',
  'quality',
  'retention',
  'transparency',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

/**
 * The six cluster/sector actions (domain notes §2), numbered 1–6. Their names, and the principles',
 * in every interface language: texts/ (one table with the web app).
 */
export const ACTIONS = ['diagnostic', 'registry', 'isp', 'advisory', 'design', 'incidents'] as const;
export type Action = (typeof ACTIONS)[number];

/** How an item is answered (domain notes §2.1). */
export const ANSWER_STATUSES = ['not_in_place', 'partial', 'in_place', 'not_applicable'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Facts Steward can check in its own data to pre-fill an item (see prefill.ts). */
export const AUTO_CHECKS = [
  'isp_endorsed',
  'isp_review_current',
  'registry_coverage',
  'registry_reviews_current',
  'agreements_not_expiring',
  'incidents_open',
  'dia_coverage',
  'retention_overdue',
] as const;
export type AutoCheck = (typeof AUTO_CHECKS)[number];

/** Who an item is for: member organisations, the cluster, or both. */
export type ItemScope = 'cluster' | 'member' | 'both';

export interface DiagnosticItem {
  /** Stable key within a question set (kept across versions so rounds compare). */
  readonly id: string;
  readonly action: Action;
  readonly principles: readonly Principle[];
  readonly scope: ItemScope;
  /** The statement to rate ("An ISP endorsed by members exists"). */
  readonly text: string;
  /** Why it matters and how to judge it. */
  readonly guidance: string;
  /** The evidence the item expects. */
  readonly evidence: string;
  /** When set, Steward pre-fills the answer from its own data. */
  readonly autoCheck?: AutoCheck;
}

export interface QuestionSet {
  /** Increases by one on every edit; a round pins the version it was answered against. */
  readonly version: number;
  readonly items: readonly DiagnosticItem[];
}

export interface Answer {
  readonly itemId: string;
  readonly status: AnswerStatus;
  readonly note?: string;
  readonly evidence?: string;
}

export function isPrinciple(value: string): value is Principle {
  return (PRINCIPLES as readonly string[]).includes(value);
}
export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}
export function isAnswerStatus(value: string): value is AnswerStatus {
  return (ANSWER_STATUSES as readonly string[]).includes(value);
}

export interface QuestionSetIssue {
  readonly itemId: string;
  readonly code:
    | 'diagnostic.item.duplicate_id'
    | 'diagnostic.item.bad_id'
    | 'diagnostic.item.unknown_action'
    | 'diagnostic.item.no_principle'
    | 'diagnostic.item.unknown_principle'
    | 'diagnostic.item.empty_text'
    | 'diagnostic.item.unknown_auto_check';
}

/** Checks a (cluster-edited) question set; an empty list means it can be saved. */
export function validateQuestionSet(items: readonly DiagnosticItem[]): QuestionSetIssue[] {
  const issues: QuestionSetIssue[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const itemId = item.id;
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(itemId)) issues.push({ itemId, code: 'diagnostic.item.bad_id' });
    if (seen.has(itemId)) issues.push({ itemId, code: 'diagnostic.item.duplicate_id' });
    seen.add(itemId);
    if (!isAction(item.action)) issues.push({ itemId, code: 'diagnostic.item.unknown_action' });
    if (item.principles.length === 0) issues.push({ itemId, code: 'diagnostic.item.no_principle' });
    if (item.principles.some((p) => !isPrinciple(p)))
      issues.push({ itemId, code: 'diagnostic.item.unknown_principle' });
    if (item.text.trim() === '') issues.push({ itemId, code: 'diagnostic.item.empty_text' });
    if (item.autoCheck !== undefined && !(AUTO_CHECKS as readonly string[]).includes(item.autoCheck))
      issues.push({ itemId, code: 'diagnostic.item.unknown_auto_check' });
  }
  return issues;
}
