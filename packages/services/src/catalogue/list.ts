/**
 * The catalogue list: the metadata the database gives (steward_catalogue_entries: entries shared
 * with the cluster, active, one statement), each decided for the viewer's organisation
 * (decide.ts); what the ISP does not allow is left out; filtered, then one page. The decisions
 * shown about other organisations' entries are recorded as one batch in the audit log, as the
 * registry list records its own (targetType `catalogue`); no personal data is read.
 */
import { agreementStatus } from '@steward/core/sharing/access';
import type { Tx } from '@steward/db';
import { listCatalogueEntries } from '@steward/db/repositories/catalogue';
import { listRecipientAgreementsOf } from '@steward/db/repositories/sharing';
import { ServiceError } from '../errors';
import { loadActiveIsp, recordDecisionBatch } from '../isp/decision-point';
import { requireActiveOrganisation } from '../isp/roles';
import { decisionBody } from '../registry/views';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { catalogueDecision } from './decide';
import {
  CATALOGUE_MAX_PAGE_SIZE,
  CATALOGUE_PAGE_SIZE,
  type CatalogueFilters,
  type CatalogueItem,
  type CataloguePage,
} from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalid(path: string, message: string): ServiceError {
  return new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });
}

/** The filters checked and normalised (blank texts are no filter). */
export function normaliseFilters(f: CatalogueFilters) {
  const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
  const q = text(f.q);
  if (q && q.length > 200) throw invalid('q', 'at most 200 characters');
  const owner = text(f.owner);
  if (owner && !UUID.test(owner)) throw invalid('owner', 'not an organisation id');
  const page = f.page ?? 1;
  if (!Number.isInteger(page) || page < 1) throw invalid('page', 'a whole number from 1');
  const pageSize = f.pageSize ?? CATALOGUE_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > CATALOGUE_MAX_PAGE_SIZE)
    throw invalid('pageSize', `a whole number from 1 to ${CATALOGUE_MAX_PAGE_SIZE}`);
  return {
    q,
    owner,
    dataType: text(f.dataType),
    aggregationLevel: text(f.aggregationLevel),
    sensitivity: f.sensitivity,
    requestable: f.requestable === true,
    page,
    pageSize,
  };
}

async function listInTx(
  tx: Tx,
  ctx: Context,
  actor: Actor,
  org: string,
  filters: ReturnType<typeof normaliseFilters>,
): Promise<CataloguePage> {
  const isp = await loadActiveIsp(tx);
  const rows = await listCatalogueEntries(tx, filters);
  const today = ctx.clock().toISOString().slice(0, 10);
  const inForce = new Map<string, { reference: string; expiresOn: string }>();
  for (const a of await listRecipientAgreementsOf(tx, org)) {
    if (agreementStatus(a, today) === 'active' && !inForce.has(a.registryEntryId))
      inForce.set(a.registryEntryId, { reference: a.reference, expiresOn: a.expiresOn });
  }
  const decided = rows.map((row) => ({
    row,
    answer: catalogueDecision(isp, row, row.organisationId === org),
  }));
  await recordDecisionBatch(
    tx,
    ctx.clock(),
    actor,
    'catalogue',
    decided
      .filter((d) => d.row.organisationId !== org)
      .map((d) => ({ id: d.row.id, organisationId: d.row.organisationId, decision: d.answer.decision })),
    isp,
  );
  let items: CatalogueItem[] = [];
  for (const { row, answer } of decided) {
    if (!answer.listed) continue;
    const own = answer.access === 'own';
    items.push({
      id: row.id,
      title: row.title,
      kind: row.kind,
      organisationId: row.organisationId,
      organisationAcronym: row.organisationAcronym,
      organisationName: row.organisationName,
      dataTypes: row.dataTypes,
      aggregationLevel: row.aggregationLevel,
      containsPersonalData: row.containsPersonalData,
      includesNames: row.includesNames,
      includesCoordinates: row.includesCoordinates,
      sensitivity: answer.decision.sensitivity,
      updatedAt: row.updatedAt.toISOString(),
      own,
      access: answer.access,
      decision: decisionBody(answer.decision),
      canRequest: !own,
      agreement: inForce.get(row.id) ?? null,
    });
  }
  if (filters.sensitivity) items = items.filter((i) => i.sensitivity === filters.sensitivity);
  if (filters.requestable) items = items.filter((i) => i.canRequest);
  const pages = Math.max(1, Math.ceil(items.length / filters.pageSize));
  const page = Math.min(filters.page, pages);
  return {
    items: items.slice((page - 1) * filters.pageSize, page * filters.pageSize),
    total: items.length,
    page,
    pageSize: filters.pageSize,
    pages,
    ispVersion: isp?.version ?? null,
  };
}

export function createCatalogueList(ctx: Context) {
  return {
    /** One page of the cluster catalogue for the actor's active organisation. */
    async list(actor: Actor, input: CatalogueFilters = {}): Promise<CataloguePage> {
      const org = requireActiveOrganisation(actor);
      const filters = normaliseFilters(input);
      return ctx.db.withActor(dbActor(actor, ctx.clock()), (tx) => listInTx(tx, ctx, actor, org, filters));
    },
  };
}
