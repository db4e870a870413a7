/** Fetches protected aggregate tables (computed by the API with the viewer's rights). */
import { useEffect, useState } from 'react';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import type { AggregateTable } from './figures';

export interface AggregateQuery {
  readonly framework: string;
  readonly periods: readonly string[];
  readonly by: readonly string[];
  readonly adm1?: string;
  /** Organisation id of one partner. */
  readonly partner?: string;
  /** Activity name (the framework's). */
  readonly activity?: string;
  /** Population group code (idp, returnee, host). */
  readonly populationGroup?: string;
  readonly indicators?: readonly string[];
  readonly measure?: 'reached' | 'targeted';
  readonly audience?: 'public' | 'cluster';
  /** `in-full`: the viewer's own cells (its organisation's data only) shown in full (issue 10). */
  readonly own?: 'in-full';
}

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly value: T };

export function useAggregate(query: AggregateQuery | null): Loaded<AggregateTable> {
  const api = useApi();
  const [state, setState] = useState<Loaded<AggregateTable>>({ status: 'loading' });
  const key = query ? JSON.stringify(query) : '';
  useEffect(() => {
    if (!query || query.periods.length === 0) return;
    let live = true;
    setState({ status: 'loading' });
    data<AggregateTable>(
      api.GET('/api/reporting/frameworks/{code}/table', {
        params: {
          path: { code: query.framework },
          query: {
            period: query.periods.join(','),
            by: query.by.join(','),
            ...(query.adm1 ? { adm1: query.adm1 } : {}),
            ...(query.partner ? { partner: query.partner } : {}),
            ...(query.activity ? { activity: query.activity } : {}),
            ...(query.populationGroup ? { group: query.populationGroup } : {}),
            ...(query.indicators && query.indicators.length > 0
              ? { indicator: query.indicators.join(',') }
              : {}),
            ...(query.measure ? { measure: query.measure } : {}),
            ...(query.audience ? { audience: query.audience } : {}),
            ...(query.own ? { own: query.own } : {}),
          },
        },
      }) as never,
    ).then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // The query is compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  return state;
}
