/** The catalogue service's named types: filters, one listed entry, one page. */
import type { SensitivityLevel } from '@steward/core/vocabulary/index';
import type { DecisionBody } from '../registry/views';

/**
 * What the ISP lets the viewer's organisation do with an entry of the catalogue:
 * - `own`: the viewer's organisation owns it;
 * - `on-request`: a named organisation may have it on an approved request (recipient class
 *   `organisation`);
 * - `agreement`: only under a data-sharing agreement (recipient class `bilateral`), which an approved
 *   request makes.
 * Entries the ISP gives the viewer's organisation in no way (not shared, unclassified) are not listed.
 */
export type CatalogueAccess = 'own' | 'on-request' | 'agreement';
export const CATALOGUE_ACCESS: readonly CatalogueAccess[] = ['own', 'on-request', 'agreement'];

export const CATALOGUE_PAGE_SIZE = 25;
export const CATALOGUE_MAX_PAGE_SIZE = 100;

export interface CatalogueFilters {
  /** Text the title contains (any case). */
  q?: string | undefined;
  /** The owner organisation's id. */
  owner?: string | undefined;
  dataType?: string | undefined;
  aggregationLevel?: string | undefined;
  sensitivity?: SensitivityLevel | undefined;
  /** Only entries the viewer's organisation can request now. */
  requestable?: boolean | undefined;
  /** 1-based. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface CatalogueItem {
  id: string;
  title: string;
  kind: string;
  organisationId: string;
  organisationAcronym: string;
  organisationName: string;
  dataTypes: string[];
  aggregationLevel: string;
  containsPersonalData: boolean;
  includesNames: boolean;
  includesCoordinates: boolean;
  sensitivity: SensitivityLevel;
  updatedAt: string;
  own: boolean;
  access: CatalogueAccess;
  /** The ISP decision behind `access` (core decide(), with its reason as codes). */
  decision: DecisionBody;
  /** The viewer's organisation may file a request for it (not its own). */
  canRequest: boolean;
  /** An agreement in force already gives it to the viewer's organisation. */
  agreement: { reference: string; expiresOn: string } | null;
}

export interface CataloguePage {
  items: CatalogueItem[];
  /** Entries matching the filters, on every page. */
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  /** The endorsed ISP's version the decisions come from; null when none is endorsed (only own entries). */
  ispVersion: string | null;
}
