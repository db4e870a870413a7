/** An import's problems (row, column, value) as lines, and the refusal that nothing was imported. */
import { UPLOAD_LIMITS } from '@steward/core/limits';
import type { UploadProblem } from '@steward/core/reporting/index';
import { ServiceError } from '../errors';

/** The problem as one line: `row N, column C: "value" — message`. */
export function problemLine(p: UploadProblem): string {
  const where = [p.row !== null ? `row ${p.row}` : null, p.column !== null ? `column ${p.column}` : null]
    .filter((x) => x !== null)
    .join(', ');
  return `${where || 'file'}${p.value !== null ? `: "${p.value}"` : ''} — ${p.message}`;
}

/** The refusal of a file with problems (row, column, value): nothing imported. */
export function nothingImported(name: string, all: readonly UploadProblem[], total: number): ServiceError {
  const problems = all.slice(0, UPLOAD_LIMITS.errorsKept);
  return new ServiceError('validation', `Nothing was imported: ${total} problem(s) in "${name}".`, {
    problems,
    lines: problems.map(problemLine),
    problemCount: total,
    moreProblems: total - problems.length,
  });
}
