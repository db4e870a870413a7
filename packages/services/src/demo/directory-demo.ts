/**
 * Demo additions for issue 9: a service directory with services for every partner of the demo
 * response (locations in Cabo Delgado, Nampula and Maputo with real p-codes, public and
 * partner-only contacts, one service that takes no referrals, one not reviewed for 120 days, one
 * not listed publicly). Runs inside the demo loader's owner transaction. All content is fictional;
 * phone numbers use the +258 84 000 0xxx range and e-mails example.org.
 */
import type { ReferralMethod, ServiceScheduleRule } from '@steward/db/schema/directory';
import {
  insertService,
  insertServiceAtLocation,
  insertServiceContact,
  insertServiceLocation,
} from '@steward/db/repositories/directory';
import { findOrganisationByAcronym } from '@steward/db/repositories/organisations';
import type { Tx } from '@steward/db';

const WEEKDAYS: ServiceScheduleRule[] = [{ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '16:00' }];
const ALWAYS: ServiceScheduleRule[] = [
  { byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', description: 'Hotline, every day' },
];

interface DemoLocation {
  key: string;
  org: string;
  name: string;
  city: string;
  province: string;
  pcode: string;
  lat: number;
  lon: number;
  accessibility: string[];
}

interface DemoService {
  org: string;
  name: string;
  description: string;
  serviceType: string;
  referralMethod: ReferralMethod;
  eligibility: string;
  languages: string[];
  population: string[];
  coverage: string[];
  schedules: ServiceScheduleRule[];
  nextStep?: string;
  responseDelay?: string;
  feedback?: string;
  feedbackDelay?: string;
  locations: string[];
  /** Days since the last review (default 10). */
  reviewedDaysAgo?: number;
  isPublic?: boolean;
  focalPoint: { name: string; title: string; email: string; phone: string };
  publicPhone?: string;
}

const LOCATIONS: DemoLocation[] = [
  {
    key: 'pemba-tri',
    org: 'TRI',
    name: 'TRI Pemba community centre',
    city: 'Pemba',
    province: 'Cabo Delgado',
    pcode: 'MZ0104',
    lat: -12.974,
    lon: 40.517,
    accessibility: ['wheelchair', 'women-only-space'],
  },
  {
    key: 'metuge-tri',
    org: 'TRI',
    name: 'TRI Metuge site office',
    city: 'Metuge',
    province: 'Cabo Delgado',
    pcode: 'MZ0109',
    lat: -12.899,
    lon: 40.371,
    accessibility: [],
  },
  {
    key: 'montepuez-bcsa',
    org: 'BCSA',
    name: 'BCSA child-friendly space Montepuez',
    city: 'Montepuez',
    province: 'Cabo Delgado',
    pcode: 'MZ0111',
    lat: -13.126,
    lon: 38.998,
    accessibility: ['wheelchair'],
  },
  {
    key: 'chiure-amd',
    org: 'AMD',
    name: 'AMD legal aid desk Chiure',
    city: 'Chiure',
    province: 'Cabo Delgado',
    pcode: 'MZ0103',
    lat: -13.402,
    lon: 39.903,
    accessibility: ['sign-language'],
  },
  {
    key: 'nampula-rcsn',
    org: 'RCSN',
    name: 'RCSN women and girls safe space',
    city: 'Nampula',
    province: 'Nampula',
    pcode: 'MZ0702',
    lat: -15.117,
    lon: 39.266,
    accessibility: ['women-only-space', 'wheelchair'],
  },
  {
    key: 'pemba-fuda',
    org: 'FUDA',
    name: 'FUDA protection desk Pemba',
    city: 'Pemba',
    province: 'Cabo Delgado',
    pcode: 'MZ0104',
    lat: -12.962,
    lon: 40.505,
    accessibility: ['wheelchair'],
  },
  {
    key: 'maputo-dpdsa',
    org: 'DPDSA',
    name: 'Social Action office Maputo',
    city: 'Maputo',
    province: 'Maputo City',
    pcode: 'MZ0601',
    lat: -25.966,
    lon: 32.573,
    accessibility: ['wheelchair'],
  },
];

const SERVICES: DemoService[] = [
  {
    org: 'TRI',
    name: 'Psychosocial support groups',
    serviceType: 'psychosocial',
    referralMethod: 'steward',
    description: 'Group and individual psychosocial support for displaced adults.',
    eligibility: 'Displaced adults (18+) in Pemba and Metuge.',
    languages: ['pt', 'en'],
    population: ['adults', 'idps'],
    coverage: ['MZ0104', 'MZ0109'],
    schedules: WEEKDAYS,
    nextStep: 'A counsellor calls the person within the response delay.',
    responseDelay: 'within 72 hours',
    feedback: 'The referring caseworker receives acceptance and outcome in Steward.',
    feedbackDelay: 'within 2 weeks',
    locations: ['pemba-tri', 'metuge-tri'],
    focalPoint: {
      name: 'Demo TRI referral focal point',
      title: 'MHPSS coordinator',
      email: 'referrals.tri@demo.example.org',
      phone: '+258 84 000 0101',
    },
    publicPhone: '+258 84 000 0100',
  },
  {
    org: 'TRI',
    name: 'Core relief items distribution',
    serviceType: 'core-relief-items',
    referralMethod: 'referrals-not-accepted',
    description: 'Monthly distribution of core relief items at the community centre.',
    eligibility: 'Registered displaced households.',
    languages: ['pt'],
    population: ['idps', 'households'],
    coverage: ['MZ0104'],
    schedules: [{ byday: 'SA', opens_at: '09:00', closes_at: '13:00' }],
    locations: ['pemba-tri'],
    focalPoint: {
      name: 'Demo TRI logistics officer',
      title: 'Logistics officer',
      email: 'logistics.tri@demo.example.org',
      phone: '+258 84 000 0102',
    },
  },
  {
    org: 'BCSA',
    name: 'Child protection case management',
    serviceType: 'child-support',
    referralMethod: 'steward',
    description: 'Case management for unaccompanied, separated and at-risk children.',
    eligibility: 'Children under 18 and their caregivers.',
    languages: ['pt', 'mak'],
    population: ['children', 'caregivers'],
    coverage: ['MZ01'],
    schedules: WEEKDAYS,
    nextStep: 'A caseworker visits the child within the response delay.',
    responseDelay: 'within 24 hours for emergencies, 72 hours otherwise',
    feedback: 'Acceptance and outcome in Steward.',
    feedbackDelay: 'within 1 week',
    locations: ['montepuez-bcsa'],
    focalPoint: {
      name: 'Demo BCSA case management supervisor',
      title: 'Supervisor',
      email: 'cpcm.bcsa@demo.example.org',
      phone: '+258 84 000 0201',
    },
  },
  {
    org: 'BCSA',
    name: 'Family tracing and reunification',
    serviceType: 'family-tracing',
    referralMethod: 'steward',
    description: 'Tracing of family members of separated children.',
    eligibility: 'Separated and unaccompanied children.',
    languages: ['pt'],
    population: ['children'],
    coverage: ['MZ01', 'MZ07'],
    schedules: WEEKDAYS,
    responseDelay: 'within 1 week',
    locations: ['montepuez-bcsa'],
    reviewedDaysAgo: 120,
    focalPoint: {
      name: 'Demo BCSA FTR officer',
      title: 'FTR officer',
      email: 'ftr.bcsa@demo.example.org',
      phone: '+258 84 000 0202',
    },
  },
  {
    org: 'AMD',
    name: 'Legal counselling and civil documentation',
    serviceType: 'legal',
    referralMethod: 'steward',
    description: 'Legal information, counselling and help to replace lost civil documents.',
    eligibility: 'Anyone in Chiure district; priority to persons without documents.',
    languages: ['pt', 'mak'],
    population: ['adults', 'idps', 'host-community'],
    coverage: ['MZ0103'],
    schedules: WEEKDAYS,
    nextStep: 'An appointment is given by phone.',
    responseDelay: 'within 2 weeks',
    feedback: 'Outcome in Steward.',
    feedbackDelay: 'within 1 month',
    locations: ['chiure-amd'],
    focalPoint: {
      name: 'Demo AMD paralegal',
      title: 'Paralegal',
      email: 'legal.amd@demo.example.org',
      phone: '+258 84 000 0301',
    },
    publicPhone: '+258 84 000 0300',
  },
  {
    org: 'RCSN',
    name: 'Women and girls safe space',
    serviceType: 'womens-services',
    referralMethod: 'steward',
    description: 'Safe space, GBV case management and referral for women and girls.',
    eligibility: 'Women and girls (12+).',
    languages: ['pt', 'mak', 'en'],
    population: ['women', 'girls'],
    coverage: ['MZ0702'],
    schedules: WEEKDAYS,
    nextStep: 'A female caseworker contacts the survivor.',
    responseDelay: 'within 24 hours',
    feedback: 'Acceptance in Steward (no case details).',
    feedbackDelay: 'within 72 hours',
    locations: ['nampula-rcsn'],
    isPublic: true,
    focalPoint: {
      name: 'Demo RCSN GBV focal point',
      title: 'GBV caseworker',
      email: 'gbv.rcsn@demo.example.org',
      phone: '+258 84 000 0401',
    },
  },
  {
    org: 'RCSN',
    name: 'Emergency safe shelter',
    serviceType: 'safety',
    referralMethod: 'phone',
    description: 'Short-term safe shelter for persons at immediate risk. Location not published.',
    eligibility: 'Persons at immediate risk of harm, on referral only.',
    languages: ['pt'],
    population: ['women', 'children'],
    coverage: ['MZ07'],
    schedules: ALWAYS,
    responseDelay: 'same day',
    locations: [],
    isPublic: false,
    focalPoint: {
      name: 'Demo RCSN shelter manager',
      title: 'Shelter manager',
      email: 'shelter.rcsn@demo.example.org',
      phone: '+258 84 000 0402',
    },
  },
  {
    org: 'FUDA',
    name: 'Protection monitoring and counselling desk',
    serviceType: 'other',
    referralMethod: 'email',
    description: 'Protection counselling, information and referral for displaced persons.',
    eligibility: 'Displaced persons and host community.',
    languages: ['pt', 'en', 'fr'],
    population: ['idps', 'host-community'],
    coverage: ['MZ01'],
    schedules: WEEKDAYS,
    responseDelay: 'within 72 hours',
    locations: ['pemba-fuda'],
    focalPoint: {
      name: 'Demo FUDA protection officer',
      title: 'Protection officer',
      email: 'protection.fuda@demo.example.org',
      phone: '+258 84 000 0501',
    },
    publicPhone: '+258 84 000 0500',
  },
  {
    org: 'FUDA',
    name: 'Multipurpose cash assistance',
    serviceType: 'cash',
    referralMethod: 'steward',
    description: 'Multipurpose cash for protection outcomes.',
    eligibility: 'Households assessed as highly vulnerable.',
    languages: ['pt'],
    population: ['households'],
    coverage: ['MZ0104', 'MZ0109'],
    schedules: WEEKDAYS,
    responseDelay: 'within 2 weeks',
    locations: ['pemba-fuda'],
    focalPoint: {
      name: 'Demo FUDA cash officer',
      title: 'Cash officer',
      email: 'cash.fuda@demo.example.org',
      phone: '+258 84 000 0502',
    },
  },
  {
    org: 'DPDSA',
    name: 'Social assistance registration',
    serviceType: 'livelihoods-education',
    referralMethod: 'in-person',
    description: 'Registration for government social assistance programmes.',
    eligibility: 'Mozambican citizens with an ID.',
    languages: ['pt'],
    population: ['adults', 'older-persons', 'persons-with-disabilities'],
    coverage: ['MZ06'],
    schedules: WEEKDAYS,
    responseDelay: 'within 1 month',
    locations: ['maputo-dpdsa'],
    focalPoint: {
      name: 'Demo DPDSA registration officer',
      title: 'Officer',
      email: 'registration.dpdsa@demo.example.org',
      phone: '+258 84 000 0601',
    },
    publicPhone: '+258 84 000 0600',
  },
  {
    org: 'DPCCU',
    name: 'Protection cluster helpdesk',
    serviceType: 'other',
    referralMethod: 'referrals-not-accepted',
    description: 'Information on the service directory and referral pathways for partners.',
    eligibility: 'Cluster partners.',
    languages: ['pt', 'en'],
    population: ['partners'],
    coverage: ['MZ01'],
    schedules: WEEKDAYS,
    locations: [],
    focalPoint: {
      name: 'Demo cluster IMO',
      title: 'Information management officer',
      email: 'imo@demo.example.org',
      phone: '+258 84 000 0701',
    },
  },
];

const dayString = (now: Date, offset: number) =>
  new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);

/** Inserts the demo directory. Returns the number of services. */
export async function loadDirectoryDemo(tx: Tx, now: Date): Promise<number> {
  const orgId = async (acronym: string) => {
    const org = await findOrganisationByAcronym(tx, acronym);
    if (!org) throw new Error(`demo organisation ${acronym} missing`);
    return org.id;
  };
  const locationIds = new Map<string, string>();
  for (const l of LOCATIONS) {
    const row = await insertServiceLocation(tx, {
      organizationId: await orgId(l.org),
      name: l.name,
      city: l.city,
      stateProvince: l.province,
      country: 'MZ',
      latitude: l.lat,
      longitude: l.lon,
      adminPcode: l.pcode,
      accessibility: l.accessibility,
      createdAt: now,
      updatedAt: now,
    });
    locationIds.set(l.key, row.id);
  }
  for (const s of SERVICES) {
    const organizationId = await orgId(s.org);
    const service = await insertService(tx, {
      organizationId,
      name: s.name,
      description: s.description,
      serviceType: s.serviceType,
      referralMethod: s.referralMethod,
      eligibilityDescription: s.eligibility,
      languages: s.languages,
      populationServed: s.population,
      coveragePcodes: s.coverage,
      schedules: s.schedules,
      referralNextStep: s.nextStep ?? null,
      referralResponseDelay: s.responseDelay ?? null,
      feedbackMechanism: s.feedback ?? null,
      feedbackDelay: s.feedbackDelay ?? null,
      isPublic: s.isPublic ?? true,
      assuredDate: dayString(now, s.reviewedDaysAgo ?? 10),
      createdAt: now,
      updatedAt: now,
    });
    for (const key of s.locations) {
      await insertServiceAtLocation(tx, {
        organizationId,
        serviceId: service.id,
        locationId: locationIds.get(key)!,
      });
    }
    await insertServiceContact(tx, {
      organizationId,
      serviceId: service.id,
      ...s.focalPoint,
      isReferralFocalPoint: true,
      visibility: 'partner',
      createdAt: now,
    });
    if (s.publicPhone) {
      await insertServiceContact(tx, {
        organizationId,
        serviceId: service.id,
        name: 'Reception',
        phone: s.publicPhone,
        visibility: 'public',
        createdAt: now,
      });
    }
  }
  return SERVICES.length;
}
