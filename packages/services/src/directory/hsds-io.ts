/**
 * HSDS 3.0 export (every service the member can read, as the `/services` page) and import
 * (services of any HSDS document into the actor's organisation, all or nothing, with the path
 * and field of every problem). The export of other organisations' services goes through the ISP
 * ("service mapping" to cluster members), recorded in the audit log.
 */
import type { Tx } from '@steward/db';
import { findService, listTaxonomyTerms } from '@steward/db/repositories/directory';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { decideAndRecord } from '../isp/decision-point';
import type { Actor, Caller } from '../types';
import { allowed } from '../util';
import type { DirectoryDeps } from './deps';
import type { ImportAdjustment, ImportNote, NoServiceKind } from '@steward/core/directory/import-notes';
import { UPLOAD_LIMITS } from '@steward/core/limits';
import { checkFileBytes, limitExceeded, readError } from '../uploads/read-errors';
import { findHsdsServices, fromHsdsService, toHsdsPage, toHsdsService, type HsdsServiceFound } from './hsds';
import {
  importProblem,
  placeParams,
  placePath,
  type PackagePlace,
} from '@steward/core/directory/import-problems';
import { packagePlace } from './hsds-package-read';
import { hsdsCsvPackage } from './hsds-csv';
import { pointsForCluster, readViews, writeService } from './services';
import { validateService, validationError, type FieldProblem, type ServiceInput } from './validation';

/** At most this many services in one import (the limit `directoryImportServices`). */
export const MAX_IMPORT_SERVICES = UPLOAD_LIMITS.directoryImportServices;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ImportResult {
  created: number;
  updated: number;
  /** What the file held when it had no services (a location, a taxonomy): a code. */
  note?: ImportNote;
  /** What was adjusted (a location point out of range is dropped), by path: codes + params. */
  warnings?: ImportAdjustment[];
}

const noServices = (kind: NoServiceKind): ImportNote => ({ code: 'no-services', params: { kind } });

export function createHsdsIo(deps: DirectoryDeps) {
  const { ctx } = deps;
  const requireActor = (caller: Caller): Actor => {
    if (caller.via === 'system')
      throw new ServiceError('forbidden', 'The directory is used by signed-in members.');
    return caller;
  };

  const importer = (caller: Caller): { actor: Actor; org: string } => {
    const actor = requireActor(caller);
    const org = actor.activeOrganisationId;
    if (!org || !allowed(actor, 'registry.manage', org))
      throw new ServiceError(
        'forbidden',
        "Only your organisation's focal points and information managers import its services.",
      );
    return { actor, org };
  };

  /** Writes the services found, all or nothing; `where` names a problem's place in a package. */
  async function importFound(
    actor: Actor,
    org: string,
    found: HsdsServiceFound[],
    where: (path: string) => PackagePlace | undefined,
    readWarnings: ImportAdjustment[],
  ): Promise<ImportResult> {
    if (found.length === 0) return { created: 0, updated: 0, note: noServices('document') };
    if (found.length > MAX_IMPORT_SERVICES)
      throw limitExceeded(
        'directoryImportServices',
        MAX_IMPORT_SERVICES,
        `At most ${MAX_IMPORT_SERVICES} services in one import (the file has ${found.length}): limit "directoryImportServices" is ${MAX_IMPORT_SERVICES}.`,
      );
    const now = ctx.clock();
    // A package's problem names its file, row and column (path and params); a JSON file's its path.
    const located = (p: FieldProblem): FieldProblem => {
      const place = where(p.path);
      return place ? { ...p, path: placePath(place), params: { ...p.params, ...placeParams(place) } } : p;
    };
    try {
      return await deps.as(actor, async (tx: Tx) => {
        const taxonomy = new Set((await listTaxonomyTerms(tx)).map((t) => t.code));
        const problems: FieldProblem[] = [];
        const warnings: ImportAdjustment[] = [...readWarnings];
        const inputs: { id: string | null; input: ServiceInput }[] = [];
        for (const f of found) {
          const adjusted: ImportAdjustment[] = [];
          const v = validateService(fromHsdsService(f, taxonomy, adjusted), taxonomy, f.path);
          warnings.push(
            ...adjusted.map((a) => {
              const place = where(a.path);
              return { ...a, path: place ? placePath(place) : a.path };
            }),
          );
          if (!v.ok) problems.push(...v.problems.map(located));
          else
            inputs.push({
              id: typeof f.service.id === 'string' && UUID.test(f.service.id) ? f.service.id : null,
              input: v.value,
            });
        }
        if (problems.length)
          throw validationError(
            'The HSDS file was not imported (nothing was written)',
            problems.slice(0, 100),
          );
        let created = 0;
        let updated = 0;
        for (const [i, { id, input }] of inputs.entries()) {
          const existing = id ? await findService(tx, id) : null;
          if (existing && existing.organizationId !== org)
            throw validationError('The HSDS file was not imported (nothing was written)', [
              located(importProblem(`${found[i]!.path}.id`, 'other-organisation')),
            ]);
          await writeService(tx, now, actor, org, input, existing, id ?? undefined);
          if (existing) updated++;
          else created++;
        }
        await appendAuditAs(tx, now, actor, {
          action: 'directory.import',
          targetType: 'directory',
          organisationId: org,
          details: { created, updated },
        });
        return { created, updated, ...(warnings.length ? { warnings: warnings.slice(0, 100) } : {}) };
      });
    } finally {
      deps.changed();
    }
  }

  const api = {
    async exportHsds(caller: Caller): Promise<Record<string, unknown>> {
      const actor = requireActor(caller);
      const now = ctx.clock();
      return deps.as(actor, async (tx) => {
        const decision = await decideAndRecord(tx, now, actor, {
          facts: {
            dataType: 'service-mapping',
            aggregation: 'adm2',
            includesNames: false,
            includesCoordinates: false,
          },
          recipient: 'cluster',
          form: 'export',
          target: { targetType: 'directory-export', targetId: null, organisationId: null },
        });
        const views = await pointsForCluster(tx, now, actor, 'export', await readViews(tx, deps.today()));
        const own = actor.activeOrganisationId;
        // Denied: the actor's own services only (nothing of other organisations leaves).
        const released = decision.decision === 'deny' ? views.filter((v) => v.organisationId === own) : views;
        const terms = new Map((await listTaxonomyTerms(tx)).map((t) => [t.code, t]));
        await appendAuditAs(tx, now, actor, {
          action: 'directory.export',
          targetType: 'directory',
          details: { services: released.length, decision: decision.decision },
        });
        return toHsdsPage(released.map((s) => toHsdsService(s, terms)));
      });
    },

    /**
     * The same export as the HSDS 3.0 tabular data package (a ZIP of datapackage.json and one CSV
     * per resource): built from the JSON export, so the same decision, audit and visibility apply.
     */
    async exportHsdsCsvPackage(caller: Caller): Promise<Uint8Array> {
      return hsdsCsvPackage(await api.exportHsds(caller));
    },

    async importHsds(caller: Caller, doc: unknown): Promise<ImportResult> {
      const { actor, org } = importer(caller);
      const found = findHsdsServices(doc);
      if (!Array.isArray(found)) {
        if (found.kind === 'location' || found.kind === 'taxonomy' || found.kind === 'metadata')
          return { created: 0, updated: 0, note: noServices(found.kind) };
        throw new ServiceError(
          'validation',
          'The file is not an HSDS 3.0 document with services (a service, a page of services, an organization with services, or a service_at_location).',
          { code: 'directory.import.not-hsds' },
        );
      }
      return importFound(actor, org, found, () => undefined, []);
    },

    /**
     * The HSDS 3.0 tabular data package (the ZIP export.zip writes: datapackage.json and one CSV
     * per table), read in the parse worker within the upload limits, then imported as the JSON
     * is: all or nothing, every problem named by file, row and column.
     */
    async importHsdsPackage(
      caller: Caller,
      file: { name: string; bytes: Uint8Array },
    ): Promise<ImportResult> {
      const { actor, org } = importer(caller);
      checkFileBytes(file.name, file.bytes.length);
      const parsed = await deps.parse.run({ task: 'hsds-package', name: file.name, bytes: file.bytes });
      if (parsed.kind === 'read-error') throw readError(parsed.error);
      if (parsed.kind === 'problems') {
        const more = parsed.total - parsed.problems.length;
        throw new ServiceError(
          'validation',
          `Nothing was imported: ${parsed.total} problem(s) in "${file.name}"` +
            (more > 0 ? `; the first ${parsed.problems.length} are listed, ${more} more are not.` : '.') +
            ` ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
          {
            fields: parsed.problems,
            problemCount: parsed.total,
            moreProblems: more,
            ...(more > 0 ? { limit: 'errorsKept', max: UPLOAD_LIMITS.errorsKept } : {}),
          },
        );
      }
      const found = findHsdsServices(parsed.page);
      if (!Array.isArray(found) || found.length === 0)
        return {
          created: 0,
          updated: 0,
          note: noServices('package'),
          ...(parsed.warnings.length ? { warnings: parsed.warnings } : {}),
        };
      return importFound(actor, org, found, (path) => packagePlace(path, parsed.origins), parsed.warnings);
    },
  };
  return api;
}
