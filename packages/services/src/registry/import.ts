/**
 * Registry import from CSV/XLSX (one row per entry, the RegistryInput field names as headers; data
 * types separated by ";"). All or nothing: any error → nothing imported, every error named by row
 * and column.
 */
import { cellText } from '@steward/core/sdc/dataset';
import { readCsvBytes, readXlsx } from '@steward/core/sdc/io/index';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { RegistryDeps } from './deps';
import { REGISTRY_FIELDS, validateRegistryInput, type FieldProblem, type RegistryInput } from './validation';

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
      const lower = file.name.toLowerCase();
      const read = lower.endsWith('.xlsx')
        ? await readXlsx(file.bytes, { file: file.name })
        : readCsvBytes(file.bytes, { file: file.name });
      if (!read.ok)
        throw new ServiceError('validation', read.error.message, {
          fields: [{ path: 'file', message: read.error.message }],
        });
      const ds = read.dataset;
      const problems: FieldProblem[] = [];
      const known = new Set<string>([...REGISTRY_FIELDS, 'id', 'organisation', 'sensitivity', 'updatedAt']);
      for (const c of ds.columns)
        if (!known.has(c.name))
          problems.push({
            path: `column ${c.name}`,
            message: `Unknown column. Valid columns: ${REGISTRY_FIELDS.join(', ')}`,
          });
      const values: RegistryInput[] = [];
      for (let r = 0; r < ds.rowCount; r++) {
        const record: Record<string, string> = {};
        for (const c of ds.columns)
          if ((REGISTRY_FIELDS as readonly string[]).includes(c.name)) record[c.name] = cellText(c, r) ?? '';
        const v = validateRegistryInput(record, { lenientText: true });
        // Row numbers as a spreadsheet shows them: the header is row 1.
        if (!v.ok)
          for (const p of v.problems)
            problems.push({ path: `row ${r + 2}, column ${p.path}`, message: p.message });
        else values.push(v.value as RegistryInput);
      }
      if (ds.rowCount === 0) problems.push({ path: 'file', message: 'The file has no rows' });
      if (problems.length > 0) {
        throw new ServiceError(
          'validation',
          `Nothing was imported: ${problems.length} problem(s) in "${file.name}".`,
          {
            fields: problems.slice(0, 200),
          },
        );
      }
      return asActor(actor, async (tx) => {
        for (const v of values) await deps.createEntry(tx, actor, organisationId, v);
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
