/** Partner reporting: frameworks, reports, the narrow report-values table and its aggregate. */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { ReportValueColumns } from '@steward/core/reporting/value-columns';
import { letOthersRun, queryRows, runsInProcess, type Tx } from '../database';
import { notifications } from '../schema/sharing';
import {
  reportEvents,
  reportImportMappings,
  reportingFrameworks,
  reports,
  reportValues,
  type ReportState,
} from '../schema/reporting';

export type FrameworkRow = typeof reportingFrameworks.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type ReportValueInsert = Omit<typeof reportValues.$inferInsert, 'id'>;
export type ReportEventRow = typeof reportEvents.$inferSelect;

export async function insertFramework(
  tx: Tx,
  input: { code: string; name: string; dataType: string; definition: unknown; at: Date },
): Promise<FrameworkRow> {
  const [row] = await tx
    .insert(reportingFrameworks)
    .values({
      code: input.code,
      name: input.name,
      dataType: input.dataType,
      definition: input.definition,
      createdAt: input.at,
      updatedAt: input.at,
    })
    .returning();
  return row!;
}

export async function updateFramework(
  tx: Tx,
  id: string,
  input: { name: string; dataType: string; definition: unknown; status?: 'active' | 'archived'; at: Date },
): Promise<FrameworkRow | undefined> {
  const [row] = await tx
    .update(reportingFrameworks)
    .set({
      name: input.name,
      dataType: input.dataType,
      definition: input.definition,
      ...(input.status ? { status: input.status } : {}),
      updatedAt: input.at,
    })
    .where(eq(reportingFrameworks.id, id))
    .returning();
  return row;
}

export async function findFrameworkByCode(tx: Tx, code: string): Promise<FrameworkRow | undefined> {
  const [row] = await tx.select().from(reportingFrameworks).where(eq(reportingFrameworks.code, code));
  return row;
}

export function listFrameworks(tx: Tx): Promise<FrameworkRow[]> {
  return tx.select().from(reportingFrameworks).orderBy(asc(reportingFrameworks.code));
}

export async function findReport(
  tx: Tx,
  frameworkId: string,
  organisationId: string,
  period: string,
): Promise<ReportRow | undefined> {
  const [row] = await tx
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.frameworkId, frameworkId),
        eq(reports.organisationId, organisationId),
        eq(reports.period, period),
      ),
    );
  return row;
}

export async function findReportById(tx: Tx, id: string): Promise<ReportRow | undefined> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id));
  return row;
}

/** Reports of a framework the actor can see (own organisation; cluster roles: submitted ones). */
export function listReports(tx: Tx, frameworkId: string, period?: string): Promise<ReportRow[]> {
  return tx
    .select()
    .from(reports)
    .where(and(eq(reports.frameworkId, frameworkId), period ? eq(reports.period, period) : undefined))
    .orderBy(asc(reports.period), asc(reports.organisationId));
}

export async function insertReport(
  tx: Tx,
  input: { frameworkId: string; organisationId: string; period: string; dueOn: string; at: Date },
): Promise<ReportRow> {
  const [row] = await tx
    .insert(reports)
    .values({ ...input, createdAt: input.at, updatedAt: input.at })
    .returning();
  return row!;
}

export async function updateReport(
  tx: Tx,
  id: string,
  patch: Partial<{
    state: ReportState;
    version: number;
    returnComment: string | null;
    submittedAt: Date | null;
    approvedAt: Date | null;
    approvedBy: string | null;
  }> & { at: Date },
): Promise<ReportRow | undefined> {
  const { at, ...rest } = patch;
  const [row] = await tx
    .update(reports)
    .set({ ...rest, updatedAt: at })
    .where(eq(reports.id, id))
    .returning();
  return row;
}

/** Values stored per statement by replaceReportValues. */
const VALUES_PER_STATEMENT = 50_000;
/** On PGlite (runsInProcess): a statement of this many values holds the thread for well under 200 ms. */
const VALUES_PER_STATEMENT_IN_PROCESS = 2_000;

/** One value of a report, without the report's own columns. */
export type ReportValueCells = Omit<
  ReportValueInsert,
  'reportId' | 'organisationId' | 'frameworkId' | 'period'
>;

/** Text columns of report_values sent as arrays, in the insert's order. */
const TEXT_COLUMNS = [
  'indicator',
  'adm1',
  'adm2',
  'sex',
  'age',
  'populationGroup',
  'disability',
  'measure',
] as const satisfies readonly (keyof ReportValueCells)[];

/** A text element of a PostgreSQL array literal, quoted (`"a"`, `"b\\"c"`). */
const quoteElement = (s: string) => (/["\\]/.test(s) ? `"${s.replace(/["\\]/g, '\\$&')}"` : `"${s}"`);

/**
 * The chunk's columns as PostgreSQL array literals (`{"a","b"}`, `{1,2}`), one pass over the
 * values; each distinct text is quoted once (p-codes, indicators and keys repeat).
 */
function arrayLiterals(chunk: readonly ReportValueCells[]): { texts: string[]; values: string } {
  const parts: string[][] = TEXT_COLUMNS.map(() => []);
  const quoted = new Map<string, string>();
  const numbers: string[] = [];
  for (const v of chunk) {
    for (let c = 0; c < TEXT_COLUMNS.length; c++) {
      const text = v[TEXT_COLUMNS[c]!] ?? 'all';
      let q = quoted.get(text);
      if (q === undefined) {
        q = quoteElement(text);
        quoted.set(text, q);
      }
      parts[c]!.push(q);
    }
    if (!Number.isSafeInteger(v.value)) throw new TypeError('replaceReportValues: values are integers');
    numbers.push(String(v.value));
  }
  return { texts: parts.map((p) => `{${p.join(',')}}`), values: `{${numbers.join(',')}}` };
}

/**
 * Replaces every value of a report (all or nothing within the caller's transaction). Bulk path
 * (decision 0029): per statement the report's own columns once, and each other column as ONE
 * typed-array parameter read by `unnest` — no per-value JSON object for the server to parse;
 * 50,000 values a statement.
 */
export async function replaceReportValues(
  tx: Tx,
  report: Pick<ReportRow, 'id' | 'organisationId' | 'frameworkId' | 'period'>,
  values: readonly ReportValueCells[],
): Promise<number> {
  const replacing = await deleteReportValues(tx, report.id);
  for (let i = 0; i < values.length; i += VALUES_PER_STATEMENT) {
    const { texts, values: numbers } = arrayLiterals(values.slice(i, i + VALUES_PER_STATEMENT));
    const [indicator, adm1, adm2, sex, age, populationGroup, disability, measure] = texts;
    await tx.execute(
      sql`insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2,
                                     sex, age, population_group, disability, measure, value)
          select ${report.id}::uuid, ${report.organisationId}::uuid, ${report.frameworkId}::uuid, ${report.period}::text,
                 x.indicator, x.adm1, x.adm2, x.sex, x.age, x.population_group, x.disability, x.measure, x.value
            from unnest(${indicator}::text[], ${adm1}::text[], ${adm2}::text[], ${sex}::text[], ${age}::text[],
                        ${populationGroup}::text[], ${disability}::text[], ${measure}::text[], ${numbers}::integer[])
              as x(indicator, adm1, adm2, sex, age, population_group, disability, measure, value)`,
    );
  }
  if (replacing) await addReportValueSums(tx, report.id);
  return values.length;
}

/**
 * On PGlite: the ids (a range of the report's) whose values one delete statement removes. The
 * sums trigger skips a replaced month's old values (migration 0060), so a statement costs about
 * its values alone: ~5,000 of them hold the thread for about as long as an insert of 2,000.
 */
export const IDS_PER_DELETE_IN_PROCESS = 5_000;

/**
 * On PGlite: the values whose sums one `steward_report_value_sums_fill` statement adds (migration
 * 0064). Each statement reads them by the (report, id) index, groups them and upserts the sums rows
 * they meet; this many hold the thread about as long as an insert of 2,000 values.
 */
export const VALUES_PER_FILL_IN_PROCESS = 20_000;

/**
 * Deletes every value of a report in the caller's transaction (all or nothing with it: a failure
 * later in the transaction rolls the deletes back and the old values and their sums stay).
 *
 * Returns whether the report is being replaced (its new values' sums then wait for
 * addReportValueSums or COMMIT). The report's replacement is begun first unless this transaction
 * began it already, or, on the server only, the report has no values yet (a new month)
 * (`steward_report_values_replace_begin`, decision 0029 fifth and ninth addenda): its sums are taken
 * away once, the delete trigger skips the old values, the database refuses the commit unless all of
 * them were deleted, and the values written into the report afterwards are added to its sums once,
 * by the database, with addReportValueSums or at the latest at COMMIT — not by the insert trigger
 * statement by statement (it re-read every earlier statement's row versions).
 *
 * On the server the delete is one statement. On PGlite, where a statement holds the application's
 * one thread (issue 10: a month replaced held `/api/health` for 33 s), bounded statements with a
 * turn of the event loop between them: the report's lowest and highest id come from its (report,
 * id) index; the range is then walked at most IDS_PER_DELETE_IN_PROCESS ids a statement
 * (`idsPerStatement`: tests), each statement reading only its own range of that index.
 */
export async function deleteReportValues(
  tx: Tx,
  reportId: string,
  inProcess = runsInProcess(tx),
  idsPerStatement = IDS_PER_DELETE_IN_PROCESS,
): Promise<boolean> {
  const [state] = await queryRows<{ replacing: boolean; stored: boolean }>(
    tx,
    sql`select steward_report_values_replacing(${reportId}::uuid) as replacing,
               exists (select 1 from report_values where report_id = ${reportId}::uuid) as stored`,
  );
  if (!state?.replacing) {
    // A new month on the server: its 50,000-value statements' insert trigger adds the sums for less
    // than one fill reading them all again (backends 4.9 s against 5.7 s CPU, ninth addendum).
    // The beginning is what locks the report: without it, a second import of the same empty month
    // at once saw no values either and both were kept (attack review, review2). Locked first, then
    // looked at again in a new statement (READ COMMITTED: it sees what committed while it waited).
    if (!inProcess && !state?.stored) {
      await tx.execute(sql`select 1 from reports where id = ${reportId}::uuid for update`);
      const [again] = await queryRows<{ stored: boolean }>(
        tx,
        sql`select exists (select 1 from report_values where report_id = ${reportId}::uuid) as stored`,
      );
      if (!again?.stored) return false;
    }
    await tx.execute(sql`select steward_report_values_replace_begin(${reportId}::uuid)`);
  }
  if (!inProcess) {
    await tx.delete(reportValues).where(eq(reportValues.reportId, reportId));
    return true;
  }
  const [bounds] = await queryRows<{ lo: string | null; hi: string | null }>(
    tx,
    sql`select min(id)::text as lo, max(id)::text as hi from report_values where report_id = ${reportId}::uuid`,
  );
  if (!bounds?.lo || !bounds.hi) return true;
  const hi = BigInt(bounds.hi);
  const step = BigInt(idsPerStatement);
  for (let lo = BigInt(bounds.lo); lo <= hi; lo += step) {
    await letOthersRun();
    await tx.execute(
      sql`delete from report_values
           where report_id = ${reportId}::uuid
             and id >= ${lo.toString()}::bigint and id < ${(lo + step).toString()}::bigint`,
    );
  }
  return true;
}

/**
 * Adds the sums of the values written into a report since deleteReportValues began its
 * replacement (migration 0064): the database reads them and writes the sums
 * (`steward_report_value_sums_fill`), in one statement on the server, in statements of at most
 * `valuesPerStatement` values with a turn of the event loop between them on PGlite. Whatever is
 * left is added at COMMIT anyway; called after the inserts, the commit only checks.
 */
export async function addReportValueSums(
  tx: Tx,
  reportId: string,
  inProcess = runsInProcess(tx),
  valuesPerStatement = VALUES_PER_FILL_IN_PROCESS,
): Promise<void> {
  const limit = inProcess ? valuesPerStatement : null;
  for (;;) {
    if (inProcess) await letOthersRun();
    const [row] = await queryRows<{ added: string }>(
      tx,
      sql`select steward_report_value_sums_fill(${reportId}::uuid, ${limit}::integer)::text as added`,
    );
    if (!inProcess || Number(row?.added ?? 0) === 0) return;
  }
}

/**
 * replaceReportValues for values handed over as columns (core ReportValueColumns, built by the
 * parse worker): the same statements, each column's array literal read from its codes, each
 * distinct text quoted once for the whole report.
 */
export async function replaceReportValueColumns(
  tx: Tx,
  report: Pick<ReportRow, 'id' | 'organisationId' | 'frameworkId' | 'period'>,
  columns: ReportValueColumns,
): Promise<number> {
  if (columns.codes.length !== TEXT_COLUMNS.length)
    throw new TypeError('replaceReportValueColumns: one code array per text column');
  const quoted = columns.texts.map(quoteElement);
  // On PGlite each statement holds the server's one thread (issue 7 §2: /api/health during an
  // import): shorter statements there, and a turn of the event loop after each.
  const inProcess = runsInProcess(tx);
  const perStatement = inProcess ? VALUES_PER_STATEMENT_IN_PROCESS : VALUES_PER_STATEMENT;
  const replacing = await deleteReportValues(tx, report.id, inProcess);
  for (let start = 0; start < columns.length; start += perStatement) {
    if (inProcess) await letOthersRun();
    const end = Math.min(columns.length, start + perStatement);
    const literal = (codes: Uint32Array) => {
      const parts: string[] = new Array<string>(end - start);
      for (let i = start; i < end; i++) parts[i - start] = quoted[codes[i]!]!;
      return `{${parts.join(',')}}`;
    };
    const [indicator, adm1, adm2, sex, age, populationGroup, disability, measure] =
      columns.codes.map(literal);
    const numbers = `{${columns.values.subarray(start, end).join(',')}}`;
    await tx.execute(
      sql`insert into report_values (report_id, organisation_id, framework_id, period, indicator, adm1, adm2,
                                     sex, age, population_group, disability, measure, value)
          select ${report.id}::uuid, ${report.organisationId}::uuid, ${report.frameworkId}::uuid, ${report.period}::text,
                 x.indicator, x.adm1, x.adm2, x.sex, x.age, x.population_group, x.disability, x.measure, x.value
            from unnest(${indicator}::text[], ${adm1}::text[], ${adm2}::text[], ${sex}::text[], ${age}::text[],
                        ${populationGroup}::text[], ${disability}::text[], ${measure}::text[], ${numbers}::integer[])
              as x(indicator, adm1, adm2, sex, age, population_group, disability, measure, value)`,
    );
  }
  if (replacing) await addReportValueSums(tx, report.id, inProcess);
  return columns.length;
}

export function listReportValues(tx: Tx, reportId: string) {
  return tx.select().from(reportValues).where(eq(reportValues.reportId, reportId));
}

export async function insertReportEvent(
  tx: Tx,
  input: Omit<typeof reportEvents.$inferInsert, 'id'>,
): Promise<void> {
  await tx.insert(reportEvents).values(input);
}

export function listReportEvents(tx: Tx, reportId: string): Promise<ReportEventRow[]> {
  return tx
    .select()
    .from(reportEvents)
    .where(eq(reportEvents.reportId, reportId))
    .orderBy(asc(reportEvents.at));
}

/** Columns an aggregate can be grouped by (the API names of core AGGREGATE_DIMENSIONS). */
const GROUP_COLUMNS: Record<string, SQL> = {
  adm1: sql`v.adm1`,
  adm2: sql`v.adm2`,
  month: sql`v.period`,
  sex: sql`v.sex`,
  age: sql`v.age`,
  'population-group': sql`v.population_group`,
  disability: sql`v.disability`,
  organisation: sql`o.acronym`,
  indicator: sql`v.indicator`,
};

export const GROUPABLE_COLUMNS: readonly string[] = Object.keys(GROUP_COLUMNS);

export interface AggregateQuery {
  frameworkId: string;
  periods: readonly string[];
  /** Keys of GROUPABLE_COLUMNS. */
  by: readonly string[];
  measure: 'reached' | 'targeted';
  indicators?: readonly string[];
  adm1?: readonly string[];
  /** Only the reports of these organisations (ids). */
  organisationIds?: readonly string[];
  /** Only these population groups (codes as stored, e.g. idp, returnee, host). */
  populationGroups?: readonly string[];
  /**
   * Which reports count: approved ones, and every report of this organisation (its own data
   * in full). Row-level security decides on top of this what the viewer may read at all.
   */
  viewerOrganisationId: string | null;
}

/**
 * Σ value grouped by the dimensions, computed in the database in the caller's transaction: with
 * the VIEWER's row-level security (never the author's). Returns one row per group (codes in `by`
 * order) and the sum.
 */
export async function aggregateReportValues(
  tx: Tx,
  q: AggregateQuery,
): Promise<{ codes: string[]; count: number }[]> {
  const cols = q.by.map((d) => {
    const c = GROUP_COLUMNS[d];
    if (!c) throw new RangeError(`unknown aggregate dimension ${d}`);
    return c;
  });
  const selectCols = cols.map((c, i) => sql`${c} as ${sql.raw(`d${i}`)}`);
  const periods = sql.join(
    q.periods.map((p) => sql`${p}`),
    sql`, `,
  );
  // The same filter on the reports too: report_values has no index by framework and period
  // (migration 0062), so the values are reached from the matching reports by report id.
  const where: SQL[] = [
    sql`r.framework_id = ${q.frameworkId}::uuid`,
    sql`r.period in (${periods})`,
    sql`v.framework_id = ${q.frameworkId}::uuid`,
    sql`v.period in (${periods})`,
    sql`v.measure = ${q.measure}`,
    q.viewerOrganisationId
      ? sql`(r.state = 'approved' or v.organisation_id = ${q.viewerOrganisationId}::uuid)`
      : sql`r.state = 'approved'`,
  ];
  if (q.indicators && q.indicators.length > 0)
    where.push(
      sql`v.indicator in (${sql.join(
        q.indicators.map((i) => sql`${i}`),
        sql`, `,
      )})`,
    );
  if (q.adm1 && q.adm1.length > 0)
    where.push(
      sql`v.adm1 in (${sql.join(
        q.adm1.map((i) => sql`${i}`),
        sql`, `,
      )})`,
    );
  if (q.organisationIds && q.organisationIds.length > 0)
    where.push(
      sql`v.organisation_id in (${sql.join(
        q.organisationIds.map((i) => sql`${i}::uuid`),
        sql`, `,
      )})`,
    );
  if (q.populationGroups && q.populationGroups.length > 0)
    where.push(
      sql`v.population_group in (${sql.join(
        q.populationGroups.map((i) => sql`${i}`),
        sql`, `,
      )})`,
    );
  const join = q.by.includes('organisation') ? sql` join organisations o on o.id = v.organisation_id` : sql``;
  const group = cols.length > 0 ? sql` group by ${sql.join(cols, sql`, `)}` : sql``;
  // Without admin-2 the sums per report and admin-1 (report_value_sums, kept by triggers, same
  // row-level security) hold the same totals in about 15 times fewer rows.
  const source = q.by.includes('adm2') ? sql`report_values` : sql`report_value_sums`;
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${sql.join([...selectCols, sql`coalesce(sum(v.value), 0)::bigint as n`], sql`, `)}
          from ${source} v join reports r on r.id = v.report_id${join}
         where ${sql.join(where, sql` and `)}${group}`,
  );
  return rows
    .map((r) => ({ codes: q.by.map((_, i) => String(r[`d${i}`])), count: Number(r.n) }))
    .filter((r) => q.by.length > 0 || r.count > 0);
}

export async function findFrameworkById(tx: Tx, id: string): Promise<FrameworkRow | undefined> {
  const [row] = await tx.select().from(reportingFrameworks).where(eq(reportingFrameworks.id, id));
  return row;
}

/** The admin-2 areas each visible report of a framework covers in these periods (report id → p-codes). */
export async function reportAreas(
  tx: Tx,
  frameworkId: string,
  periods: readonly string[],
): Promise<Map<string, string[]>> {
  if (periods.length === 0) return new Map();
  // Through the reports: report_values has no index by framework and period (migration 0062).
  const inPeriods = sql.join(
    periods.map((p) => sql`${p}`),
    sql`, `,
  );
  const rows = await queryRows<{ report_id: string; adm2: string }>(
    tx,
    sql`select distinct v.report_id, v.adm2 from report_values v
         where v.report_id in (select r.id from reports r
                                where r.framework_id = ${frameworkId}::uuid and r.period in (${inPeriods}))
           and v.framework_id = ${frameworkId}::uuid and v.period in (${inPeriods})
         order by v.adm2`,
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.report_id, [...(out.get(r.report_id) ?? []), r.adm2]);
  return out;
}

/** The organisation's remembered export mapping for a framework (RLS: its own only). */
export async function findImportMapping(
  tx: Tx,
  organisationId: string,
  frameworkId: string,
  source: 'kobo',
): Promise<unknown> {
  const [row] = await tx
    .select({ mapping: reportImportMappings.mapping })
    .from(reportImportMappings)
    .where(
      and(
        eq(reportImportMappings.organisationId, organisationId),
        eq(reportImportMappings.frameworkId, frameworkId),
        eq(reportImportMappings.source, source),
      ),
    );
  return row?.mapping ?? null;
}

/** Remembers (inserts or replaces) the organisation's export mapping for a framework. */
export async function saveImportMapping(
  tx: Tx,
  input: {
    organisationId: string;
    frameworkId: string;
    source: 'kobo';
    mapping: unknown;
    at: Date;
    userId: string | null;
  },
): Promise<void> {
  await tx
    .insert(reportImportMappings)
    .values({
      organisationId: input.organisationId,
      frameworkId: input.frameworkId,
      source: input.source,
      mapping: input.mapping,
      updatedAt: input.at,
      updatedBy: input.userId,
    })
    .onConflictDoUpdate({
      target: [
        reportImportMappings.organisationId,
        reportImportMappings.frameworkId,
        reportImportMappings.source,
      ],
      set: { mapping: input.mapping, updatedAt: input.at, updatedBy: input.userId },
    });
}

/** Whether the organisation already has a reporting reminder of `kind` for the framework and period. */
export async function hasReportReminder(
  tx: Tx,
  input: { organisationId: string; kind: string; framework: string; period: string },
): Promise<boolean> {
  const rows = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.organisationId, input.organisationId),
        eq(notifications.kind, input.kind),
        sql`${notifications.params} @> ${JSON.stringify({ framework: input.framework, period: input.period })}::jsonb`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}
