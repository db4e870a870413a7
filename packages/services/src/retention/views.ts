/** Row → view: a schedule (target named, status from today, tombstone, copies) and a copy. */
import { retentionStatus } from '@steward/core/retention/index';
import type { Tx } from '@steward/db';
import { findOrganisationById } from '@steward/db/repositories/organisations';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import {
  destroyedRegistryFiles,
  type RetentionCopyRow,
  type RetentionScheduleRow,
} from '@steward/db/repositories/retention';
import { findAgreement } from '@steward/db/repositories/sharing';
import type { RetentionCopyView, RetentionView } from './types';

async function targetTitle(tx: Tx, s: RetentionScheduleRow): Promise<string> {
  if (s.registryEntryId) return (await findRegistryEntry(tx, s.registryEntryId))?.title ?? '?';
  if (s.agreementId) return (await findAgreement(tx, s.agreementId))?.reference ?? '?';
  return '?';
}

async function acronymOf(tx: Tx, organisationId: string): Promise<string> {
  return (await findOrganisationById(tx, organisationId))?.acronym ?? '?';
}

export async function copyView(tx: Tx, c: RetentionCopyRow): Promise<RetentionCopyView> {
  return {
    id: c.id,
    scheduleId: c.scheduleId,
    agreementId: c.agreementId,
    agreementReference: (await findAgreement(tx, c.agreementId))?.reference ?? '?',
    owner: await acronymOf(tx, c.ownerOrganisationId),
    recipient: await acronymOf(tx, c.recipientOrganisationId),
    requestedAt: c.requestedAt.toISOString(),
    confirmedAt: c.confirmedAt?.toISOString() ?? null,
    method: c.method,
  };
}

/** A schedule, its status as of `today()` (YYYY-MM-DD), with those of `copies` that belong to it. */
export async function scheduleView(
  tx: Tx,
  today: () => string,
  s: RetentionScheduleRow,
  copies: RetentionCopyRow[] = [],
): Promise<RetentionView> {
  const tombstones =
    s.destroyedAt && s.registryEntryId ? await destroyedRegistryFiles(tx, s.registryEntryId) : [];
  return {
    id: s.id,
    registryEntryId: s.registryEntryId,
    agreementId: s.agreementId,
    target: await targetTitle(tx, s),
    periodMonths: s.periodMonths,
    trigger: s.trigger,
    triggerOn: s.triggerOn,
    dueOn: s.dueOn,
    destructionMethod: s.destructionMethod,
    status: retentionStatus(s, today()),
    approved: s.approvedAt !== null,
    approvedAt: s.approvedAt?.toISOString() ?? null,
    destroyedAt: s.destroyedAt?.toISOString() ?? null,
    destroyedFiles: tombstones,
    copies: await Promise.all(copies.filter((c) => c.scheduleId === s.id).map((c) => copyView(tx, c))),
  };
}
