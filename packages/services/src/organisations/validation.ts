/**
 * Checks of an organisation's directory entry (name, acronym, type), each failure a `validation`
 * error naming its field and the rule (@steward/core/organisations/directory-entry, which the web
 * form uses too).
 */
import {
  acronymProblem,
  nameProblem,
  ORGANISATION_ACRONYM_MAX,
  ORGANISATION_NAME_MAX,
} from '@steward/core/organisations/directory-entry';
import { ORGANISATION_TYPES, type OrganisationType } from '@steward/db';
import { ServiceError } from '../errors';

export function checkName(value: unknown): string {
  const name = typeof value === 'string' ? value : '';
  if (nameProblem(name))
    throw new ServiceError('validation', `name: required, at most ${ORGANISATION_NAME_MAX} characters`, {
      field: 'name',
      rule: 'name',
    });
  return name.trim();
}

export function checkAcronym(value: unknown): string {
  const acronym = typeof value === 'string' ? value : '';
  const problem = acronymProblem(acronym);
  if (problem === 'acronym-length')
    throw new ServiceError(
      'validation',
      `acronym: required, at most ${ORGANISATION_ACRONYM_MAX} characters`,
      {
        field: 'acronym',
        rule: problem,
      },
    );
  if (problem)
    throw new ServiceError(
      'validation',
      "acronym: letters and digits, with - . & / ' between them; no spaces",
      { field: 'acronym', rule: problem },
    );
  return acronym.trim();
}

export function checkType(value: unknown): OrganisationType {
  if (!(ORGANISATION_TYPES as readonly unknown[]).includes(value))
    throw new ServiceError('validation', `type: one of ${ORGANISATION_TYPES.join(', ')}`, {
      field: 'type',
      rule: 'type',
    });
  return value as OrganisationType;
}
