import type { Translator } from '../i18n/locales';
import { ApiError } from './api-error';

/**
 * A translated sentence for an API error: the code's message in the user's language, with the
 * minutes left for a lockout, the rule's sentence for a refusal with `details.reason`, the limit
 * named by a `limit-exceeded` error; the server's own message when the code is not one we know.
 */
export function describeError(t: Translator, error: unknown): string {
  if (!(error instanceof ApiError)) return t.t('errors.unknown');
  if (error.code === 'account-locked') {
    const seconds = Number(error.details.retryAfterSeconds);
    if (!Number.isFinite(seconds) || seconds <= 0) return t.t('errors.account-locked-soon');
    return t.t('errors.account-locked', { count: Math.ceil(seconds / 60) });
  }
  if (error.code === 'limit-exceeded') {
    // The limit is named in the error (core/src/limits.ts): the sentence for that limit, with its value.
    const max = Number(error.details.max);
    return (
      t.tryT(`errors.limit.${String(error.details.limit)}`, {
        max: Number.isFinite(max) ? t.number(max) : '?',
      }) ?? t.t('errors.limit-exceeded')
    );
  }
  // A refusal that names its rule (role-grant policy, ISP status rules): the rule's own sentence.
  const reason = error.details.reason;
  const because = typeof reason === 'string' ? t.tryT(`errors.reason.${reason}`) : undefined;
  if (because) return because;
  // A refusal with a stable code of its own (e.g. referral.override_same_person): its sentence.
  const code = error.details.code;
  const specific = typeof code === 'string' ? t.tryT(`errors.code.${code}`) : undefined;
  if (specific) return specific;
  return t.tryT(`errors.${error.code}`) ?? (error.message || t.t('errors.unknown'));
}
