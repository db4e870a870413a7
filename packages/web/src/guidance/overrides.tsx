/**
 * The cluster's adapted guidance texts (issue 11 §5, decision 0031), loaded once per session
 * (a few dozen rows at most) and again after a cluster role saves or reverts one. Outside a
 * signed-in frame (the public request form) there are none and Steward's defaults show.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { activeMembership } from '../api/session';
import { data, type components } from '../api/steward-client';
import { useSession } from '../app/session-context';

export type GuidanceOverride = components['schemas']['GuidanceOverride'];

interface OverridesValue {
  /** The adapted text of an entry in a language, if the cluster wrote one. */
  find(id: string, language: string): GuidanceOverride | undefined;
  /** Loads the adapted texts again (after a save or revert). */
  refresh(): Promise<void>;
  /** Whether the signed-in user may adapt them (cluster coordinator, IMO: the API's rule). */
  readonly canEdit: boolean;
}

const NONE: OverridesValue = { find: () => undefined, refresh: async () => undefined, canEdit: false };
const OverridesContext = createContext<OverridesValue>(NONE);

const key = (id: string, language: string) => `${id}\u0001${language}`;

export function GuidanceOverridesProvider({ children }: { children: ReactNode }) {
  const { state, client } = useSession();
  const session = state.status === 'authenticated' ? state.session : null;
  const userId = session?.user.id ?? null;
  const role = session ? activeMembership(session)?.role : undefined;
  const [rows, setRows] = useState<ReadonlyMap<string, GuidanceOverride>>(new Map());

  const refresh = useCallback(async () => {
    try {
      const { items } = await data(client.GET('/api/guidance/overrides'));
      setRows(new Map(items.map((o) => [key(o.guidanceId, o.language), o])));
    } catch {
      // Without them, Steward's default texts show: advice is never blocked by this call.
    }
  }, [client]);

  useEffect(() => {
    setRows(new Map());
    if (userId) void refresh();
  }, [userId, refresh]);

  const value = useMemo<OverridesValue>(
    () => ({
      find: (id, language) => rows.get(key(id, language)),
      refresh,
      canEdit: role === 'cluster-coordinator' || role === 'cluster-imo',
    }),
    [rows, refresh, role],
  );
  return <OverridesContext.Provider value={value}>{children}</OverridesContext.Provider>;
}

export function useGuidanceOverrides(): OverridesValue {
  return useContext(OverridesContext);
}
