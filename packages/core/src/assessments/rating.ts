import type { SensitivityLevel } from '../vocabulary/sensitivity-levels';

/**
 * Risk rating of a data impact assessment (domain notes §9.2, Steward's model of the ICRC method).
 * Likelihood 1–4 or unknown; severity uses the four sensitivity level names scored 1–4; the
 * score is likelihood × severity and the rating table maps it to low / medium / high / very high.
 */
export const LIKELIHOODS = ['rare', 'possible', 'likely', 'almost_certain', 'unknown'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

export const SEVERITIES = [
  'low',
  'moderate',
  'high',
  'severe',
] as const satisfies readonly SensitivityLevel[];
export type Severity = (typeof SEVERITIES)[number];

export const RATINGS = ['low', 'medium', 'high', 'very_high'] as const;
export type Rating = (typeof RATINGS)[number];

const LIKELIHOOD_SCORE: Readonly<Record<Exclude<Likelihood, 'unknown'>, number>> = {
  rare: 1,
  possible: 2,
  likely: 3,
  almost_certain: 4,
};
const SEVERITY_SCORE: Readonly<Record<Severity, number>> = { low: 1, moderate: 2, high: 3, severe: 4 };

/** The rating table of §9.2: 1–3 low, 4–6 medium, 8–9 high, 12–16 very high. */
export function ratingForScore(score: number): Rating {
  if (!Number.isInteger(score) || score < 1 || score > 16)
    throw new RangeError(`risk score ${score} is not 1–16`);
  if (score <= 3) return 'low';
  if (score <= 6) return 'medium';
  if (score <= 9) return 'high';
  return 'very_high';
}

export interface RiskRating {
  /** likelihood × severity; `null` when the likelihood is unknown. */
  readonly score: number | null;
  readonly rating: Rating;
  /** The precautionary rule decided the rating (unknown likelihood). */
  readonly precautionary: boolean;
}

export function ratingRank(r: Rating): number {
  return RATINGS.indexOf(r);
}

/**
 * Rates one risk. Precautionary rule (ICRC; §9.2): lack of evidence is not low likelihood — an
 * `unknown` likelihood with severity `high` or `severe` is rated `high` at least. Steward's choice
 * for the rest: an unknown likelihood is rated as `likely` would be, and never below `medium`.
 * So unknown × low → medium, × moderate → medium, × high → high, × severe → very high.
 */
export function rateRisk(likelihood: Likelihood, severity: Severity): RiskRating {
  if (likelihood === 'unknown') {
    const asLikely = ratingForScore(3 * SEVERITY_SCORE[severity]);
    const floor: Rating = severity === 'high' || severity === 'severe' ? 'high' : 'medium';
    const rating = ratingRank(asLikely) >= ratingRank(floor) ? asLikely : floor;
    return { score: null, rating, precautionary: true };
  }
  const score = LIKELIHOOD_SCORE[likelihood] * SEVERITY_SCORE[severity];
  return { score, rating: ratingForScore(score), precautionary: false };
}

export function isLikelihood(v: string): v is Likelihood {
  return (LIKELIHOODS as readonly string[]).includes(v);
}
export function isSeverity(v: string): v is Severity {
  return (SEVERITIES as readonly string[]).includes(v);
}
