/**
 * KoboToolbox imports' mapping step: the organisation's remembered mapping for a framework, and
 * the inspection of an export (read in the parse worker). Nothing is stored here.
 */
import { parseKoboMapping, type KoboMapping } from '@steward/core/reporting/index';
import { findImportMapping } from '@steward/db/repositories/reporting';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import { sharedParsePool } from '../uploads/parse-pool';
import { checkFileBytes, readError } from '../uploads/read-errors';
import { mustFindFramework } from './frameworks';
import { nothingImported } from './import-problems';
import type { KoboInspectJob, KoboInspection } from './kobo';
import type { ReportDeps } from './report-deps';

export interface KoboInspectInput {
  framework: string;
  name: string;
  bytes: Uint8Array;
}

export interface ReportKobo {
  /** The organisation's remembered KoboToolbox mapping for a framework, or null. */
  koboMapping(actor: Actor, framework: string): Promise<KoboMapping | null>;
  /**
   * Reads a KoboToolbox export for the mapping step: its columns (with the distinct answers of
   * columns that have few, as select_one fields do), Kobo's own columns, and a proposed mapping —
   * the remembered one first, then common field names. Nothing is stored.
   */
  inspectKobo(actor: Actor, input: KoboInspectInput): Promise<KoboInspection>;
}

export function createReportKobo(deps: ReportDeps): ReportKobo {
  const { asActor } = deps;
  return {
    async koboMapping(actor: Actor, framework: string): Promise<KoboMapping | null> {
      const organisationId = requireRole(actor, DATA_MANAGER_ROLES, 'report for the organisation');
      return asActor(actor, async (tx) => {
        const fw = await mustFindFramework(tx, framework);
        const raw = await findImportMapping(tx, organisationId, fw.id, 'kobo');
        if (raw === null) return null;
        const checked = parseKoboMapping(raw, fw);
        return checked.ok ? checked.value : null;
      });
    },

    async inspectKobo(
      actor: Actor,
      input: { framework: string; name: string; bytes: Uint8Array },
    ): Promise<KoboInspection> {
      const organisationId = requireRole(actor, DATA_MANAGER_ROLES, 'report for the organisation');
      checkFileBytes(input.name, input.bytes.length);
      // What the inspection needs from the database first (a short transaction); reading the
      // export and inspecting its rows run in the parse worker (issue 7: the server keeps answering).
      let lookupError: ServiceError | null = null;
      let context: KoboInspectJob['context'] = null;
      try {
        context = await asActor(actor, async (tx) => {
          const fw = await mustFindFramework(tx, input.framework);
          const raw = await findImportMapping(tx, organisationId, fw.id, 'kobo');
          const remembered = raw === null ? null : parseKoboMapping(raw, fw);
          return { framework: fw, remembered: remembered?.ok ? remembered.value : null };
        });
      } catch (error) {
        // The file is read first (its read errors and repeat groups come first), the lookup's error after.
        if (!(error instanceof ServiceError)) throw error;
        lookupError = error;
      }
      const parsed = await sharedParsePool().run({
        task: 'kobo-inspect',
        name: input.name,
        bytes: input.bytes,
        context,
      });
      if (parsed.kind === 'read-error') throw readError(parsed.error);
      if (parsed.kind === 'problems') throw nothingImported(input.name, parsed.problems, parsed.total);
      if (parsed.kind === 'no-context') throw lookupError ?? new Error('inspectKobo: no context');
      return parsed.inspection;
    },
  };
}
