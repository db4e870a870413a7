/**
 * Open Referral HSDS 3.0 mapping, both ways (pure). Export: a service view → an HSDS `service`
 * object with its organization, service_at_locations (with location, address, accessibility),
 * contacts (with phones), schedules, languages, service_areas (p-codes) and attributes (the
 * service type as a taxonomy term; the referral attributes of domain notes §10.3, which HSDS
 * lacks, as attributes of the taxonomy `steward-referral`). The export document is the paged
 * list of HSDS's `/services` response. Import: any HSDS document holding services (one service,
 * a page or array of services, an organization with services, service_at_location(s)) → inputs
 * for validateService, with the path of each service in the file.
 */
import { createHash } from 'node:crypto';
import type { ImportAdjustment } from '@steward/core/directory/import-notes';
import type { ServiceView } from './views';

export const HSDS_VERSION = '3.0';
export const TAXONOMY_SERVICE_TYPE = 'steward-service-type';
export const TAXONOMY_REFERRAL = 'steward-referral';
/** The §10.3 attributes carried as HSDS attributes (taxonomy_term.code → view field). */
const REFERRAL_ATTRIBUTES = [
  ['referral_method', 'referralMethod'],
  ['referral_next_step', 'referralNextStep'],
  ['referral_response_delay', 'referralResponseDelay'],
  ['feedback_mechanism', 'feedbackMechanism'],
  ['feedback_delay', 'feedbackDelay'],
  ['population_served', 'populationServed'],
] as const;

type Json = Record<string, unknown>;

/** A stable UUID for a sub-object (same service, same part → same id in every export). */
export function stableId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const present = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

export interface TermInfo {
  code: string;
  name: string;
  description: string;
}

/** One service view as an HSDS 3.0 service object. */
export function toHsdsService(s: ServiceView, terms: ReadonlyMap<string, TermInfo>): Json {
  const term = terms.get(s.serviceType);
  const attr = (code: string, value: string, taxonomy: string, name: string, description: string) => ({
    id: stableId(s.id, 'attribute', code),
    link_id: s.id,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: stableId('term', taxonomy, code),
    value,
    taxonomy_term: {
      id: stableId('term', taxonomy, code),
      code,
      name,
      description,
      taxonomy,
    },
  });
  const attributes = [
    attr(
      s.serviceType,
      s.serviceType,
      TAXONOMY_SERVICE_TYPE,
      term?.name ?? s.serviceType,
      term?.description ?? s.serviceType,
    ),
    ...REFERRAL_ATTRIBUTES.flatMap(([code, field]) => {
      const v = s[field];
      const text = Array.isArray(v) ? v.join(',') : v;
      return text
        ? [
            attr(
              code,
              text,
              TAXONOMY_REFERRAL,
              code.replaceAll('_', ' '),
              `Steward referral attribute (${code})`,
            ),
          ]
        : [];
    }),
  ];
  return present({
    id: s.id,
    organization_id: s.organisationId,
    name: s.name,
    alternate_name: s.alternateName,
    description: s.description || null,
    url: s.url,
    email: s.email,
    status: s.status,
    interpretation_services: s.interpretationServices,
    application_process: s.applicationProcess,
    fees_description: s.feesDescription,
    wait_time: s.waitTime,
    eligibility_description: s.eligibilityDescription,
    minimum_age: s.minimumAge,
    maximum_age: s.maximumAge,
    assured_date: s.assuredDate,
    alert: s.alert,
    last_modified: s.updatedAt,
    organization: present({
      id: s.organisationId,
      name: s.organisationName ?? s.organisationAcronym ?? 'Organisation',
      alternate_name: s.organisationAcronym,
      description: s.organisationName ?? '',
    }),
    schedules: s.schedules.map((r, i) =>
      present({
        id: stableId(s.id, 'schedule', String(i)),
        service_id: s.id,
        freq: 'WEEKLY',
        byday: r.byday,
        opens_at: r.opens_at,
        closes_at: r.closes_at,
        description: r.description,
      }),
    ),
    languages: s.languages.map((code) => ({ id: stableId(s.id, 'language', code), service_id: s.id, code })),
    service_areas: s.coveragePcodes.map((p) => ({
      id: stableId(s.id, 'area', p),
      service_id: s.id,
      name: p,
      extent_type: 'pcode',
    })),
    contacts: s.contacts.map((c) =>
      present({
        id: c.id,
        service_id: s.id,
        name: c.name,
        title: c.title,
        email: c.email,
        phones: c.phone ? [{ id: stableId(c.id, 'phone'), contact_id: c.id, number: c.phone }] : [],
      }),
    ),
    service_at_locations: s.locations.map((l) => ({
      id: stableId(s.id, 'sal', l.id),
      service_id: s.id,
      location_id: l.id,
      location: present({
        id: l.id,
        location_type: 'physical',
        organization_id: s.organisationId,
        name: l.name,
        description: l.description,
        latitude: l.latitude,
        longitude: l.longitude,
        external_identifier: l.adminPcode,
        external_identifier_type: l.adminPcode ? 'pcode' : null,
        addresses:
          l.address1 || l.city
            ? [
                {
                  id: stableId(l.id, 'address'),
                  location_id: l.id,
                  address_1: l.address1 ?? '',
                  city: l.city ?? '',
                  state_province: l.stateProvince ?? '',
                  postal_code: '',
                  country: l.country ?? '',
                  address_type: 'physical',
                },
              ]
            : [],
        accessibility: l.accessibility.map((a) => ({
          id: stableId(l.id, 'accessibility', a),
          location_id: l.id,
          description: a,
        })),
      }),
    })),
    attributes,
  });
}

/** The export document: HSDS's paged `/services` response holding every service. */
export function toHsdsPage(services: Json[]): Json {
  return {
    total_items: services.length,
    total_pages: 1,
    page_number: 1,
    size: services.length,
    first_page: true,
    last_page: true,
    empty: services.length === 0,
    contents: services,
  };
}

// --- import -----------------------------------------------------------------------------------

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const arr = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : [];

/** A service found in an HSDS document, with where it is in the file. */
export interface HsdsServiceFound {
  path: string;
  service: Json;
  /** Locations given beside the service (service_at_location documents). */
  extraLocations: Json[];
}

/** Finds the services of an HSDS document. Throws a message when it holds none in a known shape. */
export function findHsdsServices(
  doc: unknown,
): HsdsServiceFound[] | { kind: 'location' | 'metadata' | 'taxonomy' | 'not-an-object' | 'unknown' } {
  if (Array.isArray(doc))
    return doc.flatMap((d, i) =>
      typeof d === 'object' && d && 'name' in d && 'status' in d
        ? [{ path: `[${i}]`, service: d as Json, extraLocations: [] }]
        : [],
    );
  if (typeof doc !== 'object' || doc === null) return { kind: 'not-an-object' };
  const d = doc as Json;
  if (Array.isArray(d.contents)) {
    return d.contents.flatMap((item, i): HsdsServiceFound[] => {
      const found = findHsdsServices(item);
      const sub = (p: string) => (p === '$' ? '' : p.startsWith('[') ? p : `.${p}`);
      return Array.isArray(found) ? found.map((f) => ({ ...f, path: `contents[${i}]${sub(f.path)}` })) : [];
    });
  }
  if (typeof d.status === 'string' && typeof d.name === 'string' && !('taxonomy' in d))
    return [{ path: '$', service: d, extraLocations: [] }];
  if (Array.isArray(d.services)) {
    // An organization with its services.
    return arr(d.services).map((s, i) => ({ path: `services[${i}]`, service: s, extraLocations: [] }));
  }
  if (typeof d.service === 'object' && d.service !== null) {
    // A service_at_location with its service and location.
    return [
      { path: 'service', service: d.service as Json, extraLocations: d.location ? [d.location as Json] : [] },
    ];
  }
  if ('location_type' in d) return { kind: 'location' };
  if ('openapi_url' in d || 'profile' in d) return { kind: 'metadata' };
  if ('taxonomy' in d || 'terms' in d || 'version' in d || ('code' in d && 'description' in d))
    return { kind: 'taxonomy' };
  return { kind: 'unknown' };
}

const inRange = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= max;

/** A value of the file as a short text for an adjustment's parameters. */
const shown = (v: unknown): string => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

function locationInput(l: Json, path: string, warnings: ImportAdjustment[]): Json {
  const pointOk = inRange(l.latitude, 90) && inRange(l.longitude, 180);
  const given = (v: unknown) => v !== undefined && v !== null;
  if (!pointOk && (given(l.latitude) || given(l.longitude)))
    warnings.push({
      path: `${path}.latitude`,
      code: 'location-point-dropped',
      params: {
        ...(given(l.latitude) ? { latitude: shown(l.latitude) } : {}),
        ...(given(l.longitude) ? { longitude: shown(l.longitude) } : {}),
      },
    });
  const address = arr(l.addresses)[0] ?? {};
  const pcode = l.external_identifier_type === 'pcode' ? str(l.external_identifier) : null;
  const country = str(address.country);
  return {
    name: str(l.name) ?? str(address.address_1) ?? 'Location',
    description: str(l.description),
    address1: str(address.address_1),
    city: str(address.city),
    stateProvince: str(address.state_province),
    country: country && country.length === 2 ? country : null,
    latitude: pointOk ? l.latitude : null,
    longitude: pointOk ? l.longitude : null,
    adminPcode: pcode,
    accessibility: arr(l.accessibility)
      .map((a) => str(a.description))
      .filter((a): a is string => !!a && /^[a-z0-9][a-z0-9-]{0,39}$/.test(a)),
  };
}

/**
 * The input for validateService from an HSDS service. Unknown service types become `other`;
 * a service without Steward's referral attributes gets `referrals-not-accepted` (nothing is
 * assumed); imported contacts are partner-only unless a later edit makes them public.
 */
export function fromHsdsService(
  found: HsdsServiceFound,
  taxonomy: ReadonlySet<string>,
  warnings: ImportAdjustment[] = [],
): Json {
  const s = found.service;
  const attrs = new Map<string, string>();
  let serviceType: string | null = null;
  for (const a of arr(s.attributes)) {
    const t = (a.taxonomy_term ?? {}) as Json;
    const code = str(t.code);
    const value = str(a.value);
    if (t.taxonomy === TAXONOMY_REFERRAL && code && value) attrs.set(code, value);
    else if (code && taxonomy.has(code) && !serviceType) serviceType = code;
  }
  const languages = arr(s.languages)
    .map((l) => str(l.code)?.toLowerCase())
    .filter((c): c is string => !!c && /^[a-z]{2,3}$/.test(c));
  const coverage = arr(s.service_areas)
    .map((a) => str(a.name))
    .filter((p): p is string => !!p && /^[A-Z]{2}[0-9]{0,12}$/.test(p));
  const candidates: [unknown, string][] = [
    ...arr(s.service_at_locations).map((sal, i): [unknown, string] => [
      sal.location,
      `${found.path}.service_at_locations[${i}].location`,
    ]),
    ...found.extraLocations.map((l): [unknown, string] => [l, 'location']),
  ];
  const locations = candidates
    .filter((x): x is [Json, string] => typeof x[0] === 'object' && x[0] !== null)
    .map(([l, path]) => locationInput(l, path, warnings));
  const contacts = arr(s.contacts)
    .map((c) => ({
      name: str(c.name),
      title: str(c.title),
      email: str(c.email),
      phone: str(arr(c.phones)[0]?.number),
      isReferralFocalPoint: false,
      visibility: 'partner',
    }))
    .filter((c) => c.email || c.phone);
  const schedules = arr(s.schedules)
    .filter((r) => str(r.byday) && str(r.opens_at) && str(r.closes_at))
    .map((r) => ({
      byday: str(r.byday)!.toUpperCase().replaceAll(' ', ''),
      opens_at: str(r.opens_at)!.slice(0, 5),
      closes_at: str(r.closes_at)!.slice(0, 5),
      ...(str(r.description) ? { description: str(r.description)!.slice(0, 200) } : {}),
    }));
  return {
    name: s.name,
    alternateName: s.alternate_name ?? null,
    description: s.description ?? '',
    url: s.url ?? null,
    email: s.email ?? null,
    status: s.status,
    serviceType: serviceType ?? (taxonomy.has('other') ? 'other' : [...taxonomy][0]),
    interpretationServices: s.interpretation_services ?? null,
    applicationProcess: s.application_process ?? null,
    feesDescription: s.fees_description ?? null,
    waitTime: s.wait_time ?? null,
    eligibilityDescription: s.eligibility_description ?? null,
    minimumAge: typeof s.minimum_age === 'number' ? Math.round(s.minimum_age) : (s.minimum_age ?? null),
    maximumAge: typeof s.maximum_age === 'number' ? Math.round(s.maximum_age) : (s.maximum_age ?? null),
    alert: s.alert ?? null,
    languages: [...new Set(languages)],
    populationServed: (attrs.get('population_served') ?? '').split(',').filter(Boolean),
    coveragePcodes: [...new Set(coverage)],
    schedules,
    referralMethod: attrs.get('referral_method') ?? 'referrals-not-accepted',
    referralNextStep: attrs.get('referral_next_step') ?? null,
    referralResponseDelay: attrs.get('referral_response_delay') ?? null,
    feedbackMechanism: attrs.get('feedback_mechanism') ?? null,
    feedbackDelay: attrs.get('feedback_delay') ?? null,
    isPublic: true,
    locations,
    contacts,
  };
}
