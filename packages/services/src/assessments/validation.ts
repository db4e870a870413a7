/** Input checks of data impact assessments: each failure names its field. */
import { PRINCIPLES } from '@steward/core/diagnostic/model';
import {
  isDiaStep,
  isLikelihood,
  isSeverity,
  isStepState,
  type DiaStep,
  type Likelihood,
  type Severity,
  type StepState,
} from '@steward/core/assessments/index';
import type { AssessmentMeasure } from '@steward/db/schema/assessments';
import { ServiceError } from '../errors';
import { isIsoDate } from '../registry/validation';

export const fieldError = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

function object(input: unknown, path = '(body)'): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw fieldError(path, 'must be an object');
  return input as Record<string, unknown>;
}

function text(
  o: Record<string, unknown>,
  key: string,
  max: number,
  required = false,
  path = key,
): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (required) throw fieldError(path, 'Required');
    return undefined;
  }
  if (typeof v !== 'string') throw fieldError(path, 'must be text');
  const t = v.trim();
  if (required && t.length === 0) throw fieldError(path, 'Required');
  if (t.length > max) throw fieldError(path, `at most ${max} characters`);
  return t;
}

function date(o: Record<string, unknown>, key: string, path = key): string | null | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (v === null || v === '') return null;
  if (typeof v !== 'string' || !isIsoDate(v)) throw fieldError(path, 'a date YYYY-MM-DD');
  return v;
}

function ids(o: Record<string, unknown>, key: string): string[] | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !UUID.test(x)))
    throw fieldError(key, 'a list of ids');
  if (v.length > 50) throw fieldError(key, 'at most 50');
  return [...new Set(v as string[])];
}

export interface AssessmentInput {
  title?: string;
  scope?: string;
  entryIds?: string[];
  agreementIds?: string[];
  reviewDue?: string | null;
  sharedWithCluster?: boolean;
}

/** A new assessment (title required) or changes to one (only the fields given). */
export function assessmentInput(input: unknown, creating: boolean): AssessmentInput {
  const o = object(input);
  const out: AssessmentInput = {};
  const title = text(o, 'title', 200, creating);
  if (title !== undefined) {
    if (title === '') throw fieldError('title', 'Required');
    out.title = title;
  }
  const scope = text(o, 'scope', 5000);
  if (scope !== undefined) out.scope = scope;
  const entryIds = ids(o, 'entryIds');
  if (entryIds) out.entryIds = entryIds;
  const agreementIds = ids(o, 'agreementIds');
  if (agreementIds) out.agreementIds = agreementIds;
  const reviewDue = date(o, 'reviewDue');
  if (reviewDue !== undefined) out.reviewDue = reviewDue;
  if (o.sharedWithCluster !== undefined) {
    if (typeof o.sharedWithCluster !== 'boolean') throw fieldError('sharedWithCluster', 'true or false');
    out.sharedWithCluster = o.sharedWithCluster;
  }
  return out;
}

export function stepInput(step: string, input: unknown): { step: DiaStep; state: StepState; answer: string } {
  if (!isDiaStep(step)) throw fieldError('step', 'one of the 11 steps (need, team, describe, …)');
  const o = object(input);
  const state = text(o, 'state', 40, true)!;
  if (!isStepState(state)) throw fieldError('state', 'not_started, in_progress, complete or not_applicable');
  const answer = text(o, 'answer', 20_000) ?? '';
  if (state === 'complete' && answer === '')
    throw fieldError('answer', 'A complete step needs its answer (what was decided and why)');
  return { step, state, answer };
}

export interface RiskInput {
  principles: string[];
  threat: string;
  vulnerability: string;
  likelihood: Likelihood;
  severity: Severity;
  existingControls: string;
  measures: AssessmentMeasure[];
  residualLikelihood: Likelihood | null;
  residualSeverity: Severity | null;
}

function likelihood(o: Record<string, unknown>, key: string, required: boolean): Likelihood | null {
  const v = text(o, key, 40, required);
  if (v === undefined || v === '') return null;
  if (!isLikelihood(v)) throw fieldError(key, 'rare, possible, likely, almost_certain or unknown');
  return v;
}
function severity(o: Record<string, unknown>, key: string, required: boolean): Severity | null {
  const v = text(o, key, 40, required);
  if (v === undefined || v === '') return null;
  if (!isSeverity(v)) throw fieldError(key, 'low, moderate, high or severe');
  return v;
}

/** One risk of the register (the whole risk: the form sends every field). */
export function riskInput(input: unknown): RiskInput {
  const o = object(input);
  const rawPrinciples = o.principles ?? [];
  if (
    !Array.isArray(rawPrinciples) ||
    rawPrinciples.some((p) => typeof p !== 'string' || !(PRINCIPLES as readonly string[]).includes(p))
  )
    throw fieldError('principles', `a list of principles (${PRINCIPLES.join(', ')})`);
  const rawMeasures = o.measures ?? [];
  if (!Array.isArray(rawMeasures)) throw fieldError('measures', 'a list of measures');
  if (rawMeasures.length > 30) throw fieldError('measures', 'at most 30');
  const measures = rawMeasures.map((m, i): AssessmentMeasure => {
    const mo = object(m, `measures.${i}`);
    return {
      text: text(mo, 'text', 2000, true, `measures.${i}.text`)!,
      owner: text(mo, 'owner', 200, true, `measures.${i}.owner`)!,
      due: date(mo, 'due', `measures.${i}.due`) ?? null,
    };
  });
  const residualLikelihood = likelihood(o, 'residualLikelihood', false);
  const residualSeverity = severity(o, 'residualSeverity', false);
  if ((residualLikelihood === null) !== (residualSeverity === null))
    throw fieldError(
      residualLikelihood === null ? 'residualLikelihood' : 'residualSeverity',
      'The residual rating needs both likelihood and severity',
    );
  return {
    principles: [...new Set(rawPrinciples as string[])],
    threat: text(o, 'threat', 2000, true)!,
    vulnerability: text(o, 'vulnerability', 2000, true)!,
    likelihood: likelihood(o, 'likelihood', true)!,
    severity: severity(o, 'severity', true)!,
    existingControls: text(o, 'existingControls', 5000) ?? '',
    measures,
    residualLikelihood,
    residualSeverity,
  };
}
