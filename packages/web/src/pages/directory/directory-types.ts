/**
 * What the directory routes return (services/src/directory/views.ts ServiceView; the routes'
 * bodies are untyped in the OpenAPI document, so the page names the fields it reads).
 */
export interface DirectoryLocation {
  id: string;
  name: string;
  city: string | null;
  adminPcode: string | null;
  accessibility: string[];
}

export interface DirectoryContact {
  id: string;
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  isReferralFocalPoint: boolean;
  visibility: 'public' | 'partner';
}

export interface DirectoryService {
  id: string;
  organisationAcronym: string | null;
  organisationName: string | null;
  name: string;
  description: string;
  status: string;
  serviceType: string;
  eligibilityDescription: string | null;
  languages: string[];
  populationServed: string[];
  coveragePcodes: string[];
  schedules: { byday: string; opens_at: string; closes_at: string }[];
  referralMethod: string;
  referralNextStep: string | null;
  referralResponseDelay: string | null;
  isPublic: boolean;
  assuredDate: string;
  stale: boolean;
  staleFlaggedAt: string | null;
  locations: DirectoryLocation[];
  contacts: DirectoryContact[];
}

export interface DirectoryFilterValues {
  serviceType: string;
  pcode: string;
  population: string;
  language: string;
  accessibility: string;
  openNow: boolean;
}

export const EMPTY_FILTERS: DirectoryFilterValues = {
  serviceType: '',
  pcode: '',
  population: '',
  language: '',
  accessibility: '',
  openNow: false,
};

/** The query the directory routes take: only the filters set. */
export function filterQuery(f: DirectoryFilterValues): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.serviceType) q['serviceType'] = f.serviceType;
  if (f.pcode.trim()) q['pcode'] = f.pcode.trim().toUpperCase();
  if (f.population) q['population'] = f.population;
  if (f.language) q['language'] = f.language;
  if (f.accessibility) q['accessibility'] = f.accessibility;
  if (f.openNow) q['openNow'] = 'true';
  return q;
}

/** Choices offered by the filters (the demo's and the HSDS-style values in use). */
export const POPULATIONS = [
  'adults',
  'children',
  'caregivers',
  'girls',
  'women',
  'idps',
  'households',
  'host-community',
] as const;
export const LANGUAGES = ['pt', 'en', 'mak', 'fr', 'ar'] as const;
export const ACCESSIBILITY = ['wheelchair', 'women-only-space', 'sign-language'] as const;
export const REFERRAL_METHODS = ['steward', 'email', 'phone', 'in-person', 'referrals-not-accepted'] as const;
