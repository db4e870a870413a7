import { useMemo } from 'react';
import { ApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { useApi } from '../../app/session-context';
import type { Translator } from '../../i18n/locales';
import { accountClient } from './account-client';

export type AccountClient = ReturnType<typeof accountClient>;

/** The account calls on the session's typed client. */
export function useAccountClient(): AccountClient {
  const api = useApi();
  return useMemo(() => accountClient(api), [api]);
}

/** A field's message from a server validation error (details.reason), in the user's language. */
export function reasonText(t: Translator, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'validation') return null;
  const reason = error.details.reason;
  if (typeof reason !== 'string') return null;
  const min = Number(error.details.minLength ?? 12);
  return t.tryT(`account.reason.${reason}`, { min }) ?? null;
}

/** The message for a failed request: the field reason when there is one, else the error. */
export function failureText(t: Translator, error: unknown): string {
  return reasonText(t, error) ?? t.t('account.failed', { reason: describeError(t, error) });
}
