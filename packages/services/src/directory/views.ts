/**
 * Row → view mappings of the directory, the stale rule (not reviewed in 90 days), "open now" and
 * the caseworker's filters. Pure functions.
 */
import type { ServiceScheduleRule } from '@steward/db/schema/directory';
import type {
  ServiceAtLocationRow,
  ServiceContactRow,
  ServiceLocationRow,
  ServiceRow,
} from '@steward/db/repositories/directory';
import { DAYS } from './validation';

/** A service is stale when its last review is more than this many days old. */
export const STALE_AFTER_DAYS = 90;
/** The response's time zone for "open now" (the demo response is in Mozambique). */
export const DEFAULT_TIME_ZONE = 'Africa/Maputo';

export interface LocationView {
  id: string;
  name: string;
  description: string | null;
  address1: string | null;
  city: string | null;
  stateProvince: string | null;
  country: string | null;
  /** Null in the public view when the ISP does not allow points for the public. */
  latitude: number | null;
  longitude: number | null;
  adminPcode: string | null;
  accessibility: string[];
}

export interface ContactView {
  id: string;
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  isReferralFocalPoint: boolean;
  visibility: 'public' | 'partner';
}

export interface ServiceView {
  id: string;
  organisationId: string;
  organisationAcronym: string | null;
  organisationName: string | null;
  name: string;
  alternateName: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: string;
  serviceType: string;
  interpretationServices: string | null;
  applicationProcess: string | null;
  feesDescription: string | null;
  waitTime: string | null;
  eligibilityDescription: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  alert: string | null;
  languages: string[];
  populationServed: string[];
  coveragePcodes: string[];
  schedules: ServiceScheduleRule[];
  referralMethod: string;
  referralNextStep: string | null;
  referralResponseDelay: string | null;
  feedbackMechanism: string | null;
  feedbackDelay: string | null;
  isPublic: boolean;
  assuredDate: string;
  stale: boolean;
  staleFlaggedAt: string | null;
  updatedAt: string;
  locations: LocationView[];
  contacts: ContactView[];
}

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isStale(assuredDate: string, today: string): boolean {
  return daysBetween(assuredDate, today) > STALE_AFTER_DAYS;
}

function locationView(l: ServiceLocationRow): LocationView {
  return {
    id: l.id,
    name: l.name,
    description: l.description,
    address1: l.address1,
    city: l.city,
    stateProvince: l.stateProvince,
    country: l.country,
    latitude: l.latitude,
    longitude: l.longitude,
    adminPcode: l.adminPcode,
    accessibility: l.accessibility,
  };
}

function contactView(c: ServiceContactRow): ContactView {
  return {
    id: c.id,
    name: c.name,
    title: c.title,
    email: c.email,
    phone: c.phone,
    isReferralFocalPoint: c.isReferralFocalPoint,
    visibility: c.visibility,
  };
}

/** Assembles the views of the services from the rows the caller could read. */
export function serviceViews(
  rows: { service: ServiceRow; organisationAcronym: string | null; organisationName: string | null }[],
  locations: ServiceLocationRow[],
  links: ServiceAtLocationRow[],
  contacts: ServiceContactRow[],
  today: string,
): ServiceView[] {
  const locById = new Map(locations.map((l) => [l.id, l]));
  return rows.map(({ service: s, organisationAcronym, organisationName }) => ({
    id: s.id,
    organisationId: s.organizationId,
    organisationAcronym,
    organisationName,
    name: s.name,
    alternateName: s.alternateName,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    serviceType: s.serviceType,
    interpretationServices: s.interpretationServices,
    applicationProcess: s.applicationProcess,
    feesDescription: s.feesDescription,
    waitTime: s.waitTime,
    eligibilityDescription: s.eligibilityDescription,
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    alert: s.alert,
    languages: s.languages,
    populationServed: s.populationServed,
    coveragePcodes: s.coveragePcodes,
    schedules: s.schedules,
    referralMethod: s.referralMethod,
    referralNextStep: s.referralNextStep,
    referralResponseDelay: s.referralResponseDelay,
    feedbackMechanism: s.feedbackMechanism,
    feedbackDelay: s.feedbackDelay,
    isPublic: s.isPublic,
    assuredDate: s.assuredDate,
    stale: isStale(s.assuredDate, today),
    staleFlaggedAt: s.staleFlaggedAt ? s.staleFlaggedAt.toISOString() : null,
    updatedAt: s.updatedAt.toISOString(),
    locations: links
      .filter((l) => l.serviceId === s.id)
      .map((l) => locById.get(l.locationId))
      .filter((l): l is ServiceLocationRow => l !== undefined)
      .map(locationView),
    contacts: contacts.filter((c) => c.serviceId === s.id).map(contactView),
  }));
}

/** The local weekday (MO…SU) and HH:MM of `at` in `timeZone`. */
export function localDayAndTime(at: Date, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = get('weekday').slice(0, 2).toUpperCase();
  return {
    day: (DAYS as readonly string[]).includes(day) ? day : 'MO',
    time: `${get('hour')}:${get('minute')}`,
  };
}

export function isOpenAt(schedules: readonly ServiceScheduleRule[], at: Date, timeZone: string): boolean {
  const { day, time } = localDayAndTime(at, timeZone);
  return schedules.some(
    (s) =>
      s.byday.split(',').includes(day) &&
      s.opens_at <= time &&
      time < (s.closes_at === '23:59' ? '24:00' : s.closes_at),
  );
}

export interface DirectoryFilters {
  serviceType?: string | undefined;
  /** An admin-area p-code: services covering it, a parent area of it, or an area inside it. */
  pcode?: string | undefined;
  population?: string | undefined;
  language?: string | undefined;
  accessibility?: string | undefined;
  openNow?: boolean | undefined;
  organisation?: string | undefined;
  stale?: boolean | undefined;
  q?: string | undefined;
}

/** Ancestors of a p-code (itself included) from a child → parent map. */
export function withAncestors(pcode: string, parents: ReadonlyMap<string, string | null>): string[] {
  const out: string[] = [];
  let current: string | null | undefined = pcode;
  while (current && !out.includes(current)) {
    out.push(current);
    current = parents.get(current);
  }
  return out;
}

/** The caseworker's filters over service views. */
export function filterServices(
  views: ServiceView[],
  f: DirectoryFilters,
  at: Date,
  timeZone: string,
  parents: ReadonlyMap<string, string | null>,
): ServiceView[] {
  const q = f.q?.trim().toLowerCase();
  return views.filter((s) => {
    if (f.serviceType && s.serviceType !== f.serviceType) return false;
    if (f.population && !s.populationServed.includes(f.population)) return false;
    if (f.language && !s.languages.includes(f.language)) return false;
    if (f.accessibility && !s.locations.some((l) => l.accessibility.includes(f.accessibility!))) return false;
    if (f.organisation && s.organisationAcronym?.toLowerCase() !== f.organisation.toLowerCase()) return false;
    if (f.stale !== undefined && s.stale !== f.stale) return false;
    if (f.openNow && !isOpenAt(s.schedules, at, timeZone)) return false;
    if (f.pcode) {
      const areas = [
        ...s.coveragePcodes,
        ...s.locations.map((l) => l.adminPcode).filter((p): p is string => !!p),
      ];
      const wanted = f.pcode;
      const match = areas.some(
        (a) => withAncestors(wanted, parents).includes(a) || withAncestors(a, parents).includes(wanted),
      );
      if (!match) return false;
    }
    if (q && !`${s.name} ${s.description} ${s.organisationAcronym ?? ''}`.toLowerCase().includes(q))
      return false;
    return true;
  });
}
