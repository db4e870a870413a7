/** Downloading an entry's file: the owner always; others only as the ISP decides (audited either way). */
import type { IspDecision } from '@steward/core/isp/index';
import { findRegistryFile } from '@steward/db/repositories/registry';
import { listRecipientAgreements } from '@steward/db/repositories/sharing';
import { ServiceError } from '../errors';
import { decideEntryAndRecord, recordOwnerRelease } from '../isp/decision-point';
import { isClusterActor, requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import { decryptFile } from './crypto';
import type { RegistryDeps } from './deps';
import type { Download } from './types';
import { decisionBody } from './views';

export function createFileDownload(deps: RegistryDeps) {
  const { ctx, asActor } = deps;
  return {
    /** Downloads a file: the owner always; others only as the ISP decides (audited either way). */
    async downloadFile(actor: Actor, entryId: string, fileId: string): Promise<Download> {
      const probe = await asActor(actor, async (tx) => {
        const f = await findRegistryFile(tx, entryId, fileId);
        return f?.keyId ?? null;
      });
      if (!probe) throw new ServiceError('not-found', `There is no file ${fileId} that you can see.`);
      const key = await deps.keys.keyById(probe);
      // A denial is committed with its recorded decision, then thrown.
      const out = await asActor(actor, async (tx): Promise<Download | ServiceError> => {
        const entry = await deps.mustFind(tx, entryId);
        const file = (await findRegistryFile(tx, entryId, fileId))!;
        const now = ctx.clock();
        const target = {
          targetType: 'registry-file',
          targetId: fileId,
          organisationId: entry.organisationId,
        };
        let decision: IspDecision | null = null;
        if (entry.organisationId === actor.activeOrganisationId) {
          await recordOwnerRelease(tx, now, actor, target, 'download');
        } else {
          const org = requireActiveOrganisation(actor);
          const agreements = await listRecipientAgreements(tx, entryId, org);
          const t = deps.today();
          const active = agreements.some((a) => a.startsOn <= t && t <= a.expiresOn);
          decision = await decideEntryAndRecord(tx, now, actor, entry, {
            recipient: active ? 'bilateral' : isClusterActor(actor) ? 'cluster' : 'organisation',
            form: 'download',
            activeAgreement: active,
            target,
          });
          if (decision.decision === 'deny') {
            return new ServiceError(
              'forbidden',
              `The ISP does not allow this download. ${decision.explanation}`,
              {
                decision: decisionBody(decision),
              },
            );
          }
        }
        const bytes = decryptFile(key, file, entryId, file.version);
        return {
          name: file.name,
          contentType: file.contentType,
          bytes,
          decision: decision
            ? decisionBody(decision)
            : {
                decision: 'allow' as const,
                sensitivity: 'low' as const,
                rule: null,
                conditions: [],
                explanation: 'Your organisation owns this file.',
                ispVersion: 'owner',
              },
        };
      });
      if (out instanceof ServiceError) throw out;
      return out;
    },
  };
}
