/**
 * The 11 steps of the ICRC method (Handbook on Data Protection in Humanitarian Action, ch. 5,
 * §5.2.1–5.2.11; domain notes §9.1), each a section of a DIA with its own completion state.
 */
export const DIA_STEPS = [
  'need',
  'team',
  'describe',
  'consult',
  'identify_risks',
  'assess_risks',
  'solutions',
  'recommendations',
  'implement_report',
  'expert_review',
  'update',
] as const;
export type DiaStep = (typeof DIA_STEPS)[number];

export const DIA_STEP_TITLES: Readonly<Record<DiaStep, string>> = {
  need: '1. Decide whether an assessment is needed',
  team: '2. Form the team and write terms of reference',
  describe: '3. Describe the processing and the data flows',
  consult: '4. Consult stakeholders',
  identify_risks: '5. Identify the risks',
  assess_risks: '6. Assess likelihood and severity',
  solutions: '7. Identify solutions',
  recommendations: '8. Propose recommendations',
  implement_report: '9. Implement and write the report',
  expert_review: '10. Expert review',
  update: '11. Update when the project changes',
};

export const STEP_STATES = ['not_started', 'in_progress', 'complete', 'not_applicable'] as const;
export type StepState = (typeof STEP_STATES)[number];

export function isDiaStep(v: string): v is DiaStep {
  return (DIA_STEPS as readonly string[]).includes(v);
}
export function isStepState(v: string): v is StepState {
  return (STEP_STATES as readonly string[]).includes(v);
}

/** Share of the 11 steps complete or not applicable, 0–100. */
export function completion(states: Partial<Readonly<Record<DiaStep, StepState>>>): number {
  const done = DIA_STEPS.filter((s) => states[s] === 'complete' || states[s] === 'not_applicable').length;
  return Math.round((done / DIA_STEPS.length) * 100);
}
