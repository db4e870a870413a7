/**
 * Report import: a file (CSV/XLSX, HXL or template headers, or a KoboToolbox export through a
 * mapping) or the web form's entries, all or nothing, into a draft or returned report; an
 * approved report is corrected only with a reason (version + 1, back to submitted). The rest of
 * the reports' use cases: report-template.ts, report-kobo.ts, report-read.ts, report-workflow.ts
 * (submit / return / approve), report-completeness.ts; shared helpers in report-deps.ts, named
 * types in report-types.ts. Every step is audited.
 */
import { UPLOAD_LIMITS } from '@steward/core/limits';
import {
  dueDate,
  parseKoboMapping,
  templateColumns,
  type Framework,
  type KoboMapping,
} from '@steward/core/reporting/index';
import type { Tx } from '@steward/db';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { listAdminAreas } from '@steward/db/repositories/reference';
import {
  findImportMapping,
  findReport,
  insertReport,
  replaceReportValueColumns,
  saveImportMapping,
  updateReport,
} from '@steward/db/repositories/reporting';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import { sharedParsePool } from '../uploads/parse-pool';
import { checkFileBytes, readError } from '../uploads/read-errors';
import { mustFindFramework } from './frameworks';
import { nothingImported } from './import-problems';
import type { ReportDeps } from './report-deps';
import type { ImportResult, ImportSource, ReportEntry, ReportEventAction } from './report-types';
import type { ReportImportJob, ReportValidationContext } from './validate-import';

export { problemLine } from './import-problems';
export type {
  ImportResult,
  ImportSource,
  ReportEntry,
  ReportValueView,
  ReportView,
  TemplateFile,
} from './report-types';

/**
 * The web form's entries as the rows of a file: one hashtag row (line 1), then one line per entry
 * (line N + 2 is entries[N]), so that problems name the entry's line and the cell's hashtag.
 */
export function entryRows(f: Framework, entries: readonly ReportEntry[]): string[][] {
  const tags = templateColumns(f).map((c) => c.hashtag);
  const known = new Set(tags);
  for (const e of entries)
    for (const tag of Object.keys(e.cells))
      if (!known.has(tag))
        throw new ServiceError('validation', `"${tag}" is not a column of the ${f.code} template.`, {
          field: 'cells',
        });
  const rows: string[][] = [tags];
  for (const e of entries)
    rows.push(
      tags.map((tag) => {
        if (tag === '#indicator+code') return e.indicator;
        if (tag === '#adm1+code') return e.adm1;
        if (tag === '#adm2+code') return e.adm2;
        const v = e.cells[tag];
        return v === null || v === undefined ? '' : String(v);
      }),
    );
  return rows;
}

export interface ReportFileInput {
  framework: string;
  period: string;
  name: string;
  bytes: Uint8Array;
  reason?: string;
  source?: ImportSource;
}

export interface ReportEntriesInput {
  framework: string;
  period: string;
  entries: readonly ReportEntry[];
  reason?: string;
}

export interface ReportImport {
  /**
   * Validates and imports a month's report for the actor's organisation: all or nothing. Into a
   * draft or returned report; an approved report is corrected only with `reason` (version + 1,
   * back to submitted for approval). Errors: `validation` with `details.problems` (row, column, value).
   */
  importReport(actor: Actor, input: ReportFileInput): Promise<ImportResult>;
  /** The web form's entries, validated and stored exactly as an upload of the same figures would be. */
  saveEntries(actor: Actor, input: ReportEntriesInput): Promise<ImportResult>;
}

export function createReportImport(deps: ReportDeps): ReportImport {
  const { ctx, asActor, view, event, checkPeriod } = deps;
  return {
    async importReport(
      actor: Actor,
      input: {
        framework: string;
        period: string;
        name: string;
        bytes: Uint8Array;
        reason?: string;
        source?: ImportSource;
      },
    ): Promise<ImportResult> {
      requireRole(actor, DATA_MANAGER_ROLES, 'report for the organisation');
      checkPeriod(input.period);
      checkFileBytes(input.name, input.bytes.length);
      return importRows(actor, input, { bytes: input.bytes });
    },

    async saveEntries(
      actor: Actor,
      input: { framework: string; period: string; entries: readonly ReportEntry[]; reason?: string },
    ): Promise<ImportResult> {
      requireRole(actor, DATA_MANAGER_ROLES, 'report for the organisation');
      checkPeriod(input.period);
      if (input.entries.length > UPLOAD_LIMITS.rows)
        throw new ServiceError('validation', `At most ${UPLOAD_LIMITS.rows} rows.`, { field: 'entries' });
      return importRows(actor, { ...input, name: 'form' }, { rows: (f) => entryRows(f, input.entries) });
    },
  };

  /**
   * Validates a file or the form's rows and stores them for the actor's organisation: all or
   * nothing. What validation needs is looked up first (a short transaction); reading and
   * validating run in the parse worker (issue 7: the server keeps answering, `/api/health`
   * included), which hands back the problems or the values as columns; the values are then stored
   * in a second transaction. The checks and their order are unchanged: a read error, then Kobo
   * repeat groups, then the framework and the mapping, then the rows, then the report's state.
   */
  async function importRows(
    actor: Actor,
    input: { framework: string; period: string; name: string; reason?: string; source?: ImportSource },
    from: { bytes: Uint8Array } | { rows: (f: Framework) => string[][] },
  ): Promise<ImportResult> {
    const organisationId = requireRole(actor, DATA_MANAGER_ROLES, 'report for the organisation');
    let lookupError: ServiceError | null = null;
    let context: ReportValidationContext | null = null;
    try {
      context = await asActor(actor, async (tx) => {
        const fw = await mustFindFramework(tx, input.framework);
        const org = (await listOrganisations(tx)).find((o) => o.id === organisationId)!;
        const gazetteer = (await listAdminAreas(tx, fw.countryIso3)).map((a) => ({
          pcode: a.pcode,
          name: a.name,
          level: a.level,
          parentPcode: a.parentPcode,
        }));
        const kobo =
          input.source?.kind === 'kobo'
            ? await koboMappingFor(tx, fw, organisationId, input.source.mapping)
            : null;
        return {
          framework: fw,
          period: input.period,
          organisation: { acronym: org.acronym, name: org.name },
          gazetteer,
          kobo,
          maxProblems: UPLOAD_LIMITS.errorsKept,
        };
      });
    } catch (error) {
      // A file is read first (its read errors and repeat groups come first), the lookup's error after.
      if (!('bytes' in from) || !(error instanceof ServiceError)) throw error;
      lookupError = error;
    }
    const job: ReportImportJob =
      'bytes' in from
        ? {
            task: 'report-import',
            name: input.name,
            bytes: from.bytes,
            kobo: input.source?.kind === 'kobo',
            context,
          }
        : {
            task: 'report-import',
            name: input.name,
            rows: from.rows(context!.framework),
            kobo: false,
            context,
          };
    // Reading and validating are CPU-heavy: they run in the parse worker, the server keeps answering.
    const parsed = await sharedParsePool().run(job);
    if (parsed.kind === 'read-error') throw readError(parsed.error);
    if (parsed.kind === 'problems') throw nothingImported(input.name, parsed.problems, parsed.total);
    if (parsed.kind === 'no-context' || !context) throw lookupError ?? new Error('importRows: no context');
    const mapping = context.kobo;
    return asActor(actor, async (tx) => {
      const fw = await mustFindFramework(tx, input.framework);
      let report = await findReport(tx, fw.id, organisationId, input.period);
      let action: ReportEventAction = 'imported';
      if (!report) {
        report = await insertReport(tx, {
          frameworkId: fw.id,
          organisationId,
          period: input.period,
          dueOn: dueDate(fw, input.period),
          at: ctx.clock(),
        });
      } else if (report.state === 'submitted') {
        throw new ServiceError(
          'conflict',
          `The ${input.period} report is submitted and waits for the cluster's review; it cannot be changed now.`,
        );
      } else if (report.state === 'approved') {
        const reason = input.reason?.trim() ?? '';
        if (reason === '')
          throw new ServiceError(
            'conflict',
            `The ${input.period} report is approved: a correction needs a reason (--reason).`,
          );
        report = (await updateReport(tx, report.id, {
          state: 'submitted',
          version: report.version + 1,
          submittedAt: ctx.clock(),
          approvedAt: null,
          approvedBy: null,
          at: ctx.clock(),
        }))!;
        action = 'corrected';
      }
      const values = await replaceReportValueColumns(tx, report, parsed.columns);
      await event(tx, actor, report, action, action === 'corrected' ? input.reason!.trim() : null);
      if (mapping) {
        // Remembered only once an import with it succeeded: the next export is proposed the same.
        await saveImportMapping(tx, {
          organisationId,
          frameworkId: fw.id,
          source: 'kobo',
          mapping,
          at: ctx.clock(),
          userId: actor.userId,
        });
        return {
          report: await view(tx, report, fw.code),
          rows: parsed.rows,
          values,
          notApproved: parsed.notApproved ?? 0,
        };
      }
      return { report: await view(tx, report, fw.code), rows: parsed.rows, values };
    });
  }

  /** The mapping given (checked against the template), else the organisation's remembered one. */
  async function koboMappingFor(
    tx: Tx,
    fw: Framework & { id: string },
    organisationId: string,
    given: unknown,
  ): Promise<KoboMapping> {
    const raw = given ?? (await findImportMapping(tx, organisationId, fw.id, 'kobo'));
    if (raw === null || raw === undefined)
      throw new ServiceError(
        'validation',
        `Your organisation has no KoboToolbox mapping for ${fw.code} yet: map the export's fields to the template's columns first.`,
        { field: 'mapping' },
      );
    const checked = parseKoboMapping(raw, fw);
    if (!checked.ok)
      throw new ServiceError('validation', `The mapping is not valid: ${checked.errors.join(' ')}`, {
        field: 'mapping',
        errors: checked.errors,
      });
    return checked.value;
  }
}
