/** Reading an approval: conditions, the agreement's dates, later versions, the DIA, signatories. */
import type { AgreementRow } from '@steward/db/repositories/sharing';
import { isIsoDate } from '../registry/validation';
import { fieldError } from './input';

/** An approval body, checked. */
export interface ApprovalInput {
  /** The provider's own conditions (untrimmed), added to the ISP's. */
  conditions: string[];
  startsOn: string;
  expiresOn: string;
  includesLaterVersions: boolean;
  /** The provider's DIA named to cover a new partner flow (null: one linking the entry, if any). */
  assessmentId: string | null;
  signatories: AgreementRow['signatories'];
}

/** Checks an approval body; `today` (YYYY-MM-DD): an agreement may not end in the past. */
export function approvalInput(input: unknown, today: string): ApprovalInput {
  if (typeof input !== 'object' || input === null) throw fieldError('(body)', 'must be an object');
  const o = input as Record<string, unknown>;
  const conditions = o.conditions ?? [];
  if (!Array.isArray(conditions) || conditions.some((c) => typeof c !== 'string' || !c.trim()))
    throw fieldError('conditions', 'a list of non-empty texts');
  for (const k of ['startsOn', 'expiresOn'] as const) {
    if (typeof o[k] !== 'string' || !isIsoDate(o[k] as string))
      throw fieldError(k, 'must be a date YYYY-MM-DD');
  }
  const startsOn = o.startsOn as string;
  const expiresOn = o.expiresOn as string;
  if (expiresOn < startsOn) throw fieldError('expiresOn', 'must be on or after startsOn');
  // An agreement that is over before it is made gives no access: refuse it rather than record it.
  if (expiresOn < today) throw fieldError('expiresOn', `must not be in the past (today is ${today})`);
  const includesLaterVersions = o.includesLaterVersions ?? false;
  if (typeof includesLaterVersions !== 'boolean') throw fieldError('includesLaterVersions', 'true or false');
  const assessmentId = o.assessmentId ?? null;
  if (assessmentId !== null && (typeof assessmentId !== 'string' || !/^[0-9a-f-]{36}$/i.test(assessmentId)))
    throw fieldError('assessmentId', 'not an impact assessment id');
  const signatories = o.signatories;
  if (!Array.isArray(signatories) || signatories.length === 0)
    throw fieldError('signatories', 'at least one signatory (name, role, organisation, signedOn)');
  signatories.forEach((s: unknown, i) => {
    const r = (s ?? {}) as Record<string, unknown>;
    for (const k of ['name', 'role', 'organisation'] as const)
      if (typeof r[k] !== 'string' || !(r[k] as string).trim())
        throw fieldError(`signatories[${i}].${k}`, 'Required');
    if (typeof r.signedOn !== 'string' || !isIsoDate(r.signedOn))
      throw fieldError(`signatories[${i}].signedOn`, 'must be a date YYYY-MM-DD');
  });
  return {
    conditions: conditions as string[],
    startsOn,
    expiresOn,
    includesLaterVersions,
    assessmentId: assessmentId as string | null,
    signatories: signatories as AgreementRow['signatories'],
  };
}
