import type { Translator } from '../i18n/locales';
import { ApiError } from './client';

/**
 * A translated sentence for an API error: the code's message in the user's language, with the
 * minutes left for a lockout, the rule's sentence for a refusal with `details.reason`; the server's own message when the code is not one we know.
 */
export function describeError(t: Translator, error: unknown): string {
  if (!(error instanceof ApiError)) return t.t('errors.unknown');
  if (error.code === 'account-locked') {
    const seconds = Number(error.details.retryAfterSeconds);
    if (!Number.isFinite(seconds) || seconds <= 0) return t.t('errors.account-locked-soon');
    return t.t('errors.account-locked', { count: Math.ceil(seconds / 60) });
  }
  // A refusal that names its rule (role-grant policy, ISP status rules): the rule's own sentence.
  const reason = error.details.reason;
  const because = typeof reason === 'string' ? t.tryT(`errors.reason.${reason}`) : undefined;
  if (because) return because;
  return t.tryT(`errors.${error.code}`) ?? (error.message || t.t('errors.unknown'));
}
