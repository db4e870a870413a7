/**
 * Downloading an entry's file: through the one access path (../access/entry-access): the owner
 * always; others under an agreement in force that approved this version, or the cluster view,
 * and as the ISP decides (audited either way).
 */
import { findRegistryFile } from '@steward/db/repositories/registry';
import { decideEntryAccess } from '../access/entry-access';
import { ServiceError } from '../errors';
import { detectContentType } from '../uploads/content-type';
import type { Actor } from '../types';
import { decryptFile } from './crypto';
import type { RegistryDeps } from './deps';
import type { Download } from './types';
import { decisionBody } from './views';

export function createFileDownload(deps: RegistryDeps) {
  const { ctx, asActor } = deps;
  return {
    /** Downloads a file: the owner always; others only as the access path decides (audited either way). */
    async downloadFile(actor: Actor, entryId: string, fileId: string): Promise<Download> {
      const probe = await asActor(actor, async (tx) => {
        const f = await findRegistryFile(tx, entryId, fileId);
        return f?.keyId ?? null;
      });
      if (!probe) throw new ServiceError('not-found', `There is no file ${fileId} that you can see.`);
      const key = await deps.keys.keyById(probe);
      // A refusal is committed with its recorded decision, then thrown.
      const out = await asActor(actor, async (tx): Promise<Download | ServiceError> => {
        const entry = await deps.mustFind(tx, entryId);
        const file = await findRegistryFile(tx, entryId, fileId);
        if (!file) return new ServiceError('not-found', `There is no file ${fileId} that you can see.`);
        const access = await decideEntryAccess(tx, actor, entry, {
          form: 'download',
          today: deps.today(),
          now: ctx.clock(),
          fileId,
          target: { targetType: 'registry-file', targetId: fileId, organisationId: entry.organisationId },
        });
        if (!access.ok) return access.error;
        const { decision } = access;
        if (decision?.decision === 'deny') {
          return new ServiceError(
            'forbidden',
            `The ISP does not allow this download. ${decision.explanation}`,
            {
              decision: decisionBody(decision),
            },
          );
        }
        const bytes = decryptFile(key, file, entryId, file.version);
        return {
          name: file.name,
          // The server's own detection, also for files stored before it existed.
          contentType: detectContentType(file.name, bytes),
          bytes,
          decision: decision
            ? decisionBody(decision)
            : {
                decision: 'allow' as const,
                sensitivity: 'low' as const,
                rule: null,
                conditions: [],
                explanation: 'Your organisation owns this file.',
                why: [{ code: 'owner', params: {} }],
                ispVersion: 'owner',
                recipient: 'organisation' as const,
                sharing: null,
              },
        };
      });
      if (out instanceof ServiceError) throw out;
      return out;
    },
  };
}
