/**
 * Sign-in and the actors of requests. One small file per concern:
 * passwords (argon2id), password-policy + common-passwords (new passwords), lockout (progressive
 * delays), login, sign-in-steps (second factor, enrolment, new password), two-factor + totp,
 * sessions (create, authenticate, logout, active organisation), language (preferred language),
 * session-renewal (expiry rules),
 * session-list (own sessions), password-change (own change, admin reset), two-factor-reset (admin
 * reset of another user's authenticator), api-tokens.
 */
import type { Language } from '@steward/core/i18n/languages';
import { createKeyResolver } from '../registry/crypto';
import type { Actor, Caller, Context } from '../types';
import { authenticateToken } from './api-tokens';
import { setPreferredLanguage } from './language';
import { login } from './login';
import { changePassword, resetPassword, type ChangePasswordInput } from './password-change';
import { endOtherSessions, endSession, listSessions, type SessionInfo } from './session-list';
import { authenticateSession, logout, setActiveOrganisation } from './sessions';
import { createTwoFactor, type TwoFactorStatus } from './two-factor';
import { resetTwoFactor, type TwoFactorResetResult } from './two-factor-reset';
import type { TotpEnrolment } from './totp';
import type { LoginInput, LoginResult } from './types';

export { hashPassword, verifyPassword } from './passwords';
export { checkNewPassword } from './password-policy';
export { isCommonPassword } from './common-passwords';
export { twoFactorRequired } from './sign-in-steps';
export { TOKEN_PREFIX, type LoginInput, type LoginResult } from './types';
export type { ChangePasswordInput, SessionInfo, TotpEnrolment, TwoFactorResetResult, TwoFactorStatus };

export interface AuthService {
  login(input: LoginInput): Promise<LoginResult>;
  authenticateSession(token: string | null | undefined): Promise<Actor | null>;
  authenticateToken(bearer: string | null | undefined): Promise<Actor | null>;
  logout(actor: Actor): Promise<void>;
  setActiveOrganisation(actor: Actor, organisationId: string): Promise<Actor>;
  /** The language the user chose in the web app: their notification e-mails are written in it. */
  setPreferredLanguage(actor: Actor, language: unknown): Promise<Language>;
  /** The second sign-in step (TOTP or recovery code); returns a new, fully signed-in session. */
  verifySecondFactor(actor: Actor, code: string, userAgent?: string | null): Promise<LoginResult>;
  twoFactorStatus(actor: Actor): Promise<TwoFactorStatus>;
  startTotpEnrolment(actor: Actor): Promise<TotpEnrolment>;
  confirmTotpEnrolment(actor: Actor, code: string): Promise<{ recoveryCodes: string[] }>;
  disableTotp(actor: Actor, password: string): Promise<void>;
  changePassword(actor: Actor, input: ChangePasswordInput): Promise<{ endedSessions: number }>;
  /** System administrator: a temporary password the user must replace at next sign-in. */
  resetPassword(caller: Caller, userId: string): Promise<{ temporaryPassword: string }>;
  /** System administrator: removes a user's authenticator; the user enrols again at next sign-in. */
  resetTwoFactor(caller: Caller, userId: string): Promise<TwoFactorResetResult>;
  listSessions(actor: Actor): Promise<SessionInfo[]>;
  endOtherSessions(actor: Actor): Promise<{ ended: number }>;
  endSession(actor: Actor, sessionId: string): Promise<void>;
}

export function createAuthService(ctx: Context): AuthService {
  const twoFactor = createTwoFactor(ctx, createKeyResolver(ctx));
  return {
    login: (input) => login(ctx, input),
    authenticateSession: (token) => authenticateSession(ctx, token),
    authenticateToken: (bearer) => authenticateToken(ctx, bearer),
    logout: (actor) => logout(ctx, actor),
    setActiveOrganisation: (actor, organisationId) => setActiveOrganisation(ctx, actor, organisationId),
    setPreferredLanguage: (actor, language) => setPreferredLanguage(ctx, actor, language),
    verifySecondFactor: (actor, code, userAgent) => twoFactor.verifySignIn(actor, code, userAgent ?? null),
    twoFactorStatus: (actor) => twoFactor.status(actor),
    startTotpEnrolment: (actor) => twoFactor.startEnrolment(actor),
    confirmTotpEnrolment: (actor, code) => twoFactor.confirmEnrolment(actor, code),
    disableTotp: (actor, password) => twoFactor.disable(actor, password),
    changePassword: (actor, input) => changePassword(ctx, actor, input),
    resetPassword: (caller, userId) => resetPassword(ctx, caller, userId),
    resetTwoFactor: (caller, userId) => resetTwoFactor(ctx, caller, userId),
    listSessions: (actor) => listSessions(ctx, actor),
    endOtherSessions: (actor) => endOtherSessions(ctx, actor),
    endSession: (actor, sessionId) => endSession(ctx, actor, sessionId),
  };
}
