import { useMemo } from 'react';
import { ApiError, createRequest } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useSession } from '../../app/session-context';
import type { Translator } from '../../i18n/locales';
import { accountClient } from './account-client';

export type AccountClient = ReturnType<typeof accountClient>;

/** The account client, with the session's CSRF token. */
export function useAccountClient(): AccountClient {
  const { state, reload } = useSession();
  const csrf = state.status === 'authenticated' ? state.session.csrfToken : null;
  return useMemo(
    () => accountClient(createRequest({ csrfToken: () => csrf, onUnauthenticated: reload })),
    [csrf, reload],
  );
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
