import type { MembershipRole } from '@steward/core/auth/permissions';
import type { Database } from '@steward/db';
import type { Language } from '@steward/core/i18n/languages';

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
  /**
   * The language the user chose in the web app (issue 8), null when never chosen: the web app
   * restores it at sign-in, notification e-mails are written in it. Absent on actors built by hand.
   */
  preferredLanguage?: Language | null;
  /** For a token: only the membership of the token's organisation. */
  memberships: ActorMembership[];
  activeOrganisationId: string | null;
  sessionId?: string;
  tokenId?: string;
  csrfToken?: string;
  via: 'session' | 'token';
  /**
   * A sign-in step the session must finish before anything else (the API refuses every other
   * route): `totp` second factor, `enrol-totp` required enrolment, `new-password` after a reset.
   */
  pending?: SessionPending | null;
}

export type SessionPending = 'totp' | 'enrol-totp' | 'new-password';

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
  /** Session lifetime after the last request (sliding). Default 2 hours. */
  sessionIdleMinutes: number;
  /** Session lifetime from sign-in, however active (absolute). Default 12 hours. */
  sessionAbsoluteMinutes: number;
  /** Time to finish a pending sign-in step (second factor, enrolment, new password). Default 15 minutes. */
  pendingStepMinutes: number;
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
  /**
   * Two-factor sign-in required for administrators and cluster roles (they enrol at next sign-in).
   * Default true; `STEWARD_REQUIRE_TWO_FACTOR=false` turns it off (test and demo set-ups only).
   */
  twoFactorRequired: boolean;
  /** Minimum password length for new accounts. Default 12. */
  minPasswordLength: number;
}

export const DEFAULT_CONFIG: ServicesConfig = {
  sessionIdleMinutes: 2 * 60,
  sessionAbsoluteMinutes: 12 * 60,
  pendingStepMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
  failureWindowMinutes: 15,
  lockoutMinutes: 15,
  firstDelaySeconds: 30,
  minPasswordLength: 12,
  twoFactorRequired: true,
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
