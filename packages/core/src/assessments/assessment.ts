import { rateRisk, ratingRank, type Likelihood, type Rating, type Severity } from './rating';
import { DIA_STEPS, type DiaStep, type StepState } from './steps';
import type { Principle } from '../diagnostic/model';

export interface DiaRisk {
  readonly id: string;
  readonly principles: readonly Principle[];
  readonly threat: string;
  readonly vulnerability: string;
  readonly likelihood: Likelihood;
  readonly severity: Severity;
  readonly existingControls?: string;
  readonly measures: readonly { readonly text: string; readonly owner: string; readonly due?: string }[];
  readonly residualLikelihood?: Likelihood;
  readonly residualSeverity?: Severity;
}

export interface DiaForSignOff {
  readonly steps: Partial<Readonly<Record<DiaStep, StepState>>>;
  readonly risks: readonly DiaRisk[];
  readonly authorId: string;
  readonly reviewDue: string | null;
}

export type SignOffProblem =
  | 'dia.sign_off.steps_incomplete'
  | 'dia.sign_off.same_person'
  | 'dia.sign_off.no_review_date'
  | 'dia.sign_off.risk_without_measure'
  | 'dia.sign_off.risk_without_residual'
  | 'dia.sign_off.threat_without_vulnerability';

/**
 * What stops a DIA from being signed off: every step complete (or not applicable) except
 * step 11 (updating is for later), a second person (not the author), a review date, every risk
 * rated medium or above with a measure that has an owner, every risk with a residual rating, and
 * no threat without a vulnerability (ICRC: a threat without a vulnerability is not a risk).
 */
export function signOffProblems(dia: DiaForSignOff, signerId: string): SignOffProblem[] {
  const out: SignOffProblem[] = [];
  const pending = DIA_STEPS.filter((s) => s !== 'update').some(
    (s) => dia.steps[s] !== 'complete' && dia.steps[s] !== 'not_applicable',
  );
  if (pending) out.push('dia.sign_off.steps_incomplete');
  if (signerId === dia.authorId) out.push('dia.sign_off.same_person');
  if (dia.reviewDue === null) out.push('dia.sign_off.no_review_date');
  for (const r of dia.risks) {
    if (r.vulnerability.trim() === '') out.push('dia.sign_off.threat_without_vulnerability');
    const { rating } = rateRisk(r.likelihood, r.severity);
    if (ratingRank(rating) >= ratingRank('medium') && !r.measures.some((m) => m.owner.trim() !== ''))
      out.push('dia.sign_off.risk_without_measure');
    if (r.residualLikelihood === undefined || r.residualSeverity === undefined)
      out.push('dia.sign_off.risk_without_residual');
  }
  return [...new Set(out)];
}

/** The highest rating among the risks (before or after measures); `null` without risks. */
export function overallRating(risks: readonly DiaRisk[], residual: boolean): Rating | null {
  let best: Rating | null = null;
  for (const r of risks) {
    const l = residual ? (r.residualLikelihood ?? r.likelihood) : r.likelihood;
    const s = residual ? (r.residualSeverity ?? r.severity) : r.severity;
    const { rating } = rateRisk(l, s);
    if (best === null || ratingRank(rating) > ratingRank(best)) best = rating;
  }
  return best;
}
