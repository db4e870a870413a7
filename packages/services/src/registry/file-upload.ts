/** Attaching a file to an entry: a new version, encrypted at rest, scanned, quarantined when undeclared identifiers are found. */
import { createHash } from 'node:crypto';
import { insertRegistryFile, nextRegistryFileVersion } from '@steward/db/repositories/registry';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import { encryptFile } from './crypto';
import type { RegistryDeps } from './deps';
import { scanFile, undeclaredColumns } from './files';
import { MAX_FILE_BYTES, type FileInfo, type UploadedFile } from './types';
import { fileInfo } from './views';

export function createFileUpload(deps: RegistryDeps) {
  const { ctx, asActor } = deps;
  return {
    /** Stores a new file version, encrypted, scanned; quarantined when undeclared identifiers are found. */
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
      if (file.bytes.length > MAX_FILE_BYTES)
        throw new ServiceError('payload-too-large', `"${name}" is larger than 25 MB.`);
      const key = await deps.keys.currentKey();
      const scan = await scanFile(name, file.bytes);
      return asActor(actor, async (tx) => {
        const entry = await deps.mustFind(tx, entryId);
        deps.requireOwner(actor, entry, 'attach files to this entry');
        const version = await nextRegistryFileVersion(tx, entryId);
        const undeclared = undeclaredColumns(scan.findings, entry);
        const enc = encryptFile(key, ctx.randomBytes(12), entryId, version, file.bytes);
        const now = ctx.clock();
        const row = await insertRegistryFile(tx, {
          entryId,
          organisationId: entry.organisationId,
          name,
          contentType: file.contentType || 'application/octet-stream',
          size: file.bytes.length,
          version,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          uploadedAt: now,
          uploadedBy: actor.userId,
          quarantined: undeclared.length > 0,
          findings: scan.findings,
          undeclared,
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
            undeclared: undeclared.length,
          },
        });
        return fileInfo(row);
      });
    },
  };
}
