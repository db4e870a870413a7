/**
 * Partners maintain their own services (create, update, review, delete); every signed-in member
 * lists and filters the whole directory; cluster roles flag stale entries and edit the taxonomy.
 * Writes need `registry.manage` in the organisation (focal points, IM officers, cluster roles):
 * the directory is part of what an organisation declares about itself. RLS enforces the owner.
 */
import { listAdminAreas, type Tx } from '@steward/db';
import {
  deleteService,
  deleteServiceAtLocations,
  deleteServiceContacts,
  deleteServiceLocation,
  findService,
  flagStaleService,
  insertService,
  insertServiceAtLocation,
  insertServiceContact,
  insertServiceLocation,
  insertTaxonomyTerm,
  listServiceAtLocations,
  listServiceContacts,
  listServiceLocations,
  listServices,
  listTaxonomyTerms,
  updateService,
  updateTaxonomyTerm,
  type ServiceRow,
  type TaxonomyTermRow,
} from '@steward/db/repositories/directory';
import { appendAuditAs } from '../audit';
import { decideAndRecord } from '../isp/decision-point';
import { ServiceError } from '../errors';
import type { Actor, Caller } from '../types';
import { allowed } from '../util';
import type { DirectoryDeps } from './deps';
import { TERM_DEFAULT_POSITION, validateTaxonomyTerm } from './taxonomy';
import { validateService, validationError, type ServiceInput } from './validation';
import {
  DEFAULT_TIME_ZONE,
  filterServices,
  serviceViews,
  type DirectoryFilters,
  type ServiceView,
} from './views';

export interface TaxonomyTermView {
  code: string;
  name: string;
  description: string;
  position: number;
}

const termView = (t: TaxonomyTermRow): TaxonomyTermView => ({
  code: t.code,
  name: t.name,
  description: t.description,
  position: t.position,
});

/** Every service the transaction's actor can read, as views (RLS decides which rows). */
export async function readViews(tx: Tx, today: string, serviceIds?: string[]): Promise<ServiceView[]> {
  const rows = await listServices(tx);
  const picked = serviceIds ? rows.filter((r) => serviceIds.includes(r.service.id)) : rows;
  const ids = picked.map((r) => r.service.id);
  if (ids.length === 0) return [];
  const [links, contacts, locations] = await Promise.all([
    listServiceAtLocations(tx, ids),
    listServiceContacts(tx, ids),
    listServiceLocations(tx),
  ]);
  return serviceViews(picked, locations, links, contacts, today);
}

/**
 * Whether the ISP allows service-location points (coordinates) to go to cluster members, decided
 * and recorded; when it does not, other organisations' points are removed (admin areas remain).
 */
export async function pointsForCluster(
  tx: Tx,
  at: Date,
  actor: Actor,
  form: 'share' | 'export',
  views: ServiceView[],
): Promise<ServiceView[]> {
  const d = await decideAndRecord(tx, at, actor, {
    facts: {
      dataType: 'service-mapping',
      aggregation: 'site',
      includesNames: false,
      includesCoordinates: true,
    },
    recipient: 'cluster',
    form,
    target: { targetType: 'service-locations', targetId: null, organisationId: null },
  });
  if (d.decision !== 'deny') return views;
  // The organisation the actor acts for keeps its own points.
  return views.map((v) =>
    v.organisationId === actor.activeOrganisationId
      ? v
      : { ...v, locations: v.locations.map((l) => ({ ...l, latitude: null, longitude: null })) },
  );
}

/** The child → parent map of the gazetteer (for "with parent areas"). */
export async function areaParents(tx: Tx): Promise<Map<string, string | null>> {
  const areas = await listAdminAreas(tx, 'MOZ');
  return new Map(areas.map((a) => [a.pcode, a.parentPcode]));
}

/**
 * Writes a validated service for `organisationId`: a new row, or replaces `existing` (its
 * locations, links and contacts are written anew). An edit counts as a review.
 */
export async function writeService(
  tx: Tx,
  now: Date,
  actor: Actor,
  organisationId: string,
  input: ServiceInput,
  existing: ServiceRow | null,
  id?: string,
): Promise<string> {
  const today = now.toISOString().slice(0, 10);
  const { locations, contacts, ...fields } = input;
  let serviceId: string;
  if (existing) {
    const oldLinks = await listServiceAtLocations(tx, [existing.id]);
    await deleteServiceAtLocations(tx, existing.id);
    await deleteServiceContacts(tx, existing.id);
    for (const l of oldLinks) {
      const stillUsed = (await listServiceAtLocations(tx)).some((x) => x.locationId === l.locationId);
      if (!stillUsed) await deleteServiceLocation(tx, l.locationId);
    }
    await updateService(tx, existing.id, {
      ...fields,
      assuredDate: today,
      staleFlaggedAt: null,
      staleFlaggedBy: null,
      updatedAt: now,
    });
    serviceId = existing.id;
  } else {
    const row = await insertService(tx, {
      ...(id ? { id } : {}),
      ...fields,
      organizationId: organisationId,
      assuredDate: today,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
    });
    serviceId = row.id;
  }
  for (const l of locations) {
    const loc = await insertServiceLocation(tx, {
      ...l,
      organizationId: organisationId,
      createdAt: now,
      updatedAt: now,
    });
    await insertServiceAtLocation(tx, { organizationId: organisationId, serviceId, locationId: loc.id });
  }
  for (const c of contacts) {
    await insertServiceContact(tx, { ...c, organizationId: organisationId, serviceId, createdAt: now });
  }
  return serviceId;
}

export function createDirectoryServices(deps: DirectoryDeps) {
  const { ctx } = deps;

  const requireActor = (caller: Caller): Actor => {
    if (caller.via === 'system')
      throw new ServiceError('forbidden', 'The directory is used by signed-in members.');
    return caller;
  };

  /** The organisation the actor writes for: the active one, where they may manage. */
  const writingOrganisation = (actor: Actor): string => {
    const org = actor.activeOrganisationId;
    if (!org || !allowed(actor, 'registry.manage', org))
      throw new ServiceError(
        'forbidden',
        "Only your organisation's focal points and information managers maintain its services.",
      );
    return org;
  };

  /** Runs a write as the actor; the public directory reloads afterwards. */
  const write = async <T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    try {
      return await deps.as(actor, fn);
    } finally {
      deps.changed();
    }
  };

  const taxonomyCodes = async (tx: Tx) => new Set((await listTaxonomyTerms(tx)).map((t) => t.code));

  const mustFindOwn = async (tx: Tx, actor: Actor, id: string): Promise<ServiceRow> => {
    const row = await findService(tx, id);
    if (!row) throw new ServiceError('not-found', `There is no service ${id} that you can see.`);
    if (row.organizationId !== actor.activeOrganisationId)
      throw new ServiceError('forbidden', 'Only the organisation that offers a service maintains it.');
    return row;
  };

  return {
    /** The whole directory for signed-in members, with the caseworker's filters. */
    async list(
      caller: Caller,
      filters: DirectoryFilters = {},
      timeZone = DEFAULT_TIME_ZONE,
    ): Promise<ServiceView[]> {
      const actor = requireActor(caller);
      const now = ctx.clock();
      return deps.as(actor, async (tx) => {
        const views = await pointsForCluster(tx, now, actor, 'share', await readViews(tx, deps.today()));
        const parents = filters.pcode ? await areaParents(tx) : new Map<string, string | null>();
        return filterServices(views, filters, now, timeZone, parents);
      });
    },

    async get(caller: Caller, id: string): Promise<ServiceView> {
      const actor = requireActor(caller);
      return deps.as(actor, async (tx) => {
        const found = await readViews(tx, deps.today(), [id]);
        if (found.length === 0)
          throw new ServiceError('not-found', `There is no service ${id} that you can see.`);
        const [view] = await pointsForCluster(tx, ctx.clock(), actor, 'share', found);
        return view!;
      });
    },

    async create(caller: Caller, body: unknown): Promise<ServiceView> {
      const actor = requireActor(caller);
      const org = writingOrganisation(actor);
      const now = ctx.clock();
      return write(actor, async (tx) => {
        const v = validateService(body, await taxonomyCodes(tx));
        if (!v.ok) throw validationError('The service is not valid', v.problems);
        const id = await writeService(tx, now, actor, org, v.value, null);
        await appendAuditAs(tx, now, actor, {
          action: 'directory.service.create',
          targetType: 'service',
          targetId: id,
          organisationId: org,
        });
        const [view] = await readViews(tx, deps.today(), [id]);
        return view!;
      });
    },

    async update(caller: Caller, id: string, body: unknown): Promise<ServiceView> {
      const actor = requireActor(caller);
      const org = writingOrganisation(actor);
      const now = ctx.clock();
      return write(actor, async (tx) => {
        const existing = await mustFindOwn(tx, actor, id);
        const v = validateService(body, await taxonomyCodes(tx));
        if (!v.ok) throw validationError('The service is not valid', v.problems);
        await writeService(tx, now, actor, org, v.value, existing);
        await appendAuditAs(tx, now, actor, {
          action: 'directory.service.update',
          targetType: 'service',
          targetId: id,
          organisationId: org,
        });
        const [view] = await readViews(tx, deps.today(), [id]);
        return view!;
      });
    },

    /** The owner confirms the entry is current (clears the stale flag). */
    async review(caller: Caller, id: string): Promise<ServiceView> {
      const actor = requireActor(caller);
      const org = writingOrganisation(actor);
      const now = ctx.clock();
      return write(actor, async (tx) => {
        await mustFindOwn(tx, actor, id);
        await updateService(tx, id, {
          assuredDate: deps.today(),
          staleFlaggedAt: null,
          staleFlaggedBy: null,
          updatedAt: now,
        });
        await appendAuditAs(tx, now, actor, {
          action: 'directory.service.review',
          targetType: 'service',
          targetId: id,
          organisationId: org,
        });
        const [view] = await readViews(tx, deps.today(), [id]);
        return view!;
      });
    },

    async remove(caller: Caller, id: string): Promise<void> {
      const actor = requireActor(caller);
      const org = writingOrganisation(actor);
      const now = ctx.clock();
      await write(actor, async (tx) => {
        const existing = await mustFindOwn(tx, actor, id);
        const links = await listServiceAtLocations(tx, [existing.id]);
        await deleteService(tx, id);
        for (const l of links) {
          if (!(await listServiceAtLocations(tx)).some((x) => x.locationId === l.locationId))
            await deleteServiceLocation(tx, l.locationId);
        }
        await appendAuditAs(tx, now, actor, {
          action: 'directory.service.delete',
          targetType: 'service',
          targetId: id,
          organisationId: org,
        });
      });
    },

    /** A cluster role flags a stale service (the owner sees the flag until it reviews). */
    async flagStale(caller: Caller, id: string): Promise<ServiceView> {
      const actor = requireActor(caller);
      const now = ctx.clock();
      return deps.as(actor, async (tx) => {
        if (!(await findService(tx, id)))
          throw new ServiceError('not-found', `There is no service ${id} that you can see.`);
        if (!(await flagStaleService(tx, id, now)))
          throw new ServiceError('forbidden', 'Only the cluster coordinator and IMO flag stale services.');
        await appendAuditAs(tx, now, actor, {
          action: 'directory.service.flag-stale',
          targetType: 'service',
          targetId: id,
        });
        const [view] = await readViews(tx, deps.today(), [id]);
        return view!;
      });
    },

    async taxonomy(caller: Caller): Promise<TaxonomyTermView[]> {
      const actor = requireActor(caller);
      return deps.as(actor, async (tx) => (await listTaxonomyTerms(tx)).map(termView));
    },

    /** Adds or changes a taxonomy term (cluster roles; the database refuses others). */
    async setTaxonomyTerm(caller: Caller, body: unknown): Promise<TaxonomyTermView> {
      const actor = requireActor(caller);
      const v = validateTaxonomyTerm(body);
      if (!v.ok) throw validationError('The taxonomy term is not valid', v.problems);
      const { code, name, description, position } = v.value;
      const now = ctx.clock();
      return deps.as(actor, async (tx) => {
        const mayEdit =
          actor.memberships.some((m) => m.role === 'cluster-coordinator' || m.role === 'cluster-imo') ||
          actor.isAdmin;
        if (!mayEdit) throw new ServiceError('forbidden', 'Only cluster roles edit the service taxonomy.');
        const existing = (await listTaxonomyTerms(tx)).find((t) => t.code === code);
        const row = existing
          ? await updateTaxonomyTerm(tx, code, {
              name,
              description,
              position: position ?? existing.position,
              updatedAt: now,
            })
          : await insertTaxonomyTerm(tx, {
              code,
              name,
              description,
              position: position ?? TERM_DEFAULT_POSITION,
              createdAt: now,
              updatedAt: now,
            });
        if (!row) throw new ServiceError('forbidden', 'Only cluster roles edit the service taxonomy.');
        await appendAuditAs(tx, now, actor, {
          action: 'directory.taxonomy.set',
          targetType: 'taxonomy-term',
          targetId: row.id,
        });
        return termView(row);
      });
    },
  };
}
