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
  organisations: {
    list(actor: Actor): Promise<OrganisationRecord[]>;
    create(
      actor: Actor,
      input: { name: string; acronym: string; type: string; isClusterMember: boolean },
    ): Promise<OrganisationRecord>;
  };
  users: {
    create(
      actor: Actor,
      input: { email: string; displayName: string; password: string; isAdmin: boolean },
    ): Promise<{ id: string; email: string; displayName: string; isAdmin: boolean }>;
    listMembers(actor: Actor, organisationId: string): Promise<MemberRecord[]>;
    addMembership(
      actor: Actor,
      input: { organisationId: string; email: string; role: Role },
    ): Promise<MemberRecord>;
    changeRole(
      actor: Actor,
      input: { organisationId: string; userId: string; role: Role },
    ): Promise<MemberRecord>;
    removeMembership(actor: Actor, input: { organisationId: string; userId: string }): Promise<void>;
  };
  tokens: {
    create(
      actor: Actor,
      input: { name: string; organisationId: string; expiresInDays?: number },
    ): Promise<{ id: string; token: string }>;
    list(actor: Actor): Promise<TokenRecord[]>;
    revoke(actor: Actor, tokenId: string): Promise<void>;
  };
  audit: {
    verify(): Promise<
      | { ok: true; entries: number }
      | { ok: false; entries: number; brokenAt: { sequence: number; reason: string } }
    >;
  };
  health(): Promise<{ database: 'ok' | 'unreachable'; migrations: 'current' | 'pending' }>;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  acronym: string;
  type: string;
  isClusterMember: boolean;
  status: string;
}

export interface MemberRecord {
  userId: string;
  email: string;
  displayName: string;
  organisationId: string;
  role: Role;
}

export interface TokenRecord {
  id: string;
  name: string;
  organisationId: string;
  createdAt: Date | string;
  expiresAt: Date | string | null;
  lastUsedAt?: Date | string | null;
  revokedAt: Date | string | null;
}
