/**
 * Registry import from CSV/XLSX (one row per entry, the RegistryInput field names as headers; data
 * types separated by ";"). All or nothing: any error → nothing imported, every error named by row
 * and column (the first UPLOAD_LIMITS.errorsKept, and how many more). Reading and validating run
 * in the parse worker (import-parse.ts), within the upload limits; only the inserts run here.
 */
import { UPLOAD_LIMITS } from '@steward/core/limits';
import { appendAuditAs } from '../audit';
import { loadActiveIsp } from '../isp/decision-point';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import { checkFileBytes, readError } from '../uploads/read-errors';
import type { RegistryDeps } from './deps';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportResult {
  created: number;
}

export function createRegistryImport(deps: RegistryDeps) {
  const { ctx, asActor } = deps;
  return {
    /**
     * Imports entries from CSV/XLSX (one row per entry, the RegistryInput field names as headers;
     * data types separated by ";"). All or nothing: any error → nothing imported, every error
     * named by row and column.
     */
    async importRegistry(actor: Actor, file: ImportFile): Promise<ImportResult> {
      const organisationId = requireRole(actor, DATA_MANAGER_ROLES, 'import registry entries');
      checkFileBytes(file.name, file.bytes.length);
      const parsed = await deps.parse.run({ task: 'registry-import', name: file.name, bytes: file.bytes });
      if (parsed.kind === 'read-error') throw readError(parsed.error);
      if (parsed.kind === 'problems') {
        const more = parsed.total - parsed.problems.length;
        throw new ServiceError(
          'validation',
          `Nothing was imported: ${parsed.total} problem(s) in "${file.name}"` +
            (more > 0 ? `; the first ${parsed.problems.length} are listed, ${more} more are not.` : '.'),
          {
            fields: parsed.problems,
            problemCount: parsed.total,
            moreProblems: more,
            ...(more > 0 ? { limit: 'errorsKept', max: UPLOAD_LIMITS.errorsKept } : {}),
          },
        );
      }
      const values = parsed.values;
      return asActor(actor, async (tx) => {
        const isp = await loadActiveIsp(tx);
        for (const v of values) await deps.createEntry(tx, actor, organisationId, v, isp);
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'registry.imported',
          targetType: 'registry',
          targetId: null,
          organisationId,
          details: { created: values.length },
        });
        return { created: values.length };
      });
    },
  };
}
