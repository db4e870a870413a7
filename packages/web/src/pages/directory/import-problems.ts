/**
 * A refused HSDS import's problems in the user's language (issue 9): the server gives each one a
 * stable code + params (core/directory/import-problems.ts) beside its English sentence.
 */
import type { FieldError } from '../../api/api-error';
import type { Translator } from '../../i18n/locales';

type Problem = FieldError;

/**
 * A refused import's problem in the user's language: its code + params
 * (core/directory/import-problems.ts); the server's English sentence for a code not known here.
 */
export function problemText(t: Translator, p: Problem): string {
  if (!p.code) return p.message;
  const params = Object.fromEntries(
    Object.entries(p.params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? t.number(v) : v]),
  );
  return t.tryT(`dir.import.problem.${p.code}`, params) ?? p.message;
}

/** Where a problem is: a package's file, row and column in the user's language, else its path. */
export function problemPlace(t: Translator, p: Problem): string {
  const file = p.params?.file;
  if (typeof file !== 'string') return p.path;
  const row = p.params?.row;
  const column = p.params?.column;
  const at = { file, row: typeof row === 'number' ? t.number(row) : String(row), column: String(column) };
  if (row !== undefined && column !== undefined) return t.t('dir.import.at.fileRowColumn', at);
  if (row !== undefined) return t.t('dir.import.at.fileRow', at);
  if (column !== undefined) return t.t('dir.import.at.fileColumn', at);
  return file;
}
