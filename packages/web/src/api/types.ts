/** Bodies of the Steward HTTP API, as the web app reads them. */

export const ROLES = [
  'admin',
  'cluster-coordinator',
  'cluster-imo',
  'partner-focal-point',
  'partner-im-officer',
  'caseworker',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export interface Membership {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly acronym: string;
  readonly role: Role;
}

export interface Session {
  readonly user: {
    readonly id: string;
    readonly email: string;
    readonly displayName: string;
    readonly isAdmin: boolean;
  };
  readonly memberships: readonly Membership[];
  readonly activeOrganisationId: string | null;
  readonly csrfToken: string | null;
  /** A sign-in step to finish first: second factor, required two-factor enrolment, new password. */
  readonly pending?: 'totp' | 'enrol-totp' | 'new-password' | null;
}

/** A member of an organisation and their role there. */
export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly role: Role;
}

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly acronym: string;
  readonly type: string;
  readonly isClusterMember: boolean;
  readonly status: string;
}

export function activeMembership(session: Session): Membership | undefined {
  return session.memberships.find((m) => m.organisationId === session.activeOrganisationId);
}

/** GET /api/audit/head: the audit chain head, for witnessing. */
export interface AuditHead {
  sequence: number;
  hash: string;
  occurredAt: string | null;
}

/** GET /api/audit: one entry of the audit log viewer. */
export interface AuditEntry {
  sequence: number;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  actorOrganisationId: string | null;
  organisationId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: string;
  details: Record<string, unknown>;
  hash: string;
}

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

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: { sequence: number; reason: string } };
