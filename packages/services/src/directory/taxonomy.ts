/**
 * A service taxonomy term as a cluster role enters it (issue 9): its code (fixed once created:
 * services, referrals and counts keep it), name, description and position in lists. Every problem
 * has a stable code + params (core/directory/import-problems.ts) so the web shows it in the
 * user's language. Pure: no I/O.
 */
import {
  describeImportProblem,
  type ImportProblemCode,
  type ProblemParams,
} from '@steward/core/directory/import-problems';
import type { FieldProblem } from './validation';

export const TERM_CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const TERM_CODE_MAX = 40;
export const TERM_NAME_MAX = 100;
export const TERM_DESCRIPTION_MAX = 500;
export const TERM_POSITION_MAX = 10000;
/** Where a term without a position goes: after the §10.2 checklist. */
export const TERM_DEFAULT_POSITION = 100;

export interface TaxonomyTermInput {
  code: string;
  name: string;
  description: string;
  /** Null when not given: a new term goes to TERM_DEFAULT_POSITION, a changed one keeps its place. */
  position: number | null;
}

export type TermValidation = { ok: true; value: TaxonomyTermInput } | { ok: false; problems: FieldProblem[] };

export function validateTaxonomyTerm(body: unknown): TermValidation {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const problem = (path: string, code: ImportProblemCode, params: ProblemParams = {}) =>
    problems.push({ path, message: describeImportProblem(code, params), code, params });
  const text = (field: string, max: number, required: boolean): string => {
    const v = b[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (required) problem(field, 'required');
      return '';
    }
    if (typeof v !== 'string') {
      problem(field, 'not-text');
      return '';
    }
    const trimmed = v.trim();
    if (trimmed.length > max) problem(field, 'too-long', { max });
    return trimmed;
  };
  const rawCode = b.code;
  let code = '';
  if (rawCode === undefined || rawCode === null || (typeof rawCode === 'string' && rawCode.trim() === ''))
    problem('code', 'required');
  else if (typeof rawCode !== 'string') problem('code', 'not-text');
  else {
    code = rawCode.trim();
    if (!TERM_CODE.test(code)) problem('code', 'not-term-code', { max: TERM_CODE_MAX });
  }
  const name = text('name', TERM_NAME_MAX, true);
  const description = text('description', TERM_DESCRIPTION_MAX, false);
  let position: number | null = null;
  if (b.position !== undefined && b.position !== null) {
    if (
      typeof b.position !== 'number' ||
      !Number.isInteger(b.position) ||
      b.position < 0 ||
      b.position > TERM_POSITION_MAX
    )
      problem('position', 'not-whole-number', { min: 0, max: TERM_POSITION_MAX });
    else position = b.position;
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { code, name, description, position } };
}
