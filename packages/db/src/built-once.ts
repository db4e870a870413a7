/**
 * Queries of the query builder whose SQL text is built once per process (issue 7, decision 0013,
 * sixth round). drizzle builds a select's text again on every call (the builder objects, then
 * `getSQL` and `sqlToQuery`, with an `is()` check per column and chunk): about a sixth of the
 * server process's CPU for a partner's registry list, which is the same four texts every time.
 *
 * `builtOnce(build)` calls `build` on its first use only; the query it returns must take every
 * value that can change between calls as a placeholder (`sql.placeholder('name')`), given as
 * `values` on each call. Each call then only makes the driver's prepared-query object for its own
 * transaction (`session.prepareQuery`, what drizzle's own `execute` does after building) with the
 * text, parameters, selected fields and join nullability kept from the first build, and runs it:
 * same statement, same row mapping, same transaction, actor and row-level security as
 * `build(tx).execute()`. The text is the PostgreSQL dialect's, the same for both drivers.
 *
 * This reads drizzle's prepared query (its `queryString`, `params`, `fields`, `joinsNotNullableMap`
 * and the session's `prepareQuery`), which is not its typed interface: `built-once.db.test.ts`
 * checks the results equal the freshly built query's on both drivers, so a drizzle upgrade that
 * changes them fails there.
 */
import type { Tx } from './database';

interface PreparedLike<R> {
  queryString: string;
  params: unknown[];
  fields?: unknown;
  _isResponseInArrayMode?: boolean;
  customResultMapper?: unknown;
  queryMetadata?: unknown;
  cacheConfig?: unknown;
  joinsNotNullableMap?: unknown;
  execute(values?: Record<string, unknown>): Promise<R>;
}

interface SessionLike {
  prepareQuery<R>(
    query: { sql: string; params: unknown[] },
    fields: unknown,
    name: string | undefined,
    isResponseInArrayMode: boolean | undefined,
    customResultMapper: unknown,
    queryMetadata: unknown,
    cacheConfig: unknown,
  ): PreparedLike<R>;
}

interface Kept {
  query: { sql: string; params: unknown[] };
  fields: unknown;
  arrayMode: boolean | undefined;
  mapper: unknown;
  metadata: unknown;
  cacheConfig: unknown;
  joins: unknown;
}

/** A query of the query builder that can be prepared (a select, with or without joins). */
interface Preparable<R> {
  execute(): Promise<R>;
}

/**
 * `build`'s query with its text built on the first call only; `values` fill its placeholders.
 * Use one `builtOnce` per query shape (at module level), never one per call.
 */
export function builtOnce<R, V extends Record<string, unknown> = Record<string, unknown>>(
  build: (tx: Tx) => Preparable<R>,
): (tx: Tx, values: V) => Promise<R> {
  let kept: Kept | undefined;
  return (tx, values) => {
    const session = (tx as unknown as { session: SessionLike }).session;
    if (!kept) {
      const query = build(tx) as unknown as { _prepare(): PreparedLike<R> };
      const first = query._prepare();
      if (typeof first.queryString !== 'string' || !Array.isArray(first.params))
        throw new TypeError('builtOnce: the query builder did not give a prepared query');
      kept = {
        query: { sql: first.queryString, params: first.params },
        fields: first.fields,
        arrayMode: first._isResponseInArrayMode,
        mapper: first.customResultMapper,
        metadata: first.queryMetadata,
        cacheConfig: first.cacheConfig,
        joins: first.joinsNotNullableMap,
      };
      return first.execute(values);
    }
    const prepared = session.prepareQuery<R>(
      kept.query,
      kept.fields,
      undefined,
      kept.arrayMode,
      kept.mapper,
      kept.metadata,
      kept.cacheConfig,
    );
    prepared.joinsNotNullableMap = kept.joins;
    return prepared.execute(values);
  };
}
