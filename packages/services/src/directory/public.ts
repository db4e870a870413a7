/**
 * The public, read-only directory and its HSDS feed (no sign-in): only services listed
 * publicly, only public contacts (row-level security without a session), and only what the ISP
 * in force allows for "service mapping" to the public: the listing by admin area, and the
 * location points only when the ISP allows coordinates for the public (else admin areas only).
 * Both decisions are evaluated with the ISP in force and returned with the directory; they are
 * not recorded in the audit log (a request without a session cannot write it: migration 0005),
 * and the result is kept for a minute.
 */
import type { Isp, IspDecision } from '@steward/core/isp/index';
import { findPublicEndorsedIsp, listTaxonomyTerms } from '@steward/db/repositories/directory';
import { listAdminAreas } from '@steward/db/repositories/reference';
import { evaluate } from '../isp/decision-point';
import type { DirectoryDeps } from './deps';
import { toHsdsPage, toHsdsService } from './hsds';
import { readViews } from './services';
import { DEFAULT_TIME_ZONE, filterServices, type DirectoryFilters, type ServiceView } from './views';

export interface PublicDecision {
  decision: IspDecision['decision'];
  reason: string;
  explanation: string;
  ispVersion: string;
}

export interface PublicDirectory {
  /** Whether the ISP allows the listing, and the points, for the public. */
  listing: PublicDecision;
  points: PublicDecision;
  services: ServiceView[];
  /**
   * The gazetteer's name of each p-code the services cover or are located in (`MZ0104` → its
   * name), so the public reads a place, not only a code; a p-code the gazetteer does not know is
   * not listed (shown as its code).
   */
  areaNames: Record<string, string>;
}

const CACHE_MS = 60_000;
const brief = (d: IspDecision): PublicDecision => ({
  decision: d.decision,
  reason: d.reason,
  explanation: d.explanation,
  ispVersion: d.ispVersion,
});

export function createPublicDirectory(deps: DirectoryDeps) {
  const { ctx } = deps;
  const cache = new Map<
    string,
    { at: number; revision: number; value: PublicDirectory; parents: Map<string, string | null> }
  >();

  /** `use`: the page or the feed (each records its own decisions). */
  const load = async (use: 'page' | 'feed') => {
    const now = ctx.clock();
    const hit = cache.get(use);
    const revision = deps.revision();
    if (hit && hit.revision === revision && Math.abs(now.getTime() - hit.at) < CACHE_MS) return hit;
    const fresh = await deps.asPublic(async (tx) => {
      const row = await findPublicEndorsedIsp(tx);
      const isp = row
        ? ({ ...(row.document as unknown as Isp), id: row.id, version: row.version } as Isp)
        : null;
      const facts = { dataType: 'service-mapping', includesNames: false, consentObtained: false };
      const listing = evaluate(isp, {
        facts: { ...facts, aggregation: 'adm2', includesCoordinates: false },
        recipient: 'public',
        form: 'publication',
      });
      const points = evaluate(isp, {
        facts: { ...facts, aggregation: 'site', includesCoordinates: true },
        recipient: 'public',
        form: 'publication',
      });
      const allowed = listing.decision !== 'deny';
      const views = allowed ? await readViews(tx, deps.today()) : [];
      const showPoints = points.decision !== 'deny';
      const services = views
        .filter((s) => s.isPublic && s.status === 'active')
        .map((s) => ({
          ...s,
          contacts: s.contacts.filter((c) => c.visibility === 'public'),
          locations: s.locations.map((l) =>
            showPoints ? l : { ...l, latitude: null, longitude: null, address1: null },
          ),
        }));
      const areas = await listAdminAreas(tx, 'MOZ');
      const used = new Set(
        services.flatMap((s) => [...s.coveragePcodes, ...s.locations.map((l) => l.adminPcode ?? '')]),
      );
      const areaNames: Record<string, string> = {};
      for (const a of areas) if (used.has(a.pcode)) areaNames[a.pcode] = a.name;
      return {
        value: { listing: brief(listing), points: brief(points), services, areaNames },
        parents: new Map(areas.map((a) => [a.pcode, a.parentPcode])),
      };
    });
    const entry = { at: now.getTime(), revision, ...fresh };
    cache.set(use, entry);
    return entry;
  };

  return {
    /** The public directory, filtered as a caseworker would (no sign-in). */
    async publicDirectory(
      filters: DirectoryFilters = {},
      timeZone = DEFAULT_TIME_ZONE,
    ): Promise<PublicDirectory> {
      const { value, parents } = await load('page');
      return {
        ...value,
        services: filterServices(
          value.services,
          { ...filters, stale: undefined },
          ctx.clock(),
          timeZone,
          parents,
        ),
      };
    },

    /** The public HSDS 3.0 feed: the `/services` page of the public directory. */
    async publicFeed(): Promise<Record<string, unknown>> {
      const { value } = await load('feed');
      const terms = await deps.asPublic((tx) => listTaxonomyTerms(tx));
      const byCode = new Map(terms.map((t) => [t.code, t]));
      return toHsdsPage(value.services.map((s) => toHsdsService(s, byCode)));
    },
  };
}
