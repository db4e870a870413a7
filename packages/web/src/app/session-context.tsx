import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Session } from '../api/session';
import { useI18n } from '../i18n/i18n-context';
import { createStewardClient, data, type StewardClient } from '../api/steward-client';
import { uploadFile, type Upload } from '../api/upload';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous'; readonly notice: 'session-ended' | 'signed-out' | null }
  | { readonly status: 'authenticated'; readonly session: Session }
  | { readonly status: 'failed'; readonly error: unknown };

interface SessionValue {
  readonly state: SessionState;
  /** The typed API client (openapi-fetch, types generated from the API): use it through useApi(). */
  readonly client: StewardClient;
  /** Multipart upload of one file with progress (see api/upload.ts): use it through useUpload(). */
  readonly upload: Upload;
  signIn(email: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  switchOrganisation(organisationId: string): Promise<Session>;
  /** Replaces the session after a sign-in step (second factor) returned a new one. */
  setSession(session: Session): void;
  reload(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Dispatched on window when the session ends (sign-out, or the server answered 401): what a page
 * holds only for this session in memory (the unlocked referral keys) is forgotten at once.
 */
export const SESSION_ENDED_EVENT = 'steward:session-ended';
const announceSessionEnded = () => window.dispatchEvent(new Event(SESSION_ENDED_EVENT));

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const csrf = useRef<string | null>(null);
  csrf.current = state.status === 'authenticated' ? state.session.csrfToken : null;

  const options = useMemo(
    () => ({
      csrfToken: () => csrf.current,
      onUnauthenticated: () => {
        announceSessionEnded();
        setState({ status: 'anonymous', notice: 'session-ended' });
      },
    }),
    [],
  );
  const client = useMemo(() => createStewardClient(options), [options]);
  const upload = useCallback<Upload>(
    (path, file, onProgress) => uploadFile(options, path, file, onProgress),
    [options],
  );

  const load = useCallback(() => {
    setState({ status: 'loading' });
    // /api/session answers 200 when signed out too, so a signed-out page logs no failed request.
    data(client.GET('/api/session')).then(
      (answer) =>
        setState(
          answer.signedIn && answer.session
            ? { status: 'authenticated', session: answer.session }
            : { status: 'anonymous', notice: null },
        ),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [client]);

  useEffect(load, [load]);

  // The language the user chose, stored with them (issue 8), is restored when a user's session
  // starts here (sign-in, or a reload of a signed-in page); later choices in this page win, and
  // signed-out pages keep the last language chosen in this browser.
  const { t, setLocale } = useI18n();
  const restoredFor = useRef<string | null>(null);
  const signedInUser = state.status === 'authenticated' ? state.session.user : null;
  useEffect(() => {
    if (!signedInUser) {
      restoredFor.current = null;
      return;
    }
    if (restoredFor.current === signedInUser.id) return;
    restoredFor.current = signedInUser.id;
    const stored = signedInUser.preferredLanguage;
    if (stored && stored !== t.locale) setLocale(stored);
  }, [signedInUser, t.locale, setLocale]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await data(client.POST('/api/auth/login', { body: { email, password } }));
      setState({ status: 'authenticated', session });
      return session;
    },
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      await client.POST('/api/auth/logout');
    } finally {
      announceSessionEnded();
      setState({ status: 'anonymous', notice: 'signed-out' });
    }
  }, [client]);

  const switchOrganisation = useCallback(
    async (organisationId: string) => {
      const session = await data(client.PUT('/api/me/active-organisation', { body: { organisationId } }));
      setState({ status: 'authenticated', session });
      return session;
    },
    [client],
  );

  const setSession = useCallback((session: Session) => setState({ status: 'authenticated', session }), []);

  const value = useMemo(
    () => ({ state, client, upload, signIn, signOut, switchOrganisation, setSession, reload: load }),
    [state, client, upload, signIn, signOut, switchOrganisation, setSession, load],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in session; only for components rendered inside the signed-in frame. */
export function useAuthenticatedSession(): Session {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('No signed-in session');
  return state.session;
}

/** The typed API client of this session (see api/steward-client.ts): `data(api.GET('/api/…'))`. */
export function useApi(): StewardClient {
  return useSession().client;
}

/** The session's multipart upload with progress (see api/upload.ts). */
export function useUpload(): Upload {
  return useSession().upload;
}
