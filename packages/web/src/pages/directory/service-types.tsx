/**
 * The cluster's service types (the taxonomy, issue 9) for the directory pages: loaded once for
 * /directory/*, reloaded after the cluster changes a type, so the filters and the service form
 * list a type as soon as it is added. A type the web has no translated label for (one the
 * cluster added) shows under the name the cluster gave it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';

export interface TaxonomyTerm {
  code: string;
  name: string;
  description: string;
  position: number;
}

export type TermsLoad =
  | { status: 'loading' }
  | { status: 'ready'; terms: readonly TaxonomyTerm[] }
  | { status: 'failed'; error: unknown };

interface ServiceTypes {
  load: TermsLoad;
  reload: () => Promise<void>;
}

const ServiceTypesContext = createContext<ServiceTypes>({
  load: { status: 'ready', terms: [] },
  reload: async () => {},
});

export function ServiceTypesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [load, setLoad] = useState<TermsLoad>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const r = (await data(api.GET('/api/directory/taxonomy'))) as { items?: TaxonomyTerm[] };
      setLoad({ status: 'ready', terms: r.items ?? [] });
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const value = useMemo(() => ({ load, reload }), [load, reload]);
  return <ServiceTypesContext.Provider value={value}>{children}</ServiceTypesContext.Provider>;
}

/** The taxonomy as loaded, and how to load it again. */
export function useTaxonomy(): ServiceTypes {
  return useContext(ServiceTypesContext);
}

/** The service types' codes in the cluster's order, for the filters and the form. */
export function useServiceTypes(): string[] {
  const { load } = useTaxonomy();
  return useMemo(() => (load.status === 'ready' ? load.terms.map((t) => t.code) : []), [load]);
}

/** The cluster's name of a type (the label of a type without a translation). */
export function useTypeNames(): ReadonlyMap<string, string> {
  const { load } = useTaxonomy();
  return useMemo(
    () => new Map(load.status === 'ready' ? load.terms.map((t) => [t.code, t.name] as const) : []),
    [load],
  );
}
