/**
 * The session, organisation, member and audit bodies as the API describes them (generated:
 * ./schema.d.ts, `npm run api:generate`), with the few helpers the frame and pages share.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Session = Schemas['Session'];
export type Membership = Schemas['Membership'];
export type Role = Membership['role'];
export type Organisation = Schemas['Organisation'];
export type Member = Schemas['Member'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditHead = Schemas['AuditHead'];
export type AuditVerification = Schemas['AuditVerification'];

/** Every role, most powerful first (the API's enum; a test checks they stay the same). */
export const ROLES = [
  'admin',
  'cluster-coordinator',
  'cluster-imo',
  'partner-focal-point',
  'partner-im-officer',
  'caseworker',
  'viewer',
] as const satisfies readonly Role[];

/** Filters of the audit log viewer (query parameters of /api/audit and /api/audit/export). */
export interface AuditFilters {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export function activeMembership(session: Session): Membership | undefined {
  return session.memberships.find((m) => m.organisationId === session.activeOrganisationId);
}

/** `?actor=…&action=…` from the filters that are set ('' when none): the export link's query. */
export function auditQueryString(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
