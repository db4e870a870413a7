/**
 * Publication (issue 10): a table leaves for an audience only as a frozen, checked snapshot.
 * publish → ISP decision (recorded by the decision point) + core checkPublication (threshold,
 * secondary suppression, interval audit) → snapshot stored, or refusal naming cells and rule.
 * Republishing re-checks the stored source under the ISP in force; unpublishing is immediate.
 * Every publish, refusal and unpublish is audited with what was checked. A public link is an
 * unguessable token (only its SHA-256 is stored) that reads the snapshot and nothing else.
 */
import {
  checkPublication,
  PUBLICATION_AUDIENCES,
  snapshotCsv,
  snapshotXlsx,
  type PublicationAudience,
  type PublicationCheck,
  type PublicationTableInput,
  type Snapshot,
} from '@steward/core/publication/index';
import type { IspDecision } from '@steward/core/isp/index';
import { adminLevelOf, tableHasCoordinates } from '@steward/core/assessments/index';
import { AGGREGATION_LEVELS, DATA_TYPES, type AggregationLevel } from '@steward/core/vocabulary/index';
import { isAggregateDimension } from '@steward/core/reporting/aggregate';
import { loadHighsSolver } from '@steward/core/sdc/tables/highs';
import type { Tx } from '@steward/db';
import { aggregateReportValues, findFrameworkByCode } from '@steward/db/repositories/reporting';
import {
  findPublicSnapshot,
  findPublication,
  findPublicationSource,
  insertPublication,
  listPublications,
  updatePublication,
  type PublicationRow,
} from '@steward/db/repositories/publication';
import { adminAreaNames } from '@steward/db/repositories/reference';
import { checkDia } from '../assessments/gate';
import { frameworkView } from '../reporting/frameworks';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { decideAndRecord, loadActiveIsp } from '../isp/decision-point';
import { CLUSTER_ROLES, requireRole } from '../isp/roles';
import type { Actor, Context } from '../types';
import { dbActor, randomToken, sha256Hex } from '../util';

export const PUBLICATION_AUDIT = {
  published: 'publication.published',
  refused: 'publication.refused',
  unpublished: 'publication.unpublished',
} as const;

/** Most cells a published table may have (the LP audit runs on every primary). */
export const MAX_PUBLICATION_CELLS = 2000;

export interface PublishInput {
  readonly title: string;
  readonly kind?: 'table' | 'dashboard';
  readonly dataType: string;
  readonly aggregation: AggregationLevel;
  readonly audience: PublicationAudience;
  /** For audience 'organisation': the organisation that receives it. */
  readonly audienceOrganisationId?: string | null;
  /** The table, given as is … */
  readonly table?: PublicationTableInput;
  /** … or computed in the database from approved partner reports, with the publisher's rights. */
  readonly report?: ReportSource;
  /** The signed-off DIA that covers a publication finer than admin-2 or with coordinates (§9.2). */
  readonly assessmentId?: string;
  /** The table carries point coordinates (also detected from its dimensions and codes). */
  readonly includesCoordinates?: boolean;
}

/** A table of approved report values (issue 10 reporting): framework, months, dimensions. */
export interface ReportSource {
  readonly framework: string;
  readonly periods: readonly string[];
  readonly by: readonly string[];
  readonly measure?: 'reached' | 'targeted';
  readonly indicator?: string;
}

export interface PublicationView {
  id: string;
  title: string;
  kind: 'table' | 'dashboard';
  dataType: string;
  aggregation: string;
  audience: PublicationAudience;
  audienceOrganisationId: string | null;
  status: 'published' | 'unpublished';
  version: number;
  publishedAt: string;
  unpublishedAt: string | null;
  snapshot: Snapshot;
  checks: Record<string, unknown>;
  includesCoordinates: boolean;
  /** The DIA that covered it (finer than admin-2 or with coordinates), or null. */
  assessmentId: string | null;
}

export interface PublishResult {
  publication: PublicationView;
  /** Shown once: the public link's token (audience public only). */
  publicToken: string | null;
}

function view(row: PublicationRow): PublicationView {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    dataType: row.dataType,
    aggregation: row.aggregation,
    audience: row.audience,
    audienceOrganisationId: row.audienceOrganisationId,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt.toISOString(),
    unpublishedAt: row.unpublishedAt?.toISOString() ?? null,
    snapshot: row.snapshot as unknown as Snapshot,
    checks: row.checks,
    includesCoordinates: row.includesCoordinates,
    assessmentId: row.assessmentId,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validate(input: unknown): PublishInput {
  const o = (input ?? {}) as Record<string, unknown>;
  const fields: { path: string; message: string }[] = [];
  const title = typeof o.title === 'string' ? o.title.trim() : '';
  if (title === '' || title.length > 200)
    fields.push({ path: 'title', message: 'A title of 1 to 200 characters' });
  // With a report source, the framework gives the data type and the dimensions the level.
  if (o.report === undefined) {
    if (typeof o.dataType !== 'string' || !DATA_TYPES.ids.includes(o.dataType as never))
      fields.push({ path: 'dataType', message: 'A data type of the vocabulary' });
    if (typeof o.aggregation !== 'string' || !AGGREGATION_LEVELS.ids.includes(o.aggregation as never))
      fields.push({ path: 'aggregation', message: 'An aggregation level (adm0, adm1, adm2, …)' });
  }
  if (!PUBLICATION_AUDIENCES.includes(o.audience as PublicationAudience))
    fields.push({ path: 'audience', message: 'public, cluster or organisation' });
  if (o.audience === 'organisation' && typeof o.audienceOrganisationId !== 'string')
    fields.push({ path: 'audienceOrganisationId', message: 'The organisation that receives it' });
  const kind = o.kind === undefined ? 'table' : o.kind;
  if (kind !== 'table' && kind !== 'dashboard') fields.push({ path: 'kind', message: 'table or dashboard' });
  const table = o.table as PublicationTableInput | undefined;
  const report = o.report as ReportSource | undefined;
  if (report !== undefined) {
    if (
      typeof report !== 'object' ||
      report === null ||
      typeof report.framework !== 'string' ||
      !Array.isArray(report.periods) ||
      report.periods.length === 0 ||
      report.periods.length > 24 ||
      !report.periods.every((p) => typeof p === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(p)) ||
      !Array.isArray(report.by) ||
      report.by.length === 0 ||
      report.by.length > 4 ||
      !report.by.every((d) => typeof d === 'string' && isAggregateDimension(d) && d !== 'organisation') ||
      (report.measure !== undefined && report.measure !== 'reached' && report.measure !== 'targeted') ||
      (report.indicator !== undefined && typeof report.indicator !== 'string')
    )
      fields.push({
        path: 'report',
        message:
          'A report source: { framework, periods: ["YYYY-MM", …], by: [adm1|adm2|month|sex|age|population-group|disability|indicator|activity, at most 4], measure?, indicator? }',
      });
  } else if (!table || !Array.isArray(table.dimensions) || !Array.isArray(table.rows))
    fields.push({ path: 'table', message: 'A table: { dimensions, rows }, or a report source' });
  else {
    const cells = table.dimensions.reduce(
      (n, d) => n * ((Array.isArray(d?.codes) ? d.codes.length : 0) + 1),
      1,
    );
    if (cells > MAX_PUBLICATION_CELLS)
      fields.push({
        path: 'table',
        message: `At most ${MAX_PUBLICATION_CELLS} cells (totals included), not ${cells}`,
      });
  }
  const assessmentId = o.assessmentId;
  if (assessmentId !== undefined && (typeof assessmentId !== 'string' || !UUID.test(assessmentId)))
    fields.push({ path: 'assessmentId', message: 'The id of a signed-off impact assessment' });
  if (o.includesCoordinates !== undefined && typeof o.includesCoordinates !== 'boolean')
    fields.push({ path: 'includesCoordinates', message: 'true or false' });
  if (fields.length > 0) throw new ServiceError('validation', 'The publication is not valid.', { fields });
  return {
    title,
    kind: kind as 'table' | 'dashboard',
    dataType: (o.dataType as string | undefined) ?? '',
    aggregation: (o.aggregation as AggregationLevel | undefined) ?? 'adm0',
    audience: o.audience as PublicationAudience,
    audienceOrganisationId: o.audience === 'organisation' ? (o.audienceOrganisationId as string) : null,
    ...(report !== undefined ? { report } : { table: table! }),
    ...(typeof assessmentId === 'string' ? { assessmentId } : {}),
    ...(o.includesCoordinates === true ? { includesCoordinates: true } : {}),
  };
}

/** Coordinates as declared, or seen in the table (a coordinates dimension, lat/lon codes). */
function withCoordinates(input: PublishInput & { table: PublicationTableInput }): boolean {
  return input.includesCoordinates === true || tableHasCoordinates(input.table);
}

/** Validates the optional body of a republication: { assessmentId? }. */
function validateRepublish(raw: unknown): { assessmentId?: string } {
  if (raw === undefined || raw === null) return {};
  const o = raw as Record<string, unknown>;
  if (o.assessmentId === undefined) return {};
  if (typeof o.assessmentId !== 'string' || !UUID.test(o.assessmentId))
    throw new ServiceError('validation', 'The republication is not valid.', {
      fields: [{ path: 'assessmentId', message: 'The id of a signed-off impact assessment' }],
    });
  return { assessmentId: o.assessmentId };
}

/**
 * The table to check: as given, or computed in the database from APPROVED report values with the
 * publisher's rights (RLS), one flat dimension per `by` (codes as found). With a report source the
 * framework's data type and the finest admin level of `by` are what the ISP is asked about.
 */
async function resolveTable(
  tx: Tx,
  input: PublishInput,
): Promise<PublishInput & { table: PublicationTableInput }> {
  if (!input.report) return input as PublishInput & { table: PublicationTableInput };
  const r = input.report;
  const row = await findFrameworkByCode(tx, r.framework);
  if (!row)
    throw new ServiceError('not-found', `There is no reporting framework with the code ${r.framework}.`);
  const framework = frameworkView(row);
  // A magnitude (unit other than people, e.g. items) is protected by the dominance rule on the
  // organisations' contributions; people by the small-count threshold. Never both in one sum.
  const selected = framework.indicators.filter((i) => r.indicator === undefined || i.id === r.indicator);
  const magnitude = selected.length > 0 && selected.every((i) => i.unit !== 'people');
  if (!magnitude && selected.some((i) => i.unit !== 'people'))
    throw new ServiceError(
      'validation',
      `The framework ${framework.code} mixes people and other units (${[...new Set(selected.map((i) => i.unit))].join(', ')}): publish one indicator at a time.`,
    );
  const rows = await aggregateReportValues(tx, {
    frameworkId: framework.id,
    periods: r.periods,
    // Magnitudes: one more group, the organisation, whose values are each cell's contributions.
    by: magnitude ? [...r.by, 'organisation'] : r.by,
    measure: r.measure ?? 'reached',
    ...(r.indicator ? { indicators: [r.indicator] } : {}),
    viewerOrganisationId: null,
  });
  const codes = r.by.map(() => new Set<string>());
  for (const v of rows) r.by.forEach((_, j) => codes[j]!.add(v.codes[j]!));
  const leaves = new Map<
    string,
    { codes: string[]; count: number; contributors: { id: string; value: number }[] }
  >();
  for (const v of rows) {
    const cell = v.codes.slice(0, r.by.length);
    const key = JSON.stringify(cell);
    const leaf = leaves.get(key) ?? { codes: cell, count: 0, contributors: [] };
    leaf.count += Number(v.count);
    if (magnitude) leaf.contributors.push({ id: v.codes[r.by.length]!, value: Number(v.count) });
    leaves.set(key, leaf);
  }
  return {
    ...input,
    dataType: framework.dataType,
    aggregation: r.by.includes('adm2') ? 'adm2' : r.by.includes('adm1') ? 'adm1' : 'adm0',
    table: {
      dimensions: r.by.map((name, j) => ({ name, codes: [...codes[j]!].sort().map((code) => ({ code })) })),
      rows: [...leaves.values()].map((l) => (magnitude ? l : { codes: l.codes, count: l.count })),
      ...(magnitude ? { magnitude: true } : {}),
    },
  };
}

/** Dimensions whose codes are p-codes named from the gazetteer. */
const AREA_DIMENSIONS = new Set(['adm1', 'adm2', 'adm3']);

/**
 * The snapshot with the gazetteer's names of its area codes frozen in it (issue 10: the public
 * snapshot shows names, p-codes second). Codes the gazetteer does not know stay unnamed.
 */
export async function withAreaNames(tx: Tx, snapshot: Snapshot): Promise<Snapshot> {
  const dims = snapshot.dimensions.map((d, i) => ({ ...d, i })).filter((d) => AREA_DIMENSIONS.has(d.name));
  if (dims.length === 0) return snapshot;
  const codes = new Set<string>();
  for (const c of snapshot.cells)
    for (const d of dims) if (c.codes[d.i] !== d.total) codes.add(c.codes[d.i]!);
  const names = await adminAreaNames(tx, [...codes]);
  const labels: Record<string, Record<string, string>> = { ...(snapshot.labels ?? {}) };
  for (const d of dims) {
    const own: Record<string, string> = {};
    for (const c of snapshot.cells) {
      const code = c.codes[d.i]!;
      const name = names.get(code);
      if (name !== undefined) own[code] = name;
    }
    labels[d.name] = own;
  }
  return { ...snapshot, labels };
}

export function createPublicationService(ctx: Context) {
  const asActor = <T>(actor: Actor, fn: (tx: Tx) => Promise<T>) =>
    ctx.db.withActor(dbActor(actor, ctx.clock()), fn);

  /** ISP decision (recorded) + disclosure control. Refusals are audited and thrown. */
  async function check(
    tx: Tx,
    actor: Actor,
    org: string,
    input: PublishInput & { table: PublicationTableInput },
    targetId: string | null,
  ) {
    const isp = await loadActiveIsp(tx);
    const decision = await decideAndRecord(
      tx,
      ctx.clock(),
      actor,
      {
        facts: {
          dataType: input.dataType,
          aggregation: input.aggregation,
          includesNames: false,
          includesCoordinates: withCoordinates(input),
        },
        recipient: input.audience,
        form: 'aggregate-publication',
        target: { targetType: 'publication', targetId, organisationId: org },
      },
      isp,
    );
    const result: PublicationCheck = checkPublication({
      dataType: input.dataType,
      aggregation: input.aggregation,
      audience: input.audience,
      table: input.table,
      decision,
      settings: isp?.settings ?? null,
      // HiGHS: the interval audit proves every primary cell by LP, whatever the table's size.
      solver: await loadHighsSolver(),
    });
    return { result, decision };
  }

  async function refuse(
    tx: Tx,
    actor: Actor,
    org: string,
    targetId: string | null,
    input: PublishInput,
    result: Extract<PublicationCheck, { ok: false }>,
    decision: IspDecision,
  ): Promise<ServiceError> {
    await appendAuditAs(tx, ctx.clock(), actor, {
      action: PUBLICATION_AUDIT.refused,
      targetType: 'publication',
      targetId,
      organisationId: org,
      outcome: 'denied',
      details: {
        title: input.title,
        audience: input.audience,
        reason: result.refusal.reason,
        rule: result.refusal.rule,
        cells: result.refusal.cells.slice(0, 50),
        checks: result.checks,
      },
    });
    return new ServiceError('publication-refused', result.refusal.message, {
      reason: result.refusal.reason,
      cells: result.refusal.cells,
      rule: result.refusal.rule,
      checks: result.checks,
      decision: {
        decision: decision.decision,
        rule: decision.rule,
        reason: decision.reason,
        sensitivity: decision.sensitivity,
        ispVersion: decision.ispVersion,
        explanation: decision.explanation,
      },
    });
  }

  return {
    /** Publishes a table for an audience (cluster roles of the active organisation). */
    async publish(actor: Actor, raw: unknown): Promise<PublishResult> {
      const org = requireRole(actor, CLUSTER_ROLES, 'publish');
      const given = validate(raw);
      // A refusal must leave its audit entries: checked in one transaction, refused after it commits.
      const outcome = await asActor(actor, async (tx) => {
        const input = await resolveTable(tx, given);
        const { result, decision } = await check(tx, actor, org, input, null);
        if (!result.ok) return { error: await refuse(tx, actor, org, null, input, result, decision) };
        // Finer than admin-2 or with coordinates: a signed-off DIA of the publisher's organisation first (§9.2).
        const coordinates = withCoordinates(input);
        const dia = await checkDia(
          tx,
          ctx.clock(),
          actor,
          org,
          { kind: 'publication', adminLevel: adminLevelOf(input.aggregation), coordinates },
          given.assessmentId ? [given.assessmentId] : [],
          { targetType: 'publication', targetId: null },
        );
        if (dia.error) return { error: dia.error };
        const token = input.audience === 'public' ? randomToken(ctx) : null;
        const snapshot = await withAreaNames(tx, result.snapshot);
        const row = await insertPublication(
          tx,
          {
            organisationId: org,
            kind: input.kind ?? 'table',
            title: input.title,
            dataType: input.dataType,
            aggregation: input.aggregation,
            audience: input.audience,
            audienceOrganisationId: input.audienceOrganisationId ?? null,
            status: 'published',
            version: 1,
            snapshot: snapshot as unknown as Record<string, unknown>,
            checks: result.checks as unknown as Record<string, unknown>,
            publicTokenHash: token ? sha256Hex(token) : null,
            includesCoordinates: coordinates,
            assessmentId: dia.assessmentId,
            publishedAt: ctx.clock(),
            publishedBy: actor.userId,
          },
          given.report
            ? { report: given.report }
            : { table: input.table as unknown as Record<string, unknown> },
        );
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: PUBLICATION_AUDIT.published,
          targetType: 'publication',
          targetId: row.id,
          organisationId: org,
          outcome: 'success',
          details: {
            title: input.title,
            audience: input.audience,
            version: 1,
            checks: result.checks,
            ...(dia.assessmentId ? { assessment: dia.assessmentId } : {}),
          },
        });
        return { value: { publication: view(row), publicToken: token } };
      });
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    },

    /** Re-checks the stored source under the ISP in force and replaces the snapshot (same link). */
    async republish(actor: Actor, id: string, raw?: unknown): Promise<PublishResult> {
      const org = requireRole(actor, CLUSTER_ROLES, 'publish');
      const given = validateRepublish(raw);
      const outcome = await asActor(actor, async (tx) => {
        const row = await findPublication(tx, id);
        const source = row && row.organisationId === org ? await findPublicationSource(tx, id) : null;
        if (!row || !source)
          throw new ServiceError('not-found', 'No publication of your organisation has this id.');
        const input = await resolveTable(tx, {
          title: row.title,
          kind: row.kind,
          dataType: row.dataType,
          aggregation: row.aggregation as AggregationLevel,
          audience: row.audience,
          audienceOrganisationId: row.audienceOrganisationId,
          ...(source.report
            ? { report: source.report as unknown as ReportSource }
            : { table: source.table as unknown as PublicationTableInput }),
          ...(row.includesCoordinates ? { includesCoordinates: true } : {}),
        });
        const { result, decision } = await check(tx, actor, org, input, id);
        if (!result.ok) {
          // The old snapshot must not stay out when the re-check fails: it is withdrawn.
          await updatePublication(tx, id, {
            status: 'unpublished',
            unpublishedAt: ctx.clock(),
            unpublishedBy: actor.userId,
          });
          return { error: await refuse(tx, actor, org, id, input, result, decision) };
        }
        // The DIA is checked again (§9.2): one named now, else the one that covered it. A DIA that
        // is no longer signed off or in date withdraws the publication, like a failed ISP check.
        const coordinates = withCoordinates(input);
        const named = given.assessmentId ?? row.assessmentId;
        const dia = await checkDia(
          tx,
          ctx.clock(),
          actor,
          org,
          { kind: 'publication', adminLevel: adminLevelOf(input.aggregation), coordinates },
          named ? [named] : [],
          { targetType: 'publication', targetId: id },
        );
        if (dia.error) {
          if (row.status === 'published')
            await updatePublication(tx, id, {
              status: 'unpublished',
              unpublishedAt: ctx.clock(),
              unpublishedBy: actor.userId,
            });
          return { error: dia.error };
        }
        const version = row.version + 1;
        const token = row.audience === 'public' && !row.publicTokenHash ? randomToken(ctx) : null;
        const updated = await updatePublication(tx, id, {
          status: 'published',
          version,
          snapshot: (await withAreaNames(tx, result.snapshot)) as unknown as Record<string, unknown>,
          checks: result.checks as unknown as Record<string, unknown>,
          publishedAt: ctx.clock(),
          publishedBy: actor.userId,
          unpublishedAt: null,
          unpublishedBy: null,
          includesCoordinates: coordinates,
          assessmentId: dia.assessmentId,
          ...(token ? { publicTokenHash: sha256Hex(token) } : {}),
        });
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: PUBLICATION_AUDIT.published,
          targetType: 'publication',
          targetId: id,
          organisationId: org,
          outcome: 'success',
          details: {
            title: row.title,
            audience: row.audience,
            version,
            republished: true,
            checks: result.checks,
            ...(dia.assessmentId ? { assessment: dia.assessmentId } : {}),
          },
        });
        return { value: { publication: view(updated!), publicToken: token } };
      });
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    },

    /** Withdraws a publication at once: its public link stops answering. */
    async unpublish(actor: Actor, id: string): Promise<PublicationView> {
      const org = requireRole(actor, CLUSTER_ROLES, 'unpublish');
      return asActor(actor, async (tx) => {
        const row = await findPublication(tx, id);
        if (!row || row.organisationId !== org)
          throw new ServiceError('not-found', 'No publication of your organisation has this id.');
        const updated = await updatePublication(tx, id, {
          status: 'unpublished',
          unpublishedAt: ctx.clock(),
          unpublishedBy: actor.userId,
        });
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: PUBLICATION_AUDIT.unpublished,
          targetType: 'publication',
          targetId: id,
          organisationId: org,
          outcome: 'success',
          details: { title: row.title, audience: row.audience, version: row.version },
        });
        return view(updated!);
      });
    },

    /** Publications the actor may see (RLS): own organisation's, and those published to it. */
    list(actor: Actor): Promise<PublicationView[]> {
      return asActor(actor, async (tx) => (await listPublications(tx)).map(view));
    },

    async get(actor: Actor, id: string): Promise<PublicationView> {
      const row = await asActor(actor, (tx) => findPublication(tx, id));
      if (!row) throw new ServiceError('not-found', 'No publication you may see has this id.');
      return view(row);
    },

    /** The public link: the snapshot of a published public publication, by token; nothing else. */
    async publicSnapshot(token: string) {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token))
        throw new ServiceError('not-found', 'This link does not lead to a publication.');
      const row = await ctx.db.withAnonymous((tx) => findPublicSnapshot(tx, sha256Hex(token)));
      if (!row) throw new ServiceError('not-found', 'This link does not lead to a publication.');
      return {
        title: row.title,
        kind: row.kind,
        dataType: row.dataType,
        aggregation: row.aggregation,
        version: row.version,
        publishedAt: row.publishedAt.toISOString(),
        snapshot: row.snapshot as unknown as Snapshot,
      };
    },
  };
}

/** Files of a snapshot: CSV, HXL-tagged CSV (the HDX export) or XLSX, suppression kept. */
export function snapshotFile(
  snapshot: Snapshot,
  format: 'csv' | 'hxl' | 'xlsx',
): { body: string | Uint8Array; contentType: string; extension: string } {
  if (format === 'xlsx')
    return {
      body: snapshotXlsx(snapshot),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    };
  return {
    body: snapshotCsv(snapshot, { hxl: format === 'hxl' }),
    contentType: 'text/csv; charset=utf-8',
    extension: format === 'hxl' ? 'hxl.csv' : 'csv',
  };
}
