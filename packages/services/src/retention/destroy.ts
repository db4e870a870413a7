/**
 * Destruction of an approved, due schedule (the run and the owner's "destroy now"): the entry's
 * stored files and keys (crypto-shredding, tombstones), the audit, and a request to every
 * recipient of the data to destroy its copy.
 */
import type { Tx } from '@steward/db';
import { insertRegistryChange } from '@steward/db/repositories/registry';
import {
  destroyRegistryFile,
  insertRetentionCopyRequest,
  liveRegistryFilesWithKeys,
  updateRetentionSchedule,
  type RetentionScheduleRow,
} from '@steward/db/repositories/retention';
import { findAgreement, listAgreements } from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { insertNotice } from '../notifications/notices';
import type { Caller } from '../types';
import type { DestroyedFile, DestroyedSchedule } from './types';

/**
 * Destroys one approved, due schedule: the entry's stored files and keys, the schedule's
 * tombstone and audit entry, and a request to every recipient organisation of the data (the
 * agreement itself, or every agreement on the entry) to destroy its copy and confirm.
 */
export async function destroySchedule(
  tx: Tx,
  s: RetentionScheduleRow,
  now: Date,
  caller: Caller,
): Promise<DestroyedSchedule> {
  const files = await destroyEntryFiles(tx, s, false, now, caller);
  await updateRetentionSchedule(tx, s.id, { destroyedAt: now, updatedAt: now });
  await appendAuditAs(tx, now, caller, {
    action: 'retention.destroyed',
    targetType: s.registryEntryId ? 'registry-entry' : 'agreement',
    targetId: s.registryEntryId ?? s.agreementId,
    organisationId: s.organisationId,
    details: {
      scheduleId: s.id,
      files: files.length,
      sha256: files.map((f) => f.sha256),
      method: s.destructionMethod,
      approvedBy: s.approvedBy,
    },
  });
  const shared = s.agreementId
    ? [await findAgreement(tx, s.agreementId)]
    : (await listAgreements(tx)).filter((a) => a.registryEntryId === s.registryEntryId);
  for (const a of shared) {
    if (!a?.recipientOrganisationId || a.recipientOrganisationId === s.organisationId) continue;
    const asked = await insertRetentionCopyRequest(tx, {
      scheduleId: s.id,
      agreementId: a.id,
      ownerOrganisationId: s.organisationId,
      recipientOrganisationId: a.recipientOrganisationId,
      requestedAt: now,
    });
    if (!asked) continue;
    await insertNotice(
      tx,
      {
        organisationId: a.recipientOrganisationId,
        kind: 'retention-destroy-copy',
        params: { reference: a.reference, method: s.destructionMethod },
        link: '/retention',
      },
      now,
    );
    await appendAuditAs(tx, now, caller, {
      action: 'retention.copy-requested',
      targetType: 'agreement',
      targetId: a.id,
      organisationId: s.organisationId,
      details: { scheduleId: s.id, recipientOrganisationId: a.recipientOrganisationId },
    });
  }
  return {
    scheduleId: s.id,
    organisationId: s.organisationId,
    registryEntryId: s.registryEntryId,
    agreementId: s.agreementId,
    method: s.destructionMethod,
    files,
  };
}

/**
 * The entry's live files, destroyed (ciphertext and wrapped key, one audit entry each, one
 * history change) unless `dryRun`, which only lists them.
 */
export async function destroyEntryFiles(
  tx: Tx,
  s: RetentionScheduleRow,
  dryRun: boolean,
  now: Date,
  caller: Caller,
): Promise<DestroyedFile[]> {
  if (!s.registryEntryId) return [];
  const files = await liveRegistryFilesWithKeys(tx, s.registryEntryId);
  const out: DestroyedFile[] = [];
  for (const f of files) {
    if (!dryRun) {
      if (!(await destroyRegistryFile(tx, f.id, now, s.approvedBy))) continue;
      await appendAuditAs(tx, now, caller, {
        action: 'retention.file-destroyed',
        targetType: 'registry-file',
        targetId: f.id,
        organisationId: s.organisationId,
        details: {
          entryId: s.registryEntryId,
          version: f.version,
          sha256: f.sha256,
          size: f.size,
          method: s.destructionMethod,
          scheduleId: s.id,
          approvedBy: s.approvedBy,
          dueOn: s.dueOn,
        },
      });
    }
    out.push({
      fileId: f.id,
      name: f.name,
      version: f.version,
      sha256: f.sha256,
      size: f.size,
      keyDestroyed: f.hasDataKey,
    });
  }
  if (!dryRun && out.length > 0) {
    await insertRegistryChange(tx, {
      entryId: s.registryEntryId,
      organisationId: s.organisationId,
      at: now,
      actorUserId: caller.via === 'system' ? null : caller.userId,
      actorName: caller.via === 'system' ? 'Retention run' : caller.displayName,
      action: 'files-destroyed',
      changes: out.map((f) => ({
        field: 'files',
        from: `${f.name} (version ${f.version})`,
        to: 'destroyed',
      })),
    });
  }
  return out;
}
