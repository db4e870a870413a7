/** A service as the directory routes return it (the API's DirectoryService schema). */
import type { components } from '../../api/steward-client';

export type DirectoryService = components['schemas']['DirectoryService'];

export interface DirectoryFilterValues {
  serviceType: string;
  pcode: string;
  population: string;
  language: string;
  accessibility: string;
  openNow: boolean;
  /** Only entries not reviewed in 90 days (what the cluster IMO follows up). */
  stale: boolean;
}

export const EMPTY_FILTERS: DirectoryFilterValues = {
  serviceType: '',
  pcode: '',
  population: '',
  language: '',
  accessibility: '',
  openNow: false,
  stale: false,
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
  if (f.stale) q['stale'] = 'true';
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
export const SERVICE_STATUSES = ['active', 'inactive', 'temporarily closed', 'defunct'] as const;
