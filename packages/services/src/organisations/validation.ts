/**
 * Checks of an organisation's directory entry (name, acronym, type), each failure a `validation`
 * error naming its field. The acronym is how people and referrals name the organisation: letters
 * and digits (any script) with `-`, `.`, `&`, `/` or `'` inside, no spaces.
 */
import { ORGANISATION_TYPES, type OrganisationType } from '@steward/db';
import { ServiceError } from '../errors';

export const NAME_MAX = 200;
export const ACRONYM_MAX = 30;
/** Letters/digits first and last; `- . & / '` allowed between; no spaces or control characters. */
export const ACRONYM_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N}\-.&/']*[\p{L}\p{N}.])?$/u;

export function checkName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name || name.length > NAME_MAX || /\p{Cc}/u.test(name))
    throw new ServiceError('validation', `name: required, at most ${NAME_MAX} characters`, {
      field: 'name',
      rule: 'name',
    });
  return name;
}

export function checkAcronym(value: unknown): string {
  const acronym = typeof value === 'string' ? value.trim() : '';
  if (!acronym || acronym.length > ACRONYM_MAX)
    throw new ServiceError('validation', `acronym: required, at most ${ACRONYM_MAX} characters`, {
      field: 'acronym',
      rule: 'acronym-length',
    });
  if (!ACRONYM_PATTERN.test(acronym))
    throw new ServiceError(
      'validation',
      "acronym: letters and digits, with - . & / ' between them; no spaces",
      { field: 'acronym', rule: 'acronym-format' },
    );
  return acronym;
}

export function checkType(value: unknown): OrganisationType {
  if (!(ORGANISATION_TYPES as readonly unknown[]).includes(value))
    throw new ServiceError('validation', `type: one of ${ORGANISATION_TYPES.join(', ')}`, {
      field: 'type',
      rule: 'type',
    });
  return value as OrganisationType;
}
