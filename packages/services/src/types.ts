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
  /** Sign-in rules: docs/security.md "Sign-in, lockout and sessions". */
  /** Failed sign-ins per account identifier (the e-mail typed, known or not) answered without delay. Default 5. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins per IP address answered without delay. Default 20. */
  maxFailuresPerIp: number;
  /** Failures are forgotten this long after the last one. Default 15 minutes. */
  failureWindowMinutes: number;
  /** The longest delay between attempts once the free failures are used (the delay doubles up to it). Default 15. */
  lockoutMinutes: number;
  /** The first delay after the free failures. Default 30 seconds. */
  firstDelaySeconds: number;
  /** Minimum password length for new accounts. Default 12. */
  minPasswordLength: number;
}

export const DEFAULT_CONFIG: ServicesConfig = {
  sessionIdleMinutes: 12 * 60,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
  failureWindowMinutes: 15,
  lockoutMinutes: 15,
  firstDelaySeconds: 30,
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
