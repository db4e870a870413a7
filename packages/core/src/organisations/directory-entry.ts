/**
 * The rules of an organisation's directory entry, shared by the services (which decide) and the
 * web form (which says so before sending). The acronym is how people and referrals name the
 * organisation: letters and digits of any script, with `-`, `.`, `&`, `/` or `'` between them, no
 * spaces; unique whatever the letter case (the database decides that).
 */
export const ORGANISATION_NAME_MAX = 200;
export const ORGANISATION_ACRONYM_MAX = 30;

/** Letters/digits first; `- . & / '` allowed between; ends with a letter, digit or dot. */
export const ACRONYM_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N}\-.&/']*[\p{L}\p{N}.])?$/u;

export type NameProblem = 'name-required';
export type AcronymProblem = 'acronym-length' | 'acronym-format';

/** What is wrong with a name (trimmed first), or null. */
export function nameProblem(value: string): NameProblem | null {
  const name = value.trim();
  return !name || name.length > ORGANISATION_NAME_MAX || /\p{Cc}/u.test(name) ? 'name-required' : null;
}

/** What is wrong with an acronym (trimmed first), or null. */
export function acronymProblem(value: string): AcronymProblem | null {
  const acronym = value.trim();
  if (!acronym || acronym.length > ORGANISATION_ACRONYM_MAX) return 'acronym-length';
  return ACRONYM_PATTERN.test(acronym) ? null : 'acronym-format';
}
