/**
 * Validation of a service as a partner enters it (API JSON, HSDS import): field by field, every
 * problem named by its path. The import prefixes the path with the service's position in the file.
 */
import {
  CONTACT_VISIBILITIES,
  REFERRAL_METHODS,
  SERVICE_STATUSES,
  type ContactVisibility,
  type ReferralMethod,
  type ServiceScheduleRule,
  type ServiceStatus,
} from '@steward/db/schema/directory';
import {
  describeImportProblem,
  type ImportProblemCode,
  type ProblemParams,
} from '@steward/core/directory/import-problems';
import { ServiceError } from '../errors';

/** A problem named by its path: the English message, and its code + params (core import-problems.ts). */
export interface FieldProblem {
  path: string;
  message: string;
  code?: ImportProblemCode;
  params?: ProblemParams;
}

export interface LocationInput {
  name: string;
  description: string | null;
  address1: string | null;
  city: string | null;
  stateProvince: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  adminPcode: string | null;
  accessibility: string[];
}

export interface ContactInput {
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  isReferralFocalPoint: boolean;
  visibility: ContactVisibility;
}

export interface ServiceInput {
  name: string;
  alternateName: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: ServiceStatus;
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
  referralMethod: ReferralMethod;
  referralNextStep: string | null;
  referralResponseDelay: string | null;
  feedbackMechanism: string | null;
  feedbackDelay: string | null;
  isPublic: boolean;
  locations: LocationInput[];
  contacts: ContactInput[];
}

export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const PCODE = /^[A-Z]{2}[0-9]{0,12}$/;

export function validationError(message: string, problems: FieldProblem[]): ServiceError {
  return new ServiceError(
    'validation',
    `${message}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    { fields: problems },
  );
}

class Reader {
  readonly problems: FieldProblem[] = [];
  constructor(
    private readonly value: Record<string, unknown>,
    private readonly prefix: string,
  ) {}

  private path(field: string) {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  problem(field: string, code: ImportProblemCode, params: ProblemParams = {}) {
    this.problems.push({
      path: this.path(field),
      message: describeImportProblem(code, params),
      code,
      params,
    });
  }

  text(field: string, required: true, max?: number): string;
  text(field: string, required: false, max?: number): string | null;
  text(field: string, required: boolean, max = 2000): string | null {
    const v = this.value[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (required) this.problem(field, 'required');
      return required ? '' : null;
    }
    if (typeof v !== 'string') {
      this.problem(field, 'not-text');
      return required ? '' : null;
    }
    if (v.length > max) this.problem(field, 'too-long', { max });
    return v.trim();
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], fallback?: T): T {
    const v = this.value[field];
    if ((v === undefined || v === null) && fallback !== undefined) return fallback;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.problem(field, 'not-one-of', { allowed: allowed.join(', ') });
      return allowed[0]!;
    }
    return v as T;
  }

  int(field: string, min: number, max: number): number | null {
    const v = this.value[field];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.problem(field, 'not-whole-number', { min, max });
      return null;
    }
    return v;
  }

  num(field: string, min: number, max: number): number | null {
    const v = this.value[field];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      this.problem(field, 'not-number-in-range', { min, max });
      return null;
    }
    return v;
  }

  bool(field: string, fallback: boolean): boolean {
    const v = this.value[field];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') {
      this.problem(field, 'not-boolean');
      return fallback;
    }
    return v;
  }

  codes(field: string, pattern: RegExp, what: string, max = 50): string[] {
    const v = this.value[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.length > max) {
      this.problem(field, 'list-too-long', { max, what });
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item !== 'string' || !pattern.test(item))
        this.problem(`${field}[${i}]`, 'invalid-code', {
          what,
          value: typeof item === 'string' ? item.slice(0, 60) : typeof item,
        });
      else if (!out.includes(item)) out.push(item);
    });
    return out;
  }

  list(field: string, max: number): Record<string, unknown>[] {
    const v = this.value[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.length > max) {
      this.problem(field, 'list-too-long', { max, what: 'items' });
      return [];
    }
    return v.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        this.problem(`${field}[${i}]`, 'not-object');
        return {};
      }
      return item as Record<string, unknown>;
    });
  }

  sub(value: Record<string, unknown>, field: string): Reader {
    const r = new Reader(value, this.path(field));
    return r;
  }
}

/** Validates a service; `taxonomy` is the set of known service-type codes. */
export function validateService(
  value: unknown,
  taxonomy: ReadonlySet<string>,
  prefix = '',
): { ok: true; value: ServiceInput } | { ok: false; problems: FieldProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          path: prefix || '(body)',
          message: describeImportProblem('not-object'),
          code: 'not-object',
          params: {},
        },
      ],
    };
  }
  const r = new Reader(value as Record<string, unknown>, prefix);
  const serviceType = r.text('serviceType', true, 40);
  if (serviceType && !taxonomy.has(serviceType))
    r.problem('serviceType', 'not-taxonomy-term', { terms: [...taxonomy].join(', '), value: serviceType });
  const schedules: ServiceScheduleRule[] = r.list('schedules', 14).map((s, i) => {
    const sr = r.sub(s, `schedules[${i}]`);
    const byday = sr.text('byday', true, 40);
    if (byday && !byday.split(',').every((d) => (DAYS as readonly string[]).includes(d)))
      sr.problem('byday', 'bad-days');
    const opens = sr.text('opens_at', true, 5);
    const closes = sr.text('closes_at', true, 5);
    if (opens && !TIME.test(opens)) sr.problem('opens_at', 'bad-time');
    if (closes && !TIME.test(closes)) sr.problem('closes_at', 'bad-time');
    const description = sr.text('description', false, 200);
    r.problems.push(...sr.problems);
    return { byday, opens_at: opens, closes_at: closes, ...(description ? { description } : {}) };
  });
  const locations: LocationInput[] = r.list('locations', 50).map((l, i) => {
    const lr = r.sub(l, `locations[${i}]`);
    const loc: LocationInput = {
      name: lr.text('name', true, 200),
      description: lr.text('description', false),
      address1: lr.text('address1', false, 200),
      city: lr.text('city', false, 100),
      stateProvince: lr.text('stateProvince', false, 100),
      country: lr.text('country', false, 2),
      latitude: lr.num('latitude', -90, 90),
      longitude: lr.num('longitude', -180, 180),
      adminPcode: lr.text('adminPcode', false, 20),
      accessibility: lr.codes('accessibility', CODE, 'accessibility code', 20),
    };
    if (loc.adminPcode && !PCODE.test(loc.adminPcode)) lr.problem('adminPcode', 'not-pcode');
    if ((loc.latitude === null) !== (loc.longitude === null))
      lr.problem('latitude', 'latitude-longitude-together');
    r.problems.push(...lr.problems);
    return loc;
  });
  const contacts: ContactInput[] = r.list('contacts', 20).map((c, i) => {
    const cr = r.sub(c, `contacts[${i}]`);
    const contact: ContactInput = {
      name: cr.text('name', false, 200),
      title: cr.text('title', false, 200),
      email: cr.text('email', false, 200),
      phone: cr.text('phone', false, 50),
      isReferralFocalPoint: cr.bool('isReferralFocalPoint', false),
      visibility: cr.oneOf('visibility', CONTACT_VISIBILITIES, 'partner'),
    };
    if (contact.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact.email)) cr.problem('email', 'not-email');
    if (!contact.email && !contact.phone) cr.problem('phone', 'contact-needs-phone-or-email');
    r.problems.push(...cr.problems);
    return contact;
  });
  const input: ServiceInput = {
    name: r.text('name', true, 200),
    alternateName: r.text('alternateName', false, 200),
    description: r.text('description', false, 4000) ?? '',
    url: r.text('url', false, 500),
    email: r.text('email', false, 200),
    status: r.oneOf('status', SERVICE_STATUSES, 'active'),
    serviceType,
    interpretationServices: r.text('interpretationServices', false),
    applicationProcess: r.text('applicationProcess', false),
    feesDescription: r.text('feesDescription', false),
    waitTime: r.text('waitTime', false, 200),
    eligibilityDescription: r.text('eligibilityDescription', false),
    minimumAge: r.int('minimumAge', 0, 130),
    maximumAge: r.int('maximumAge', 0, 130),
    alert: r.text('alert', false, 500),
    languages: r.codes('languages', /^[a-z]{2,3}$/, 'ISO 639 language code', 30),
    populationServed: r.codes('populationServed', CODE, 'population code', 20),
    coveragePcodes: r.codes('coveragePcodes', PCODE, 'p-code', 200),
    schedules,
    referralMethod: r.oneOf('referralMethod', REFERRAL_METHODS),
    referralNextStep: r.text('referralNextStep', false, 500),
    referralResponseDelay: r.text('referralResponseDelay', false, 200),
    feedbackMechanism: r.text('feedbackMechanism', false, 500),
    feedbackDelay: r.text('feedbackDelay', false, 200),
    isPublic: r.bool('isPublic', true),
    locations,
    contacts,
  };
  if (input.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email)) r.problem('email', 'not-email');
  if (input.minimumAge !== null && input.maximumAge !== null && input.minimumAge > input.maximumAge)
    r.problem('maximumAge', 'below-minimum-age');
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, value: input };
}
