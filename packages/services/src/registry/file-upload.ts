/** Attaching a file to an entry: a new version, encrypted at rest, scanned, quarantined when undeclared identifiers are found. */
import { createHash } from 'node:crypto';
import { insertRegistryFile, nextRegistryFileVersion } from '@steward/db/repositories/registry';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { detectContentType } from '../uploads/content-type';
import { checkFileBytes } from '../uploads/read-errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import { encryptFile } from './crypto';
import type { RegistryDeps } from './deps';
import { quarantineOf } from './files';
import type { FileInfo, UploadedFile } from './types';
import { fileInfo } from './views';

export function createFileUpload(deps: RegistryDeps) {
  const { ctx, asActor } = deps;
  return {
    /**
     * Stores a new file version, encrypted, scanned (in the parse worker); quarantined when
     * undeclared identifiers are found or the scanner cannot read it. The stored content type is
     * the server's own detection, never the one the uploader sent.
     */
    async uploadFile(actor: Actor, entryId: string, file: UploadedFile): Promise<FileInfo> {
      requireRole(actor, DATA_MANAGER_ROLES, 'attach files');
      const name = file.name.trim().replace(/[\\/]/g, '_').slice(0, 200);
      if (!name)
        throw new ServiceError('validation', 'file: the file needs a name', {
          fields: [{ path: 'file', message: 'The file needs a name' }],
        });
      if (file.bytes.length === 0)
        throw new ServiceError('validation', `file: "${name}" is empty`, {
          fields: [{ path: 'file', message: 'The file is empty' }],
        });
      checkFileBytes(name, file.bytes.length);
      const key = await deps.keys.currentKey();
      const scan = await deps.parse.run({ task: 'scan', name, bytes: file.bytes });
      return asActor(actor, async (tx) => {
        const entry = await deps.mustFind(tx, entryId);
        deps.requireOwner(actor, entry, 'attach files to this entry');
        const version = await nextRegistryFileVersion(tx, entryId);
        const held = quarantineOf(scan, entry);
        const enc = encryptFile(key, ctx.randomBytes(12), entryId, version, file.bytes, ctx.randomBytes(32));
        const now = ctx.clock();
        const row = await insertRegistryFile(tx, {
          entryId,
          organisationId: entry.organisationId,
          name,
          contentType: detectContentType(name, file.bytes),
          size: file.bytes.length,
          version,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          uploadedAt: now,
          uploadedBy: actor.userId,
          findings: scan.findings,
          ...held,
          ...enc,
        });
        await deps.writeHistory(tx, actor, entry, 'file-uploaded', [
          { field: 'files', from: null, to: `${name} (version ${version})` },
        ]);
        await appendAuditAs(tx, now, actor, {
          action: 'registry.file-uploaded',
          targetType: 'registry-file',
          targetId: row.id,
          organisationId: entry.organisationId,
          details: {
            entryId,
            version,
            quarantined: row.quarantined,
            findings: scan.findings.length,
            undeclared: held.undeclared.length,
            scanProblem: held.scanProblem?.code ?? null,
          },
        });
        return fileInfo(row);
      });
    },
  };
}
