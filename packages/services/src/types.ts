import type { MembershipRole } from '@steward/core/auth/permissions';
import type { Database } from '@steward/db';

export interface ActorMembership {
  organisationId: string;
  organisationName: string;
  acronym: string;
  role: MembershipRole;
}

/** Who is making a request, as established by a session cookie or an API token. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  /** For a token: only the membership of the token's organisation. */
  memberships: ActorMembership[];
  activeOrganisationId: string | null;
  sessionId?: string;
  tokenId?: string;
  csrfToken?: string;
  via: 'session' | 'token';
}

/** Work done by the installation itself (CLI bootstrap, demo load), not by a signed-in person. */
export interface SystemCaller {
  via: 'system';
  /** A short code recorded in the audit log, e.g. 'cli'. No personal data. */
  reason: string;
}

export type Caller = Actor | SystemCaller;

export function systemCaller(reason: string): SystemCaller {
  return { via: 'system', reason };
}

export interface ServicesConfig {
  /** Session lifetime after the last request (sliding). Default 12 hours. */
  sessionIdleMinutes: number;
  /** Failed sign-ins per account within the window before a lockout. Default 5. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins per IP address within the window before a lockout. Default 20. */
  maxFailuresPerIp: number;
  /** Window for counting failures, and lockout length. Defaults 15 and 15 minutes. */
  failureWindowMinutes: number;
  lockoutMinutes: number;
  /** Minimum password length for new accounts. Default 12. */
  minPasswordLength: number;
}

export const DEFAULT_CONFIG: ServicesConfig = {
  sessionIdleMinutes: 12 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
  failureWindowMinutes: 15,
  lockoutMinutes: 15,
  minPasswordLength: 12,
};

export interface ServiceDeps {
  db: Database;
  clock: () => Date;
  randomBytes: (n: number) => Uint8Array;
  config?: Partial<ServicesConfig>;
}

export interface Context {
  db: Database;
  clock: () => Date;
  randomBytes: (n: number) => Uint8Array;
  config: ServicesConfig;
}
