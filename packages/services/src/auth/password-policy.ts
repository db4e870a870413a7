import { ServiceError } from '../errors';
import type { ServicesConfig } from '../types';
import { isCommonPassword } from './common-passwords';

/** At most this many characters (argon2 copes, but a bound keeps requests small). */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Checks a new password: long enough, not too long, not a common password, not the e-mail.
 * Throws ServiceError `validation` (field `password`, details.reason a stable code).
 */
export function checkNewPassword(cfg: ServicesConfig, password: string, email?: string): void {
  const fail = (reason: string, message: string, extra: Record<string, unknown> = {}): never => {
    throw new ServiceError('validation', `password: ${message}`, { field: 'password', reason, ...extra });
  };
  if (password.length < cfg.minPasswordLength)
    fail('password-too-short', `at least ${cfg.minPasswordLength} characters`, {
      minLength: cfg.minPasswordLength,
    });
  if (password.length > MAX_PASSWORD_LENGTH)
    fail('password-too-long', `at most ${MAX_PASSWORD_LENGTH} characters`, {
      maxLength: MAX_PASSWORD_LENGTH,
    });
  if (isCommonPassword(password))
    fail('password-common', 'this is one of the most common passwords; choose another');
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase())
    fail('password-is-email', 'must not be the e-mail address');
}
