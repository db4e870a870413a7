/**
 * What the API consumes from @steward/services (see docs of createServices there). Kept as a
 * narrow structural type so the API compiles against exactly the calls it makes.
 */
export type Role =
  | 'admin'
  | 'cluster-coordinator'
  | 'cluster-imo'
  | 'partner-focal-point'
  | 'partner-im-officer'
  | 'caseworker'
  | 'viewer';

export interface Membership {
  organisationId: string;
  organisationName: string;
  acronym: string;
  role: Role;
}

export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  memberships: Membership[];
  activeOrganisationId: string | null;
  sessionId?: string;
  tokenId?: string;
  csrfToken?: string;
  via: 'session' | 'token';
}

export interface Services {
  auth: {
    login(input: { email: string; password: string; ip: string | null; userAgent: string | null }): Promise<{
      sessionToken: string;
      csrfToken: string;
      expiresAt: Date;
      actor: Actor;
    }>;
    authenticateSession(token: string): Promise<Actor | null>;
    authenticateToken(bearer: string): Promise<Actor | null>;
    logout(actor: Actor): Promise<void>;
    setActiveOrganisation(actor: Actor, organisationId: string): Promise<Actor>;
  };
  health(): Promise<{ database: 'ok' | 'unreachable'; migrations: 'current' | 'pending' }>;
}
