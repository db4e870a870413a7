/**
 * The owner's form state for a service (text as typed) and its checks before sending: each problem
 * names its field by the form path the server also uses (`locations[0].name`), so server-side
 * problems land on the same field. Pure functions, tested in service-draft.test.ts.
 */
import type { DirectoryService } from './directory-types';

export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface ScheduleDraft {
  days: string[];
  opens: string;
  closes: string;
}

export interface LocationDraft {
  name: string;
  address1: string;
  city: string;
  adminPcode: string;
  latitude: string;
  longitude: string;
  accessibility: string[];
  /** Fields of the location the form does not edit, sent back as read. */
  description: string | null;
  stateProvince: string | null;
  country: string | null;
}

export interface ContactDraft {
  name: string;
  title: string;
  email: string;
  phone: string;
  isReferralFocalPoint: boolean;
  visibility: 'public' | 'partner';
}

export interface ServiceDraft {
  name: string;
  serviceType: string;
  status: string;
  description: string;
  eligibilityDescription: string;
  referralMethod: string;
  referralNextStep: string;
  referralResponseDelay: string;
  isPublic: boolean;
  populationServed: string[];
  languages: string[];
  coveragePcodes: string;
  schedules: ScheduleDraft[];
  locations: LocationDraft[];
  contacts: ContactDraft[];
}

/** A problem of the draft: the field path and a message key of the dictionary (dir.form.err.*). */
export interface DraftProblem {
  path: string;
  key: string;
}

export const emptyLocation = (): LocationDraft => ({
  name: '',
  address1: '',
  city: '',
  adminPcode: '',
  latitude: '',
  longitude: '',
  accessibility: [],
  description: null,
  stateProvince: null,
  country: null,
});

export const emptyContact = (): ContactDraft => ({
  name: '',
  title: '',
  email: '',
  phone: '',
  isReferralFocalPoint: false,
  visibility: 'partner',
});

export const emptySchedule = (): ScheduleDraft => ({
  days: ['MO', 'TU', 'WE', 'TH', 'FR'],
  opens: '08:00',
  closes: '16:00',
});

export function emptyDraft(serviceType = ''): ServiceDraft {
  return {
    name: '',
    serviceType,
    status: 'active',
    description: '',
    eligibilityDescription: '',
    referralMethod: 'steward',
    referralNextStep: '',
    referralResponseDelay: '',
    isPublic: true,
    populationServed: [],
    languages: [],
    coveragePcodes: '',
    schedules: [],
    locations: [],
    contacts: [],
  };
}

export function draftOf(s: DirectoryService): ServiceDraft {
  return {
    name: s.name,
    serviceType: s.serviceType,
    status: s.status,
    description: s.description,
    eligibilityDescription: s.eligibilityDescription ?? '',
    referralMethod: s.referralMethod,
    referralNextStep: s.referralNextStep ?? '',
    referralResponseDelay: s.referralResponseDelay ?? '',
    isPublic: s.isPublic,
    populationServed: [...s.populationServed],
    languages: [...s.languages],
    coveragePcodes: s.coveragePcodes.join(', '),
    schedules: s.schedules.map((h) => ({
      days: h.byday.split(',').filter(Boolean),
      opens: h.opens_at,
      closes: h.closes_at,
    })),
    locations: s.locations.map((l) => ({
      name: l.name,
      address1: l.address1 ?? '',
      city: l.city ?? '',
      adminPcode: l.adminPcode ?? '',
      latitude: l.latitude === null ? '' : String(l.latitude),
      longitude: l.longitude === null ? '' : String(l.longitude),
      accessibility: [...l.accessibility],
      description: l.description,
      stateProvince: l.stateProvince,
      country: l.country,
    })),
    contacts: s.contacts.map((c) => ({
      name: c.name ?? '',
      title: c.title ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      isReferralFocalPoint: c.isReferralFocalPoint,
      visibility: c.visibility,
    })),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const PCODE = /^[A-Z]{2}[0-9]{0,12}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const splitPcodes = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);

const number = (text: string): number | null => {
  const v = text.trim().replace(',', '.');
  return v === '' ? null : Number(v);
};

/** The problems of a draft, field by field (empty when it can be sent). */
export function checkDraft(d: ServiceDraft): DraftProblem[] {
  const out: DraftProblem[] = [];
  const add = (path: string, key: string) => out.push({ path, key });
  if (!d.name.trim()) add('name', 'required');
  if (!d.serviceType) add('serviceType', 'required');
  if (splitPcodes(d.coveragePcodes).some((p) => !PCODE.test(p))) add('coveragePcodes', 'pcode');
  d.schedules.forEach((h, i) => {
    if (h.days.length === 0) add(`schedules[${i}].byday`, 'days');
    if (!TIME.test(h.opens)) add(`schedules[${i}].opens_at`, 'time');
    if (!TIME.test(h.closes)) add(`schedules[${i}].closes_at`, 'time');
    else if (TIME.test(h.opens) && h.closes <= h.opens) add(`schedules[${i}].closes_at`, 'closesAfter');
  });
  d.locations.forEach((l, i) => {
    if (!l.name.trim()) add(`locations[${i}].name`, 'required');
    if (l.adminPcode.trim() && !PCODE.test(l.adminPcode.trim().toUpperCase()))
      add(`locations[${i}].adminPcode`, 'pcode');
    const lat = number(l.latitude);
    const lon = number(l.longitude);
    if (lat !== null && (!Number.isFinite(lat) || lat < -90 || lat > 90))
      add(`locations[${i}].latitude`, 'latitude');
    if (lon !== null && (!Number.isFinite(lon) || lon < -180 || lon > 180))
      add(`locations[${i}].longitude`, 'longitude');
    if ((lat === null) !== (lon === null)) add(`locations[${i}].latitude`, 'pair');
  });
  d.contacts.forEach((c, i) => {
    if (c.email.trim() && !EMAIL.test(c.email.trim())) add(`contacts[${i}].email`, 'email');
    if (!c.email.trim() && !c.phone.trim()) add(`contacts[${i}].phone`, 'phoneOrEmail');
  });
  return out;
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

/**
 * The body of POST/PUT /api/directory/services from a draft; the fields the form does not edit
 * come from `base` (the service as read), so a PUT does not lose them.
 */
export function draftBody(d: ServiceDraft, base: DirectoryService | null) {
  return {
    name: d.name.trim(),
    alternateName: base?.alternateName ?? null,
    description: d.description.trim(),
    url: base?.url ?? null,
    email: base?.email ?? null,
    status: d.status,
    serviceType: d.serviceType,
    interpretationServices: base?.interpretationServices ?? null,
    applicationProcess: base?.applicationProcess ?? null,
    feesDescription: base?.feesDescription ?? null,
    waitTime: base?.waitTime ?? null,
    eligibilityDescription: orNull(d.eligibilityDescription),
    minimumAge: base?.minimumAge ?? null,
    maximumAge: base?.maximumAge ?? null,
    alert: base?.alert ?? null,
    languages: d.languages,
    populationServed: d.populationServed,
    coveragePcodes: splitPcodes(d.coveragePcodes),
    schedules: d.schedules.map((h) => ({
      byday: DAYS.filter((day) => h.days.includes(day)).join(','),
      opens_at: h.opens,
      closes_at: h.closes,
    })),
    referralMethod: d.referralMethod,
    referralNextStep: orNull(d.referralNextStep),
    referralResponseDelay: orNull(d.referralResponseDelay),
    feedbackMechanism: base?.feedbackMechanism ?? null,
    feedbackDelay: base?.feedbackDelay ?? null,
    isPublic: d.isPublic,
    locations: d.locations.map((l) => ({
      name: l.name.trim(),
      description: l.description,
      address1: orNull(l.address1),
      city: orNull(l.city),
      stateProvince: l.stateProvince,
      country: l.country,
      latitude: number(l.latitude),
      longitude: number(l.longitude),
      adminPcode: orNull(l.adminPcode.toUpperCase()),
      accessibility: l.accessibility,
    })),
    contacts: d.contacts.map((c) => ({
      name: orNull(c.name),
      title: orNull(c.title),
      email: orNull(c.email),
      phone: orNull(c.phone),
      isReferralFocalPoint: c.isReferralFocalPoint,
      visibility: c.visibility,
    })),
  };
}

/** The server's field problems (`details.fields`), as the paths it named. */
export function serverFieldPaths(details: Record<string, unknown> | undefined): string[] {
  const fields = details?.['fields'];
  if (!Array.isArray(fields)) return [];
  return fields
    .map((f) => (typeof f === 'object' && f !== null ? (f as { path?: unknown }).path : undefined))
    .filter((p): p is string => typeof p === 'string');
}
