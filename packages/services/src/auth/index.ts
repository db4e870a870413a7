/**
 * Sign-in and the actors of requests. One small file per concern:
 * passwords (argon2id), lockout (failure counting), login, sessions (create, authenticate,
 * logout, active organisation), session-renewal (the sliding-expiry rule), api-tokens.
 */
import type { Actor, Context } from '../types';
import { authenticateToken } from './api-tokens';
import { login } from './login';
import { authenticateSession, logout, setActiveOrganisation } from './sessions';
import type { LoginInput, LoginResult } from './types';

export { hashPassword, verifyPassword } from './passwords';
export { TOKEN_PREFIX, type LoginInput, type LoginResult } from './types';

export interface AuthService {
  login(input: LoginInput): Promise<LoginResult>;
  authenticateSession(token: string | null | undefined): Promise<Actor | null>;
  authenticateToken(bearer: string | null | undefined): Promise<Actor | null>;
  logout(actor: Actor): Promise<void>;
  setActiveOrganisation(actor: Actor, organisationId: string): Promise<Actor>;
}

export function createAuthService(ctx: Context): AuthService {
  return {
    login: (input) => login(ctx, input),
    authenticateSession: (token) => authenticateSession(ctx, token),
    authenticateToken: (bearer) => authenticateToken(ctx, bearer),
    logout: (actor) => logout(ctx, actor),
    setActiveOrganisation: (actor, organisationId) => setActiveOrganisation(ctx, actor, organisationId),
  };
}
