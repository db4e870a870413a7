/** The owner releases a quarantined file: declare the findings on the entry, or accept with a justification. */
import { findRegistryFile, updateRegistryEntry, updateRegistryFile } from '@steward/db/repositories/registry';
import type { RegistryEntryRow } from '@steward/db/repositories/registry';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { RegistryDeps } from './deps';
import { flagsDeclaring } from './files';
import type { FileInfo } from './types';
import { fileInfo } from './views';

export interface ReleaseInput {
  action: unknown;
  justification?: unknown;
}

export function createFileRelease(deps: RegistryDeps) {
  const { ctx, asActor } = deps;
  return {
    /** The owner releases a quarantined file: declare the findings on the entry, or accept with a justification. */
    async confirmFile(actor: Actor, entryId: string, fileId: string, input: ReleaseInput): Promise<FileInfo> {
      requireRole(actor, DATA_MANAGER_ROLES, 'release quarantined files');
      if (input.action !== 'declare' && input.action !== 'accept') {
        throw new ServiceError('validation', 'action: must be "declare" or "accept"', {
          fields: [{ path: 'action', message: 'must be "declare" or "accept"' }],
        });
      }
      const justification = typeof input.justification === 'string' ? input.justification.trim() : '';
      if (input.action === 'accept' && justification.length < 10) {
        throw new ServiceError(
          'validation',
          'justification: explain in at least 10 characters why the columns are acceptable',
          {
            fields: [
              {
                path: 'justification',
                message: 'Explain in at least 10 characters why the columns are acceptable',
              },
            ],
          },
        );
      }
      return asActor(actor, async (tx) => {
        const entry = await deps.mustFind(tx, entryId);
        deps.requireOwner(actor, entry, 'release this file');
        const file = await findRegistryFile(tx, entryId, fileId);
        if (!file) throw new ServiceError('not-found', `There is no file ${fileId} on this entry.`);
        const now = ctx.clock();
        if (input.action === 'declare' && file.scanProblem && file.undeclared.length === 0) {
          throw new ServiceError(
            'validation',
            'action: the scanner could not read this file, so there is nothing to declare; accept it with a justification',
            {
              fields: [
                {
                  path: 'action',
                  message: 'The scanner could not read this file: accept it with a justification',
                },
              ],
              scanProblem: file.scanProblem.code,
            },
          );
        }
        if (input.action === 'declare') {
          const flags = flagsDeclaring(file.findings.filter((f) => file.undeclared.includes(f.column)));
          if (flags.containsPersonalData && !entry.legalBasis) {
            throw new ServiceError(
              'validation',
              'legalBasis: the file holds personal data; set the legal basis of the entry first',
              {
                fields: [
                  { path: 'legalBasis', message: 'Set the legal basis first: the file holds personal data' },
                ],
              },
            );
          }
          const changes = Object.entries(flags)
            .filter(([f]) => entry[f as keyof RegistryEntryRow] !== true)
            .map(([field]) => ({ field, from: false, to: true }));
          if (changes.length > 0) {
            const updated = (await updateRegistryEntry(tx, entryId, {
              ...flags,
              version: entry.version + 1,
              updatedAt: now,
            }))!;
            await deps.writeHistory(tx, actor, updated, 'declared-from-file', changes);
          }
        }
        const released = (await updateRegistryFile(tx, fileId, {
          quarantined: false,
          undeclared: [],
          acceptedAt: now,
          acceptedBy: actor.userId,
          justification: input.action === 'accept' ? justification : 'Declared on the entry',
        }))!;
        await appendAuditAs(tx, now, actor, {
          action: 'registry.file-released',
          targetType: 'registry-file',
          targetId: fileId,
          organisationId: entry.organisationId,
          details: { how: input.action },
        });
        return fileInfo(released);
      });
    },
  };
}
