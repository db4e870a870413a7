/**
 * Reports: template, all-or-nothing import (CSV/XLSX, HXL or template headers), the workflow
 * draft → submitted → returned (with comments) → approved by a cluster role, corrections after
 * approval versioned with their reason, and the completeness view. Every step is audited.
 */
import { UPLOAD_LIMITS } from '@steward/core/limits';
import {
  dueDate,
  isPeriod,
  parseKoboMapping,
  templateColumns,
  templateRows,
  type Framework,
  type KoboMapping,
  type UploadProblem,
} from '@steward/core/reporting/index';
import { categoricalFromStrings, datasetFromColumns } from '@steward/core/sdc/dataset';
import { writeCsvRows, writeXlsx } from '@steward/core/sdc/io/index';
import type { Tx } from '@steward/db';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { listAdminAreas } from '@steward/db/repositories/reference';
import {
  findFrameworkById,
  findImportMapping,
  findReport,
  findReportById,
  reportAreas,
  insertReport,
  insertReportEvent,
  listReportEvents,
  listReportValues,
  listReports,
  replaceReportValueColumns,
  saveImportMapping,
  updateReport,
  type ReportRow,
} from '@steward/db/repositories/reporting';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, DATA_MANAGER_ROLES, requireActiveOrganisation, requireRole } from '../isp/roles';
import type { Actor, Context } from '../types';
import { sharedParsePool } from '../uploads/parse-pool';
import { checkFileBytes, readError } from '../uploads/read-errors';
import { dbActor } from '../util';
import { mustFindFramework } from './frameworks';
import type { KoboInspectJob, KoboInspection } from './kobo';
import type { ReportImportJob, ReportValidationContext } from './validate-import';

/** What happened to a report (its event row); audited as `reporting.report.<action>`. */
type ReportEventAction = 'imported' | 'submitted' | 'returned' | 'approved' | 'corrected';

export interface ReportView {
  id: string;
  framework: string;
  organisationId: string;
  organisation: string;
  period: string;
  state: ReportRow['state'];
  version: number;
  dueOn: string;
  overdue: boolean;
  returnComment: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
}

export interface ImportResult {
  report: ReportView;
  rows: number;
  values: number;
  /** A KoboToolbox export: submissions left out because Kobo marks them "Not approved". */
  notApproved?: number;
}

/** How an import reads its file: the template/HXL columns, or a KoboToolbox export through a mapping. */
export type ImportSource =
  | { kind: 'template' }
  /** `mapping` absent: the organisation's remembered mapping for the framework. */
  | { kind: 'kobo'; mapping?: unknown };

/** One row of the web form: an indicator in an admin-2 area, figures by template hashtag (`#reached+f+children` …). */
export interface ReportEntry {
  indicator: string;
  adm1: string;
  adm2: string;
  cells: Record<string, number | null>;
}

/** One stored figure of a report. */
export interface ReportValueView {
  indicator: string;
  adm1: string;
  adm2: string;
  sex: string;
  age: string;
  populationGroup: string;
  disability: string;
  measure: 'reached' | 'targeted';
  value: number;
}

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

export interface TemplateFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The problem as one line: `row N, column C: "value" — message`. */
export function problemLine(p: UploadProblem): string {
  const where = [p.row !== null ? `row ${p.row}` : null, p.column !== null ? `column ${p.column}` : null]
    .filter((x) => x !== null)
    .join(', ');
  return `${where || 'file'}${p.value !== null ? `: "${p.value}"` : ''} — ${p.message}`;
}

export function createReports(ctx: Context) {
  const asActor = <T>(actor: Actor, fn: (tx: Tx) => Promise<T>) =>
    ctx.db.withActor(dbActor(actor, ctx.clock()), fn);
  const today = () => ctx.clock().toISOString().slice(0, 10);

  async function view(tx: Tx, row: ReportRow, code: string): Promise<ReportView> {
    const acronyms = new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
    return {
      id: row.id,
      framework: code,
      organisationId: row.organisationId,
      organisation: acronyms.get(row.organisationId) ?? '?',
      period: row.period,
      state: row.state,
      version: row.version,
      dueOn: row.dueOn,
      overdue: row.state !== 'approved' && row.state !== 'submitted' && row.dueOn < today(),
      returnComment: row.returnComment,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      approvedAt: row.approvedAt?.toISOString() ?? null,
    };
  }

  const checkPeriod = (period: string) => {
    if (!isPeriod(period))
      throw new ServiceError('validation', `"${period}" is not a period: write YYYY-MM.`);
  };

  async function event(
    tx: Tx,
    actor: Actor,
    row: ReportRow,
    action: ReportEventAction,
    comment?: string | null,
  ) {
    await insertReportEvent(tx, {
      reportId: row.id,
      organisationId: row.organisationId,
      at: ctx.clock(),
      actorUserId: actor.userId,
      action,
      version: row.version,
      comment: comment ?? null,
    });
    await appendAuditAs(tx, ctx.clock(), actor, {
      action: `reporting.report.${action}` as const,
      targetType: 'report',
      targetId: row.id,
      organisationId: row.organisationId,
      details: { period: row.period, version: row.version },
    });
  }

  async function mustFindReport(tx: Tx, id: string): Promise<ReportRow> {
    const row = await findReportById(tx, id);
    if (!row) throw new ServiceError('not-found', `There is no report ${id} that you can see.`);
    return row;
  }

  return {
    /** The upload template (CSV or XLSX), HXL-tagged; `example` fills plausible rows for the caller's organisation. */
    async template(
      actor: Actor,
      input: { framework: string; period: string; example?: boolean; format?: 'csv' | 'xlsx' },
    ): Promise<TemplateFile> {
      checkPeriod(input.period);
      const organisationId = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const f = await mustFindFramework(tx, input.framework);
        let example;
        if (input.example) {
          const org = (await listOrganisations(tx)).find((o) => o.id === organisationId);
          const areas = (await listAdminAreas(tx, f.countryIso3)).filter((a) => a.level === 2).slice(0, 3);
          example = {
            organisation: org?.acronym ?? '',
            areas: areas.map((a) => ({ adm1: a.parentPcode ?? '', adm2: a.pcode })),
          };
        }
        const rows = templateRows(f, input.period, example);
        const base = `${f.code}-${input.period}${input.example ? '-example' : ''}`;
        if (input.format === 'xlsx') {
          // writeXlsx writes the column names as row 1 (the header row); the hashtag row and examples follow.
          const cols = rows[0]!.map((header, c) =>
            categoricalFromStrings(
              header,
              rows.slice(1).map((r) => r[c] ?? ''),
            ),
          );
          const bytes = writeXlsx(datasetFromColumns(cols), { sheetName: f.code });
          return {
            name: `${base}.xlsx`,
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            bytes,
          };
        }
        return {
          name: `${base}.csv`,
          contentType: 'text/csv; charset=utf-8',
          bytes: new TextEncoder().encode(writeCsvRows(rows)),
        };
      });
    },

    /**
     * Validates and imports a month's report for the actor's organisation: all or nothing. Into a
     * draft or returned report; an approved report is corrected only with `reason` (version + 1,
     * back to submitted for approval). Errors: `validation` with `details.problems` (row, column, value).
     */
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

    /** The organisation's remembered KoboToolbox mapping for a framework, or null. */
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

    /**
     * Reads a KoboToolbox export for the mapping step: its columns (with the distinct answers of
     * columns that have few, as select_one fields do), Kobo's own columns, and a proposed mapping —
     * the remembered one first, then common field names. Nothing is stored.
     */
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

    /** The web form's entries, validated and stored exactly as an upload of the same figures would be. */
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

    /** A report and its figures (the organisation's own; cluster roles: submitted or later). */
    async reportValues(actor: Actor, id: string): Promise<{ report: ReportView; values: ReportValueView[] }> {
      return asActor(actor, async (tx) => {
        const row = await mustFindReport(tx, id);
        const values = (await listReportValues(tx, id)).map((v) => ({
          indicator: v.indicator,
          adm1: v.adm1,
          adm2: v.adm2,
          sex: v.sex,
          age: v.age,
          populationGroup: v.populationGroup,
          disability: v.disability,
          measure: v.measure,
          value: v.value,
        }));
        if (row.organisationId !== actor.activeOrganisationId)
          await appendAuditAs(tx, ctx.clock(), actor, {
            action: 'reporting.report.view',
            targetType: 'report',
            targetId: row.id,
            organisationId: row.organisationId,
            details: { period: row.period, version: row.version },
          });
        return { report: await view(tx, row, await codeOf(tx, row)), values };
      });
    },

    /** The gazetteer a framework's p-codes are checked against (admin-1 and admin-2), for the form's picker. */
    async frameworkAreas(actor: Actor, framework: string) {
      return asActor(actor, async (tx) => {
        const f = await mustFindFramework(tx, framework);
        return (await listAdminAreas(tx, f.countryIso3))
          .filter((a) => a.level === 1 || a.level === 2)
          .map((a) => ({ pcode: a.pcode, name: a.name, level: a.level, parentPcode: a.parentPcode }));
      });
    },
    async submitReport(actor: Actor, id: string): Promise<ReportView> {
      requireRole(actor, DATA_MANAGER_ROLES, 'submit reports');
      return asActor(actor, async (tx) => {
        const row = await mustFindReport(tx, id);
        if (row.organisationId !== actor.activeOrganisationId)
          throw new ServiceError('forbidden', 'Only the reporting organisation submits its report.');
        if (row.state !== 'draft' && row.state !== 'returned')
          throw new ServiceError(
            'conflict',
            `The report is ${row.state}; only a draft or returned report is submitted.`,
          );
        const next = (await updateReport(tx, id, {
          state: 'submitted',
          submittedAt: ctx.clock(),
          at: ctx.clock(),
        }))!;
        await event(tx, actor, next, 'submitted');
        return view(tx, next, await codeOf(tx, next));
      });
    },

    async returnReport(actor: Actor, id: string, comment: string): Promise<ReportView> {
      requireRole(actor, CLUSTER_ROLES, 'return reports');
      const text = comment.trim();
      if (text === '' || text.length > 2000)
        throw new ServiceError('validation', 'Say why the report is returned (1–2000 characters).');
      return asActor(actor, async (tx) => {
        const row = await mustFindReport(tx, id);
        if (row.state !== 'submitted')
          throw new ServiceError('conflict', `The report is ${row.state}, not submitted.`);
        const next = (await updateReport(tx, id, {
          state: 'returned',
          returnComment: text,
          at: ctx.clock(),
        }))!;
        await event(tx, actor, next, 'returned', text);
        return view(tx, next, await codeOf(tx, next));
      });
    },

    async approveReport(actor: Actor, id: string): Promise<ReportView> {
      requireRole(actor, CLUSTER_ROLES, 'approve reports');
      return asActor(actor, async (tx) => {
        const row = await mustFindReport(tx, id);
        if (row.state !== 'submitted')
          throw new ServiceError('conflict', `The report is ${row.state}, not submitted.`);
        const next = (await updateReport(tx, id, {
          state: 'approved',
          approvedAt: ctx.clock(),
          approvedBy: actor.userId,
          returnComment: null,
          at: ctx.clock(),
        }))!;
        await event(tx, actor, next, 'approved');
        return view(tx, next, await codeOf(tx, next));
      });
    },

    /** Reports the actor can see for a framework (and period): its own; cluster roles every submitted one. */
    async listReports(actor: Actor, framework: string, period?: string): Promise<ReportView[]> {
      if (period !== undefined) checkPeriod(period);
      return asActor(actor, async (tx) => {
        const f = await mustFindFramework(tx, framework);
        const rows = await listReports(tx, f.id, period);
        return Promise.all(rows.map((r) => view(tx, r, f.code)));
      });
    },

    async reportHistory(actor: Actor, id: string) {
      return asActor(actor, async (tx) => {
        await mustFindReport(tx, id);
        return (await listReportEvents(tx, id)).map((e) => ({
          at: e.at.toISOString(),
          action: e.action,
          version: e.version,
          comment: e.comment,
        }));
      });
    },

    /**
     * Completeness (cluster roles): for each member organisation and period, the report's state
     * (`missing` when none was submitted) and the admin-2 areas it covers.
     */
    async completeness(actor: Actor, framework: string, periods: readonly string[]) {
      requireRole(actor, CLUSTER_ROLES, 'see reporting completeness');
      periods.forEach(checkPeriod);
      return asActor(actor, async (tx) => {
        const f = await mustFindFramework(tx, framework);
        const orgs = (await listOrganisations(tx)).filter(
          (o) => o.isClusterMember && o.type !== 'cluster-lead',
        );
        const rows = (await Promise.all(periods.map((p) => listReports(tx, f.id, p)))).flat();
        const areas = await reportAreas(tx, f.id, [...periods]);
        return orgs.map((o) => ({
          organisation: o.acronym,
          organisationId: o.id,
          periods: periods.map((p) => {
            const r = rows.find((x) => x.organisationId === o.id && x.period === p);
            return {
              period: p,
              state: r ? r.state : ('missing' as const),
              reportId: r?.id ?? null,
              overdue: (!r || r.state === 'draft' || r.state === 'returned') && dueDate(f, p) < today(),
              areas: r ? (areas.get(r.id) ?? []) : [],
            };
          }),
        }));
      });
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

  /** The refusal of a file with problems (row, column, value): nothing imported. */
  function nothingImported(name: string, all: readonly UploadProblem[], total: number): ServiceError {
    const problems = all.slice(0, UPLOAD_LIMITS.errorsKept);
    return new ServiceError('validation', `Nothing was imported: ${total} problem(s) in "${name}".`, {
      problems,
      lines: problems.map(problemLine),
      problemCount: total,
      moreProblems: total - problems.length,
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

  async function codeOf(tx: Tx, row: ReportRow): Promise<string> {
    return (await findFrameworkById(tx, row.frameworkId))?.code ?? '?';
  }
}
