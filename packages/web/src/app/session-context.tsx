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
import { createApiClient, type ApiClient } from '../api/client';
import type { Session } from '../api/types';
import { createStewardClient, type StewardClient } from '../api/steward-client';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous'; readonly notice: 'session-ended' | 'signed-out' | null }
  | { readonly status: 'authenticated'; readonly session: Session }
  | { readonly status: 'failed'; readonly error: unknown };

interface SessionValue {
  readonly state: SessionState;
  readonly api: ApiClient;
  /** The typed API client (openapi-fetch, types generated from the API): use it through useApi(). */
  readonly client: StewardClient;
  signIn(email: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  switchOrganisation(organisationId: string): Promise<Session>;
  /** Replaces the session after a sign-in step (second factor) returned a new one. */
  setSession(session: Session): void;
  reload(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const csrf = useRef<string | null>(null);
  csrf.current = state.status === 'authenticated' ? state.session.csrfToken : null;

  const api = useMemo(
    () =>
      createApiClient({
        csrfToken: () => csrf.current,
        onUnauthenticated: () => setState({ status: 'anonymous', notice: 'session-ended' }),
      }),
    [],
  );
  const client = useMemo(
    () =>
      createStewardClient({
        csrfToken: () => csrf.current,
        onUnauthenticated: () => setState({ status: 'anonymous', notice: 'session-ended' }),
      }),
    [],
  );

  const load = useCallback(() => {
    setState({ status: 'loading' });
    api.me().then(
      (session) =>
        setState(session ? { status: 'authenticated', session } : { status: 'anonymous', notice: null }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [api]);

  useEffect(load, [load]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await api.login(email, password);
      setState({ status: 'authenticated', session });
      return session;
    },
    [api],
  );

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setState({ status: 'anonymous', notice: 'signed-out' });
    }
  }, [api]);

  const switchOrganisation = useCallback(
    async (organisationId: string) => {
      const session = await api.setActiveOrganisation(organisationId);
      setState({ status: 'authenticated', session });
      return session;
    },
    [api],
  );

  const setSession = useCallback((session: Session) => setState({ status: 'authenticated', session }), []);

  const value = useMemo(
    () => ({ state, api, client, signIn, signOut, switchOrganisation, setSession, reload: load }),
    [state, api, client, signIn, signOut, switchOrganisation, setSession, load],
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
