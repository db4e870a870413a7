/**
 * The recipient downloads under an agreement: only while it is active, the file version it
 * approved (or the newest released one), through the one access path and the ISP decision point;
 * a refusal is recorded, then thrown. The file carries the agreement reference (agreement-file.ts).
 */
import { agreementStatus } from '@steward/core/sharing/access';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import { decideEntryAccess } from '../access/entry-access';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DECISION_AUDIT_ACTION } from '../isp/decision-point';
import { requireActiveOrganisation } from '../isp/roles';
import { decryptFile } from '../registry/crypto';
import { decisionBody } from '../registry/views';
import type { Actor } from '../types';
import { packageAgreementFile } from './agreement-file';
import type { SharingDeps } from './deps';
import type { AgreementDownload } from './types';

export interface SharingDownload {
  /**
   * The recipient downloads the asset's latest file while the agreement is active. Passes
   * through the ISP decision point; the file carries the agreement reference.
   */
  download(actor: Actor, id: string): Promise<AgreementDownload>;
}

export function createSharingDownload(deps: SharingDeps): SharingDownload {
  const { ctx, keys, asActor, today, mustFindAgreement, agreementFile } = deps;
  return {
    async download(actor, id) {
      const org = requireActiveOrganisation(actor);
      const keyId = await asActor(actor, async (tx) => {
        const a = await mustFindAgreement(tx, id);
        return (await agreementFile(tx, a))?.keyId ?? null;
      });
      const key = keyId ? await keys.keyById(keyId) : null;
      // A refusal is committed with its recorded decision, then thrown.
      const out = await asActor(actor, async (tx): Promise<AgreementDownload | ServiceError> => {
        const a = await mustFindAgreement(tx, id);
        if (a.recipientOrganisationId !== org)
          throw new ServiceError(
            'forbidden',
            'Only the recipient organisation downloads under this agreement.',
          );
        const status = agreementStatus(a, today());
        const now = ctx.clock();
        const target = { targetType: 'agreement', targetId: a.id, organisationId: a.providerOrganisationId };
        const entry = await findRegistryEntry(tx, a.registryEntryId);
        if (!entry) {
          // Expired or revoked: row-level security already hides the entry from the recipient.
          await appendAuditAs(tx, now, actor, {
            action: DECISION_AUDIT_ACTION,
            targetType: target.targetType,
            targetId: a.id,
            organisationId: a.providerOrganisationId,
            outcome: 'denied',
            details: {
              decision: 'deny',
              reason: status === 'active' ? 'entry-missing' : `agreement-${status}`,
              rule: null,
              form: 'download',
              recipient: 'bilateral',
            },
          });
          return status === 'active'
            ? new ServiceError('not-found', 'The registry entry of this agreement no longer exists.')
            : new ServiceError(
                'forbidden',
                `Agreement ${a.reference} is ${status}: downloads are not allowed.`,
                { reason: `agreement-${status}` },
              );
        }
        const file = await agreementFile(tx, a);
        // The one access path: this agreement in force, the file version it approved, the ISP.
        const access = await decideEntryAccess(tx, actor, entry, {
          form: 'download',
          today: today(),
          now,
          agreement: a,
          ...(file ? { fileId: file.id } : {}),
          target,
        });
        if (!access.ok) return access.error;
        const decision = access.decision!;
        if (decision.decision === 'deny')
          return new ServiceError(
            'forbidden',
            `The ISP does not allow this download. ${decision.explanation}`,
            { decision: decisionBody(decision) },
          );
        if (!file || !key)
          return new ServiceError(
            'not-found',
            a.fileId || a.includesLaterVersions
              ? 'The approved file is no longer available (deleted or quarantined by the provider).'
              : 'No file was attached to this entry when the agreement was approved: ask the provider to attach one and approve it.',
            { reason: a.fileId || a.includesLaterVersions ? 'file-unavailable' : 'no-file-approved' },
          );
        const plain = decryptFile(key, file, file.entryId, file.version);
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.agreement-download',
          targetType: 'registry-file',
          targetId: file.id,
          organisationId: a.providerOrganisationId,
          details: { agreementId: a.id, reference: a.reference },
        });
        const packaged = await packageAgreementFile(file, plain, {
          agreement: a.reference,
          agreementId: a.id,
          provider: a.providerOrganisationId,
          expiresOn: a.expiresOn,
          conditions: a.conditions,
        });
        return { ...packaged, decision: decisionBody(decision), reference: a.reference };
      });
      if (out instanceof ServiceError) throw out;
      return out;
    },
  };
}
