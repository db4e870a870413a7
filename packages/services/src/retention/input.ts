/** Checks of the retention bodies: a schedule, and the method of a confirmed copy destruction. */
import { RETENTION_TRIGGERS, type RetentionTrigger } from '@steward/core/retention/index';
import { ServiceError } from '../errors';
import { isIsoDate } from '../registry/validation';

export const fieldError = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

/** A checked schedule body: an entry or an agreement, the period, trigger and method. */
export interface ScheduleInput {
  registryEntryId: string | null;
  agreementId: string | null;
  periodMonths: number;
  trigger: RetentionTrigger;
  triggerOn: string;
  destructionMethod: string;
}

export function scheduleInput(input: unknown): ScheduleInput {
  if (typeof input !== 'object' || input === null) throw fieldError('(body)', 'must be an object');
  const o = input as Record<string, unknown>;
  const entry = typeof o.registryEntryId === 'string' ? o.registryEntryId : null;
  const agreement = typeof o.agreementId === 'string' ? o.agreementId : null;
  if ((entry === null) === (agreement === null))
    throw fieldError('registryEntryId', 'give a registry entry or an agreement');
  const months = o.periodMonths;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 0 || months > 1200)
    throw fieldError('periodMonths', 'a whole number of months from 0 to 1200');
  if (typeof o.trigger !== 'string' || !(RETENTION_TRIGGERS as readonly string[]).includes(o.trigger))
    throw fieldError('trigger', RETENTION_TRIGGERS.join(', '));
  if (typeof o.triggerOn !== 'string' || !isIsoDate(o.triggerOn))
    throw fieldError('triggerOn', 'a date YYYY-MM-DD');
  const method = typeof o.destructionMethod === 'string' ? o.destructionMethod.trim() : '';
  if (!method || method.length > 500)
    throw fieldError('destructionMethod', 'Required (at most 500 characters)');
  return {
    registryEntryId: entry,
    agreementId: agreement,
    periodMonths: months,
    trigger: o.trigger as RetentionTrigger,
    triggerOn: o.triggerOn,
    destructionMethod: method,
  };
}

/** The method a recipient says it used to destroy its copy (required, at most 500 characters). */
export function copyMethodInput(input: unknown): string {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const method = typeof o.method === 'string' ? o.method.trim() : '';
  if (!method || method.length > 500) throw fieldError('method', 'Required (at most 500 characters)');
  return method;
}
