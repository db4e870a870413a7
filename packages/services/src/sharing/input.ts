/** Reading the sharing service's request bodies: field errors with the path, and one "not found". */
import { ServiceError } from '../errors';
import { validateEmail } from '../util';

/** A request body, checked: what a member or an outside requester asks for. */
export interface RequestBody {
  registryEntryId: string;
  purpose: string;
  intendedUse: string;
  recipients: string;
  requestedDurationDays: number;
  contactEmail: string;
}

/** An entry that does not exist, is not shared, or that the catalogue hides: one answer for all. */
export function noSharedEntry(): ServiceError {
  return new ServiceError(
    'not-found',
    'There is no registry entry with this id that is shared with the cluster.',
    {
      fields: [{ path: 'registryEntryId', message: 'No shared registry entry has this id' }],
    },
  );
}

export const fieldError = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

export function text(input: Record<string, unknown>, path: string, max: number, min = 1): string {
  const v = input[path];
  if (typeof v !== 'string' || v.trim().length < min)
    throw fieldError(path, min > 1 ? `at least ${min} characters` : 'Required');
  if (v.trim().length > max) throw fieldError(path, `at most ${max} characters`);
  return v.trim();
}

export function requestBody(input: unknown): RequestBody {
  if (typeof input !== 'object' || input === null) throw fieldError('(body)', 'must be an object');
  const o = input as Record<string, unknown>;
  const registryEntryId = text(o, 'registryEntryId', 64);
  if (!/^[0-9a-f-]{36}$/i.test(registryEntryId))
    throw fieldError('registryEntryId', 'not a registry entry id');
  const days = o.requestedDurationDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 1095) {
    throw fieldError('requestedDurationDays', 'a whole number of days from 1 to 1095');
  }
  let contactEmail: string;
  try {
    contactEmail = validateEmail(String(o.contactEmail ?? ''));
  } catch {
    throw fieldError('contactEmail', 'not a valid e-mail address');
  }
  return {
    registryEntryId,
    purpose: text(o, 'purpose', 2000, 10),
    intendedUse: text(o, 'intendedUse', 2000, 10),
    recipients: text(o, 'recipients', 1000),
    requestedDurationDays: days,
    contactEmail,
  };
}
