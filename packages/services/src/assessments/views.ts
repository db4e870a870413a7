/** What the API returns for data impact assessments. */
import {
  completion,
  DIA_STEPS,
  overallRating,
  rateRisk,
  type DiaRisk,
  type DiaStep,
  type DataFlow,
  type Likelihood,
  type Rating,
  type Severity,
  type SignOffProblem,
  type StepState,
} from '@steward/core/assessments/index';
import type { Principle } from '@steward/core/diagnostic/model';
import type { AssessmentRiskRow, AssessmentRow } from '@steward/db/repositories/assessments';
import type { AssessmentMeasure } from '@steward/db/schema/assessments';

export type AssessmentStatus = 'draft' | 'signed_off';

export interface RiskView {
  id: string;
  principles: string[];
  threat: string;
  vulnerability: string;
  likelihood: Likelihood;
  severity: Severity;
  /** likelihood × severity; null when the likelihood is unknown. */
  score: number | null;
  rating: Rating;
  /** The precautionary rule decided the rating (unknown likelihood). */
  precautionary: boolean;
  existingControls: string;
  measures: AssessmentMeasure[];
  residualLikelihood: Likelihood | null;
  residualSeverity: Severity | null;
  residualScore: number | null;
  residualRating: Rating | null;
  residualPrecautionary: boolean;
}

export interface FlowView {
  from: string;
  to: string;
  what: string;
  level: DataFlow['level'];
  source: { kind: DataFlow['source']['kind']; id: string };
}

export interface StepView {
  step: DiaStep;
  state: StepState;
  answer: string;
}

export interface LinkedEntryView {
  id: string;
  /** null when the actor cannot see the entry (another organisation's, not shared). */
  title: string | null;
  organisation: string | null;
  personalData: boolean | null;
  level: Severity | null;
}

export interface LinkedAgreementView {
  id: string;
  reference: string | null;
  provider: string | null;
  recipient: string | null;
  level: Severity | null;
}

export interface AssessmentView {
  id: string;
  organisationId: string;
  organisation: string;
  title: string;
  scope: string;
  status: AssessmentStatus;
  steps: StepView[];
  completion: number;
  risks: RiskView[];
  rating: Rating | null;
  residualRating: Rating | null;
  entries: LinkedEntryView[];
  agreements: LinkedAgreementView[];
  flowMap: { nodes: { id: string; label: string }[]; flows: FlowView[] };
  reviewDue: string | null;
  reviewOverdue: boolean;
  author: string;
  authorId: string | null;
  signedOffBy: string | null;
  signedOffAt: string | null;
  sharedWithCluster: boolean;
  /** What stops the actor signing it off now (empty: the actor may sign off). */
  signOffProblems: SignOffProblem[];
  /** The actor's organisation owns it (may edit). */
  own: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AssessmentListItem {
  id: string;
  organisation: string;
  title: string;
  status: AssessmentStatus;
  completion: number;
  risks: number;
  rating: Rating | null;
  residualRating: Rating | null;
  entries: number;
  agreements: number;
  reviewDue: string | null;
  reviewOverdue: boolean;
  own: boolean;
  updatedAt: string;
}

export function stepStates(row: AssessmentRow): Partial<Record<DiaStep, StepState>> {
  const out: Partial<Record<DiaStep, StepState>> = {};
  for (const s of DIA_STEPS) out[s] = (row.steps[s]?.state as StepState | undefined) ?? 'not_started';
  return out;
}

export function coreRisk(r: AssessmentRiskRow): DiaRisk {
  return {
    id: r.id,
    principles: r.principles as Principle[],
    threat: r.threat,
    vulnerability: r.vulnerability,
    likelihood: r.likelihood as Likelihood,
    severity: r.severity as Severity,
    existingControls: r.existingControls,
    measures: r.measures.map((m) => ({ text: m.text, owner: m.owner, ...(m.due ? { due: m.due } : {}) })),
    ...(r.residualLikelihood ? { residualLikelihood: r.residualLikelihood as Likelihood } : {}),
    ...(r.residualSeverity ? { residualSeverity: r.residualSeverity as Severity } : {}),
  };
}

export function riskView(r: AssessmentRiskRow): RiskView {
  const before = rateRisk(r.likelihood as Likelihood, r.severity as Severity);
  const residual =
    r.residualLikelihood && r.residualSeverity
      ? rateRisk(r.residualLikelihood as Likelihood, r.residualSeverity as Severity)
      : null;
  return {
    id: r.id,
    principles: r.principles,
    threat: r.threat,
    vulnerability: r.vulnerability,
    likelihood: r.likelihood as Likelihood,
    severity: r.severity as Severity,
    score: before.score,
    rating: before.rating,
    precautionary: before.precautionary,
    existingControls: r.existingControls,
    measures: r.measures,
    residualLikelihood: (r.residualLikelihood as Likelihood | null) ?? null,
    residualSeverity: (r.residualSeverity as Severity | null) ?? null,
    residualScore: residual?.score ?? null,
    residualRating: residual?.rating ?? null,
    residualPrecautionary: residual?.precautionary ?? false,
  };
}

export function listItem(
  row: AssessmentRow,
  risks: readonly AssessmentRiskRow[],
  acronyms: Map<string, string>,
  actorOrganisationId: string | null,
  today: string,
): AssessmentListItem {
  const core = risks.map(coreRisk);
  return {
    id: row.id,
    organisation: acronyms.get(row.organisationId) ?? '?',
    title: row.title,
    status: row.status as AssessmentStatus,
    completion: completion(stepStates(row)),
    risks: risks.length,
    rating: overallRating(core, false),
    residualRating: overallRating(core, true),
    entries: row.entryIds.length,
    agreements: row.agreementIds.length,
    reviewDue: row.reviewDue,
    reviewOverdue: row.reviewDue !== null && row.reviewDue < today,
    own: row.organisationId === actorOrganisationId,
    updatedAt: row.updatedAt.toISOString(),
  };
}
