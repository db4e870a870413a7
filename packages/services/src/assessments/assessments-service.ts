/**
 * Data impact assessments (issue 11 §3; domain notes §9): the 11 ICRC steps as sections with
 * completion states, the risk register rated by core (likelihood × severity, precautionary rule),
 * measures with owners, residual ratings, sign-off by a second person, a review date, links to
 * registry entries and agreements drawn as a data-flow map, and the DIA triggers (gate.ts).
 */
import type { Context } from '../types';
import { createAssessmentDeps } from './deps';
import { createAssessmentRead } from './read';
import { createAssessmentWrite } from './write';

export type { AssessmentView, AssessmentListItem, RiskView } from './views';
export type { DiaRequirement } from './read';

export function createAssessmentsService(ctx: Context) {
  const deps = createAssessmentDeps(ctx);
  return {
    ...createAssessmentWrite(deps),
    ...createAssessmentRead(deps),
  };
}
